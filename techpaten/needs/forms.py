from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techpaten.core.form_fields import NameField
from techpaten.core.money import EuroField
from techpaten.places.forms import PlzField
from techpaten.taxonomy.models import Sector, Skill, UseCase

from .models import Need
from .search import (
    DEFAULT_RADIUS_KM,
    MAX_RADIUS_KM,
    MIN_RADIUS_KM,
    REACH_EITHER,
    REACH_NEARBY,
    REACH_REMOTE,
    SORT_DISTANCE,
    SORT_NEWEST,
)


class UseCaseCheckboxes(forms.CheckboxSelectMultiple):
    """Use-case checkboxes that carry their suggested skills (pks) for need-form.js."""

    def create_option(self, name: str, value: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(name, value, *args, **kwargs)
        instance = getattr(value, "instance", None)
        if isinstance(instance, UseCase):
            option["attrs"]["data-suggested-skills"] = " ".join(str(s.pk) for s in instance.suggested_skills.all())
        return option


class NeedForm(forms.ModelForm[Need]):
    use_cases = forms.ModelMultipleChoiceField(
        queryset=UseCase.objects.prefetch_related("suggested_skills"),
        widget=UseCaseCheckboxes,
        label=_("What do you want to do?"),
        error_messages={"required": _("Please choose at least one use case.")},
    )
    skills = forms.ModelMultipleChoiceField(
        queryset=Skill.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Skills it probably takes"),
        help_text=_(
            "Ticking a use case ticks the skills that usually go with it. If you are unsure, tick nothing: "
            "we then use those suggested skills."
        ),
    )
    # Typed in euros, stored in cents (Need.monthly_budget_cents).
    monthly_budget = EuroField(
        label=_("Monthly budget for infrastructure (€)"),
        help_text=Need._meta.get_field("monthly_budget_cents").help_text,
        initial=0,
        min_value=Decimal("0"),
        max_value=Decimal("100000"),
        max_digits=8,
        error_messages={
            "invalid": _("Please enter an amount in euros, for example 0, 25 or 12.50."),
            "min_value": _("The budget cannot be negative. Enter 0 if there is no budget."),
            "max_value": _("Please enter at most 100,000 € per month."),
            "max_digits": _("Please enter at most 100,000 € per month."),
            "max_whole_digits": _("Please enter at most 100,000 € per month."),
            "max_decimal_places": _("Please enter at most two digits after the decimal point."),
        },
    )

    class Meta:
        model = Need
        fields = [
            "title",
            "description",
            "use_cases",
            "skills",
            "kind",
            "size",
            "urgency",
            "remote_ok",
        ]
        field_classes = {"title": NameField}
        labels = {"description": _("What do you need? Describe it in your own words.")}
        help_texts = {
            "title": _("A short sentence, for example: Share photos with parents without WhatsApp."),
            "description": _(
                "What is the problem today, who is involved, what should be better? No technical terms needed."
            ),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["monthly_budget"].initial = self.instance.monthly_budget_cents

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        # Without JavaScript nothing pre-ticks the skills: an empty choice means "what the use cases suggest".
        if not cleaned.get("skills") and cleaned.get("use_cases"):
            cleaned["skills"] = Skill.objects.filter(use_cases__in=cleaned["use_cases"]).distinct()
        cleaned["monthly_budget_cents"] = cleaned.get("monthly_budget")
        return cleaned


class NeedSearchForm(forms.Form):
    """The filters of the public listing, sent with GET so results can be bookmarked and shared."""

    q = forms.CharField(
        label=_("Search words"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
        help_text=_("Title, description or name of the organisation."),
    )
    plz = PlzField(required=False, label=_("Near postcode (PLZ)"))
    radius = forms.IntegerField(
        label=_("Distance up to (km)"),
        required=False,
        min_value=MIN_RADIUS_KM,
        max_value=MAX_RADIUS_KM,
        # The usual distances are offered as suggestions (list.html's datalist); any whole number fits.
        widget=forms.NumberInput(attrs={"list": "radius-suggestions", "inputmode": "numeric", "step": "1"}),
        error_messages={
            "invalid": _("Please enter the distance as a whole number of kilometres, e.g. 30."),
            "min_value": _("Please enter a distance of at least %(limit_value)s km."),
            "max_value": _("Please enter a distance of at most %(limit_value)s km."),
        },
    )
    reach = forms.ChoiceField(
        label=_("Help on site or remote"),
        required=False,
        choices=[
            (REACH_NEARBY, _("on site, within the distance")),
            (REACH_EITHER, _("on site within the distance, or remote")),
            (REACH_REMOTE, _("only needs where remote help is possible")),
        ],
    )
    use_case = forms.ModelChoiceField(
        label=_("Use case"), queryset=UseCase.objects.all(), to_field_name="slug", required=False, empty_label=_("all")
    )
    skill = forms.ModelChoiceField(
        label=_("Skill"), queryset=Skill.objects.all(), to_field_name="slug", required=False, empty_label=_("all")
    )
    sector = forms.ModelChoiceField(
        label=_("Kind of organisation"),
        queryset=Sector.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("all"),
    )
    size = forms.ChoiceField(label=_("Size"), choices=[("", _("all")), *Need.Size.choices], required=False)
    verified = forms.BooleanField(label=_("Verified organisations only"), required=False)
    sort = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[(SORT_NEWEST, _("newest first")), (SORT_DISTANCE, _("nearest first"))],
    )

    DEFAULTS = {"radius": str(DEFAULT_RADIUS_KM), "sort": SORT_NEWEST, "reach": REACH_NEARBY}
    # The filters that narrow the list (the rest only orders or explains it).
    NARROWING = ("q", "use_case", "skill", "sector", "size", "verified", "plz")

    def __init__(self, data: Any = None, *, start: dict[str, str] | None = None, **kwargs: Any) -> None:
        """`start`: where a fresh visit begins (a volunteer's own postcode, radius and reach) instead of DEFAULTS."""
        if data is not None:
            # Fill the defaults in so a fresh visit shows them selected (a bound form ignores `initial`).
            data = data.copy()
            if data.get("remote") and not data.get("reach"):
                data["reach"] = REACH_REMOTE  # addresses bookmarked before "reach" existed
            fresh = not any(key in data for key in (*self.NARROWING, "radius", "reach"))
            for key, default in {**self.DEFAULTS, **((start or {}) if fresh else {})}.items():
                if not data.get(key):
                    data[key] = default
        super().__init__(data, **kwargs)

    @property
    def narrowed(self) -> bool:
        """Whether a filter narrows the list (for "Remove all filters" and the empty-result hints)."""
        cleaned = getattr(self, "cleaned_data", {})
        return any(cleaned.get(key) for key in self.NARROWING) or cleaned.get("reach") == REACH_REMOTE

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        if cleaned.get("sort") == SORT_DISTANCE and not cleaned.get("plz") and "plz" not in self.errors:
            self.add_error("plz", _("Please enter a postcode to sort by distance."))
        return cleaned
