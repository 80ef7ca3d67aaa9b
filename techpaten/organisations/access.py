"""Who belongs to an organisation (the one home of "member", "admin", "the admins of"), and the one way to reach
its data: each `…_for_…` helper returns the object or raises.

Outsiders get 404 (not 403), so nobody learns what exists; members without the right role get 403.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.accounts.models import User

from .models import Membership, Organisation


def membership(user: Any, organisation: Organisation) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, organisation=organisation).first()


def organisation_for_member(request: HttpRequest, slug: str) -> tuple[Organisation, Membership]:
    """The organisation and the requester's membership; 404 for anyone who is not a member."""
    organisation = get_object_or_404(Organisation, slug=slug)
    found = membership(request.user, organisation)
    if found is None:
        raise Http404
    return organisation, found


def organisation_for_admin(request: HttpRequest, slug: str) -> tuple[Organisation, Membership]:
    """As `organisation_for_member`, and 403 for members who are not admins."""
    organisation, found = organisation_for_member(request, slug)
    if not found.is_admin:
        raise PermissionDenied
    return organisation, found


def is_member(user: Any, organisation_id: int) -> bool:
    """A member of the organisation, in any role (the one rule; every app asks it)."""
    return role_of(user, organisation_id) is not None


def is_admin(user: Any, organisation_id: int) -> bool:
    """An admin of the organisation: manages its members, answers offers, decides for it."""
    return role_of(user, organisation_id) == Membership.Role.ADMIN


def role_of(user: Any, organisation_id: int) -> str | None:
    """The user's role in the organisation (Membership.Role), or None for everybody who is not a member."""
    if not getattr(user, "is_authenticated", False):
        return None
    mine = Membership.objects.filter(user_id=user.pk, organisation_id=organisation_id)
    role: str | None = mine.values_list("role", flat=True).first()
    return role


def keeps_an_admin(membership: Membership, admin_count: int) -> bool:
    """Whether the membership may be removed or made a plain member: an organisation always keeps one admin."""
    return not membership.is_admin or admin_count > 1


def admins_of(organisation_id: int) -> list[User]:
    """The admins of the organisation who can still be reached (active accounts), oldest membership first."""
    return _people(Membership.objects.filter(organisation_id=organisation_id, role=Membership.Role.ADMIN))


def members_of(organisation_id: int) -> list[User]:
    """Every member of the organisation who can still be reached (active accounts), oldest membership first."""
    return _people(Membership.objects.filter(organisation_id=organisation_id))


def member_ids(organisation_id: int) -> QuerySet[Membership, int]:
    """The members' user ids, as a subquery (e.g. "somebody on the team who is no member")."""
    return Membership.objects.filter(organisation_id=organisation_id).values_list("user_id", flat=True)


def organisations_of(user_id: int) -> QuerySet[Membership, int]:
    """The ids of the organisations the user is a member of, as a subquery."""
    return Membership.objects.filter(user_id=user_id).values_list("organisation_id", flat=True)


def _people(memberships: QuerySet[Membership]) -> list[User]:
    return [
        m.user
        for m in memberships.filter(user__is_active=True)
        .select_related("user", "user__volunteer_profile")
        .order_by("pk")
    ]


def organisation_for_verifier(request: HttpRequest, slug: str) -> Organisation:
    """Its verification page: staff, and the organisation's admins (403 for its other members, 404 for others)."""
    if request.user.is_authenticated and request.user.is_staff:
        return get_object_or_404(Organisation, slug=slug)
    organisation, _membership = organisation_for_admin(request, slug)
    return organisation
