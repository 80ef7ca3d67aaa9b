from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.places.plz import lookup
from techpaten.taxonomy.models import Sector, Skill
from techpaten.volunteers.models import VolunteerProfile
from tests import factories
from tests.conftest import login

EDIT_URL = reverse("volunteers:edit_profile")


def form_data(**overrides) -> dict:
    data = {
        "display_name": "Paul",
        "bio": "Ich betreue Nextcloud für zwei Vereine.",
        "skills": [
            str(pk) for pk in Skill.objects.filter(slug__in=["nextcloud", "backup"]).values_list("pk", flat=True)
        ],
        "sectors": [str(Sector.objects.get(slug="schule").pk)],
        "plz": "10115",
        "radius_km": "15",
        "remote_ok": "on",
        "hours_per_month": "6",
        "is_public": "on",
    }
    data.update(overrides)
    return data


def detail_url(profile: VolunteerProfile) -> str:
    return reverse("volunteers:detail", args=[profile.pk])


# --- editing one's own profile ------------------------------------------------------------------------------------


def test_a_new_profile_form_starts_with_the_account_name(client, db):
    login(client, factories.make_user("paul@example.org", name="Paul Pinguin"))
    response = client.get(EDIT_URL)
    assert response.status_code == 200
    assert response.context["form"].initial["display_name"] == "Paul Pinguin"


def test_it_creates_a_profile_with_coordinates_skills_and_sectors(client, db):
    user = factories.make_user("paul@example.org")
    login(client, user)
    response = client.post(EDIT_URL, form_data())
    profile = VolunteerProfile.objects.get(user=user)
    assert response.status_code == 302
    assert response.url == detail_url(profile)
    point = lookup("10115")
    assert point is not None
    assert (profile.latitude, profile.longitude) == (point.latitude, point.longitude)
    assert set(profile.skills.values_list("slug", flat=True)) == {"nextcloud", "backup"}
    assert set(profile.sectors.values_list("slug", flat=True)) == {"schule"}
    assert (profile.radius_km, profile.hours_per_month, profile.remote_ok, profile.is_public) == (15, 6, True, True)


def test_it_edits_the_existing_profile(volunteer_client, volunteer):
    volunteer_client.post(EDIT_URL, form_data(display_name="Vera V.", plz="14467", is_public=""))
    profile = VolunteerProfile.objects.get(user=volunteer)
    assert VolunteerProfile.objects.filter(user=volunteer).count() == 1
    assert profile.display_name == "Vera V."
    assert not profile.is_public


def test_an_unknown_postcode_is_a_clear_error_and_nothing_is_written(client, db):
    login(client, factories.make_user("paul@example.org"))
    response = client.post(EDIT_URL, form_data(plz="00000"))
    assert response.status_code == 200
    with translation.override("de"):
        expected = gettext("We do not know the postcode %(plz)s. Please check it.") % {"plz": "00000"}
    assert expected in response.text
    assert not VolunteerProfile.objects.exists()


def test_a_radius_of_zero_is_an_error_and_the_profile_stays(volunteer_client, volunteer):
    response = volunteer_client.post(EDIT_URL, form_data(radius_km="0"))
    assert "radius_km" in response.context["form"].errors
    profile = VolunteerProfile.objects.get(user=volunteer)
    assert (profile.radius_km, profile.display_name) == (30, "Vera Volunteer")


def test_anonymous_visitors_are_sent_to_login(client, db):
    response = client.post(EDIT_URL, form_data())
    assert response.url.startswith(reverse("account_login"))
    assert not VolunteerProfile.objects.exists()


# --- reading a profile --------------------------------------------------------------------------------------------


def test_a_public_profile_is_shown_to_logged_in_people_without_the_email(outsider_client, volunteer):
    response = outsider_client.get(detail_url(volunteer.volunteer_profile))
    assert response.status_code == 200
    assert "Vera" in response.text
    assert "Nextcloud" in response.text
    assert volunteer.email not in response.text
    assert reverse("volunteers:edit_profile") not in response.text


def test_the_owner_gets_an_edit_link(volunteer_client, volunteer):
    response = volunteer_client.get(detail_url(volunteer.volunteer_profile))
    assert reverse("volunteers:edit_profile") in response.text


def test_anonymous_visitors_are_sent_to_login_for_a_profile(client, volunteer):
    response = client.get(detail_url(volunteer.volunteer_profile))
    assert response.url.startswith(reverse("account_login"))


def test_an_unknown_profile_is_404(volunteer_client, db):
    assert volunteer_client.get(reverse("volunteers:detail", args=[999999])).status_code == 404


@pytest.fixture
def hidden_profile(volunteer) -> VolunteerProfile:
    profile = volunteer.volunteer_profile
    profile.is_public = False
    profile.save()
    return profile


def test_a_hidden_profile_is_404_for_outsiders(outsider_client, hidden_profile):
    assert outsider_client.get(detail_url(hidden_profile)).status_code == 404


def test_a_hidden_profile_is_404_for_members_without_an_offer(member_client, hidden_profile):
    assert member_client.get(detail_url(hidden_profile)).status_code == 404


@pytest.mark.parametrize("persona", ["volunteer", "staff"])
def test_a_hidden_profile_is_shown_to_its_owner_and_staff(client, hidden_profile, persona, request):
    login(client, request.getfixturevalue(persona))
    assert client.get(detail_url(hidden_profile)).status_code == 200


@pytest.mark.parametrize("status", ["pending", "declined", "withdrawn"])
def test_a_hidden_profile_is_shown_to_members_of_an_organisation_it_offered_help_to(
    member_client, hidden_profile, volunteer, need, status
):
    factories.make_offer(need, volunteer, status=status)
    response = member_client.get(detail_url(hidden_profile))
    assert response.status_code == 200
    assert volunteer.email not in response.text


def test_an_offer_to_one_organisation_does_not_open_the_profile_to_another(
    outsider_client, hidden_profile, volunteer, need
):
    factories.make_offer(need, volunteer)
    assert outsider_client.get(detail_url(hidden_profile)).status_code == 404
