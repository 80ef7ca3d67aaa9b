from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class VouchForm(forms.Form):
    statement = forms.CharField(
        label=_("Your statement"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("A few words on how you worked together. Organisations read it before accepting an offer."),
    )
