from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

BODY_MAX_LENGTH = 5000  # as Message.body


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        max_length=BODY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": _("Please write a message before sending."),
            "max_length": _("Your message is too long: at most %(limit_value)d characters, you wrote %(show_value)d."),
        },
    )
