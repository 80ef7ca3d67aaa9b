"""The seeded catalogue (issue 4) as plain data, loaded by techpaten.catalogue.seed; no reviews, reviewers give them."""

from __future__ import annotations

from . import profiles_backup, profiles_messaging, profiles_nextcloud, profiles_photos, profiles_video, profiles_web
from .base import Cover, Profile, Setting, Sol
from .solutions import SOLUTIONS

PROFILES: list[Profile] = [
    *profiles_nextcloud.PROFILES,
    *profiles_photos.PROFILES,
    *profiles_video.PROFILES,
    *profiles_messaging.PROFILES,
    *profiles_web.PROFILES,
    *profiles_backup.PROFILES,
]

__all__ = ["PROFILES", "SOLUTIONS", "Cover", "Profile", "Setting", "Sol"]
