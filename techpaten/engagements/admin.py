from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from techpaten.volunteers.models import Team, TeamMember

from .models import Engagement, EngagementNeed, Handover, HoursReport, PaidWorkOffer


class TeamMemberInline(admin.TabularInline[TeamMember, Any]):
    model = TeamMember
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin[Team]):
    list_display = ["__str__", "created_at"]
    inlines = [TeamMemberInline]


class EngagementNeedInline(admin.TabularInline[EngagementNeed, Any]):
    model = EngagementNeed
    extra = 0
    raw_id_fields = ["need"]
    fields = ["need", "seeking_backup"]


@admin.register(Engagement)
class EngagementAdmin(admin.ModelAdmin[Engagement]):
    list_display = ["organisation", "team", "status", "started_at"]
    list_select_related = ["organisation", "team"]
    list_filter = ["status"]
    raw_id_fields = ["organisation", "team"]
    inlines = [EngagementNeedInline]


@admin.register(Handover)
class HandoverAdmin(admin.ModelAdmin[Handover]):
    list_display = ["member", "created_at", "complete"]
    raw_id_fields = ["member", "successor"]
    list_select_related = ["member__user", "member__team"]

    @admin.display(boolean=True, description=_("complete"))
    def complete(self, obj: Handover) -> bool:
        return obj.complete


@admin.register(PaidWorkOffer)
class PaidWorkOfferAdmin(admin.ModelAdmin[PaidWorkOffer]):
    list_display = ["engagement", "hours", "rate_cents", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["engagement", "proposed_by", "decided_by"]
    list_select_related = ["engagement__organisation", "engagement__team"]


@admin.register(HoursReport)
class HoursReportAdmin(admin.ModelAdmin[HoursReport]):
    list_display = ["engagement", "month", "hours", "created_at"]
    raw_id_fields = ["engagement", "volunteer"]
    list_select_related = ["engagement__organisation", "engagement__team"]
