from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techpaten.core.form_fields import NameField
from techpaten.places.forms import PlzField
from techpaten.places.plz import lookup

from .models import VolunteerProfile


class VolunteerProfileForm(forms.ModelForm[VolunteerProfile]):
    plz = PlzField(help_text=_("Where you usually are. Others see the postcode, never your address."))

    class Meta:
        model = VolunteerProfile
        fields = [
            "display_name",
            "bio",
            "skills",
            "sectors",
            "plz",
            "radius_km",
            "remote_ok",
            "hours_per_month",
            "is_public",
        ]
        field_classes = {"display_name": NameField}
        widgets = {
            "display_name": forms.TextInput(attrs={"autocomplete": "nickname"}),
            "bio": forms.Textarea(attrs={"rows": 6}),
            "skills": forms.CheckboxSelectMultiple,
            "sectors": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "display_name": _("How organisations will see you, e.g. your first name."),
            "bio": _("What you do, what you have set up before, what you enjoy. Please no e-mail or phone number."),
            "radius_km": _("How far you would travel to help on site."),
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        # PlzField has already refused postcodes we cannot place; the point is the profile's place for the search.
        point = lookup(cleaned.get("plz") or "")
        if point is not None:
            self.instance.latitude, self.instance.longitude = point.latitude, point.longitude
        return cleaned

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("radius_km", "hours_per_month"):
            self.fields[name].widget.attrs["inputmode"] = "numeric"
