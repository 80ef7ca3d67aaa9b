from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand: my account is deleted for good and cannot be restored."),
        error_messages={"required": _("Please tick the box to confirm that you want to delete your account.")},
    )


class HandOverForm(forms.Form):
    """Who takes over an organisation: a volunteer of its team (by id, their address stays hidden) or an address."""

    volunteer = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    email = forms.EmailField(
        label=_("E-mail address of the person who takes over"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
