"""Reviews after a need is closed: who may write one, about whom, once; and the reviewed side's single reply.

The organisation (any of its admins) writes one review per volunteer whose offer it accepted; each such volunteer
writes one review of the organisation. Only once the need is closed: a review is about finished work.
Views, the page hooks and the privacy category call these functions; none of them writes a Feedback row itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.accounts.models import User
from techpaten.core.rules import RuleViolation
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.access import is_admin

from . import notifications
from .models import Feedback

TEXT_MIN_LENGTH = 10
TEXT_MAX_LENGTH = 1000  # as Feedback.text and Feedback.reply

Direction = Feedback.Direction


def accepted_volunteers(need: Need) -> list[User]:
    """The volunteers whose offer on the need was accepted (and who still have an account), in order of offer."""
    offers = (
        Offer.objects.filter(need=need, status=Offer.Status.ACCEPTED, volunteer__isnull=False)
        .select_related("volunteer", "volunteer__volunteer_profile")
        .order_by("created_at", "pk")
    )
    return [offer.volunteer for offer in offers if offer.volunteer is not None]


def had_accepted_offer(user: Any, need: Need) -> bool:
    return bool(
        user.is_authenticated
        and Offer.objects.filter(need=need, volunteer_id=user.pk, status=Offer.Status.ACCEPTED).exists()
    )


def _check_closed(need: Need) -> None:
    if need.status != Need.Status.CLOSED:
        raise RuleViolation(
            _("Reviews can be written once the need is closed. Until then, talk to each other in the conversation.")
        )


def _check_text(text: str) -> str:
    text = text.strip()
    if len(text) < TEXT_MIN_LENGTH:
        raise RuleViolation(_("Please write at least %(count)d characters.") % {"count": TEXT_MIN_LENGTH})
    if len(text) > TEXT_MAX_LENGTH:
        raise RuleViolation(_("Please write at most %(count)d characters.") % {"count": TEXT_MAX_LENGTH})
    return text


def _locked_need(need: Need) -> Need:
    """Lock the need's row: two admins sending a review of the same volunteer at once are serialised here, so the
    check for an existing review below sees the first one (the unique constraints only cover one author)."""
    return Need.objects.select_for_update(of=("self",)).select_related("organisation").get(pk=need.pk)


def _already_reviewed_volunteer(need: Need, volunteer: User) -> bool:
    return Feedback.objects.filter(need=need, direction=Direction.ABOUT_VOLUNTEER, volunteer=volunteer).exists()


def _already_reviewed_organisation(need: Need, author: User) -> bool:
    return Feedback.objects.filter(need=need, direction=Direction.ABOUT_ORGANISATION, author=author).exists()


def check_may_review_volunteer(need: Need, author: Any, volunteer: User) -> None:
    """Raise RuleViolation unless `author` may review `volunteer` on `need` now (the form page asks this too)."""
    if not is_admin(author, need.organisation_id) or not had_accepted_offer(volunteer, need):
        raise RuleViolation(_("Only the organisation's admins can review the volunteers who helped with this need."))
    _check_closed(need)
    if _already_reviewed_volunteer(need, volunteer):
        raise RuleViolation(_("Your organisation has already reviewed this volunteer for this need."))


def check_may_review_organisation(need: Need, author: Any) -> None:
    """Raise RuleViolation unless `author` may review the need's organisation now."""
    if not had_accepted_offer(author, need):
        raise RuleViolation(_("Only volunteers whose offer was accepted can review the organisation."))
    _check_closed(need)
    if _already_reviewed_organisation(need, author):
        raise RuleViolation(_("You have already reviewed the organisation for this need."))


@transaction.atomic
def write_about_volunteer(need: Need, author: User, volunteer: User, text: str) -> Feedback:
    """The organisation's review of a volunteer who had an accepted offer on the need: one per volunteer and need."""
    need = _locked_need(need)
    check_may_review_volunteer(need, author, volunteer)
    text = _check_text(text)
    try:
        with transaction.atomic():
            feedback = Feedback.objects.create(
                need=need, direction=Direction.ABOUT_VOLUNTEER, author=author, volunteer=volunteer, text=text
            )
    except IntegrityError as error:  # the constraint caught a race the check above could not see
        raise RuleViolation(_("Your organisation has already reviewed this volunteer for this need.")) from error
    notifications.review_received(feedback)
    return feedback


@transaction.atomic
def write_about_organisation(need: Need, author: User, text: str) -> Feedback:
    """A volunteer's review of the organisation, for a need on which their offer was accepted: one per need."""
    need = _locked_need(need)
    check_may_review_organisation(need, author)
    text = _check_text(text)
    try:
        with transaction.atomic():
            feedback = Feedback.objects.create(
                need=need,
                direction=Direction.ABOUT_ORGANISATION,
                author=author,
                organisation_id=need.organisation_id,
                text=text,
            )
    except IntegrityError as error:
        raise RuleViolation(_("You have already reviewed the organisation for this need.")) from error
    notifications.review_received(feedback)
    return feedback


