from __future__ import annotations

from django.contrib import admin

from .models import Feedback


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin[Feedback]):
    """For moderation: staff may remove a review (e.g. an insult); writing and replying go through `services`."""

    list_display = ["need", "direction", "author", "volunteer", "organisation", "created_at", "replied_at"]
    list_filter = ["direction"]
    search_fields = ["need__title", "organisation__name", "text"]
    raw_id_fields = ["need", "author", "volunteer", "organisation", "replied_by"]
    readonly_fields = ["need", "direction", "author", "volunteer", "organisation", "created_at", "replied_at"]
    date_hierarchy = "created_at"
