from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from techpaten.catalogue.models import DeploymentProfile
from techpaten.core.form_fields import SaneDateField

from .models import ProcessingDetails


class ProfileChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.solution.name}: {obj.name}"


class ProcessingDetailsForm(forms.ModelForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        solution = cast(forms.ModelChoiceField, self.fields["solution"])
        solution.empty_label = _("not chosen yet")
        self.fields["profile"] = ProfileChoiceField(
            queryset=DeploymentProfile.objects.select_related("solution"),
            required=False,
            label=self.fields["profile"].label,
            empty_label=_("not chosen yet"),
            help_text=_("The profile's configuration baseline fills in the technical measures (TOM)."),
        )

    class Meta:
        model = ProcessingDetails
        fields = [
            "solution",
            "profile",
            "service_description",
            "hoster_name",
            "hoster_address",
            "hoster_country",
            "hoster_contract_by_organisation",
            "purposes",
            "data_subjects",
            "data_categories",
            "recipients",
            "retention",
            "backup_retention_days",
            "starts_on",
            "controller_representative",
            "dpo_contact",
            "supervisory_authority",
        ]
        widgets = {
            "service_description": forms.Textarea(attrs={"rows": 3}),
            "purposes": forms.Textarea(attrs={"rows": 3}),
            "data_subjects": forms.Textarea(attrs={"rows": 3}),
            "data_categories": forms.Textarea(attrs={"rows": 3}),
            "recipients": forms.Textarea(attrs={"rows": 3}),
            "retention": forms.Textarea(attrs={"rows": 3}),
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        field_classes = {"starts_on": SaneDateField}
        help_texts = {
            "purposes": _("One purpose per line, e.g. sharing photos of Kita events with the parents."),
            "data_subjects": _("One category per line, e.g. children, parents, staff."),
            "data_categories": _("One category per line, e.g. names, e-mail addresses, photos."),
            "recipients": _("One recipient per line, e.g. parents of the group, the hoster."),
            "retention": _("One rule per line, e.g. photos: deleted when the child leaves the Kita."),
            "backup_retention_days": _("Backups have their own period; 90 days or less is usual."),
        }

    def clean_backup_retention_days(self) -> int | None:
        days = self.cleaned_data.get("backup_retention_days")
        if days is not None and not 1 <= days <= 3650:
            raise forms.ValidationError(_("Please enter a number of days between 1 and 3650."))
        return days

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        solution, profile = cleaned.get("solution"), cleaned.get("profile")
        if profile is not None and solution is not None and profile.solution_id != solution.pk:
            self.add_error("profile", _("This profile belongs to another solution."))
        elif profile is not None and solution is None:
            cleaned["solution"] = profile.solution
        return cleaned
