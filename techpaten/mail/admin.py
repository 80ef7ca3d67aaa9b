from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from .models import OutgoingMail


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin[OutgoingMail]):
    # Contents stay out of the admin list: staff see that a mail went out, not what it said.
    list_display = ["kind", "to", "language", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "kind", "language"]
    readonly_fields = [f.name for f in OutgoingMail._meta.fields]
    exclude = ["body_text", "body_html"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # mails come from the platform only (outbox.send)
