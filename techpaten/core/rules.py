from __future__ import annotations

from django.core.exceptions import ValidationError


class RuleViolation(ValidationError):
    """A domain rule said no. The message is for the person, in their language; views show it as a form error."""
