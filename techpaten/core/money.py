"""Money: integer cents in models, services and mails; euros only where people type or read an amount.

One converter each way (`to_cents`, `to_euros`), one way to show an amount (`euros`), one form field
(`EuroField`), so that no app rounds or formats on its own.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django import forms
from django.utils.formats import number_format
from django.utils.translation import get_language


def to_cents(amount: Decimal) -> int:
    """Euros as integer cents; exact for two decimal places, half a cent rounds up."""
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))


def to_euros(cents: int) -> Decimal:
    """1250 → Decimal("12.50"): for a form's initial value, never for arithmetic (which stays in cents)."""
    return Decimal(cents).scaleb(-2)


def euros(cents: int | None) -> str:
    """An amount in cents as people read it in the active language: "5 €", "12,50 €", "1.200 €" in German, "€5",
    "€12.50", "€1,200" in English (the sign before the number, as English writes it)."""
    if cents is None:
        return ""
    amount = Decimal(cents) / 100
    places = 0 if cents % 100 == 0 else 2
    number = number_format(amount, decimal_pos=places, use_l10n=True, force_grouping=True)
    if (get_language() or "").startswith("en"):
        return f"-€{number[1:]}" if number.startswith("-") else f"€{number}"
    return f"{number}\u00a0€"


class EuroField(forms.DecimalField):
    """An amount typed in euros as people write it ("25", "12,50", "12,50 €"), cleaned to integer cents.

    Limits (`min_value`, `max_value`) are given in euros, as the person reads them in the error messages; an
    initial value is given in cents, as the model stores it.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("localize", True)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("inputmode", "decimal")

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str):
            value = value.replace("€", "").strip()
        return super().to_python(value)

    def clean(self, value: Any) -> int | None:
        amount = super().clean(value)
        return None if amount is None else to_cents(amount)

    def prepare_value(self, value: Any) -> Any:
        # An int is the cents of an initial value; a string is what the person typed (shown again unchanged).
        if isinstance(value, int) and not isinstance(value, bool):
            value = to_euros(value)
        return super().prepare_value(value)
