from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand: my account is deleted for good and cannot be restored."),
        error_messages={"required": _("Please tick the box to confirm that you want to delete your account.")},
    )
