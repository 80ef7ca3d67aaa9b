"""Every document type in every format speaks one language: a German document holds no English sentence, an English
one no German sentence (finding 1: the German photo consent showed English tick boxes, from a gettext call inside
an f-string that xgettext never extracted).

A sentence is caught by its function words ("the", "and", "you" … in German text; "der", "und", "Sie" … in English
text), after removing the facts people entered (which are in German here) and the names of people and things.
The German citation style ("Art. 28 Abs. 3 lit. a DSGVO") and the English one ("Art. 28(3)(a) GDPR") are checked too.
"""

from __future__ import annotations

import re

import pytest

from techpaten.organisations.models import SponsorKind
from techpaten.paperwork.documents.data import gather
from techpaten.paperwork.documents.law import KDG
from techpaten.paperwork.documents.registry import offered
from techpaten.paperwork.models import HelperRole
from techpaten.taxonomy.models import Sector

from .conftest import GOLDEN, PARTY, SETTINGS
from .parse import produce_any

FORMATS = ("docx", "odt", "html")
ENGLISH = frozenset(
    {
        *("the", "and", "of", "you", "your", "we", "our", "this", "that", "with", "is", "are", "be", "by"),
        *("which", "who", "from", "has", "have", "not", "for", "to", "or", "if", "it", "its", "they", "their"),
    }
)
GERMAN = frozenset(
    {
        *("der", "die", "das", "und", "nicht", "mit", "für", "ist", "sind", "wir", "sie", "ein", "eine", "einer"),
        *("werden", "wird", "oder", "bei", "auf", "zu", "dem", "des", "von", "auch", "nach", "ihre", "ihr"),
        *("unsere", "wenn"),
    }
)
# Names and entered facts that are not sentences of the template (removed before the check).
NAMES = [
    *GOLDEN.values(),
    *PARTY.values(),
    *(name for _control, _kind, name, *_rest in SETTINGS),
    "Kita Sonnenschein",
    "Vera Volunteer",
    "Nextcloud 32, preset CLUB, hardened",
    "Sonnenallee 1, 10115 Berlin",
    # The English name of church law quotes its German title.
    "Gesetz über den Kirchlichen Datenschutz",
]


def _fragments() -> list[str]:
    """Every entered line, and the part after "type:" of a line (the deletion rules print it on its own)."""
    parts = []
    for name in NAMES:
        for line in name.splitlines():
            if line.strip():
                parts.append(line.strip())
                parts.append(line.partition(":")[2].strip())
    return sorted((part for part in parts if part), key=len, reverse=True)


def _words(text: str) -> list[str]:
    for fragment in _fragments():
        text = text.replace(fragment, " ")
    return re.findall(r"[^\W\d_]+", text.lower())


def assert_one_language(text: str, language: str, where: str) -> None:
    words = _words(text)
    if language == "de":
        foreign = sorted({word for word in words if word in ENGLISH})
        assert not foreign, f"{where}: English words in the German document: {foreign}"
        assert "GDPR" not in text and not re.search(r"Art\. \d+\(", text), f"{where}: English citation in German"
    else:
        foreign = sorted({word for word in words if word in GERMAN})
        assert not foreign, f"{where}: German words in the English document: {foreign}"
        assert "DSGVO" not in text and " Abs. " not in text, f"{where}: German citation in English"


def _check_all(client, engagement, language: str, kinds: set[str] | None = None) -> None:
    for kind in offered(gather(engagement, contact_visible=True)):
        if kinds is not None and kind.key not in kinds:
            continue
        for fmt in FORMATS:
            text = produce_any(client, engagement, kind.key, fmt, language)
            assert_one_language(text, language, f"{kind.key}.{fmt}")


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_document_of_the_golden_engagement_speaks_one_language(admin_client_, details, engagement, language):
    _check_all(admin_client_, engagement, language)


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_document_of_the_sparse_engagement_speaks_one_language(admin_client_, engagement, language):
    _check_all(admin_client_, engagement, language)


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_confidentiality_undertaking_speaks_one_language(admin_client_, details, engagement, language):
    details.helper_role = HelperRole.MEMBER
    details.save()
    _check_all(admin_client_, engagement, language, {"confidentiality"})


@pytest.mark.parametrize("sector", ["schule", "verein"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_the_school_and_club_photo_forms_speak_one_language(admin_client_, details, engagement, sector, language):
    engagement.organisation.sector = Sector.objects.get(slug=sector)
    engagement.organisation.save()
    _check_all(admin_client_, engagement, language, {"photo_consent"})


@pytest.mark.parametrize("language", ["de", "en"])
def test_documents_citing_church_law_speak_one_language(admin_client_, details, engagement, language):
    engagement.organisation.sponsor_kind = SponsorKind.CATHOLIC
    engagement.organisation.save()
    assert gather(engagement, contact_visible=True).law.key == KDG
    _check_all(admin_client_, engagement, language)


def test_the_check_catches_the_english_tick_boxes_of_the_old_photo_consent_form():
    # What the German form showed before the fix: the check must not let it pass.
    with pytest.raises(AssertionError, match="English words"):
        assert_one_language("Zweck 1: ☐ Yes, I/we consent.    ☐ No, I/we do not consent.", "de", "photo_consent")
    with pytest.raises(AssertionError, match="German words"):
        assert_one_language("Purpose 1: ☐ Ja, ich/wir willigen ein.", "en", "photo_consent")
