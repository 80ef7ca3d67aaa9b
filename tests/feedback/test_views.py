"""feedback:review_volunteer, feedback:review_organisation, feedback:reply — the forms and who reaches them."""

from __future__ import annotations

from django.urls import reverse

from techpaten.feedback import services
from techpaten.feedback.models import Feedback
from tests.texts import de, shown

from .. import factories
from ..conftest import login
from .conftest import helped_on
from .helpers import REPLY, TEXT


def review_volunteer_url(need, volunteer) -> str:
    return reverse("feedback:review_volunteer", args=[need.pk, volunteer.pk])


def review_organisation_url(need) -> str:
    return reverse("feedback:review_organisation", args=[need.pk])


def reply_url(feedback) -> str:
    return reverse("feedback:reply", args=[feedback.pk])


# The organisation reviews a volunteer ---------------------------------------------------------------------------------


def test_an_admin_sees_the_form_for_a_volunteer_who_helped(admin_client_, closed_need, volunteer):
    response = admin_client_.get(review_volunteer_url(closed_need, volunteer))
    assert response.status_code == 200
    assert 'name="text"' in response.content.decode()
    assert shown(response, closed_need.title)
    assert shown(response, "Vera")


def test_an_admin_publishes_a_review_and_returns_to_the_need(admin_client_, closed_need, volunteer):
    response = admin_client_.post(review_volunteer_url(closed_need, volunteer), {"text": TEXT}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("needs:detail", args=[closed_need.pk])
    assert shown(response, de("Thank you. Your review is shown on the volunteer's profile."))
    assert Feedback.objects.get().text == TEXT


def test_a_too_short_review_is_refused_with_a_message_and_nothing_written(admin_client_, closed_need, volunteer):
    response = admin_client_.post(review_volunteer_url(closed_need, volunteer), {"text": "gut"})
    assert response.status_code == 200
    assert shown(response, de("Please write at least %(limit_value)d characters.", limit_value=10))
    assert Feedback.objects.count() == 0


def test_before_closing_the_page_says_why_and_a_post_writes_nothing(admin_client_, need, volunteer, org_admin):
    helped_on(need, volunteer, org_admin)
    message = de("Reviews can be written once the need is closed. Until then, talk to each other in the conversation.")
    page = admin_client_.get(review_volunteer_url(need, volunteer))
    assert page.status_code == 200 and shown(page, message)
    assert 'name="text"' not in page.content.decode()
    response = admin_client_.post(review_volunteer_url(need, volunteer), {"text": TEXT})
    assert response.status_code == 200 and shown(response, message)
    assert Feedback.objects.count() == 0


def test_a_second_review_is_refused_with_a_message(admin_client_, closed_need, volunteer, org_admin):
    services.write_about_volunteer(closed_need, org_admin, volunteer, TEXT)
    message = de("Your organisation has already reviewed this volunteer for this need.")
    assert shown(admin_client_.get(review_volunteer_url(closed_need, volunteer)), message)
    response = admin_client_.post(review_volunteer_url(closed_need, volunteer), {"text": TEXT + " Zwei."})
    assert shown(response, message)
    assert Feedback.objects.count() == 1


def test_members_outsiders_and_the_volunteer_get_404(client, closed_need, volunteer, org_member, other_member):
    url = review_volunteer_url(closed_need, volunteer)
    for user in (org_member, other_member, volunteer):
        login(client, user)
        assert client.get(url).status_code == 404
        assert client.post(url, {"text": TEXT}).status_code == 404
    assert Feedback.objects.count() == 0


def test_a_volunteer_who_did_not_help_cannot_be_reviewed(admin_client_, closed_need):
    stranger = factories.make_user("kai@example.org", name="Kai")
    factories.make_volunteer_profile(stranger)
    assert admin_client_.get(review_volunteer_url(closed_need, stranger)).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, closed_need, volunteer):
    for url in (review_volunteer_url(closed_need, volunteer), review_organisation_url(closed_need)):
        response = client.post(url, {"text": TEXT})
        assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert Feedback.objects.count() == 0


