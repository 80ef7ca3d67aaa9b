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


def _yes_no(label: Any, no_label: Any, help_text: Any = "") -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        help_text=help_text,
        choices=[("yes", _("Yes")), ("no", no_label)],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )


class ContextForm(forms.Form):
    """The questions of the checklist's context: only those that matter for the need's sector are asked."""

    beyond_household = _yes_no(
        _(
            "Does anything from the service reach people you do not know (e.g. a public website), does it record "
            "public space, or is it used for more than the WG's private life (a club, a business)?"
        ),
        _("No, it stays within the WG's private life"),
        _(
            "Contact details of friends, family or a landlord in a shared address book do not count: keeping "
            "addresses is part of private life (Recital 18 GDPR)."
        ),
    )
    children_data = _yes_no(
        _("Does the service hold data of children, for example of a youth section?"),
        _("No"),
    )

    def __init__(self, *args: Any, household: bool = False, ask_children: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not household:
            del self.fields["beyond_household"]
        if not ask_children:
            del self.fields["children_data"]


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
