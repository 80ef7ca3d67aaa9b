from __future__ import annotations

from django.contrib import admin

from .models import FirstMeeting


@admin.register(FirstMeeting)
class FirstMeetingAdmin(admin.ModelAdmin[FirstMeeting]):
    """Read-mostly: answers go through `meetings.services` so that the rules and the mails are not bypassed."""

    list_display = ["offer", "starts_at", "duration_minutes", "status", "proposed_by", "answered_at"]
    list_filter = ["status"]
    search_fields = ["offer__need__title", "offer__need__organisation__name", "proposed_by__email"]
    raw_id_fields = ["offer", "proposed_by", "answered_by"]
    readonly_fields = ["status", "created_at", "answered_by", "answered_at"]
    date_hierarchy = "starts_at"
