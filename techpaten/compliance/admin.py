"""Staff edit requirements and draft sets here; registered reviewers approve on the site (services.approve_set).

An approved version is frozen: its items and fields are read-only. To change it, staff make a new draft version.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .models import (
    ChecklistEntry,
    DsfaScreening,
    NeedContext,
    Requirement,
    RequirementSet,
    RequirementSetItem,
    SourceCheck,
)


def _is_approved(obj: RequirementSet | None) -> bool:
    return obj is not None and obj.status == RequirementSet.Status.APPROVED


@admin.register(Requirement)
class RequirementAdmin(admin.ModelAdmin[Requirement]):
    list_display = ["code", "title_de", "level", "evidence_kind", "household", "children_data", "position"]
    list_filter = ["level", "evidence_kind", "household", "children_data"]
    search_fields = ["code", "title_de", "title_en"]
    filter_horizontal = ["sectors", "use_cases"]
    ordering = ["position", "code"]

    # A requirement in an approved set is part of what a reviewer signed: its wording must not change under the
    # approval. To change it, add a new requirement (a new code) and put it into a new draft version of the set.
    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        frozen = obj is not None and obj.sets.filter(status=RequirementSet.Status.APPROVED).exists()
        return not frozen and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        frozen = obj is not None and obj.sets.filter(status=RequirementSet.Status.APPROVED).exists()
        return not frozen and super().has_delete_permission(request, obj)


class RequirementSetItemInline(admin.TabularInline[RequirementSetItem, Any]):
    model = RequirementSetItem
    extra = 0
    autocomplete_fields = ["requirement"]
    ordering = ["position", "pk"]

    # An approved version is what a reviewer signed: nothing in it may change afterwards.
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not _is_approved(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not _is_approved(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return not _is_approved(obj) and super().has_delete_permission(request, obj)


@admin.register(RequirementSet)
class RequirementSetAdmin(admin.ModelAdmin[RequirementSet]):
    list_display = ["__str__", "sector", "use_case", "version", "status", "approved_by_name", "approved_at"]
    list_filter = ["status", "sector", "use_case"]
    list_select_related = ["sector", "use_case"]
    readonly_fields = ["status", "approved_by", "approved_by_name", "approved_at", "created_at"]
    inlines = [RequirementSetItemInline]
    actions = ["make_new_version"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        if _is_approved(obj):
            return ["sector", "use_case", "version", "notes_de", "notes_en", *self.readonly_fields]
        return list(self.readonly_fields)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Checklists may have followed an approved version: it stays as the record of what was asked.
        return not _is_approved(obj) and super().has_delete_permission(request, obj)

    @admin.action(description=_("Create a new draft version"))
    def make_new_version(self, request: HttpRequest, queryset: QuerySet[RequirementSet]) -> None:
        copies = [services.new_version(requirement_set) for requirement_set in queryset.order_by("pk")]
        self.message_user(
            request,
            ngettext("%(count)d new draft version created.", "%(count)d new draft versions created.", len(copies))
            % {"count": len(copies)},
            messages.SUCCESS,
        )


class ReadOnlyAdmin(admin.ModelAdmin[Any]):
    """Organisations' own records: staff may look (support, moderation), not rewrite them."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(NeedContext)
class NeedContextAdmin(ReadOnlyAdmin):
    list_display = ["need", "beyond_household", "children_data", "updated_at"]
    list_select_related = ["need"]


@admin.register(ChecklistEntry)
class ChecklistEntryAdmin(ReadOnlyAdmin):
    list_display = ["need", "requirement", "done", "updated_at"]
    list_filter = ["done"]
    list_select_related = ["need", "requirement"]
    search_fields = ["need__title", "requirement__code"]


@admin.register(DsfaScreening)
class DsfaScreeningAdmin(ReadOnlyAdmin):
    list_display = ["need", "presumed_necessary", "created_by_name", "created_at"]
    list_filter = ["presumed_necessary"]
    list_select_related = ["need"]


@admin.register(SourceCheck)
class SourceCheckAdmin(ReadOnlyAdmin):
    """Reviewers check sources on the site; staff may look here, not change who checked what."""

    list_display = ["source", "checked_by_name", "checked_on"]
    search_fields = ["source"]
