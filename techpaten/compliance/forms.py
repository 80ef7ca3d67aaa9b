from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techpaten.taxonomy.models import Sector, UseCase

from .services import EVIDENCE_NOTE_MAX


class MarkItemForm(forms.Form):
    """One checklist item: done or not, and how it can be shown (the note stays with the organisation's records)."""

    done = forms.BooleanField(label=_("Done"), required=False)
    evidence_note = forms.CharField(
        label=_("Evidence"),
        required=False,
        max_length=EVIDENCE_NOTE_MAX,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Where the proof is, e.g. “AVV signed on 3 March, filed in the office folder”."),
    )

    def __init__(self, *args: Any, code: str = "", **kwargs: Any) -> None:
        # Each item has its own small form on the page: ids must stay unique.
        kwargs.setdefault("auto_id", f"item-{code}-%s" if code else "id_%s")
        super().__init__(*args, **kwargs)


class ContextForm(forms.Form):
    third_party_data = forms.TypedChoiceField(
        label=_("Does the service hold data of people outside the WG (guests, family, neighbours, a landlord)?"),
        choices=[("yes", _("Yes")), ("no", _("No, only of the people living in the WG"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )


class SetFilterForm(forms.Form):
    sector = forms.ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.order_by("position", "pk"),
        to_field_name="slug",
        required=False,
        empty_label=_("all"),
    )
    use_case = forms.ModelChoiceField(
        label=_("Use case"),
        queryset=UseCase.objects.order_by("position", "pk"),
        to_field_name="slug",
        required=False,
        empty_label=_("all"),
    )
