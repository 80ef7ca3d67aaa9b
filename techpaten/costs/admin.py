from __future__ import annotations

from typing import Any

from django.contrib import admin

from .models import CostItem, CostShare, Pledge


class CostShareInline(admin.TabularInline[CostShare, Any]):
    model = CostShare
    extra = 0
    raw_id_fields = ["organisation"]


@admin.register(CostItem)
class CostItemAdmin(admin.ModelAdmin[CostItem]):
    list_display = ["description", "organisation", "kind", "amount_cents", "period", "covered_by", "is_active"]
    list_filter = ["kind", "period", "covered_by", "is_active"]
    search_fields = ["description", "provider", "organisation__name"]
    raw_id_fields = ["organisation", "engagement"]
    filter_horizontal = ["services"]
    inlines = [CostShareInline]


@admin.register(Pledge)
class PledgeAdmin(admin.ModelAdmin[Pledge]):
    list_display = ["cost_item", "amount_cents", "status", "show_name", "created_at", "confirmed_at"]
    list_filter = ["status"]
    raw_id_fields = ["cost_item", "supporter", "confirmed_by"]
    # The supporter's address is for the organisation; staff see it only on the pledge itself.
    readonly_fields = ["created_at", "confirmed_at", "language"]
