"""The one rule for "no credentials here": text that looks like a password, key or token.

The inventory records where credentials are kept, never the credentials themselves. Every free-text field it
accepts asks `find_secret`; the error says what was found and where credentials belong instead.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from enum import Enum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# The words people use for a secret, German and English.
_LABELS_OF_SECRETS = (
    r"(?:root[\s_-]?|admin[\s_-]?|wlan[\s_-]?|wifi[\s_-]?)?"
    r"(?:pass(?:wor[dt]|phrase|wd)?|kennwort|pw|pwd|pin|secret|token|api[\s_-]?key|api[\s_-]?schl[üu]ssel"
    r"|private[\s_-]?key|zugangscode|geheimnis)"
)
# "Passwort: sommer2024", "pw = …", "API key: …": a label directly followed by a value.
SECRET_LABEL = re.compile(rf"\b{_LABELS_OF_SECRETS}\s*[:=]\s*\S", re.IGNORECASE)
# "Passwort ist Sonnenschein2024", "the password is hunter2", "PIN lautet 1234", "root pw ist Sonne123!":
# the word, a verb that introduces a value, then one word that is not an ordinary lower-case word or a place.
SECRET_SENTENCE = re.compile(
    rf"\b{_LABELS_OF_SECRETS}\s+(?:ist|is|lautet|heißt|heisst|was|war)\s+"
    r"(?:(?:jetzt|now|immer\s+noch|still|früher|vorher|neu|new)\s+)?"
    r"[\"'\u201e\u201c\u201a\u2018\u00bb\u00ab]?(?P<value>\S+)",
    re.IGNORECASE,
)
# https://admin:geheim@cloud.example.org — credentials inside an address.
SECRET_IN_URL = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@", re.IGNORECASE)
PRIVATE_KEY = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")
# Well-known token shapes: GitHub, OpenAI/Stripe-style, Slack, AWS access key ids.
KNOWN_TOKEN = re.compile(
    r"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|sk-[A-Za-z0-9_-]{16,}|sk_live_[A-Za-z0-9]{16,}"
    r"|xox[abpr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b"
)
TOKEN_MIN_LENGTH = 20
TOKEN_MIN_ENTROPY = 3.0  # bits per character; words and names stay well below it at this length
STRIP = ".,;:!?()[]{}<>\"'\u201e\u201c\u201d\u201a\u2018\u2019\u00ab\u00bb"  # with typographic quotes
# A year or a date after "ist" is when, not what: "Das Passwort ist 2024 geändert worden".
_YEAR_OR_DATE = re.compile(r"(?:19|20)\d\d(?:-\d\d-\d\d)?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?")


class SecretKind(Enum):
    PASSWORD = "password"  # noqa: S105
    IN_ADDRESS = "in_address"
    PRIVATE_KEY = "private_key"
    TOKEN = "token"  # noqa: S105


_WHAT_WAS_FOUND: dict[SecretKind, Promise] = {
    SecretKind.PASSWORD: _("This looks like a password written out (a word such as “password” or “PIN” with a value)."),
    SecretKind.IN_ADDRESS: _("This address contains a user name and password (https://user:password@…)."),
    SecretKind.PRIVATE_KEY: _("This contains a private key."),
    SecretKind.TOKEN: _("This contains a long random string that looks like a key or access token."),
}
WHERE_CREDENTIALS_BELONG = _(
    "Credentials belong in a password manager or a sealed envelope, not on this page. Enter only where they are "
    "kept, e.g. “password manager of the Kita, entry Nextcloud admin”."
)


def _char_class(char: str) -> str:
    if char.isdigit():
        return "digit"
    if char.isupper():
        return "upper"
    if char.islower():
        return "lower"
    return "other"


def _entropy(word: str) -> float:
    counts = Counter(word)
    return -sum(n / len(word) * math.log2(n / len(word)) for n in counts.values())


def looks_like_token(word: str) -> bool:
    """A long random string (generated password, API token, hex or base64 key) rather than a word, name or path.

    Random strings mix letters and digits and switch between upper case, lower case and digits all the time; names
    of places, host names, paths and words with a year or date ("Sicherungsplatte2024", "backup-2024-06-01") switch
    rarely once the punctuation is left out.
    """
    word = word.strip(STRIP)
    if len(word) < TOKEN_MIN_LENGTH or "://" in word or "@" in word:
        return False
    letters_and_digits = [c for c in word if c.isalnum()]
    if not (any(c.isdigit() for c in word) and any(c.isalpha() for c in word)):
        return False
    switches = sum(1 for a, b in itertools.pairwise(letters_and_digits) if _char_class(a) != _char_class(b))
    return switches >= len(letters_and_digits) / 4 and _entropy(word) >= TOKEN_MIN_ENTROPY


def _looks_like_a_value(value: str) -> bool:
    """After "Passwort ist": a value ("Sonne123!", "hunter2", "1234", "xKcdPw") rather than the start of a
    description ("im Tresor", "geändert", "known to the office"). Values people choose carry a digit, a symbol or
    mixed case; the words of a description do not."""
    value = value.strip(STRIP)
    if not value or _YEAR_OR_DATE.fullmatch(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_symbol = any(not c.isalnum() and c != "-" for c in value)  # "Tresor-geschützt" is a word
    mixed_case = any(c.isupper() for c in value[1:]) and any(c.islower() for c in value)
    return has_digit or has_symbol or mixed_case


def find_secret(text: str) -> SecretKind | None:
    """What kind of credential `text` seems to contain, or None for an ordinary description."""
    if PRIVATE_KEY.search(text):
        return SecretKind.PRIVATE_KEY
    if SECRET_IN_URL.search(text):
        return SecretKind.IN_ADDRESS
    if SECRET_LABEL.search(text):
        return SecretKind.PASSWORD
    if any(_looks_like_a_value(match["value"]) for match in SECRET_SENTENCE.finditer(text)):
        return SecretKind.PASSWORD
    if KNOWN_TOKEN.search(text) or any(looks_like_token(word) for word in text.split()):
        return SecretKind.TOKEN
    return None


def looks_like_secret(text: str) -> bool:
    return find_secret(text) is not None


def secret_error(kind: SecretKind) -> str:
    """The message for a refused text: what was found, and where credentials belong."""
    return f"{_WHAT_WAS_FOUND[kind]} {WHERE_CREDENTIALS_BELONG}"
