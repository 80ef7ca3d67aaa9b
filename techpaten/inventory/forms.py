"""The service form. It records where credentials are kept, and refuses text that looks like the credentials."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from techpaten.catalogue.models import Solution
from techpaten.core.form_fields import NameField, SaneDateField
from techpaten.engagements.models import Engagement
from techpaten.organisations.models import Organisation
from techpaten.volunteers.teams import active_memberships

from . import services
from .models import Service
from .secrets import find_secret, secret_error

CREDENTIALS_HELP = _(
    "A place, e.g. “the Kita's password manager, entry Nextcloud admin” or “sealed envelope in the office safe”. "
    "Never the password itself: this page is not a password store."
)
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class SolutionChoiceField(forms.ModelChoiceField[Any]):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.name} ({obj.software})"


class EngagementChoiceField(forms.ModelChoiceField[Any]):
    def label_from_instance(self, obj: Any) -> str:
        # The team's name is usually the organisation's own name: say who is on it and since when instead.
        names = ", ".join(
            m.user.display_name
            for m in active_memberships(obj.team_id)
            .filter(user__isnull=False)
            .select_related("user", "user__volunteer_profile")
            if m.user is not None
        )
        since = date_format(obj.started_at, "SHORT_DATE_FORMAT")
        return gettext("Engagement since %(date)s with %(names)s") % {"date": since, "names": names or "-"}


class ServiceForm(forms.ModelForm[Service]):
    TEXT_FIELDS = (
        "name",
        "software_version",
        "hoster",
        "country",
        "domain",
        "admin_rights",
        "credentials_location",
        "backup_what",
        "backup_where",
        "backup_frequency",
        "notes",
    )

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        current = self.instance.engagement if self.instance.engagement_id else None
        self.engagements = services.engagement_choices(organisation, current)
        self.fields["engagement"] = EngagementChoiceField(
            queryset=self.engagements,
            required=False,
            label=_("Team that looks after it"),
            empty_label=_("no team (the organisation looks after it)"),
            help_text=_("The team gets the maintenance reminders; without a team the organisation's admins do."),
        )
        self.fields["solution"] = SolutionChoiceField(
            queryset=Solution.objects.order_by("position", "name"),
            required=False,
            label=capfirst(Service._meta.get_field("solution").verbose_name),
            empty_label=_("not from the catalogue (describe it in the name)"),
        )
        name = self.fields["name"]
        name.required = False
        name.help_text = _("e.g. “Nextcloud for the parents”. Empty: the name of the solution from the catalogue.")
        self.fields["credentials_location"].help_text = CREDENTIALS_HELP

    class Meta:
        model = Service
        fields = [
            "name",
            "solution",
            "software_version",
            "engagement",
            "hoster",
            "country",
            "domain",
            "admin_rights",
            "credentials_location",
            "backup_what",
            "backup_where",
            "backup_frequency",
            "last_restore_test",
            "next_update_check",
            "tls_expires_on",
            "restore_test_due",
            "notes",
        ]
        widgets = {
            "admin_rights": forms.Textarea(attrs={"rows": 2}),
            "credentials_location": forms.Textarea(attrs={"rows": 2}),
            "notes": forms.Textarea(attrs={"rows": 4}),
            "last_restore_test": DATE_INPUT,
            "next_update_check": DATE_INPUT,
            "tls_expires_on": DATE_INPUT,
            "restore_test_due": DATE_INPUT,
        }
        field_classes = {
            "name": NameField,
            "last_restore_test": SaneDateField,
            "next_update_check": SaneDateField,
            "tls_expires_on": SaneDateField,
            "restore_test_due": SaneDateField,
        }

    def clean_last_restore_test(self) -> Any:
        tested = self.cleaned_data.get("last_restore_test")
        if tested is not None and tested > timezone.localdate():
            raise forms.ValidationError(_("A restore test that was done cannot lie in the future."))
        return tested

    def clean(self) -> dict[str, Any]:
        cleaned = cast(dict[str, Any], super().clean())
        for field in self.TEXT_FIELDS:
            value = cleaned.get(field)
            kind = find_secret(value) if value else None
            if kind is not None:
                self.add_error(field, secret_error(kind))
        solution = cleaned.get("solution")
        if not cleaned.get("name") and "name" not in self.errors:
            if solution is None:
                self.add_error("name", _("Enter a name or choose a solution from the catalogue."))
            else:
                cleaned["name"] = solution.display_name
        return cleaned

    def engagement_from(self, value: str | None) -> Engagement | None:
        """The engagement to pre-select from `?engagement=<pk>`, if it is one of the choices."""
        if not value or not value.isdigit():
            return None
        return self.engagements.filter(pk=int(value)).first()
