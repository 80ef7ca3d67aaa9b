from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from techpaten.core.form_fields import NameField

from .models import ApiToken


class TokenForm(forms.Form):
    name = NameField(
        label=_("Name"),
        max_length=80,
        help_text=_("What the token is for, e.g. “calendar script” or “Freiwilligenagentur website”."),
    )
    scope = forms.ChoiceField(
        label=_("The token may"),
        choices=ApiToken.Scope.choices,
        initial=ApiToken.Scope.READ,
        widget=forms.RadioSelect,
        help_text=_(
            "Read only is enough to show your offers or messages elsewhere. Only choose write if a script "
            "should send offers, messages or answers for you."
        ),
    )
