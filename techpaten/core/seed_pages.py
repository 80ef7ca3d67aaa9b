"""Default texts of the editable pages; staff change them in the admin afterwards."""

from __future__ import annotations

PAGES = {
    "imprint": {
        "title_de": "Impressum",
        "title_en": "Imprint",
        "body_de": "Angaben gemäß § 5 DDG\n\n**[Name des Betreibers eintragen]**  \n[Anschrift]  \n\nKontakt: [E-Mail-Adresse]\n",
        "body_en": "Information according to § 5 DDG (German Digital Services Act)\n\n**[Operator's name]**  \n[Address]  \n\nContact: [e-mail address]\n",
    },
    "privacy": {
        "title_de": "Datenschutzerklärung",
        "title_en": "Privacy notice",
        "body_de": "Wird ergänzt.",
        "body_en": "To be completed.",
    },
}


def load(apps: object) -> None:
    page_model = apps.get_model("core", "Page")  # type: ignore[attr-defined]
    for slug, fields in PAGES.items():
        page_model.objects.update_or_create(slug=slug, defaults=fields)