# A volunteer reviews the organisation ---------------------------------------------------------------------------------


def test_the_helper_publishes_a_review_of_the_organisation(volunteer_client, closed_need, organisation):
    assert 'name="text"' in volunteer_client.get(review_organisation_url(closed_need)).content.decode()
    response = volunteer_client.post(review_organisation_url(closed_need), {"text": TEXT}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("organisations:detail", args=[organisation.slug])
    assert shown(response, TEXT)
    assert Feedback.objects.get().organisation == organisation


def test_only_the_helper_reaches_the_organisation_form(client, closed_need, org_admin, org_member, other_member):
    for user in (org_admin, org_member, other_member):
        login(client, user)
        assert client.get(review_organisation_url(closed_need)).status_code == 404
        assert client.post(review_organisation_url(closed_need), {"text": TEXT}).status_code == 404
    assert Feedback.objects.count() == 0


def test_a_second_review_of_the_organisation_is_refused(volunteer_client, closed_need, volunteer):
    services.write_about_organisation(closed_need, volunteer, TEXT)
    response = volunteer_client.post(review_organisation_url(closed_need), {"text": TEXT})
    assert shown(response, de("You have already reviewed the organisation for this need."))
    assert Feedback.objects.count() == 1


# The reply --------------------------------------------------------------------------------------------------------


def test_the_volunteer_replies_once_from_the_mails_link(volunteer_client, closed_need, org_admin, volunteer):
    feedback = services.write_about_volunteer(closed_need, org_admin, volunteer, TEXT)
    page = volunteer_client.get(reply_url(feedback))
    assert page.status_code == 200 and shown(page, TEXT)
    response = volunteer_client.post(reply_url(feedback), {"text": REPLY}, follow=True)
    profile = volunteer.volunteer_profile
    assert response.redirect_chain[-1][0] == reverse("volunteers:detail", args=[profile.pk])
    assert shown(response, REPLY)
    second = volunteer_client.post(reply_url(feedback), {"text": "Noch eine zweite Antwort."})
    assert second.status_code == 200
    assert shown(second, de("This review already has a reply. A review can be answered only once."))
    assert Feedback.objects.get().reply == REPLY


def test_an_admin_replies_for_the_organisation(admin_client_, closed_need, volunteer, organisation):
    feedback = services.write_about_organisation(closed_need, volunteer, TEXT)
    response = admin_client_.post(reply_url(feedback), {"text": REPLY})
    assert response.status_code == 302
    assert response["Location"] == reverse("organisations:detail", args=[organisation.slug])
    assert Feedback.objects.get().reply == REPLY


def test_a_bad_reply_is_refused_with_a_message(admin_client_, closed_need, volunteer):
    feedback = services.write_about_organisation(closed_need, volunteer, TEXT)
    response = admin_client_.post(reply_url(feedback), {"text": ""})
    assert response.status_code == 200
    assert shown(response, de("Please write a few words."))
    assert Feedback.objects.get().replied_at is None


def test_only_the_reviewed_side_reaches_the_reply_page(
    client, closed_need, org_admin, org_member, other_member, volunteer
):
    about_volunteer = services.write_about_volunteer(closed_need, org_admin, volunteer, TEXT)
    about_organisation = services.write_about_organisation(closed_need, volunteer, TEXT)
    for user, feedback in [
        (org_admin, about_volunteer),
        (org_member, about_volunteer),
        (other_member, about_volunteer),
        (volunteer, about_organisation),
        (org_member, about_organisation),
        (other_member, about_organisation),
    ]:
        login(client, user)
        assert client.get(reply_url(feedback)).status_code == 404
        assert client.post(reply_url(feedback), {"text": REPLY}).status_code == 404
    assert Feedback.objects.filter(replied_at__isnull=False).count() == 0
    client.logout()
    assert client.get(reply_url(about_volunteer))["Location"].startswith(reverse("account_login"))
