"""The review workflow, in one place: who may write, approve and edit reviews, and what an approval must state.

Reviews are generic vetting by registered reviewers (data-protection officers or lawyers, User.is_reviewer, a role
granted by staff), never individual legal advice (§ 2 RDG). Staff maintain the catalogue, but only reviewers give a
verdict: the site's forms and the admin both go through `check_verdict` and `check_dates`.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils.translation import gettext as _

from techpaten.accounts.access import is_reviewer
from techpaten.core.rules import RuleViolation

from . import queries
from .models import Review, Solution

S = Review.Status

# A verdict is a statement about the solution that others rely on: only reviewers may give it.
VERDICTS = frozenset({S.APPROVED, S.REJECTED})

# What the review form edits; the reviewer's name comes from their account, never from the form.
EDITABLE_FIELDS = ("profile", "reviewer_qualification", "status", "reviewed_on", "valid_until", "scope", "findings")


def public_reviews(solution: Solution, user: Any) -> QuerySet[Review]:
    """Everything but drafts is public; a reviewer also sees their own drafts."""
    visible = ~Q(status=S.DRAFT)
    if is_reviewer(user):
        visible |= Q(status=S.DRAFT, reviewer_id=user.pk)
    return (
        Review.objects.filter(visible, solution=solution)
        .select_related("profile")
        .order_by(F("reviewed_on").desc(nulls_first=True), "-pk")
    )


# --- rules ----------------------------------------------------------------------------------------------------------


def check_verdict(user: Any, status: str) -> None:
    """Only registered reviewers approve or reject (issue 4); staff may still save drafts or mark a review expired."""
    if status in VERDICTS and not is_reviewer(user):
        raise RuleViolation(
            {"status": _("Only registered reviewers may approve or reject. Save it as a draft or ask a reviewer.")}
        )


def check_dates(data: dict[str, Any]) -> None:
    """An approval says from when and until when it holds and what it covers; a rejection says when it was made."""
    status = data.get("status")
    reviewed_on, valid_until = data.get("reviewed_on"), data.get("valid_until")
    errors: dict[str, str] = {}
    if status in VERDICTS and reviewed_on is None:
        errors["reviewed_on"] = _("Please enter the date of the review.")
    if status == S.APPROVED and valid_until is None:
        errors["valid_until"] = _("An approval needs a date until which it is valid.")
    if reviewed_on is not None and valid_until is not None and valid_until <= reviewed_on:
        errors["valid_until"] = _("The review must be valid until a date after the day it was made.")
    if status == S.APPROVED and not (data.get("scope") or "").strip():
        errors["scope"] = _("Please describe what the approval covers.")
    if errors:
        raise RuleViolation(errors)


def check(user: Any, data: dict[str, Any]) -> None:
    check_verdict(user, data.get("status", ""))
    check_dates(data)


# --- changes --------------------------------------------------------------------------------------------------------


@transaction.atomic
def create_review(solution: Solution, user: Any, data: dict[str, Any]) -> Review:
    """A new review by `user` (a reviewer) from cleaned form data (EDITABLE_FIELDS). Raises RuleViolation."""
    if not is_reviewer(user):
        raise RuleViolation(_("Only registered reviewers may write reviews."))
    check(user, data)
    review = Review(solution=solution, reviewer=user, reviewer_name=user.display_name)
    for field in EDITABLE_FIELDS:
        setattr(review, field, data[field])
    review.save()
    return review


def may_edit(user: Any, review: Review) -> bool:
    """Its author, while still a registered reviewer."""
    return is_reviewer(user) and review.reviewer_id == user.pk


@transaction.atomic
def update_review(review: Review, user: Any, data: dict[str, Any]) -> Review:
    """Save the author's changes. Raises RuleViolation for anybody but the author (who must still be a reviewer)."""
    if not may_edit(user, review):
        raise RuleViolation(_("Only the author of a review may change it."))
    check(user, data)
    for field in EDITABLE_FIELDS:
        setattr(review, field, data[field])
    # The name follows the account (a renamed reviewer); it stays when the account is deleted (SET_NULL).
    review.reviewer_name = user.display_name
    review.save()
    return review


def record_verdict(review: Review, user: Any) -> None:
    """Whoever gives a verdict (in the admin, too) answers for it: the review carries their name."""
    if review.status in VERDICTS:
        review.reviewer = user
        review.reviewer_name = user.display_name


def last_qualification(user: Any) -> str:
    """What the reviewer stated last time, to fill in the next review."""
    latest = Review.objects.filter(reviewer_id=user.pk).order_by("-created_at", "-pk").first()
    return latest.reviewer_qualification if latest is not None else ""


# --- reading --------------------------------------------------------------------------------------------------------


def with_badges(solutions: QuerySet[Solution]) -> QuerySet[Solution]:
    """Solutions with everything the review badge shows (see queries.with_review_state)."""
    return queries.with_review_state(solutions)


# The review state a solution shows, in this order: a valid approval wins, then an expired one, then a rejection.
APPROVED, EXPIRED, REJECTED, NOT_REVIEWED = "approved", "expired", "rejected", "not_reviewed"


def filter_by_state(solutions: QuerySet[Solution], state: str) -> QuerySet[Solution]:
    """Solutions (annotated by `with_badges`) whose badge shows `state`."""
    if state == APPROVED:
        return solutions.filter(Q(is_approved=True))
    if state == EXPIRED:
        return solutions.filter(Q(is_approved=False, has_expired=True))
    if state == REJECTED:
        return solutions.filter(Q(is_approved=False, has_expired=False, is_rejected=True))
    if state == NOT_REVIEWED:
        return solutions.filter(Q(is_approved=False, has_expired=False, is_rejected=False))
    return solutions
