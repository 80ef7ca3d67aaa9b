"""The AVV contains every item Art. 28(3) GDPR requires, checked one by one in the produced DOCX and ODT."""

from __future__ import annotations

from .checks import assert_phrases
from .parse import produce_text

KIND = "avv"

# Each mandatory item (datenschutz.md, "Documents and their mandatory contents") with phrases only it contains.
ITEMS = {
    "subject-duration": ("subject matter and duration", "Nextcloud für die Elternfotos der Kita", "01.12.2026"),
    "nature-purpose": ("nature and purpose of the processing", "Fotos von Kita-Festen mit den Eltern teilen"),
    "data-types": ("type of personal data", "E-Mail-Adressen"),
    "data-subjects": ("categories of data subjects", "Erzieherinnen"),
    "controller": ("obligations and rights of the controller", "lawfulness of the processing"),
    "art28-3-a": ("Art. 28(3)(a)", "only on documented instructions", "transfers to a third country"),
    "art28-3-b": ("Art. 28(3)(b)", "committed themselves to confidentiality"),
    "art28-3-c": ("Art. 28(3)(c)", "measures required under Art. 32 GDPR", "Annex 1 (TOM)"),
    "art28-3-d": (
        "Art. 28(3)(d)",
        "Art. 28(2) and (4) GDPR",
        "prior specific written authorisation",
        "contracts the hoster directly",
        "Hetzner Online GmbH",
    ),
    "art28-3-e": ("Art. 28(3)(e)", "exercising the data subject's rights under Chapter III GDPR"),
    "art28-3-f": ("Art. 28(3)(f)", "Art. 32 to 36 GDPR", "personal data breach without undue delay"),
    "art28-3-g": ("Art. 28(3)(g)", "deletes or returns all personal data", "Backups are included", "30 days"),
    "art28-3-h": ("Art. 28(3)(h)", "audits, including inspections"),
    "official-model": ("Art. 28(7) GDPR", "Implementing Decision (EU) 2021/915"),
    "signatures": ("Signatures", "For the controller: Kita Sonnenschein", "Processor: Vera Volunteer"),
}
# Facts nobody entered, shown as marked gaps (test_every_kind.py checks ITEMS and GAPS of every document).
GAPS = (
    "purposes of the processing",
    "categories of personal data",
    "categories of data subjects",
    "start date",
    "name of the hoster",
)


def test_the_avv_names_the_hoster_as_sub_processor_when_the_volunteer_signs_its_contract(details, engagement):
    details.hoster_contract_by_organisation = False
    details.hoster_country = "USA"
    details.save()
    text = produce_text(engagement, "avv", "docx", "en")
    assert_phrases(text, ("Sub-processor (hoster)", "Hetzner Online GmbH", "servers in USA", "Chapter V GDPR"))
    assert "contracts the hoster directly" not in text
