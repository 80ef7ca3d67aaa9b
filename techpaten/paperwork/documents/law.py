"""Which data-protection law a document cites: the GDPR, or the church law the organisation's sponsor follows.

Catholic bodies apply the Gesetz über den Kirchlichen Datenschutz (KDG), Protestant ones the EKD-Datenschutzgesetz
(DSG-EKD) instead of the GDPR (Art. 91 GDPR; § 3 KDG, § 2 DSG-EKD). Their paragraphs mirror the GDPR's articles, so a
document asks for "the article on processing on behalf" and gets Art. 28 GDPR, § 29 KDG or § 30 DSG-EKD.

Church paragraphs are cited at paragraph level only (no sub-paragraph): the mapping below holds what was checked
against the published tables of contents (KDG 2018; DSG-EKD 2017 as amended). A GDPR article without a checked
counterpart is cited as "the corresponding provision of the KDG", never with a guessed number.
"""

# ruff: noqa: RUF001 - German typography (the en dash of a range of paragraphs) is meant as written

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import get_language
from django.utils.translation import gettext as _

GDPR, KDG, DSG_EKD = "gdpr", "kdg", "dsg-ekd"

# Datengeheimnis (duty of confidentiality of everyone who processes data): no GDPR article of its own.
CONFIDENTIALITY = "confidentiality"
# Third-country transfers: Chapter V GDPR.
THIRD_COUNTRIES = "third-countries"
# The data subject's rights: Chapter III GDPR.
RIGHTS = "rights"


@dataclass(frozen=True)
class Law:
    key: str
    abbreviation: str
    # GDPR article → paragraph of this law; empty for the GDPR itself.
    paragraphs: dict[int, str] = field(default_factory=dict)
    special: dict[str, str] = field(default_factory=dict)

    @property
    def is_church_law(self) -> bool:
        return self.key != GDPR

    def name(self) -> str:
        return _("GDPR") if self.key == GDPR else self.abbreviation

    def full_name(self) -> str:
        if self.key == KDG:
            return _(
                "Act on Church Data Protection of the Catholic Church (Gesetz über den Kirchlichen Datenschutz, KDG)"
            )
        if self.key == DSG_EKD:
            return _("Data Protection Act of the Protestant Church in Germany (EKD-Datenschutzgesetz, DSG-EKD)")
        return _("General Data Protection Regulation (GDPR), Regulation (EU) 2016/679")

    def art(self, article: int, paragraph: int | None = None, point: str = "") -> str:
        """The citation of a GDPR article in this law, e.g. "Art. 28(3)(a) GDPR", "Art. 28 Abs. 3 lit. a DSGVO",
        "§ 29 KDG"; without a checked counterpart, a phrase that names no number."""
        if self.key == GDPR:
            return _gdpr(article, paragraph, point)
        if article in self.paragraphs:
            return f"§ {self.paragraphs[article]} {self.abbreviation}"
        return _("the corresponding provision of the %(law)s") % {"law": self.abbreviation}

    def ref(self, topic: str) -> str:
        """Citations that are not one GDPR article: the duty of confidentiality, third countries, the rights."""
        if self.key == GDPR:
            german = (get_language() or "de").startswith("de")
            if topic == THIRD_COUNTRIES:
                return "Kapitel V DSGVO" if german else "Chapter V GDPR"
            if topic == RIGHTS:
                return "Kapitel III DSGVO" if german else "Chapter III GDPR"
            return _gdpr(29) + ", " + _gdpr(32, 4)
        return self.special[topic]


def _gdpr(article: int, paragraph: int | None = None, point: str = "") -> str:
    """German citation style "Art. 28 Abs. 3 lit. a DSGVO", English "Art. 28(3)(a) GDPR"."""
    if (get_language() or "de").startswith("de"):
        parts = [f"Art. {article}"]
        if paragraph is not None:
            parts.append(f"Abs. {paragraph}")
        if point:
            parts.append(f"lit. {point}")
        return " ".join(parts) + " DSGVO"
    cited = f"Art. {article}" + (f"({paragraph})" if paragraph is not None else "") + (f"({point})" if point else "")
    return f"{cited} GDPR"


# KDG (Gesetz über den Kirchlichen Datenschutz, 2018): chapters 2 to 4 mirror Art. 5 to 35 GDPR.
_KDG = Law(
    key=KDG,
    abbreviation="KDG",
    paragraphs={
        4: "4",
        5: "7",
        6: "6",
        7: "8",
        9: "11",
        12: "14",
        13: "15",
        14: "16",
        15: "17",
        16: "18",
        17: "19",
        18: "20",
        20: "22",
        21: "23",
        22: "24",
        25: "27",
        26: "28",
        28: "29",
        30: "31",
        32: "26",
        33: "33",
        34: "34",
        35: "35",
    },
    special={CONFIDENTIALITY: "§ 5 KDG", THIRD_COUNTRIES: "§§ 39–41 KDG", RIGHTS: "§§ 17–25 KDG"},
)
# DSG-EKD (Kirchengesetz über den Datenschutz der EKD, 2017, as amended).
_DSG_EKD = Law(
    key=DSG_EKD,
    abbreviation="DSG-EKD",
    paragraphs={
        4: "4",
        5: "5",
        6: "6",
        7: "11",
        9: "13",
        12: "16",
        13: "17",
        14: "18",
        15: "19",
        16: "20",
        17: "21",
        18: "22",
        20: "24",
        21: "25",
        25: "28",
        26: "29",
        28: "30",
        30: "31",
        32: "27",
        33: "32",
        34: "33",
        35: "34",
        37: "36",
        77: "46",
    },
    special={CONFIDENTIALITY: "§ 26 DSG-EKD", THIRD_COUNTRIES: "§ 10 DSG-EKD", RIGHTS: "§§ 19–25 DSG-EKD"},
)
_GDPR = Law(key=GDPR, abbreviation="GDPR")

LAWS = {GDPR: _GDPR, KDG: _KDG, DSG_EKD: _DSG_EKD}

# Organisation.SponsorKind values whose sponsor follows church law.
CHURCH_SPONSORS = {"catholic": KDG, "protestant": DSG_EKD}


def for_sponsor(sponsor_kind: str) -> Law:
    return LAWS[CHURCH_SPONSORS.get(sponsor_kind, GDPR)]
