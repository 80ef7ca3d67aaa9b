"""Filters for the readable export: what kind of value to show, and the translated label of a key."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import template

register = template.Library()


@register.filter
def value_kind(value: Any) -> str:
    if value is None or value in ("", [], {}):
        return "empty"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, datetime | date):
        return "datetime" if isinstance(value, datetime) else "date"
    if isinstance(value, dict):
        return "dict"
    if isinstance(value, list | tuple):
        return "records" if all(isinstance(item, dict) for item in value) else "list"
    if isinstance(value, str) and "\n" in value:
        return "text"
    return "plain"


@register.filter
def label(key: str, labels: dict[str, Any] | None) -> Any:
    return (labels or {}).get(key, key.replace("_", " "))
