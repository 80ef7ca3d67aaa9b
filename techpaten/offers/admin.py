from __future__ import annotations

from django.contrib import admin

from .models import Offer


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin[Offer]):
    """Read-mostly: status changes go through `offers.services` so that rules and mails are not bypassed."""

    list_display = ["need", "volunteer", "status", "created_at", "expires_at", "decided_at"]
    list_filter = ["status"]
    search_fields = ["need__title", "volunteer__email", "need__organisation__name"]
    raw_id_fields = ["need", "volunteer", "decided_by"]
    readonly_fields = ["status", "created_at", "decided_at", "decided_by"]
    date_hierarchy = "created_at"
