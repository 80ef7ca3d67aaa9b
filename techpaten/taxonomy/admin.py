from __future__ import annotations

from django.contrib import admin

from .models import Sector, Skill, UseCase


@admin.register(Sector, Skill)
class TermAdmin(admin.ModelAdmin[Sector]):
    list_display = ["name_de", "name_en", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name_de", "name_en", "slug"]


@admin.register(UseCase)
class UseCaseAdmin(TermAdmin):
    filter_horizontal = ["suggested_skills"]
