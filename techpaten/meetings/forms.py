from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from techpaten.core.form_fields import SaneDateField

from .services import MAX_DAYS_AHEAD

DURATIONS = (15, 30, 45, 60, 90, 120, 180)


def duration_choices() -> list[tuple[int, str]]:
    """Called when the form renders, so the labels are in the language of that request."""
    return [(minutes, gettext("%(minutes)s minutes") % {"minutes": minutes}) for minutes in DURATIONS]


class ProposeForm(forms.Form):
    """A proposed first meeting: day and time (in the platform's time zone), length, and a place or a link.

    The form checks the shapes; the rules (future, not too far ahead, place or link, https) are in services.py.
    """

    date = SaneDateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    time = forms.TimeField(
        label=_("Start time"),
        help_text=_("German time (Europe/Berlin)."),
        widget=forms.TimeInput(attrs={"type": "time", "step": 300}, format="%H:%M"),
    )
    duration_minutes = forms.TypedChoiceField(label=_("Duration"), coerce=int, initial=30, choices=duration_choices)
    place = forms.CharField(
        label=_("Place"),
        required=False,
        max_length=300,
        help_text=_("For a meeting in person, e.g. the organisation's address or a café."),
    )
    link = forms.URLField(
        label=_("Link for a video call"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("For a call, e.g. a Jitsi or BigBlueButton room. Give a place, a link, or both."),
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For example what you would like to talk about."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "meeting")
        super().__init__(*args, **kwargs)
        # A hint for the browser's date picker; the service decides.
        today = timezone.localdate()
        self.fields["date"].widget.attrs.update(
            min=today.isoformat(), max=(today + timedelta(days=MAX_DAYS_AHEAD)).isoformat()
        )

    def starts_at(self) -> datetime:
        """The chosen day and time as an aware datetime in the current time zone (settings.TIME_ZONE)."""
        naive = datetime.combine(self.cleaned_data["date"], self.cleaned_data["time"])
        return timezone.make_aware(naive, timezone.get_current_timezone())
