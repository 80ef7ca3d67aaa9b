from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from techpaten.volunteers.models import Team

MESSAGE_MIN_LENGTH = 20
MESSAGE_MAX_LENGTH = 3000  # as Offer.message


class TeamChoiceField(forms.ModelChoiceField[Any]):
    def label_from_instance(self, obj: Any) -> str:
        return _("my team “%(name)s”") % {"name": obj}


class OfferForm(forms.Form):
    """What a volunteer writes to the organisation: how they would help and how much time they have."""

    message = forms.CharField(
        label=_("Your message to the organisation"),
        help_text=_(
            "What would you do, how would you start, and how much time do you have? "
            "The organisation sees your volunteer profile with it."
        ),
        min_length=MESSAGE_MIN_LENGTH,
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Please write a few sentences about how you would help."),
            "min_length": _(
                "Please write a little more (at least %(limit_value)d characters) about how you would help."
            ),
        },
    )
    hours_per_month = forms.IntegerField(
        label=_("Hours per month you can give (optional)"),
        required=False,
        min_value=1,
        max_value=160,
    )
    team = TeamChoiceField(
        label=_("Offer help as"),
        help_text=_("On behalf of your team: if the organisation accepts, your whole team looks after the need."),
        queryset=Team.objects.none(),
        required=False,
        empty_label=_("just me"),
    )

    def __init__(self, *args: Any, teams: QuerySet[Team] | None = None, **kwargs: Any) -> None:
        """`teams`: the volunteer's active teams (volunteers.teams.active_teams); without any, no choice."""
        super().__init__(*args, **kwargs)
        if teams is None or not teams.exists():
            del self.fields["team"]
        else:
            self.fields["team"].queryset = teams  # type: ignore[attr-defined]


class DecisionForm(forms.Form):
    """The optional answer an admin gives with an acceptance or a refusal."""

    message = forms.CharField(
        label=_("Message to the volunteer (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class WithdrawForm(forms.Form):
    """Withdrawing needs a ticked box: works without JavaScript and guards against a slip of the finger."""

    confirm = forms.BooleanField(
        label=_("Yes, I want to withdraw my offer."),
        error_messages={"required": _("Please tick the box to confirm that you want to withdraw your offer.")},
    )
