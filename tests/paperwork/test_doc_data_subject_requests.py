"""The procedure for data-subject requests holds what Art. 12 and 15 GDPR ask of an organisation, checked one by one
in the produced DOCX and ODT (test_every_kind.py), and its deadline follows the law that applies."""

from __future__ import annotations

from .parse import produce_text

KIND = "data_subject_requests"
NAMES = ("Elterninitiative Sonnenschein e.V.", "Vera Volkmann")  # the parties, as named (test_every_kind)

ITEMS = {
    "controller": ("Controller", "Elterninitiative Sonnenschein e.V."),
    "receiving": ("Who receives requests", "A request needs no form", "Art. 28(3)(e) GDPR"),
    "steps": ("Step by step", "Note the date of receipt", "Art. 12(6) GDPR", "identity card"),
    "deadline": ("Art. 12(3) GDPR", "at the latest within one month", "two further months"),
    "free-of-charge": ("Free of charge", "manifestly unfounded or excessive", "Art. 12(5) GDPR"),
    "access": ("Right of access", "Art. 15(1)(a)", "Art. 15(3)", "Art. 15(4)"),
    "other-rights": ("Rectification", "Erasure", "Restriction", "Portability", "Objection"),
    "register": ("Register of requests", "Received on", "Identity checked how", "Answered on, by whom"),
    "reply-template": ("Reply template for an access request", "A copy of your data is enclosed."),
}


def test_for_a_protestant_sponsor_the_deadline_is_three_months_under_the_dsg_ekd(details, engagement):
    engagement.organisation.sponsor_kind = "protestant"
    engagement.organisation.save()
    text = produce_text(engagement, KIND, "docx", "en")
    assert "three months" in text and "§ 16(3) DSG-EKD" in text
    assert "within one month" not in text
