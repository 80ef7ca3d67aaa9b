"""How numbers read on pages and in mails, shared by every app (the template filters in templatetags/techpaten.py)."""

from __future__ import annotations


def km(value: float | None) -> str:
    """A distance for people: "3 km", "under 1 km"; nothing when unknown."""
    if value is None:
        return ""
    if value < 1:
        return "< 1 km"
    return f"{round(value)} km"