def check_may_reply(user: Any, feedback: Feedback) -> None:
    """Raise RuleViolation unless `user` may reply to `feedback` now."""
    if not may_reply(user, feedback):
        raise RuleViolation(_("Only the reviewed person or organisation can reply to this review."))
    if feedback.replied_at is not None:
        raise RuleViolation(_("This review already has a reply. A review can be answered only once."))


def may_reply(user: Any, feedback: Feedback) -> bool:
    """The reviewed side: the volunteer about whom it is, or any admin of the reviewed organisation."""
    if not user.is_authenticated:
        return False
    if feedback.direction == Direction.ABOUT_VOLUNTEER:
        return bool(feedback.volunteer_id == user.pk)
    return feedback.organisation_id is not None and is_admin(user, feedback.organisation_id)


@transaction.atomic
def reply(feedback: Feedback, user: User, text: str) -> Feedback:
    """The reviewed side answers once; a second answer (or one sent at the same moment) writes nothing."""
    check_may_reply(user, feedback)
    text = _check_text(text)
    now = timezone.now()
    # Compare-and-swap: only the first reply finds `replied_at` empty.
    if not Feedback.objects.filter(pk=feedback.pk, replied_at__isnull=True).update(
        reply=text, replied_at=now, replied_by=user
    ):
        raise RuleViolation(_("This review already has a reply. A review can be answered only once."))
    feedback.reply, feedback.replied_at, feedback.replied_by = text, now, user
    return feedback


# What is still to write ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenReview:
    """A review the person may still write: about `volunteer`, or (volunteer is None) about the need's organisation."""

    need: Need
    volunteer: User | None = None

    @property
    def volunteer_name(self) -> str:
        return public_name(self.volunteer) if self.volunteer is not None else ""


@dataclass(frozen=True)
class NeedReviews:
    """The review state of a closed need for one person: whether they take part (an admin of the organisation with
    helpers to review, or a helper), and what they may still write."""

    participant: bool = False
    as_admin: bool = False
    open: list[OpenReview] = field(default_factory=list)


def reviews_for_need(need: Need, user: Any) -> NeedReviews:
    if need.status != Need.Status.CLOSED or not user.is_authenticated:
        return NeedReviews()
    if is_admin(user, need.organisation_id):
        helpers = accepted_volunteers(need)
        done = set(
            Feedback.objects.filter(need=need, direction=Direction.ABOUT_VOLUNTEER).values_list(
                "volunteer_id", flat=True
            )
        )
        return NeedReviews(bool(helpers), True, [OpenReview(need, v) for v in helpers if v.pk not in done])
    if had_accepted_offer(user, need):
        done_already = _already_reviewed_organisation(need, user)
        return NeedReviews(True, False, [] if done_already else [OpenReview(need)])
    return NeedReviews()


def open_reviews_of_organisations(user: Any) -> list[OpenReview]:
    """Closed needs on which the volunteer helped and has not yet reviewed the organisation (newest first)."""
    if not user.is_authenticated:
        return []
    needs = (
        Need.objects.filter(status=Need.Status.CLOSED, offers__volunteer=user, offers__status=Offer.Status.ACCEPTED)
        # Exists, not exclude() across the relation: both conditions must hold for the same review.
        .exclude(
            Exists(Feedback.objects.filter(need=OuterRef("pk"), direction=Direction.ABOUT_ORGANISATION, author=user))
        )
        .select_related("organisation")
        .distinct()
        .order_by("-closed_at", "-pk")
    )
    return [OpenReview(need) for need in needs]


def open_reviews_of_volunteers(organisation_id: int, user: Any) -> list[OpenReview]:
    """For an admin: the helpers on the organisation's closed needs that nobody has reviewed yet."""
    if not is_admin(user, organisation_id):
        return []
    offers = (
        Offer.objects.filter(
            need__organisation_id=organisation_id,
            need__status=Need.Status.CLOSED,
            status=Offer.Status.ACCEPTED,
            volunteer__isnull=False,
        )
        .select_related("need", "volunteer", "volunteer__volunteer_profile")
        .order_by("-need__closed_at", "need_id", "created_at", "pk")
    )
    done = set(
        Feedback.objects.filter(need__organisation_id=organisation_id, direction=Direction.ABOUT_VOLUNTEER).values_list(
            "need_id", "volunteer_id"
        )
    )
    return [OpenReview(o.need, o.volunteer) for o in offers if (o.need_id, o.volunteer_id) not in done]


def public_name(user: User | None) -> str:
    """How a review's author is named publicly: as everywhere (User.display_name); "deleted user" once the account
    is gone."""
    if user is None:
        return _("deleted user")
    return user.display_name
