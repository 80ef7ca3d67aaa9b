"""Staff keep the catalogue in the admin; verdicts (approved, rejected) stay with registered reviewers."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from techpaten.core.form_fields import SaneDateField
from techpaten.core.rules import RuleViolation

from . import reviews
from .models import BaselineSetting, Coverage, DeploymentProfile, Review, Solution


class DeploymentProfileInline(admin.TabularInline[DeploymentProfile, Any]):
    model = DeploymentProfile
    fields = ["name", "name_en", "slug", "software_version"]
    prepopulated_fields = {"slug": ["name"]}
    show_change_link = True  # the baseline and the coverage are edited on the profile's own page
    extra = 0


@admin.register(Solution)
class SolutionAdmin(admin.ModelAdmin[Solution]):
    list_display = ["name", "name_en", "software", "contract_by", "cost_min_cents", "cost_max_cents", "position"]
    list_filter = ["use_cases", "sectors", "eu_hosting"]
    search_fields = ["name", "name_en", "software", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["use_cases", "sectors"]
    inlines = [DeploymentProfileInline]
    # Project websites are typed without a scheme as often as not; they are all served over https.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class BaselineSettingInline(admin.TabularInline[BaselineSetting, Any]):
    model = BaselineSetting
    fields = ["position", "kind", "control", "setting", "value", "reason_de", "reason_en"]
    extra = 0


class CoverageInline(admin.StackedInline[Coverage, Any]):
    model = Coverage
    fields = ["requirement", "level", "statement_de", "statement_en"]
    raw_id_fields = ["requirement"]
    extra = 0


@admin.register(DeploymentProfile)
class DeploymentProfileAdmin(admin.ModelAdmin[DeploymentProfile]):
    list_display = ["name", "name_en", "solution", "software_version"]
    list_filter = ["solution"]
    search_fields = ["name", "name_en", "solution__name", "solution__name_en"]
    list_select_related = ["solution"]
    inlines = [BaselineSettingInline, CoverageInline]


class ReviewAdminForm(forms.ModelForm[Review]):
    """The same rules as the reviewers' own form (catalogue.reviews): staff may not approve or reject."""

    # Set per request by ReviewAdmin.get_form: who is saving decides whether a verdict is allowed.
    user: Any = None

    class Meta:
        model = Review
        fields = [
            "solution",
            "profile",
            "reviewer",
            "reviewer_name",
            "reviewer_qualification",
            "status",
            "reviewed_on",
            "valid_until",
            "scope",
            "findings",
        ]
        field_classes = {"reviewed_on": SaneDateField, "valid_until": SaneDateField}

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        try:
            reviews.check(self.user, cleaned)
        except RuleViolation as error:
            self.add_error(None, error)
        return cleaned


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin[Review]):
    form = ReviewAdminForm
    list_display = ["solution", "profile", "reviewer_name", "status", "current_status_display", "valid_until"]
    list_filter = ["status"]
    list_select_related = ["solution", "profile"]
    search_fields = ["solution__name", "solution__name_en", "reviewer_name"]
    raw_id_fields = ["reviewer"]
    readonly_fields = ["created_at", "updated_at"]

    @admin.display(description=_("status today"))
    def current_status_display(self, review: Review) -> str:
        return review.current_status_label

    def get_form(self, request: Any, obj: Any = None, change: bool = False, **kwargs: Any) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        # A subclass of its own for this request: the user saving is never shared with another request.
        return type(form.__name__, (form,), {"user": request.user})

    def save_model(self, request: HttpRequest, obj: Review, form: Any, change: bool) -> None:
        if "status" in form.changed_data or not change:
            reviews.record_verdict(obj, request.user)
        super().save_model(request, obj, form, change)
