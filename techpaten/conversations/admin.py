from __future__ import annotations

from django.contrib import admin

from .models import Message


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin[Message]):
    """Metadata only: the text of private conversations is not shown in the admin list or search."""

    list_display = ["pk", "offer", "author", "created_at"]
    raw_id_fields = ["offer", "author"]
    readonly_fields = ["offer", "author", "body", "created_at"]
    search_fields = ["offer__need__title"]

    def has_add_permission(self, request: object) -> bool:
        return False
