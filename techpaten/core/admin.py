from __future__ import annotations

from django.contrib import admin

from .models import Page


@admin.register(Page)
class PageAdmin(admin.ModelAdmin[Page]):
    list_display = ["slug", "title_de", "title_en", "updated_at"]
