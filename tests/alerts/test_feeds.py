"""Atom feeds of open needs for any search of the listing: valid Atom, the search's needs, no contact detail."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests import factories
from tests.security.conftest import CONTACT_ADDRESS, CONTACT_EMAIL, CONTACT_PHONE

ATOM = "{http://www.w3.org/2005/Atom}"
FEED = reverse("alerts:feed")


def entries(client, query: dict[str, str]) -> list[ET.Element]:
    response = client.get(FEED, query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed, in a test
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{required}") is not None, required
    return root.findall(f"{ATOM}entry")


def test_an_entry_has_title_summary_link_dates_author_and_categories(client, need):
    (entry,) = entries(client, {})
    assert entry.findtext(f"{ATOM}title") == need.title
    assert need.description in entry.findtext(f"{ATOM}summary")
    link = entry.find(f"{ATOM}link").get("href")
    assert link.endswith(reverse("needs:detail", args=[need.pk]))
    assert entry.findtext(f"{ATOM}updated") and entry.findtext(f"{ATOM}published")
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == need.organisation.name
    assert entry.find(f"{ATOM}author/{ATOM}email") is None
    terms = {category.get("term") for category in entry.findall(f"{ATOM}category")}
    assert "Fotos mit Eltern teilen" in terms and len(terms) == 2  # the use case and the kind of organisation


def test_a_radius_query_finds_the_need_26_km_away_at_30_and_not_at_20(client, need):
    assert len(entries(client, {"plz": "14467", "radius": "30"})) == 1
    assert entries(client, {"plz": "14467", "radius": "20"}) == []


def test_only_open_needs_newest_first(client, organisation):
    old = factories.make_need(organisation, title="Älter")
    new = factories.make_need(organisation, title="Neuer")
    factories.make_need(organisation, title="Team gefunden", status="matched")
    factories.make_need(organisation, title="Entwurf", status="draft")
    assert [e.findtext(f"{ATOM}title") for e in entries(client, {})] == [new.title, old.title]


def test_filters_of_the_listing_narrow_the_feed(client, organisation, other_organisation):
    factories.make_need(organisation, title="Nextcloud für die Kita")
    factories.make_need(other_organisation, title="Drucker im Büro")
    assert [e.findtext(f"{ATOM}title") for e in entries(client, {"q": "nextcloud"})] == ["Nextcloud für die Kita"]
    assert len(entries(client, {"use_case": "photos", "sector": "kita"})) >= 1


def test_no_contact_detail_is_ever_in_a_feed(client, organisation, need):
    organisation.contact_email, organisation.contact_phone = CONTACT_EMAIL, CONTACT_PHONE
    organisation.contact_address = CONTACT_ADDRESS
    organisation.save()
    xml = client.get(FEED).content.decode()
    for private in (CONTACT_EMAIL, CONTACT_PHONE, CONTACT_ADDRESS, "Geheimweg"):
        assert private not in xml


def test_the_description_is_escaped_html(client, organisation):
    factories.make_need(organisation, description="<script>alert(1)</script>\n\nZweiter Absatz")
    (entry,) = entries(client, {})
    summary = entry.findtext(f"{ATOM}summary")
    assert "<script>" not in summary and "&lt;script&gt;" in summary


def test_a_search_with_an_error_answers_400_with_the_reason(client, db):
    response = client.get(FEED, {"plz": "1234"})
    assert response.status_code == 400
    assert "plz" in response.content.decode()


def test_an_unchanged_feed_answers_304(client, need):
    first = client.get(FEED, {"q": "Fotos"})
    assert first["ETag"] and first["Last-Modified"]
    assert client.get(FEED, {"q": "Fotos"}, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    need.title = "Fotos teilen, neu"
    need.save()
    assert client.get(FEED, {"q": "Fotos"}, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


@pytest.mark.parametrize("rows", [1, 20])
def test_a_feed_runs_a_constant_number_of_queries(client, organisation, django_assert_num_queries, rows):
    for n in range(rows):
        factories.make_need(organisation, title=f"Bedarf {n}")
    with django_assert_num_queries(3):  # the sector's slug, the needs with their organisation, their use cases
        assert client.get(FEED, {"plz": "14467", "radius": "30", "sector": "kita"}).status_code == 200


def test_the_listing_links_the_feed_of_its_search(client, need):
    html = client.get(reverse("needs:list"), {"plz": "14467", "radius": "30"}).content.decode()
    href = f"{FEED}?plz=14467&amp;radius=30&amp;reach=nearby"
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert f'href="{href}"' in html
    assert html.count(href) == 2  # in the head and as a visible link


def test_the_feed_is_cached_for_anonymous_readers(client, need, settings):
    settings.PAGE_CACHE_SECONDS = 60
    assert client.get(FEED)["X-Page-Cache"] == "miss"
    assert client.get(FEED)["X-Page-Cache"] == "hit"
