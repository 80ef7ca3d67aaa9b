from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import SavedSearch


class SaveSearchForm(forms.Form):
    """Name and frequency of a search saved from the listing (its filters come with it, see views.save)."""

    name = forms.CharField(
        label=_("Name (optional)"),
        required=False,
        max_length=100,
        help_text=_("Without a name, the search is named after its filters."),
    )
    frequency = forms.ChoiceField(
        label=_("New needs by e-mail"),
        choices=[(SavedSearch.Frequency.DAILY, _("daily")), (SavedSearch.Frequency.WEEKLY, _("weekly"))],
        initial=SavedSearch.Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose how often you want e-mails."),
            "invalid_choice": _("Please choose daily or weekly."),
        },
    )


class ChangeSearchForm(forms.Form):
    name = forms.CharField(label=_("Name"), required=False, max_length=100)
    frequency = forms.ChoiceField(
        label=_("E-mails"),
        choices=SavedSearch.Frequency.choices,
        error_messages={
            "required": _("Please choose how often you want e-mails."),
            "invalid_choice": _("Please choose daily, weekly or no e-mails."),
        },
    )
