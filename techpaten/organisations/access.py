"""The one way to reach an organisation's data: each helper returns the object or raises.

Outsiders get 404 (not 403), so nobody learns what exists; members without the right role get 403.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

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
    return bool(
        user.is_authenticated and Membership.objects.filter(user=user, organisation_id=organisation_id).exists()
    )


def is_admin(user: Any, organisation_id: int) -> bool:
    return bool(
        user.is_authenticated
        and Membership.objects.filter(user=user, organisation_id=organisation_id, role=Membership.Role.ADMIN).exists()
    )


def can_see_contact(user: Any, organisation: Organisation) -> bool:
    """Contact details only after a match: members, staff, and volunteers with an accepted offer on any of its needs."""
    if not user.is_authenticated:
        return False
    if user.is_staff or is_member(user, organisation.pk):
        return True
    from techpaten.offers.models import Offer

    return Offer.objects.filter(volunteer=user, need__organisation=organisation, status=Offer.Status.ACCEPTED).exists()
