"""The rules of offers (services): limits, who may change what, expiry, and what closing a need does."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from techpaten.core.rules import RuleViolation
from techpaten.mail.models import OutgoingMail
from techpaten.needs import services as need_services
from techpaten.needs.models import Need
from techpaten.offers import services
from techpaten.offers.models import Offer
from techpaten.organisations.models import Membership
from tests.texts import de

from .. import factories
from .helpers import make_volunteer

MESSAGE = "Ich richte Nextcloud ein und erkläre es dem Team."


def _refused(need, user, text: str, **values) -> None:
    before = Offer.objects.count()
    with pytest.raises(RuleViolation) as caught:
        services.make_offer(need, user, MESSAGE)
    assert caught.value.messages == [de(text, **values)]
    assert Offer.objects.count() == before


def test_a_volunteer_makes_an_offer_that_waits_for_an_answer(need, volunteer, org_admin):
    offer = services.make_offer(need, volunteer, MESSAGE, 6)
    assert offer.status == Offer.Status.PENDING
    assert offer.hours_per_month == 6
    expected = timezone.now() + timedelta(days=settings.OFFER_EXPIRY_DAYS)
    assert abs((offer.expires_at - expected).total_seconds()) < 60


def test_the_organisation_admins_are_told_about_a_new_offer(
    need, volunteer, org_admin, org_member, django_capture_on_commit_callbacks
):
    second_admin = factories.make_user("bert.admin@kita.example")
    factories.add_member(need.organisation, second_admin, Membership.Role.ADMIN)
    with django_capture_on_commit_callbacks(execute=True):
        offer = services.make_offer(need, volunteer, MESSAGE)
    assert sorted(m.to[0] for m in mail.outbox) == sorted([org_admin.email, second_admin.email])
    assert all(f"/offers/{offer.pk}/" in m.body for m in mail.outbox)
    assert all(MESSAGE not in m.body for m in mail.outbox)


def test_a_sixth_pending_offer_is_refused_with_a_clear_message(organisation, volunteer):
    for _ in range(settings.OFFER_MAX_PENDING):
        factories.make_offer(factories.make_need(organisation), volunteer)
    text = "You already have %(count)d offers waiting for an answer. Wait for an answer or withdraw one first."
    _refused(factories.make_need(organisation), volunteer, text, count=settings.OFFER_MAX_PENDING)


def test_accepted_and_finished_offers_do_not_count_towards_the_limit(organisation, volunteer):
    for status in ["accepted", "declined", "withdrawn", "expired"] * 2:
        factories.make_offer(factories.make_need(organisation), volunteer, status=status)
    for _ in range(settings.OFFER_MAX_PENDING - 1):
        factories.make_offer(factories.make_need(organisation), volunteer)
    # Sent over the past days, so the hourly limit (tests/security_accounts) is not what is tested here.
    Offer.objects.update(created_at=timezone.now() - timedelta(days=2))
    assert services.make_offer(factories.make_need(organisation), volunteer, MESSAGE).status == "pending"


def test_only_one_offer_per_need(need, volunteer):
    services.make_offer(need, volunteer, MESSAGE)
    _refused(need, volunteer, "You have already offered help on this need.")


def test_an_accepted_offer_also_blocks_a_second_one(need, volunteer):
    factories.make_offer(need, volunteer, status=Offer.Status.ACCEPTED)
    _refused(need, volunteer, "You have already offered help on this need.")


@pytest.mark.parametrize("status", [Offer.Status.WITHDRAWN, Offer.Status.EXPIRED])
def test_a_volunteer_may_offer_again_after_withdrawal_or_expiry(need, volunteer, status):
    factories.make_offer(need, volunteer, status=status)
    offer = services.make_offer(need, volunteer, MESSAGE)
    assert offer.status == Offer.Status.PENDING
    assert need.offers.count() == 2


def test_a_volunteer_may_not_offer_again_after_being_declined(need, volunteer):
    factories.make_offer(need, volunteer, status=Offer.Status.DECLINED)
    _refused(need, volunteer, "The organisation has declined your offer on this need.")


def test_members_cannot_offer_help_to_their_own_organisation(need, org_member):
    factories.make_volunteer_profile(org_member)
    _refused(need, org_member, "You are a member of this organisation; you cannot offer help to yourselves.")


@pytest.mark.parametrize("status", [Need.Status.DRAFT, Need.Status.MATCHED, Need.Status.CLOSED])
def test_only_open_needs_take_offers(organisation, volunteer, status):
    need = factories.make_need(organisation, status=status)
    _refused(need, volunteer, "This need does not take offers at the moment.")


def test_an_offer_needs_a_volunteer_profile(need, other_member):
    _refused(need, other_member, "Please create your volunteer profile first.")


# Transitions ------------------------------------------------------------------------------------------------


@pytest.fixture
def offer(need, volunteer) -> Offer:
    return factories.make_offer(need, volunteer)


def test_an_admin_accepts_a_pending_offer(offer, org_admin):
    services.accept(offer, org_admin, "Willkommen!")
    offer.refresh_from_db()
    assert offer.status == Offer.Status.ACCEPTED
    assert offer.decided_by == org_admin
    assert offer.decision_message == "Willkommen!"
    assert offer.decided_at is not None


def test_an_admin_declines_a_pending_offer(offer, org_admin):
    services.decline(offer, org_admin, "Danke, wir haben schon jemanden.")
    offer.refresh_from_db()
    assert offer.status == Offer.Status.DECLINED
    assert offer.decision_message == "Danke, wir haben schon jemanden."


@pytest.mark.parametrize("persona", ["org_member", "volunteer", "other_member", "staff"])
@pytest.mark.parametrize("action", ["accept", "decline"])
def test_only_an_admin_of_the_organisation_answers_an_offer(offer, persona, action, request):
    user = request.getfixturevalue(persona)
    assert not services.may(user, offer, action)
    with pytest.raises(RuleViolation):
        getattr(services, action)(offer, user)
    offer.refresh_from_db()
    assert offer.status == Offer.Status.PENDING


@pytest.mark.parametrize("status", ["accepted", "declined", "withdrawn", "expired"])
@pytest.mark.parametrize("action", ["accept", "decline"])
def test_only_pending_offers_can_be_answered(need, volunteer, org_admin, status, action):
    offer = factories.make_offer(need, volunteer, status=status)
    with pytest.raises(RuleViolation):
        getattr(services, action)(offer, org_admin)
    offer.refresh_from_db()
    assert offer.status == status


def test_accepting_twice_is_refused(offer, org_admin):
    services.accept(offer, org_admin)
    with pytest.raises(RuleViolation):
        services.accept(offer, org_admin)
    # A second browser tab still holding the pending offer: the compare-and-swap refuses it too.
    stale = Offer.objects.get(pk=offer.pk)
    stale.status = Offer.Status.PENDING
    with pytest.raises(RuleViolation) as caught:
        services.decline(stale, org_admin)
    assert caught.value.messages == [de("This offer has changed in the meantime. Please reload the page.")]
    assert Offer.objects.get(pk=offer.pk).status == Offer.Status.ACCEPTED


@pytest.mark.parametrize("status", ["pending", "accepted"])
def test_the_volunteer_withdraws_a_pending_or_accepted_offer(need, volunteer, status):
    offer = factories.make_offer(need, volunteer, status=status)
    services.withdraw(offer, volunteer)
    offer.refresh_from_db()
    assert offer.status == Offer.Status.WITHDRAWN


@pytest.mark.parametrize("status", ["declined", "withdrawn", "expired"])
def test_finished_offers_cannot_be_withdrawn(need, volunteer, status):
    offer = factories.make_offer(need, volunteer, status=status)
    with pytest.raises(RuleViolation):
        services.withdraw(offer, volunteer)


@pytest.mark.parametrize("persona", ["org_admin", "org_member", "other_member", "staff"])
def test_nobody_but_the_volunteer_withdraws_an_offer(offer, persona, request):
    with pytest.raises(RuleViolation):
        services.withdraw(offer, request.getfixturevalue(persona))
    offer.refresh_from_db()
    assert offer.status == Offer.Status.PENDING


def test_answers_and_withdrawals_are_mailed_to_the_other_side(
    need, volunteer, org_admin, org_member, django_capture_on_commit_callbacks
):
    accepted = factories.make_offer(need, volunteer)
    with django_capture_on_commit_callbacks(execute=True):
        services.accept(accepted, org_admin)
    assert [m.to for m in mail.outbox] == [[volunteer.email]]
    assert OutgoingMail.objects.get().kind == "mail/offer_accepted"
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw(accepted, volunteer)
    # Only the admins, who answer offers, hear about withdrawals.
    assert [m.to for m in mail.outbox] == [[org_admin.email]]


def test_the_decline_mail_carries_the_organisations_answer(offer, volunteer, org_admin):
    services.decline(offer, org_admin, "Wir haben schon eine Lösung gefunden.")
    sent = OutgoingMail.objects.get(kind="mail/offer_declined")
    assert sent.to == volunteer.email
    assert "Wir haben schon eine Lösung gefunden." in sent.body_text


def test_mails_go_out_in_each_recipients_language(need, volunteer, org_admin, django_capture_on_commit_callbacks):
    english_admin = factories.make_user("eve.admin@kita.example", language="en")
    factories.add_member(need.organisation, english_admin, Membership.Role.ADMIN)
    with django_capture_on_commit_callbacks(execute=True):
        offer = services.make_offer(need, volunteer, MESSAGE)
    by_address = {m.to: m for m in OutgoingMail.objects.all()}
    assert by_address[org_admin.email].language == "de"
    assert by_address[english_admin.email].language == "en"
    from .helpers import subject

    context = {"offer": offer, "need": offer.need}
    sent = {m.to[0]: m.subject for m in mail.outbox}
    assert sent[english_admin.email] == subject("mail/offer_received", "en", **context)
    assert sent[org_admin.email] == subject("mail/offer_received", "de", **context)
    assert sent[english_admin.email] == f"New offer of help for “{need.title}”"


# Expiry -----------------------------------------------------------------------------------------------------


def test_expire_due_expires_only_old_pending_offers(organisation, volunteer):
    past = timezone.now() - timedelta(minutes=1)
    old = factories.make_offer(factories.make_need(organisation), volunteer, expires_at=past)
    fresh = factories.make_offer(factories.make_need(organisation), volunteer)
    old_accepted = factories.make_offer(
        factories.make_need(organisation), volunteer, status=Offer.Status.ACCEPTED, expires_at=past
    )
    assert services.expire_due() == 1
    statuses = dict(Offer.objects.values_list("pk", "status"))
    assert statuses == {old.pk: "expired", fresh.pk: "pending", old_accepted.pk: "accepted"}


def test_expiry_mails_the_volunteer_once(need, volunteer, django_capture_on_commit_callbacks):
    factories.make_offer(need, volunteer, expires_at=timezone.now() - timedelta(seconds=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert services.expire_due() == 1
        assert services.expire_due() == 0
    assert [m.to for m in mail.outbox] == [[volunteer.email]]
    assert OutgoingMail.objects.get().kind == "mail/offer_expired"


def test_after_expiry_the_volunteer_may_offer_again(need, volunteer):
    factories.make_offer(need, volunteer, expires_at=timezone.now() - timedelta(seconds=1))
    services.expire_due()
    assert services.make_offer(need, volunteer, MESSAGE).status == Offer.Status.PENDING


def test_expire_due_takes_the_time_it_is_given(need, volunteer):
    factories.make_offer(need, volunteer)
    assert services.expire_due(timezone.now() + timedelta(days=settings.OFFER_EXPIRY_DAYS, minutes=1)) == 1


# Closing a need ---------------------------------------------------------------------------------------------


def test_closing_a_need_closes_its_pending_offers_and_tells_the_volunteers(
    need, volunteer, org_admin, django_capture_on_commit_callbacks
):
    other = make_volunteer("kai.helper@example.org")
    pending = factories.make_offer(need, volunteer)
    accepted = factories.make_offer(need, other, status=Offer.Status.ACCEPTED)
    with django_capture_on_commit_callbacks(execute=True):
        need_services.change_status(need, org_admin, "close")
    pending.refresh_from_db()
    accepted.refresh_from_db()
    assert pending.status == Offer.Status.NEED_CLOSED
    assert pending.decided_by == org_admin
    assert accepted.status == Offer.Status.ACCEPTED
    # The waiting volunteer hears that the need is closed; the helper and the admin are invited to review.
    by_recipient = {tuple(m.to): m for m in mail.outbox}
    assert sorted(by_recipient) == sorted([(volunteer.email,), (other.email,), (org_admin.email,)])
    assert need.title in by_recipient[(volunteer.email,)].body
    assert f"/needs/{need.pk}/review/organisation/" in by_recipient[(other.email,)].body
    assert "/review/" not in by_recipient[(volunteer.email,)].body


def test_a_volunteer_may_offer_again_when_a_closed_need_is_reopened(need, volunteer, org_admin):
    factories.make_offer(need, volunteer)
    need_services.change_status(need, org_admin, "close")
    need_services.change_status(need, org_admin, "reopen")
    offer = services.make_offer(need, volunteer, "Ich bin weiterhin gern dabei, vier Stunden im Monat.")
    assert offer.status == Offer.Status.PENDING
