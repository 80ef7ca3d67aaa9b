"""The rules of reviews: after closing only, by participants only, once per side; the reply once; the mails."""

from __future__ import annotations

import pytest
from django.core import mail
from django.db import IntegrityError, transaction

from techpaten.core.rules import RuleViolation
from techpaten.feedback import services
from techpaten.feedback.models import Feedback
from techpaten.mail.models import OutgoingMail
from techpaten.offers.models import Offer
from tests.texts import de

from .. import factories
from .conftest import close, helped_on
from .helpers import REPLY, TEXT


def messages_of(error: pytest.ExceptionInfo[RuleViolation]) -> str:
    return " ".join(error.value.messages)


# Who may write, and when --------------------------------------------------------------------------------------------


def test_an_admin_reviews_a_volunteer_who_helped_once_the_need_is_closed(closed_need, org_admin, volunteer):
    feedback = services.write_about_volunteer(closed_need, org_admin, volunteer, f"  {TEXT}  ")
    assert feedback.direction == Feedback.Direction.ABOUT_VOLUNTEER
    assert (feedback.volunteer, feedback.organisation, feedback.author) == (volunteer, None, org_admin)
    assert feedback.text == TEXT


def test_a_helper_reviews_the_organisation_once_the_need_is_closed(closed_need, volunteer, organisation):
    feedback = services.write_about_organisation(closed_need, volunteer, TEXT)
    assert feedback.direction == Feedback.Direction.ABOUT_ORGANISATION
    assert (feedback.organisation, feedback.volunteer, feedback.author) == (organisation, None, volunteer)


def test_nobody_reviews_before_the_need_is_closed(need, org_admin, volunteer):
    helped_on(need, volunteer, org_admin)
    expected = de("Reviews can be written once the need is closed. Until then, talk to each other in the conversation.")
    with pytest.raises(RuleViolation) as about_volunteer:
        services.write_about_volunteer(need, org_admin, volunteer, TEXT)
    with pytest.raises(RuleViolation) as about_organisation:
        services.write_about_organisation(need, volunteer, TEXT)
    assert messages_of(about_volunteer) == messages_of(about_organisation) == expected
    assert Feedback.objects.count() == 0


def test_a_plain_member_may_not_review_a_volunteer(closed_need, org_member, volunteer):
    with pytest.raises(RuleViolation):
        services.write_about_volunteer(closed_need, org_member, volunteer, TEXT)
    assert Feedback.objects.count() == 0


def test_an_outsider_may_not_review_anybody(closed_need, other_member, volunteer):
    with pytest.raises(RuleViolation):
        services.write_about_volunteer(closed_need, other_member, volunteer, TEXT)
    with pytest.raises(RuleViolation):
        services.write_about_organisation(closed_need, other_member, TEXT)
    assert Feedback.objects.count() == 0


@pytest.mark.parametrize("status", [Offer.Status.PENDING, Offer.Status.DECLINED, Offer.Status.WITHDRAWN])
def test_only_volunteers_with_an_accepted_offer_take_part(closed_need, org_admin, status):
    other = factories.make_user("kai@example.org", name="Kai")
    factories.make_volunteer_profile(other)
    factories.make_offer(closed_need, other, status=status)
    with pytest.raises(RuleViolation):
        services.write_about_volunteer(closed_need, org_admin, other, TEXT)
    with pytest.raises(RuleViolation) as error:
        services.write_about_organisation(closed_need, other, TEXT)
    assert messages_of(error) == de("Only volunteers whose offer was accepted can review the organisation.")
    assert Feedback.objects.count() == 0


def test_the_organisation_reviews_each_volunteer_once_whichever_admin_writes(
    closed_need, org_admin, second_admin, volunteer
):
    services.write_about_volunteer(closed_need, org_admin, volunteer, TEXT)
    for admin in (org_admin, second_admin):
        with pytest.raises(RuleViolation) as error:
            services.write_about_volunteer(closed_need, admin, volunteer, TEXT + " Nochmal.")
        assert messages_of(error) == de("Your organisation has already reviewed this volunteer for this need.")
    assert Feedback.objects.count() == 1


def test_a_volunteer_reviews_the_organisation_once(closed_need, volunteer):
    services.write_about_organisation(closed_need, volunteer, TEXT)
    with pytest.raises(RuleViolation) as error:
        services.write_about_organisation(closed_need, volunteer, TEXT)
    assert messages_of(error) == de("You have already reviewed the organisation for this need.")
    assert Feedback.objects.count() == 1


def test_each_helper_gets_their_own_review(need, org_admin, volunteer):
    kai = factories.make_user("kai@example.org", name="Kai")
    factories.make_volunteer_profile(kai)
    helped_on(need, volunteer, org_admin)
    helped_on(need, kai, org_admin)
    close(need, org_admin)
    services.write_about_volunteer(need, org_admin, volunteer, TEXT)
    services.write_about_volunteer(need, org_admin, kai, TEXT)
    services.write_about_organisation(need, volunteer, TEXT)
    services.write_about_organisation(need, kai, TEXT)
    assert Feedback.objects.filter(direction="volunteer").count() == 2
    assert Feedback.objects.filter(direction="organisation").count() == 2


