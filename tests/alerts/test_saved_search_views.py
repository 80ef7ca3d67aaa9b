"""Saving a search from the listing, the page of saved searches, changing and deleting one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from techpaten.alerts.models import SavedSearch
from techpaten.alerts.services import MAX_SAVED_SEARCHES
from tests.texts import de

from .conftest import saved

SAVE = reverse("alerts:save")
LIST = reverse("alerts:list")


def test_the_listing_offers_to_save_the_search_shown(volunteer_client):
    page = volunteer_client.get(reverse("needs:list"), {"q": "Nextcloud", "plz": "14467", "radius": "30"}).content
    html = page.decode()
    assert f'action="{SAVE}"' in html
    for hidden in ('name="q" value="Nextcloud"', 'name="plz" value="14467"', 'name="radius" value="30"'):
        assert hidden in html


def test_anonymous_visitors_are_asked_to_log_in_to_save(db, client):
    html = client.get(reverse("needs:list"), {"q": "Nextcloud"}).content.decode()
    assert f'action="{SAVE}"' not in html
    assert f"{reverse('account_login')}?next=%2Fneeds%2F%3Fq%3DNextcloud" in html


def test_a_volunteer_saves_the_search_with_every_filter(volunteer_client, volunteer):
    data = {
        "q": " Nextcloud  Kita ",
        "plz": "14467",
        "radius": "30",
        "reach": "either",
        "use_case": "photos",
        "sector": "kita",
        "size": "small",
        "sort": "distance",
        "name": "",
        "frequency": "daily",
    }
    response = volunteer_client.post(SAVE, data)
    assert response.status_code == 302 and response["Location"] == LIST
    search = SavedSearch.objects.get(user=volunteer)
    assert search.filters == {
        "q": "Nextcloud Kita",
        "plz": "14467",
        "radius": 30,
        "reach": "either",
        "use_case": "photos",
        "sector": "kita",
        "size": "small",
    }
    assert search.frequency == "daily"
    assert search.due_on == timezone.localdate() + timedelta(days=1)
    assert search.name.startswith("„Nextcloud Kita“ · 14467 + 30 km")
    page = volunteer_client.get(LIST).content.decode()
    assert search.name in page
    assert "q=Nextcloud+Kita&amp;plz=14467&amp;radius=30&amp;reach=either" in page


def test_saving_the_same_search_twice_is_refused_and_writes_nothing(volunteer_client, volunteer):
    saved(volunteer, {"q": "Nextcloud"})
    response = volunteer_client.post(SAVE, {"q": "Nextcloud", "frequency": "weekly"})
    assert response.status_code == 200
    assert de("You have saved this search already.") in response.content.decode()
    assert SavedSearch.objects.count() == 1


def test_a_search_with_an_error_is_not_saved_and_says_why(volunteer_client):
    response = volunteer_client.post(SAVE, {"plz": "1234", "frequency": "weekly"})
    assert response.status_code == 200
    message = "This search has an error, so it was not saved. Please correct it on the search page and save it again."
    assert de(message) in response.content.decode()
    assert not SavedSearch.objects.exists()


@pytest.mark.parametrize("frequency", ["", "hourly", "off"])
def test_a_save_without_daily_or_weekly_is_refused(volunteer_client, frequency):
    response = volunteer_client.post(SAVE, {"q": "Nextcloud", "frequency": frequency})
    assert response.status_code == 200
    assert 'class="form-errors"' in response.content.decode()
    assert not SavedSearch.objects.exists()


def test_a_person_keeps_at_most_the_limit_of_saved_searches(volunteer_client, volunteer):
    for n in range(MAX_SAVED_SEARCHES):
        saved(volunteer, {"q": f"Wort{n}"})
    response = volunteer_client.post(SAVE, {"q": "noch eins", "frequency": "weekly"})
    assert response.status_code == 200
    assert SavedSearch.objects.count() == MAX_SAVED_SEARCHES


def test_saving_needs_a_login_and_a_post(volunteer_client):
    response = Client().post(SAVE, {"q": "Nextcloud", "frequency": "weekly"})
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert volunteer_client.get(SAVE).status_code == 405
    assert not SavedSearch.objects.exists()


def test_the_list_shows_only_ones_own_searches(volunteer_client, volunteer, org_member):
    saved(volunteer, {"q": "Nextcloud"}, name="Meine Suche")
    saved(org_member, {"q": "Drucker"}, name="Fremde Suche")
    html = volunteer_client.get(LIST).content.decode()
    assert "Meine Suche" in html and "Fremde Suche" not in html


def test_the_list_asks_for_a_login(client):
    response = client.get(LIST)
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("rows", [1, 20])
def test_the_list_runs_a_constant_number_of_queries(volunteer_client, volunteer, django_assert_num_queries, rows):
    for n in range(rows):
        saved(volunteer, {"q": f"Wort{n}"})
    with django_assert_num_queries(3):  # session, user, the searches
        assert volunteer_client.get(LIST).status_code == 200


def test_changing_the_frequency_and_name(volunteer_client, volunteer):
    search = saved(volunteer, {"q": "Nextcloud"}, frequency="weekly")
    response = volunteer_client.post(reverse("alerts:change", args=[search.pk]), {"name": "Neu", "frequency": "daily"})
    assert response.status_code == 302
    search.refresh_from_db()
    assert (search.name, search.frequency, search.due_on) == ("Neu", "daily", timezone.localdate() + timedelta(1))


def test_switching_mails_back_on_starts_from_now(volunteer_client, volunteer):
    search = saved(volunteer, frequency="weekly", ago=timedelta(days=20))
    volunteer_client.post(reverse("alerts:change", args=[search.pk]), {"name": "", "frequency": "off"})
    volunteer_client.post(reverse("alerts:change", args=[search.pk]), {"name": "", "frequency": "daily"})
    search.refresh_from_db()
    assert search.since > timezone.now() - timedelta(minutes=1)
    assert search.name  # an empty name keeps the old one


def test_a_bad_frequency_changes_nothing_and_says_why(volunteer_client, volunteer):
    search = saved(volunteer, frequency="weekly")
    response = volunteer_client.post(reverse("alerts:change", args=[search.pk]), {"frequency": "hourly"}, follow=True)
    assert de("Please choose daily, weekly or no e-mails.") in response.content.decode()
    search.refresh_from_db()
    assert search.frequency == "weekly"


def test_deleting_ones_search(volunteer_client, volunteer):
    search = saved(volunteer)
    assert volunteer_client.post(reverse("alerts:delete", args=[search.pk])).status_code == 302
    assert not SavedSearch.objects.exists()


def test_another_persons_search_is_not_found(client, volunteer, org_member):
    search = saved(volunteer, frequency="weekly")
    client.force_login(org_member)
    assert client.post(reverse("alerts:change", args=[search.pk]), {"frequency": "off"}).status_code == 404
    assert client.post(reverse("alerts:delete", args=[search.pk])).status_code == 404
    search.refresh_from_db()
    assert search.frequency == "weekly"


def test_deleting_the_account_deletes_the_saved_searches(volunteer, need):
    from techpaten.alerts.privacy import SavedSearchData

    saved(volunteer, {"q": "Nextcloud"})
    exported = SavedSearchData().export(volunteer)
    assert exported["searches"][0]["search"] == "q=Nextcloud"
    assert SavedSearchData().delete_or_anonymise(volunteer)["saved_searches_deleted"] == 1
    assert not SavedSearch.objects.exists()
