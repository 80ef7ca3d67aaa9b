from __future__ import annotations

from django.contrib import admin

from .models import Engagement, EngagementNeed, Team, TeamMember


class TeamMemberInline(admin.TabularInline):
    model = TeamMember
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["__str__", "created_at"]
    inlines = [TeamMemberInline]


class EngagementNeedInline(admin.TabularInline):
    model = EngagementNeed
    extra = 0
    raw_id_fields = ["need"]


@admin.register(Engagement)
class EngagementAdmin(admin.ModelAdmin):
    list_display = ["organisation", "team", "status", "started_at"]
    list_filter = ["status"]
    raw_id_fields = ["organisation", "team"]
    inlines = [EngagementNeedInline]
