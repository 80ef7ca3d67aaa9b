"""Changes to volunteer profiles that other apps ask for: moderation hides and shows a profile through these two;
the rule who may is moderation's (techpaten/moderation)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from .models import VolunteerProfile


@transaction.atomic
def hide_profile(profile: VolunteerProfile, reason: str) -> VolunteerProfile:
    """Only the owner (who sees `reason`) and staff can read the profile from now on."""
    profile.hidden_at = timezone.now()
    profile.hidden_reason = reason
    profile.save(update_fields=["hidden_at", "hidden_reason", "updated_at"])
    return profile


@transaction.atomic
def unhide_profile(profile: VolunteerProfile) -> VolunteerProfile:
    profile.hidden_at = None
    profile.hidden_reason = ""
    profile.save(update_fields=["hidden_at", "hidden_reason", "updated_at"])
    return profile
