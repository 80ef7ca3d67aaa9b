"""What every page shows to whom: private data only to those who may see it, and no inline code anywhere."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from techpaten.offers import services as offer_services

from .conftest import (
    CONTACT_ADDRESS,
    CONTACT_EMAIL,
    CONTACT_PHONE,
    MESSAGE_TEXT,
    OFFER_TEXT,
    PERSONAS,
    World,
)
from .walk import walk

CONTACT = (CONTACT_EMAIL, CONTACT_PHONE, CONTACT_ADDRESS)
CONVERSATION = (OFFER_TEXT, MESSAGE_TEXT)
# Who must never see what, on any page (the volunteer's offer is still pending: no match, no contact details).
NEVER_SHOWN = {
    "anonymous": CONTACT + CONVERSATION,
    "volunteer": CONTACT,
    "outsider": CONTACT + CONVERSATION,
    "staff": CONVERSATION,
    "reviewer": CONTACT + CONVERSATION,
}

INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)[^>]*>", re.I)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I)


@pytest.mark.parametrize("persona", sorted(NEVER_SHOWN))
def test_no_page_shows_private_data_to_those_who_may_not_see_it(world: World, persona: str):
    leaks = [
        f"{url} shows {secret!r}"
        for url, response in walk(world, persona)
        for secret in NEVER_SHOWN[persona]
        if secret in response.content.decode()
    ]
    assert not leaks


def test_the_private_data_is_there_for_those_who_may_see_it(world: World):
    """The other tests would pass on pages that show nothing: the participants do see it."""
    offer_page = reverse("offers:detail", args=[world.offer.pk])
    html = world.client("volunteer").get(offer_page).content.decode()
    assert OFFER_TEXT in html
    assert MESSAGE_TEXT in html
    html = world.client("member").get(reverse("organisations:detail", args=[world.organisation.slug])).content.decode()
    assert CONTACT_EMAIL in html
    offer_services.accept(world.offer, world.users["admin"], "")  # a match: now the volunteer may call
    assert CONTACT_EMAIL in world.client("volunteer").get(offer_page).content.decode()


@pytest.mark.parametrize("words", [CONTACT_EMAIL, CONTACT_PHONE, "Geheimweg", "WLAN-Passwort", "Angebotstext"])
def test_searching_for_private_words_finds_nothing(world: World, words: str):
    listing = reverse("needs:list")
    assert list(world.client("volunteer").get(listing, {"q": world.organisation.name}).context["page_obj"])
    assert list(world.client("volunteer").get(listing, {"q": words}).context["page_obj"]) == []


@pytest.mark.parametrize("persona", PERSONAS)
def test_no_page_has_inline_script_event_handler_or_style_attribute(world: World, persona: str):
    """The content security policy would block them: they would be broken features, not just bad style."""
    found = []
    for url, response in walk(world, persona):
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        for name, pattern in [("inline script", INLINE_SCRIPT), ("handler", EVENT_HANDLER), ("style", STYLE_ATTRIBUTE)]:
            found += [f"{url}: {name} {match.group(0)[:80]}" for match in pattern.finditer(html)]
    assert not found
