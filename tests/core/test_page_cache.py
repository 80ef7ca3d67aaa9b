"""core.page_cache: public pages come from the cache for anonymous visitors, never anything personal, and every
change the app makes to public content shows at once."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from techpaten.needs import services as need_services
from techpaten.needs.models import Need
from tests import factories

LISTING = reverse("needs:list")


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


def get(client, url, **params):
    return client.get(url, params)


def test_the_second_anonymous_visit_is_served_from_the_cache(client, need):
    first = get(client, LISTING)
    second = get(client, LISTING)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Cookie" in second["Vary"] and "Accept-Language" in second["Vary"]
    assert "max-age=60" in second["Cache-Control"] and "public" in second["Cache-Control"]


def test_each_address_and_each_language_has_its_own_entry(client, need, other_organisation):
    factories.make_need(other_organisation, title="Hamburg")
    german = get(client, LISTING)
    filtered = get(client, LISTING, plz="20095", radius="10")
    assert filtered["X-Page-Cache"] == "miss"
    assert "Hamburg" in filtered.content.decode() and need.title not in filtered.content.decode()
    english = client.get(LISTING, headers={"accept-language": "en"})
    assert english["X-Page-Cache"] == "miss" and english.content != german.content


@pytest.mark.parametrize("url_name", ["home", "imprint", "needs:list"])
def test_public_pages_for_anonymous_visitors_hold_no_csrf_token_and_set_no_cookie(client, need, url_name):
    response = client.get(reverse(url_name))
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert not response.cookies
    assert client.get(reverse(url_name))["X-Page-Cache"] == "hit"


def test_logged_in_people_never_get_a_cached_page(client, volunteer_client, need):
    get(client, LISTING)  # cached for anonymous visitors
    response = volunteer_client.get(LISTING)
    assert "X-Page-Cache" not in response
    assert "csrfmiddlewaretoken" in response.content.decode()  # the logout form: personal


def test_a_page_that_shows_a_message_is_not_cached(client, need):
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get(LISTING)


def test_a_new_need_shows_at_once(client, need, org_admin, organisation):
    get(client, LISTING)
    draft = factories.make_need(organisation, title="Neues Gesuch", status=Need.Status.DRAFT)
    get(client, LISTING)
    need_services.change_status(draft, org_admin, "publish")  # QuerySet.update(): no signal, an explicit call
    response = get(client, LISTING)
    assert response["X-Page-Cache"] == "miss" and "Neues Gesuch" in response.content.decode()


def test_closing_a_need_shows_at_once_on_its_page_and_the_listing(client, need, org_admin):
    detail = reverse("needs:detail", args=[need.pk])
    get(client, detail), get(client, LISTING)
    need_services.change_status(need, org_admin, "close")
    assert need.title not in get(client, LISTING).content.decode()
    assert get(client, detail).status_code == 404


def test_an_edit_and_a_rename_show_at_once(client, need, admin_client_, organisation):
    page = reverse("organisations:detail", args=[organisation.slug])
    get(client, page)
    need.title = "Neuer Titel"
    need.save()
    assert "Neuer Titel" in get(client, page).content.decode()
    organisation.name = "Kita Mondschein"
    organisation.save()
    assert "Kita Mondschein" in get(client, LISTING).content.decode()


def test_a_looked_for_backup_shows_at_once(client, need, org_admin, volunteer):
    from techpaten.engagements import services as engagement_services

    offer = factories.make_offer(need, volunteer)
    from techpaten.offers import services as offer_services

    offer_services.accept(offer, org_admin, "Willkommen!")
    get(client, LISTING)
    engagement = need.engagement_link.engagement
    engagement_services.reopen_for_backup(engagement, Need.objects.get(pk=need.pk), org_admin)
    mail.outbox = []
    assert "Vertretung gesucht" in get(client, LISTING).content.decode()


def test_with_the_cache_off_nothing_is_cached(client, need, settings):
    settings.PAGE_CACHE_SECONDS = 0
    get(client, LISTING)
    assert "X-Page-Cache" not in get(client, LISTING)


def test_a_change_made_by_another_server_shows_within_the_refresh_time(client, need, monkeypatch):
    from django.core.cache import cache

    from techpaten.core import page_cache

    get(client, LISTING)
    assert get(client, LISTING)["X-Page-Cache"] == "hit"  # from this process's memory, no round trip
    cache.incr(page_cache.VERSION_KEY)  # what invalidate() does on another server
    monkeypatch.setattr(page_cache, "VERSION_REFRESH_SECONDS", 0)  # the refresh time has passed
    assert get(client, LISTING)["X-Page-Cache"] == "miss"


def test_another_servers_rendering_is_shared_through_the_cache(client, need):
    from techpaten.core import page_cache

    first = get(client, LISTING)
    page_cache._local.clear()  # as if this were another process: only the shared cache has the page
    second = get(client, LISTING)
    assert second["X-Page-Cache"] == "hit" and second.content == first.content
