"""Stopping the digests without logging in: the link under each search, the link for all, and RFC 8058's one click."""

from __future__ import annotations

from datetime import timedelta

from django.core import mail
from django.test import Client
from django.urls import reverse

from techpaten.alerts import tokens
from techpaten.alerts.models import SavedSearch
from tests import factories
from tests.texts import de

from .conftest import saved


def test_the_link_asks_first_and_the_post_stops_the_mails_of_that_search(db, volunteer):
    search = saved(volunteer, {"q": "Nextcloud"}, name="Nextcloud in Potsdam")
    other = saved(volunteer, {"q": "Drucker"})
    url = reverse("alerts:unsubscribe", args=[tokens.for_search(search)])
    client = Client()  # not logged in: the link in the mail is enough
    page = client.get(url)
    assert page.status_code == 200
    assert "Nextcloud in Potsdam" in page.content.decode() and 'method="post"' in page.content.decode()
    assert SavedSearch.objects.get(pk=search.pk).frequency == "daily"  # a GET changes nothing
    done = client.post(url)
    assert done.status_code == 200
    assert de("You get no more e-mails for this saved search.") in done.content.decode()
    assert SavedSearch.objects.get(pk=search.pk).frequency == "off"
    assert SavedSearch.objects.get(pk=other.pk).frequency == "daily"


def test_the_link_for_all_stops_every_search_of_the_person_only(db, volunteer, org_member):
    saved(volunteer, {"q": "Nextcloud"})
    saved(volunteer, {"q": "Drucker"}, frequency="weekly")
    theirs = saved(org_member, {"q": "Nextcloud"})
    Client().post(reverse("alerts:unsubscribe", args=[tokens.for_user(volunteer.pk)]))
    assert set(SavedSearch.objects.filter(user=volunteer).values_list("frequency", flat=True)) == {"off"}
    assert SavedSearch.objects.get(pk=theirs.pk).frequency == "daily"


def test_a_changed_or_made_up_token_is_refused_and_changes_nothing(db, volunteer):
    search = saved(volunteer)
    good = tokens.for_search(search)
    client = Client()
    for token in (good[:-2] + "xx", "abc", tokens.for_search(search).replace("WyJz", "WyJ1")):
        for method in (client.get, client.post):
            response = method(reverse("alerts:unsubscribe", args=[token]))
            assert response.status_code == 400
            assert de("This link does not work") in response.content.decode()
        assert client.post(reverse("alerts:one_click", args=[token])).status_code == 400
    assert SavedSearch.objects.get(pk=search.pk).frequency == "daily"


def test_a_deleted_search_has_a_clear_answer(db, volunteer):
    search = saved(volunteer)
    token = tokens.for_search(search)
    search.delete()
    assert Client().get(reverse("alerts:unsubscribe", args=[token])).status_code == 400


def test_one_click_posts_without_csrf_token_stop_the_mails(db, volunteer):
    search = saved(volunteer)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        reverse("alerts:one_click", args=[tokens.for_user(volunteer.pk)]), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert SavedSearch.objects.get(pk=search.pk).frequency == "off"


def test_opening_the_one_click_address_goes_to_the_page_that_asks(db, volunteer):
    token = tokens.for_user(volunteer.pk)
    response = Client().get(reverse("alerts:one_click", args=[token]))
    assert response.status_code == 302
    assert response["Location"] == reverse("alerts:unsubscribe", args=[token])


def test_the_header_of_a_digest_unsubscribes_in_one_click(volunteer, organisation, run_digests, settings):
    saved(volunteer, ago=timedelta(days=1))
    factories.make_need(organisation)
    run_digests()
    header = mail.outbox[0].extra_headers["List-Unsubscribe"]
    path = header.strip("<>").removeprefix(settings.SITE_URL)
    assert Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert set(SavedSearch.objects.values_list("frequency", flat=True)) == {"off"}
    # And the link under the search in the body works too.
    body_link = next(line for line in mail.outbox[0].body.splitlines() if "/unsubscribe/" in line and "WyJz" in line)
    assert Client().get(body_link.split(settings.SITE_URL)[1].strip()).status_code == 200
