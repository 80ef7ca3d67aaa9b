from __future__ import annotations

from typing import Any

from django import forms
from django.urls import reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from techpaten.core.form_fields import NameField

from .models import User


class SignupExtraForm(forms.Form):
    """Added to allauth's sign-up form: a name others will see, and consent to the privacy notice."""

    name = NameField(
        label=_("Your name"),
        max_length=100,
        required=False,
        help_text=_("Shown to the people you talk to. A first name is enough."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    accept_privacy = forms.BooleanField(label=_("I have read the privacy notice."), required=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["accept_privacy"].help_text = format_html(
            '<a href="{}">{}</a>', reverse_lazy("privacy"), _("Read the privacy notice")
        )

    def signup(self, request: Any, user: User) -> None:
        user.name = self.cleaned_data.get("name", "")
        user.save(update_fields=["name"])


class AccountSettingsForm(forms.ModelForm[User]):
    class Meta:
        model = User
        fields = ["name", "language"]
        field_classes = {"name": NameField}
        widgets = {"name": forms.TextInput(attrs={"autocomplete": "name"})}
