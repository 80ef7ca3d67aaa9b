"""needs:for_you: open needs near the volunteer or remote, ranked by skills, sector interest and distance."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.taxonomy.models import Sector
from tests import factories

URL = reverse("needs:for_you")


def org(name: str, plz: str, sector: str = "kita"):
    return factories.make_organisation(name=name, plz=plz, town=name, sector=Sector.objects.get(slug=sector))


def skills_text(count: int) -> str:
    return ngettext("%(count)d of your skills", "%(count)d of your skills", count) % {"count": count}


def shown(response) -> list[str]:
    return [need.title for need in response.context["page_obj"]]


@pytest.fixture
def needs(need):
    """need (Berlin 10115, 26 km, photos: 2 of Vera's skills) and four more around Potsdam and Hamburg."""
    school = org("Potsdam Schule", "14469", "schule")  # 4 km
    club = org("Hamburg Verein", "20095", "verein")  # 242 km
    near = org("Potsdam Kita", "14482")  # 3 km
    return {
        "berlin": need,
        "website": factories.make_need(school, title="Website", use_cases=("website",)),  # 1 skill (linux)
        "remote files": factories.make_need(club, title="Remote files", use_cases=("files",), remote_ok=True),
        "far": factories.make_need(club, title="Far away", use_cases=("files",)),
        "training": factories.make_need(near, title="Training", use_cases=("training",)),  # no skill
    }


def test_it_ranks_by_shared_skills_then_distance(volunteer_client, needs):
    response = volunteer_client.get(URL)
    assert response.status_code == 200
    # Two skills each: Berlin (26 km) before the remote need in Hamburg; then one skill; then none.
    assert shown(response) == [needs["berlin"].title, "Remote files", "Website", "Training"]


def test_a_sector_the_volunteer_cares_about_ranks_before_distance(volunteer_client, volunteer, needs):
    volunteer.volunteer_profile.sectors.set(Sector.objects.filter(slug="verein"))
    assert shown(volunteer_client.get(URL))[:2] == ["Remote files", needs["berlin"].title]


def test_each_row_says_why(volunteer_client, volunteer, needs):
    volunteer.volunteer_profile.sectors.set(Sector.objects.filter(slug="verein"))
    response = volunteer_client.get(URL)
    with translation.override("de"):
        expected = {
            "Remote files": f"{skills_text(2)} · {gettext('remote')} · {Sector.objects.get(slug='verein').name}",
            needs["berlin"].title: f"{skills_text(2)} · 26 km",
            "Website": f"{skills_text(1)} · 4 km",
            "Training": "3 km",
        }
    assert {need.title: need.reason for need in response.context["page_obj"]} == expected
    assert expected["Website"] in response.content.decode()


def test_needs_beyond_the_radius_that_need_someone_on_site_are_left_out(volunteer_client, needs):
    assert "Far away" not in shown(volunteer_client.get(URL))


def test_remote_needs_are_left_out_for_volunteers_who_only_help_on_site(volunteer_client, volunteer, needs):
    volunteer.volunteer_profile.remote_ok = False
    volunteer.volunteer_profile.save()
    assert "Remote files" not in shown(volunteer_client.get(URL))


def test_a_remote_need_within_the_radius_shows_the_distance(volunteer_client, volunteer, needs):
    Need.objects.filter(pk=needs["website"].pk).update(remote_ok=True)
    response = volunteer_client.get(URL)
    assert next(n.reason for n in response.context["page_obj"] if n.title == "Website").endswith("4 km")


def test_a_wider_radius_brings_far_needs_in(volunteer_client, volunteer, needs):
    volunteer.volunteer_profile.radius_km = 300
    volunteer.volunteer_profile.save()
    assert "Far away" in shown(volunteer_client.get(URL))


def test_only_open_needs_are_shown(volunteer_client, organisation):
    for status in Need.Status.values:
        factories.make_need(organisation, status=status, title=f"Need {status}")
    assert shown(volunteer_client.get(URL)) == ["Need open"]


def test_needs_of_the_volunteers_own_organisations_are_left_out(volunteer_client, volunteer, needs):
    factories.add_member(needs["berlin"].organisation, volunteer)
    assert needs["berlin"].title not in shown(volunteer_client.get(URL))


@pytest.mark.parametrize(
    ("status", "listed"),
    [
        (Offer.Status.PENDING, False),
        (Offer.Status.ACCEPTED, False),
        (Offer.Status.DECLINED, False),  # cannot offer again anyway
        (Offer.Status.WITHDRAWN, True),
        (Offer.Status.EXPIRED, True),
        (Offer.Status.NEED_CLOSED, True),  # the need was closed and reopened
    ],
)
def test_needs_with_the_volunteers_own_offer_are_left_out(volunteer_client, volunteer, needs, status, listed):
    factories.make_offer(needs["berlin"], volunteer, status=status)
    assert (needs["berlin"].title in shown(volunteer_client.get(URL))) is listed


def test_another_volunteers_offer_does_not_hide_the_need(volunteer_client, needs):
    someone = factories.make_user()
    factories.make_volunteer_profile(someone)
    factories.make_offer(needs["berlin"], someone)
    assert needs["berlin"].title in shown(volunteer_client.get(URL))


def test_nothing_fits_shows_an_empty_state(volunteer_client, db):
    response = volunteer_client.get(URL)
    content = response.content.decode()
    assert 'class="empty"' in content
    assert reverse("volunteers:edit_profile") in content


def test_without_a_volunteer_profile_it_links_to_creating_one(outsider_client, need):
    response = outsider_client.get(URL)
    assert response.status_code == 200
    assert reverse("volunteers:edit_profile") in response.content.decode()
    assert need.title not in response.content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_it_is_paginated(volunteer_client, organisation):
    for n in range(21):
        factories.make_need(organisation, title=f"Need {n:02}")
    response = volunteer_client.get(URL)
    assert len(response.context["page_obj"]) == 20
    assert "?page=2" in response.content.decode()
    assert shown(volunteer_client.get(URL, {"page": 2})) == ["Need 00"]


@pytest.mark.parametrize("rows", [1, 20])
def test_it_runs_a_constant_number_of_queries(volunteer_client, organisation, django_assert_num_queries, rows):
    for n in range(rows):
        factories.make_need(organisation, title=f"Need {n}", use_cases=("photos", "files"))
    # session, user, profile, the candidates nearby and remote, the page's keys, its rows, use cases, the unread
    # conversations in the navigation (no COUNT: the candidates' number is known from their keys)
    with django_assert_num_queries(9):
        response = volunteer_client.get(URL)
    assert len(response.context["page_obj"]) == rows


def test_the_closed_needs_filter_reads_the_needs_own_columns_not_a_subquery_of_all_needs(volunteer):
    # `id NOT IN (SELECT id FROM needs_need WHERE … OR …)` made PostgreSQL scan every need for each "needs for
    # you" page (90 ms at 100,000 needs, issue 9); the filter must name the need's organisation and id directly.
    from techpaten.needs.hooks import closed_to

    sql = str(Need.objects.exclude(closed_to(volunteer.pk)).query)
    assert 'FROM "needs_need" V0' not in sql and "FROM `needs_need` V0" not in sql
    assert "organisation_id" in sql and "offers_offer" in sql
