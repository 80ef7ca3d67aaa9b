"""Who may read a volunteer profile. Hidden profiles look like missing ones (404) to everybody not let in."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from .hooks import hidden_profile_readers
from .models import VolunteerProfile


def can_see_profile(user: Any, profile: VolunteerProfile) -> bool:
    """Public profiles: any logged-in person. Hidden ones: the owner, staff, and members of an organisation
    the volunteer has offered help to (in any state: they decided to show themselves to it). Profiles hidden by
    moderation: the owner and staff only."""
    if not user.is_authenticated:
        return False
    if profile.user_id == user.pk or user.is_staff:
        return True
    if profile.hidden_at is not None:
        return False  # hidden by moderation: nobody else, whatever else would let them in
    if profile.is_public:
        return True
    return any(hidden_profile_readers.answers(user, profile))


def profile_for_viewer(request: HttpRequest, pk: int) -> VolunteerProfile:
    profile = get_object_or_404(VolunteerProfile.objects.select_related("user"), pk=pk)
    if not can_see_profile(request.user, profile):
        raise Http404
    return profile
