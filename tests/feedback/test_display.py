"""Where reviews show: the volunteer's profile, the organisation's page, and the need page's "still to review"."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from techpaten.feedback import services
from techpaten.feedback.models import Feedback
from techpaten.needs.models import Need
from tests.texts import de, shown

from .. import factories
from ..conftest import login
from .conftest import close, helped_on
from .helpers import REPLY, TEXT


def profile_url(volunteer) -> str:
    return reverse("volunteers:detail", args=[volunteer.volunteer_profile.pk])


def organisation_url(organisation) -> str:
    return reverse("organisations:detail", args=[organisation.slug])


def closed_needs_helped(organisation, volunteer, org_admin, count: int) -> list[Need]:
    needs = []
    for n in range(count):
        need = factories.make_need(organisation, title=f"Aufgabe Nummer {n}", created_by=org_admin)
        helped_on(need, volunteer, org_admin)
        needs.append(close(need, org_admin))
    return needs


# The volunteer's profile ------------------------------------------------------------------------------------------


def test_the_profile_shows_reviews_newest_first_with_need_date_author_and_reply(
    member_client, organisation, org_admin, volunteer
):
    old, new = closed_needs_helped(organisation, volunteer, org_admin, 2)
    first = services.write_about_volunteer(old, org_admin, volunteer, "Die ältere Bewertung von Anna.")
    Feedback.objects.filter(pk=first.pk).update(created_at=timezone.now() - timedelta(days=3))
    services.reply(first, volunteer, REPLY)
    services.write_about_volunteer(new, org_admin, volunteer, "Die neuere Bewertung von Anna.")
    html = member_client.get(profile_url(volunteer)).content.decode()
    assert html.index("Die neuere Bewertung") < html.index("Die ältere Bewertung")
    assert "Aufgabe Nummer 0" in html and "Aufgabe Nummer 1" in html
    assert "Anna Admin" in html and organisation.name in html
    assert REPLY in html


def test_an_author_who_deleted_the_account_shows_as_deleted_user(member_client, closed_need, org_admin, volunteer):
    services.write_about_volunteer(closed_need, org_admin, volunteer, TEXT)
    Feedback.objects.update(author=None)
    response = member_client.get(profile_url(volunteer))
    assert shown(response, TEXT)
    assert shown(response, de("by %(name)s", name=de("deleted user")))


def test_only_the_volunteer_sees_the_reply_button_and_what_is_left_to_review(
    client, closed_need, org_admin, org_member, volunteer, organisation
):
    feedback = services.write_about_volunteer(closed_need, org_admin, volunteer, TEXT)
    login(client, volunteer)
    own = client.get(profile_url(volunteer)).content.decode()
    assert reverse("feedback:reply", args=[feedback.pk]) in own
    assert reverse("feedback:review_organisation", args=[closed_need.pk]) in own
    login(client, org_member)
    other = client.get(profile_url(volunteer)).content.decode()
    assert reverse("feedback:reply", args=[feedback.pk]) not in other
    assert reverse("feedback:review_organisation", args=[closed_need.pk]) not in other


def test_a_written_review_leaves_the_volunteers_to_do_list(volunteer_client, closed_need, volunteer):
    services.write_about_organisation(closed_need, volunteer, TEXT)
    html = volunteer_client.get(profile_url(volunteer)).content.decode()
    assert reverse("feedback:review_organisation", args=[closed_need.pk]) not in html


def test_the_profile_needs_the_same_queries_for_one_and_for_many_reviews(
    client, organisation, org_admin, volunteer, django_assert_num_queries
):
    needs = closed_needs_helped(organisation, volunteer, org_admin, 6)
    services.write_about_volunteer(needs[0], org_admin, volunteer, TEXT)
    login(client, volunteer)
    url = profile_url(volunteer)
    client.get(url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for need in needs[1:]:
        services.write_about_volunteer(need, org_admin, volunteer, TEXT)
        services.reply(Feedback.objects.get(need=need, direction="volunteer"), volunteer, REPLY)
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(url)
    assert response.content.decode().count(TEXT) == 6


# The organisation's page --------------------------------------------------------------------------------------------


def test_the_organisations_page_shows_reviews_to_everybody(client, closed_need, volunteer, organisation, org_admin):
    feedback = services.write_about_organisation(closed_need, volunteer, TEXT)
    services.reply(feedback, org_admin, REPLY)
    response = client.get(organisation_url(organisation))
    assert response.status_code == 200
    assert shown(response, TEXT) and shown(response, REPLY) and shown(response, closed_need.title)
    assert shown(response, de("by %(name)s", name="Vera Volunteer"))  # the profile name, not the login address
    assert "vera.volunteer" not in response.content.decode()


def test_admins_see_the_reply_button_and_the_volunteers_left_to_review(
    client, closed_need, volunteer, organisation, org_admin, org_member
):
    feedback = services.write_about_organisation(closed_need, volunteer, TEXT)
    reply_link = reverse("feedback:reply", args=[feedback.pk])
    review_link = reverse("feedback:review_volunteer", args=[closed_need.pk, volunteer.pk])
    login(client, org_admin)
    html = client.get(organisation_url(organisation)).content.decode()
    assert reply_link in html and review_link in html
    login(client, org_member)
    html = client.get(organisation_url(organisation)).content.decode()
    assert reply_link not in html and review_link not in html


def test_the_organisations_page_needs_the_same_queries_for_one_and_for_many_reviews(
    client, organisation, org_admin, django_assert_num_queries
):
    login(client, org_admin)
    helpers = []
    for n in range(5):
        helper = factories.make_user(f"helper{n}@example.org", name=f"Helfer {n}")
        factories.make_volunteer_profile(helper, display_name=f"Helfer {n}")
        helpers.append(helper)
    needs = [factories.make_need(organisation, title=f"Aufgabe {n}", created_by=org_admin) for n in range(5)]
    for need, helper in zip(needs, helpers, strict=True):
        helped_on(need, helper, org_admin)
        close(need, org_admin)
    services.write_about_organisation(needs[0], helpers[0], TEXT)
    url = organisation_url(organisation)
    client.get(url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for need, helper in zip(needs[1:], helpers[1:], strict=True):
        services.write_about_organisation(need, helper, TEXT)
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(url)
    assert response.content.decode().count(TEXT) == 5


# The need page ------------------------------------------------------------------------------------------------------


def test_on_the_closed_need_admins_find_the_links_to_review_each_helper(admin_client_, need, org_admin, volunteer):
    kai = factories.make_user("kai@example.org", name="Kai Kaiser")
    factories.make_volunteer_profile(kai, display_name="Kai")
    helped_on(need, volunteer, org_admin)
    helped_on(need, kai, org_admin)
    close(need, org_admin)
    services.write_about_volunteer(need, org_admin, kai, TEXT)
    html = admin_client_.get(reverse("needs:detail", args=[need.pk])).content.decode()
    assert reverse("feedback:review_volunteer", args=[need.pk, volunteer.pk]) in html
    assert reverse("feedback:review_volunteer", args=[need.pk, kai.pk]) not in html


def test_an_open_need_and_plain_members_show_no_review_section(client, need, org_admin, org_member, volunteer):
    helped_on(need, volunteer, org_admin)
    url = reverse("needs:detail", args=[need.pk])
    login(client, org_admin)
    assert 'id="feedback-heading"' not in client.get(url).content.decode()
    close(need, org_admin)
    assert 'id="feedback-heading"' in client.get(url).content.decode()
    login(client, org_member)
    assert 'id="feedback-heading"' not in client.get(url).content.decode()


def test_a_closed_need_without_helpers_shows_no_review_section(admin_client_, need, org_admin):
    close(need, org_admin)
    assert 'id="feedback-heading"' not in admin_client_.get(reverse("needs:detail", args=[need.pk])).content.decode()


def test_the_sections_speak_german_and_english(client, closed_need, volunteer, organisation):
    services.write_about_organisation(closed_need, volunteer, TEXT)
    german = client.get(organisation_url(organisation), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Impressum" in german and de("Reviews from volunteers") in german
    english = client.get(organisation_url(organisation), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Imprint" in english and "Reviews from volunteers" in english
