"""Finds e-mail addresses and phone numbers in free text that is shown to others (e.g. a volunteer's bio).

Contact details on Techpaten are exchanged after a match, through the platform's own rules; a public text that
carries them bypasses those rules and invites spam. The patterns follow German and international formats and leave
years, postcodes, dates, times and version numbers alone.
"""

from __future__ import annotations

import re
from enum import Enum

# name@example.org, also written to dodge scrapers: "name (at) example (dot) org", "name [at] example.org".
EMAIL = re.compile(
    r"[\w.+-]+\s*(?:@|\(at\)|\[at\]|\{at\})\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\(punkt\)|\[punkt\])\s*[\w-]+)+",
    re.IGNORECASE,
)
# +49 30 1234567, 0049 (0)30 123 45 67, 030/1234567, (030) 1234567, 0171 1234567, 0171-123 45 67.
# A number with a country code, or one starting with the trunk prefix 0 and an area code of 2 to 5 digits. No dots
# between the groups, so dates (01.02.2024) and versions (0.9.1) never match.
PHONE = re.compile(
    r"(?<![\w/.-])(?:(?:\+|00)\d{1,3}[\s/-]*(?:\(0\)[\s/-]*)?|\(?0\d{2,5}\)?[\s/-]*)\d[\d\s/-]*\d(?![\w.-]?\d)"
)
PHONE_DIGITS = range(7, 16)  # at most 15 digits (ITU E.164); fewer than 7 is no dialable German number


class ContactKind(Enum):
    EMAIL = "email"
    PHONE = "phone"


def _is_phone(match: str) -> bool:
    return sum(c.isdigit() for c in match) in PHONE_DIGITS


def find_contact_details(text: str) -> ContactKind | None:
    """The first kind of contact detail found in `text`, or None."""
    if EMAIL.search(text):
        return ContactKind.EMAIL
    if any(_is_phone(match.group(0).strip()) for match in PHONE.finditer(text)):
        return ContactKind.PHONE
    return None
