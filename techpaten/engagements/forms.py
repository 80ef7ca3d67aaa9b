from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techpaten.accounts.models import User
from techpaten.core.form_fields import SaneDateField
from techpaten.core.money import EuroField
from techpaten.volunteers.models import TeamMember

from . import work
from .services import handover_label


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=TeamMember.Role.choices)


class StatusForm(forms.Form):
    """Pausing and resuming are one click; ending asks for a ticked box (it cannot be undone)."""

    action = forms.ChoiceField(choices=[("pause", "pause"), ("resume", "resume"), ("end", "end")])
    confirm = forms.BooleanField(label=_("Yes, end this engagement."), required=False)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("action") == "end" and not cleaned.get("confirm"):
            raise forms.ValidationError(_("Please tick the box to confirm that you want to end the engagement."))
        return cleaned


def _handover_field(name: str) -> forms.BooleanField:
    return forms.BooleanField(label=handover_label(name), required=False)


class SuccessorField(forms.ModelChoiceField[Any]):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.display_name)


class LeaveForm(forms.Form):
    """The handover: four items (an open one is allowed, but the organisation sees it), reason, successor, notes."""

    inventory_updated = _handover_field("inventory_updated")
    admin_rights_passed = _handover_field("admin_rights_passed")
    backups_verified = _handover_field("backups_verified")
    successor_introduced = _handover_field("successor_introduced")
    reason = forms.CharField(
        label=_("Why are you leaving?"),
        help_text=_("A sentence is enough. The organisation and the team read it."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Please say in a sentence why you are leaving.")},
    )
    successor = SuccessorField(
        label=_("Who takes over from you?"),
        queryset=User.objects.none(),
        required=False,
        empty_label=_("nobody named"),
    )
    notes = forms.CharField(
        label=_("Notes for the organisation and the team"),
        help_text=_("What is still open, where things are. Never write passwords here."),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args: Any, remaining: list[TeamMember], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        ids = [m.user_id for m in remaining if m.user_id is not None]
        if ids:
            self.fields["successor"].queryset = User.objects.filter(pk__in=ids).order_by("name", "pk")  # type: ignore[attr-defined]
        else:
            del self.fields["successor"]


class PaidWorkForm(forms.Form):
    scope = forms.CharField(
        label=_("What would you do?"),
        help_text=_("The work, what is included and what not, and by when."),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Please describe the work.")},
    )
    hours = forms.DecimalField(
        label=_("Hours"),
        min_value=Decimal("0.1"),
        max_value=work.PAID_HOURS_MAX,
        max_digits=5,
        decimal_places=1,  # the browser's step follows (0.1): it takes exactly what the server takes
    )
    rate = EuroField(
        label=_("Hourly rate in €"),
        min_value=Decimal("0.01"),
        max_value=work.RATE_MAX_EUROS,
        max_digits=5,
    )

    @property
    def rate_cents(self) -> int:
        return int(self.cleaned_data["rate"])


class PaidWorkAnswerForm(forms.Form):
    action = forms.ChoiceField(choices=[("accept", "accept"), ("decline", "decline")])
    note = forms.CharField(
        label=_("Note to the team"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class MonthInput(forms.DateInput):
    input_type = "month"


class HoursForm(forms.Form):
    month = SaneDateField(
        label=_("Month"),
        help_text=_("For example 2026-03."),
        input_formats=["%Y-%m", "%m/%Y", "%m.%Y", "%Y-%m-%d"],
        widget=MonthInput(format="%Y-%m"),
        error_messages={"invalid": _("Please enter a month such as 2026-03.")},
    )
    hours = forms.DecimalField(
        label=_("Hours"),
        min_value=work.REPORT_HOURS_MIN,
        max_value=work.REPORT_HOURS_MAX,
        max_digits=4,
        decimal_places=1,  # the browser's step follows (0.1): it takes exactly what the server takes
    )
    note = forms.CharField(label=_("What was done"), max_length=300, required=False)
