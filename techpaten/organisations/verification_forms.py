from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class MailCheckForm(forms.Form):
    email = forms.EmailField(
        label=_("An address at your organisation's own domain"),
        help_text=_("For example leitung@kita-regenbogen.de. We send a confirmation link there."),
    )


class DocumentCheckForm(forms.Form):
    note = forms.CharField(
        label=_("What did you check?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: register of associations, VR 12345, checked on the court's portal."),
    )


class VouchForm(forms.Form):
    note = forms.CharField(
        label=_("How do you know the group?"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
