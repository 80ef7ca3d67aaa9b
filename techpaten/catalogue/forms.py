from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from techpaten.core.form_fields import SaneDateField
from techpaten.taxonomy.models import Sector, UseCase

from . import reviews
from .models import DeploymentProfile, Review, Solution

STATE_CHOICES = [
    ("", _("any")),
    (reviews.APPROVED, _("approved")),
    (reviews.EXPIRED, _("expired")),
    (reviews.NOT_REVIEWED, _("not reviewed yet")),
    (reviews.REJECTED, _("rejected")),
]


class CatalogueFilterForm(forms.Form):
    """The filters of the public catalogue, sent with GET so a filtered list can be bookmarked and shared."""

    use_case = forms.ModelChoiceField(
        queryset=UseCase.objects.all(), to_field_name="slug", required=False, label=_("Use case"), empty_label=_("any")
    )
    sector = forms.ModelChoiceField(
        queryset=Sector.objects.all(), to_field_name="slug", required=False, label=_("Sector"), empty_label=_("any")
    )
    state = forms.ChoiceField(choices=STATE_CHOICES, required=False, label=_("Review status"))


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        # The browser's date field sends ISO dates, whatever the page's language.
        super().__init__(format="%Y-%m-%d", **kwargs)


class ReviewForm(forms.ModelForm[Review]):
    """A reviewer's review of one solution; the rules for a verdict are in reviews.check (called when saving)."""

    class Meta:
        model = Review
        fields = list(reviews.EDITABLE_FIELDS)
        widgets = {"reviewed_on": DateInput(), "valid_until": DateInput()}
        field_classes = {"reviewed_on": SaneDateField, "valid_until": SaneDateField}
        labels = {"profile": _("Deployment profile reviewed")}
        help_texts = {
            "profile": _("Leave empty if the review covers the solution as a whole."),
            "status": _("Approved and rejected need the date of the review; an approval also needs its end date."),
            "scope": _("What you looked at: version, configuration, documents, hosting."),
            "findings": _("What you found, and what an organisation has to do itself."),
        }

    def __init__(self, *args: Any, solution: Solution, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        profile = cast("forms.ModelChoiceField[DeploymentProfile]", self.fields["profile"])
        profile.queryset = DeploymentProfile.objects.filter(solution=solution)
        profile.empty_label = _("the solution as a whole")
        self.fields["reviewer_qualification"].widget.attrs["placeholder"] = _("e.g. data-protection officer (TÜV)")
