from __future__ import annotations

from typing import Any

from django.contrib import admin

from .models import ReminderSent, Service


@admin.register(Service)
class ServiceAdmin(admin.ModelAdmin[Service]):
    """Metadata only: the handbook itself (admin rights, where credentials are kept, backups, notes) is for the
    organisation and its team, not for platform staff."""

    list_display = ["name", "organisation", "is_active", "next_update_check", "tls_expires_on", "restore_test_due"]
    list_filter = ["is_active"]
    search_fields = ["name", "organisation__name"]
    fields = (
        "organisation",
        "engagement",
        "name",
        "is_active",
        "next_update_check",
        "tls_expires_on",
        "restore_test_due",
        "created_at",
        "updated_at",
    )
    readonly_fields = fields

    def has_add_permission(self, request: Any) -> bool:
        return False


@admin.register(ReminderSent)
class ReminderSentAdmin(admin.ModelAdmin[ReminderSent]):
    """The record that makes each reminder go out once; read-only (deleting a row would send it again)."""

    list_display = ["service", "kind", "due_on", "stage", "sent_at"]
    list_filter = ["kind", "stage"]
    raw_id_fields = ["service"]
    readonly_fields = ["service", "kind", "due_on", "stage", "sent_at"]

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False
