from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .plz import lookup


class PlzField(forms.CharField):
    """A German postcode that we can place on the map; the cleaned value stays the PLZ string."""

    default_error_messages = {
        "invalid": _("Please enter a German postcode with five digits, e.g. 10115."),
        "unknown": _("We do not know the postcode %(plz)s. Please check it."),
    }

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("max_length", 5)
        kwargs.setdefault("min_length", None)
        kwargs.setdefault("label", _("Postcode (PLZ)"))
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.widget.attrs.update({"inputmode": "numeric", "autocomplete": "postal-code", "pattern": "[0-9]{5}"})

    def clean(self, value: object) -> str:
        plz: str = super().clean(value).strip()
        if not plz:
            return plz
        if not plz.isdigit() or len(plz) != 5:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if lookup(plz) is None:
            raise ValidationError(self.error_messages["unknown"], code="unknown", params={"plz": plz})
        return plz
