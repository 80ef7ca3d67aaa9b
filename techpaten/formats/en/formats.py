"""English for a European audience: no US month-first dates, no am/pm, Monday first (Django's `en` is American).

"13 Nov 2026", "13 Nov 2026, 14:30": the month as a word cannot be mistaken for the day, whichever country the
reader is from. Keys not set here fall back to Django's own `en` formats (number separators, input formats).
"""

from __future__ import annotations

DATE_FORMAT = "j M Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j M Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
