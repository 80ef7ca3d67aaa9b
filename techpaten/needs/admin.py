from __future__ import annotations

from django.contrib import admin

from .models import Need


@admin.register(Need)
class NeedAdmin(admin.ModelAdmin[Need]):
    """For moderation. Status changes belong in `needs.services`, so the status is read-only here."""

    list_display = ["title", "organisation", "status", "published_at", "updated_at"]
    list_filter = ["status", "size", "remote_ok", "organisation__sector"]
    list_select_related = ["organisation"]
    search_fields = ["title", "description", "organisation__name"]
    readonly_fields = ["status", "created_by", "created_at", "updated_at", "published_at", "closed_at"]
    raw_id_fields = ["organisation"]
    filter_horizontal = ["use_cases", "skills"]
    date_hierarchy = "published_at"