def test_the_database_refuses_a_second_review_by_the_same_author(closed_need, org_admin, volunteer, organisation):
    services.write_about_volunteer(closed_need, org_admin, volunteer, TEXT)
    services.write_about_organisation(closed_need, volunteer, TEXT)
    with pytest.raises(IntegrityError), transaction.atomic():
        Feedback.objects.create(
            need=closed_need, direction="volunteer", author=org_admin, volunteer=volunteer, text=TEXT
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        Feedback.objects.create(
            need=closed_need, direction="organisation", author=volunteer, organisation=organisation, text=TEXT
        )
    assert Feedback.objects.count() == 2


@pytest.mark.parametrize("text", ["zu kurz", "   neun ch   ", "x" * 1001])
def test_a_review_is_ten_to_a_thousand_characters(closed_need, volunteer, text):
    with pytest.raises(RuleViolation):
        services.write_about_organisation(closed_need, volunteer, text)
    assert Feedback.objects.count() == 0


def test_ten_and_a_thousand_characters_are_fine(closed_need, org_admin, volunteer):
    services.write_about_organisation(closed_need, volunteer, "x" * 10)
    services.write_about_volunteer(closed_need, org_admin, volunteer, "y" * 1000)
    assert Feedback.objects.count() == 2


def test_reopening_the_need_stops_new_reviews_again(closed_need, org_admin, volunteer):
    from techpaten.needs import services as need_services

    need_services.change_status(closed_need, org_admin, "reopen")
    closed_need.refresh_from_db()
    with pytest.raises(RuleViolation):
        services.write_about_organisation(closed_need, volunteer, TEXT)
    assert Feedback.objects.count() == 0


# The reply ------------------------------------------------------------------------------------------------------------


def test_the_reviewed_volunteer_replies_once(closed_need, org_admin, volunteer):
    feedback = services.write_about_volunteer(closed_need, org_admin, volunteer, TEXT)
    services.reply(feedback, volunteer, REPLY)
    feedback.refresh_from_db()
    assert (feedback.reply, feedback.replied_by) == (REPLY, volunteer)
    assert feedback.replied_at is not None
    with pytest.raises(RuleViolation) as error:
        services.reply(feedback, volunteer, "Noch eine zweite Antwort.")
    assert messages_of(error) == de("This review already has a reply. A review can be answered only once.")
    feedback.refresh_from_db()
    assert feedback.reply == REPLY


def test_a_second_reply_sent_from_a_stale_page_writes_nothing(closed_need, volunteer, org_admin, second_admin):
    services.write_about_organisation(closed_need, volunteer, TEXT)
    first_copy = Feedback.objects.get()
    second_copy = Feedback.objects.get()  # loaded before the first reply: its replied_at is still empty
    services.reply(first_copy, org_admin, REPLY)
    with pytest.raises(RuleViolation):
        services.reply(second_copy, second_admin, "Die zweite Antwort eines anderen Admins.")
    stored = Feedback.objects.get()
    assert (stored.reply, stored.replied_by) == (REPLY, org_admin)


def test_any_admin_of_the_organisation_may_reply_but_not_a_member(closed_need, volunteer, org_member, second_admin):
    feedback = services.write_about_organisation(closed_need, volunteer, TEXT)
    with pytest.raises(RuleViolation):
        services.reply(feedback, org_member, REPLY)
    services.reply(feedback, second_admin, REPLY)
    assert Feedback.objects.get().replied_by == second_admin


def test_the_author_may_not_reply_to_their_own_review(closed_need, org_admin, volunteer):
    about_volunteer = services.write_about_volunteer(closed_need, org_admin, volunteer, TEXT)
    about_organisation = services.write_about_organisation(closed_need, volunteer, TEXT)
    with pytest.raises(RuleViolation):
        services.reply(about_volunteer, org_admin, REPLY)
    with pytest.raises(RuleViolation):
        services.reply(about_organisation, volunteer, REPLY)
    assert Feedback.objects.filter(replied_at__isnull=False).count() == 0


def test_a_reply_is_ten_to_a_thousand_characters(closed_need, org_admin, volunteer):
    feedback = services.write_about_volunteer(closed_need, org_admin, volunteer, TEXT)
    with pytest.raises(RuleViolation):
        services.reply(feedback, volunteer, "kurz")
    assert Feedback.objects.get().replied_at is None


# Mails ----------------------------------------------------------------------------------------------------------------


def test_the_volunteer_hears_about_a_review_with_a_link_to_reply(
    closed_need, org_admin, volunteer, django_capture_on_commit_callbacks
):
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        feedback = services.write_about_volunteer(closed_need, org_admin, volunteer, TEXT)
    assert [m.to for m in mail.outbox] == [[volunteer.email]]
    assert f"/feedback/{feedback.pk}/reply/" in mail.outbox[0].body
    assert TEXT not in mail.outbox[0].body  # the review stays on the platform
    assert OutgoingMail.objects.filter(kind="mail/review_received").count() == 1


def test_every_admin_hears_about_a_review_of_the_organisation_in_their_language(
    closed_need, org_admin, second_admin, org_member, volunteer, django_capture_on_commit_callbacks
):
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        feedback = services.write_about_organisation(closed_need, volunteer, TEXT)
    sent = {m.to[0]: m for m in mail.outbox}
    assert set(sent) == {org_admin.email, second_admin.email}
    assert all(f"/feedback/{feedback.pk}/reply/" in m.body for m in sent.values())
    title = closed_need.title
    assert sent[second_admin.email].subject == f"A volunteer has reviewed your organisation for “{title}”"
    assert sent[org_admin.email].subject == de(
        "A volunteer has reviewed your organisation for “%(title)s”", title=title
    )


def test_a_refused_review_sends_no_mail(need, org_admin, volunteer, django_capture_on_commit_callbacks):
    helped_on(need, volunteer, org_admin)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuleViolation):
        services.write_about_organisation(need, volunteer, TEXT)
    assert mail.outbox == []
