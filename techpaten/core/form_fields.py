"""Form fields every app uses for dates and for names, with the two guards a security review asked for.

- Dates outside the years 1900-2100 are typing errors (0202 for 2026) or probes; the database would store them and
  the pages, reminders and documents would show nonsense. Every date and date-time field of a form refuses them.
- Names (of people, organisations, needs, services, supporters …) must not hide characters that change what others
  read: direction overrides (U+202A-202E, U+2066-2069) show "Kita" + U+202E + "gpj.exe" as "Kitaexe.jpg",
  zero-width characters (U+200B-200F, U+2060, U+FEFF) make two names that look equal differ. Control characters and line
  separators have no place in a name either. Longer texts (descriptions, messages) keep them: a Persian or Arabic
  text may need a direction mark.

Use `SaneDateField` / `NameField` directly in a form, and in a ModelForm through `Meta.field_classes`.
tests/core/test_form_fields.py finds every date field of every form and fails on one without the guard.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

FIRST_YEAR = 1900
LAST_YEAR = 2100

# Unicode categories refused in names: format characters (Cf: direction overrides and isolates, zero-width space,
# joiners, marks, the byte-order mark, soft hyphen), controls (Cc) and line/paragraph separators (Zl, Zp).
REFUSED_CATEGORIES = frozenset({"Cf", "Cc", "Zl", "Zp"})


def validate_year_range(value: date | datetime | None) -> None:
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            _("Please enter a date between the years %(first)s and %(last)s."),
            code="year_out_of_range",
            params={"first": FIRST_YEAR, "last": LAST_YEAR},
        )


def hidden_characters(text: str) -> list[str]:
    """The code points (as U+XXXX) in `text` that a name must not contain."""
    return [f"U+{ord(char):04X}" for char in text if unicodedata.category(char) in REFUSED_CATEGORIES]


def validate_visible_text(value: str) -> None:
    found = hidden_characters(value)
    if found:
        raise ValidationError(
            _(
                "This name contains invisible or text-direction characters (%(characters)s), often copied along from "
                "another program. Please type the name again without them."
            ),
            code="hidden_characters",
            params={"characters": ", ".join(dict.fromkeys(found))},
        )


class SaneDateField(forms.DateField):
    default_validators = [validate_year_range]


class SaneDateTimeField(forms.DateTimeField):
    default_validators = [validate_year_range]


class NameField(forms.CharField):
    default_validators = [validate_visible_text]
