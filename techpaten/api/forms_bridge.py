"""The pages' forms check the API's input too: one set of rules and messages for both (no second validation)."""

from __future__ import annotations

from typing import Any

from django import forms

from techpaten.core.rules import RuleViolation


class InvalidInput(Exception):
    """A form refused the input: answered as 422 with each field's messages (api.py)."""

    def __init__(self, errors: list[dict[str, str]]) -> None:
        super().__init__(errors)
        self.errors = errors


def cleaned(form: forms.BaseForm) -> dict[str, Any]:
    if not form.is_valid():
        raise InvalidInput(
            [
                {"field": field if field != "__all__" else "", "message": str(message)}
                for field, messages in form.errors.items()
                for message in messages
            ]
        )
    return form.cleaned_data


def rule_messages(error: RuleViolation) -> str:
    return " ".join(error.messages)
