from __future__ import annotations

import re
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from techpaten.catalogue.models import DeploymentProfile
from techpaten.core.form_fields import SaneDateField

from .models import ProcessingDetails, ProcessorParty, ProtectionNeed

# Photos in the data: with children's data they need at least the protection level "high" (Recital 38 GDPR).
_PHOTOS = re.compile(r"foto|photo|bild|image|video", re.IGNORECASE)

# The form in groups, in the order a person thinks about them; the template shows one fieldset per group.
GROUPS: list[tuple[Any, list[str]]] = [
    (
        _("The organisation as controller"),
        ["controller_legal_name", "controller_representative", "joint_controllers", "dpo_contact"],
    ),
    (
        _("The service"),
        ["solution", "profile", "service_description", "starts_on", "hoster_name", "hoster_address"],
    ),
    (_("Hoster and sub-processors"), ["hoster_country", "hoster_contract", "sub_processors"]),
    (
        _("Purposes and legal basis"),
        ["purposes", "legal_basis", "legitimate_interests", "provision_requirement", "sector_law"],
    ),
    (_("People and data"), ["data_subjects", "data_categories", "recipients"]),
    (_("Risk and security"), ["protection_need", "protection_need_reason", "last_restore_test", "tom_reviewer"]),
    (
        _("Deletion"),
        ["retention", "backup_retention_days", "deletion_trigger_contact", "deletion_checker", "deletion_log"],
    ),
    (_("Data breaches"), ["supervisory_authority", "out_of_hours_contact"]),
]


class ProfileChoiceField(forms.ModelChoiceField[Any]):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.solution.display_name}: {obj.display_name}"


def _textarea(rows: int = 3) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows})


class ProcessingDetailsForm(forms.ModelForm[ProcessingDetails]):
    def __init__(self, *args: Any, children_data: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Whether the organisation looks after children (Kita, school, or a need that said so): it decides the
        # lowest protection need its photos may be given.
        self.children_data = children_data
        solution = cast(forms.ModelChoiceField[DeploymentProfile], self.fields["solution"])
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
        fields = [name for _label, names in GROUPS for name in names]
        widgets = {
            "service_description": _textarea(),
            "joint_controllers": _textarea(2),
            "sub_processors": _textarea(2),
            "purposes": _textarea(),
            "legal_basis": _textarea(),
            "legitimate_interests": _textarea(2),
            "provision_requirement": _textarea(2),
            "data_subjects": _textarea(),
            "data_categories": _textarea(),
            "recipients": _textarea(),
            "protection_need_reason": _textarea(),
            "retention": _textarea(),
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "last_restore_test": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        field_classes = {"starts_on": SaneDateField, "last_restore_test": SaneDateField}
        help_texts = {
            "purposes": _("One purpose per line, e.g. sharing photos of Kita events with the parents."),
            "data_subjects": _("One category per line, e.g. children, parents, staff."),
            "data_categories": _("One category per line, e.g. names, e-mail addresses, photos."),
            "recipients": _("One recipient per line, e.g. parents of the group, the hoster."),
            "backup_retention_days": _("Backups have their own period; 90 days or less is usual."),
        }

    def groups(self) -> list[tuple[Any, list[forms.BoundField]]]:
        return [(label, [self[name] for name in names]) for label, names in GROUPS]

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
        photos = _PHOTOS.search(" ".join([cleaned.get("data_categories") or "", cleaned.get("purposes") or ""]))
        if self.children_data and photos and cleaned.get("protection_need") == ProtectionNeed.NORMAL:
            # Children merit specific protection (Recital 38 GDPR): their photos are never of normal protection need.
            self.add_error(
                "protection_need",
                _("Photos of children need at least the protection level “high”. Please choose “high” or “very high”."),
            )
        return cleaned


class PartyForm(forms.ModelForm[ProcessorParty]):
    """A volunteer's own name and address as a party to the engagement's contracts (AVV, undertaking)."""

    prefix = "party"

    class Meta:
        model = ProcessorParty
        fields = ["legal_name", "postal_address"]
        help_texts = {"legal_name": _("First and last name as in your identity card; it appears in the contracts.")}
