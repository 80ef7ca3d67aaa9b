"""Deleting an account: what it takes with it, what it leaves to others, and the rule that can stop it."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, Q
from django.utils.translation import gettext, ngettext

from techpaten.accounts.models import User
from techpaten.core.rules import RuleViolation
from techpaten.organisations.models import Membership, Organisation

from . import audit, last_member
from .categories import DELETION_ORDER
from .models import AuditEvent


class Reason:
    """Why an account was deleted (stored in the audit entry)."""

    SELF = "self"
    INACTIVE = "inactive"
    UNVERIFIED = "unverified"


@dataclass
class DeletionPlan:
    """What deleting the account would do to the person's organisations (shown on the confirm page)."""

    # The person is the last admin and others remain: they must appoint another admin first.
    blocking: list[Organisation] = field(default_factory=list)
    # The person is the only member: the organisation and its needs go with the account.
    deleted_with_account: list[Organisation] = field(default_factory=list)

    @property
    def possible(self) -> bool:
        return not self.blocking


def plan(user: User) -> DeletionPlan:
    organisations = (
        # pk__in, not memberships__user: the counts must see every member, not just the joined one.
        Organisation.objects.filter(pk__in=Membership.objects.filter(user=user).values("organisation_id"))
        .annotate(
            members_count=Count("memberships", distinct=True),
            admins_count=Count("memberships", filter=Q(memberships__role=Membership.Role.ADMIN), distinct=True),
        )
        .order_by("name")
    )
    roles = dict(Membership.objects.filter(user=user).values_list("organisation_id", "role"))
    result = DeletionPlan()
    for organisation in organisations:
        if organisation.members_count == 1:
            result.deleted_with_account.append(organisation)
        elif roles[organisation.pk] == Membership.Role.ADMIN and organisation.admins_count == 1:
            result.blocking.append(organisation)
    return result


def blocking_message(blocking: list[Organisation]) -> str:
    names = ", ".join(organisation.name for organisation in blocking)
    return ngettext(
        "You are the only admin of %(names)s. An organisation always needs an admin: please make another member "
        "admin on the members page first, or remove the other members. Then you can delete your account.",
        "You are the only admin of these organisations: %(names)s. An organisation always needs an admin: please "
        "make another member admin in each first, or remove the other members. Then you can delete your account.",
        len(blocking),
    ) % {"names": names}


def _appoint_successors(blocking: list[Organisation]) -> int:
    """For automatic deletions: the longest-standing other member becomes admin, so the organisation stays usable."""
    for organisation in blocking:
        successor = (
            Membership.objects.filter(organisation=organisation, role=Membership.Role.MEMBER)
            .order_by("created_at", "pk")
            .first()
        )
        if successor is not None:
            Membership.objects.filter(pk=successor.pk).update(role=Membership.Role.ADMIN)
    return len(blocking)


@transaction.atomic
def delete_account(user: User, *, reason: str = Reason.SELF) -> AuditEvent:
    """Delete `user` and everything that is only theirs; anonymise what others still need; audit it.

    A person deleting their own account (`Reason.SELF`) who is the last admin of an organisation with other members
    is refused (RuleViolation). Retention deletes anyway and appoints the longest-standing member as admin.
    """
    # Lock the account row: a second click or a parallel retention run waits here, then finds nothing to delete.
    if not User.objects.select_for_update().filter(pk=user.pk).exists():
        raise RuleViolation(gettext("This account no longer exists."))
    # Lock the memberships of the person's organisations: nobody may step down as admin meanwhile.
    list(
        Membership.objects.select_for_update().filter(
            organisation__in=Membership.objects.filter(user=user).values("organisation_id")
        )
    )
    current = plan(user)
    # Counted and addressed before anything is deleted: the team of an organisation that goes is told afterwards.
    losses = [last_member.loss(organisation) for organisation in current.deleted_with_account]
    successors = 0
    if current.blocking:
        if reason == Reason.SELF:
            raise RuleViolation(blocking_message(current.blocking))
        successors = _appoint_successors(current.blocking)
    user_pk = user.pk
    counts: dict[str, int] = {"admins_appointed": successors}
    for category in DELETION_ORDER:
        counts.update(category.delete_or_anonymise(user))
    counts["team_volunteers_told"] = last_member.tell_teams(losses)
    # Counts and the reason only: the audit entry must not identify the person it is about.
    return audit.record(AuditEvent.Kind.ACCOUNT_DELETED, user_pk=user_pk, reason=reason, **counts)
