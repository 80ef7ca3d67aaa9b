"""Passwords that are long but easy to guess: a character or word repeated, a sequence, a row of keys.

`aaaaaaaaaaaa`, `123456789012` and `passwordpassword` have the twelve characters MinimumLengthValidator asks for and
are on no list of common passwords, yet a guessing attack tries them first. zxcvbn (Dropbox's estimator, in the
Python port) finds such patterns — repeats, sequences, keyboard rows, dictionary words — and estimates how many
guesses an attacker needs. We refuse below `MIN_SCORE` (3: about 10^8 guesses and more, "safely unguessable" for a
slow hash like Argon2) and tell the person, in their language, which pattern gave the password away.

Long passphrases of ordinary words pass ("ein langes sicheres Passwort"): NIST SP 800-63B asks to refuse repetitive
and sequential passwords, not to impose composition rules.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from zxcvbn import zxcvbn

MIN_SCORE = 3
# zxcvbn refuses longer input (its matching grows with the square of the length). A password whose first 72
# characters are a pattern is refused: an attacker runs a repeat or a sequence out to any length.
CHECKED_LENGTH = 72


def _pattern(result: dict[str, Any]) -> str:
    """The pattern that covers most of the password (repeat, sequence, spatial, dictionary, …)."""
    matches = result.get("sequence") or []
    if not matches:
        return ""
    longest = max(matches, key=lambda match: len(match["token"]))
    return str(longest["pattern"])


class GuessablePasswordValidator:
    """Refuse passwords made of a repeated character or word, a sequence or a keyboard row (and other easy ones)."""

    def __init__(self, min_score: int = MIN_SCORE) -> None:
        self.min_score = min_score

    def validate(self, password: str, user: Any = None) -> None:
        hints = [value for value in (getattr(user, "email", ""), getattr(user, "name", "")) if value]
        result = zxcvbn(password[:CHECKED_LENGTH], user_inputs=hints)
        if result["score"] >= self.min_score:
            return
        pattern = _pattern(result)
        if pattern == "repeat":
            message = _(
                "This password repeats a character or a word (like “aaaa” or “passwordpassword”), which is easy to "
                "guess. Please choose a password of several different words."
            )
        elif pattern == "sequence":
            message = _(
                "This password is a sequence (like “abcdef” or “123456”), which is easy to guess. Please choose a "
                "password of several different words."
            )
        elif pattern == "spatial":
            message = _(
                "This password is a row of neighbouring keys on the keyboard (like “qwertz” or “asdfgh”), which is "
                "easy to guess. Please choose a password of several different words."
            )
        else:
            message = _(
                "This password is easy to guess: it is, or is close to, a common password or word. Please choose a "
                "longer password of several different words."
            )
        raise ValidationError(message, code="password_guessable")

    def get_help_text(self) -> str:
        return _("Your password cannot be a repeated character or word, a sequence or a row of keys.")
