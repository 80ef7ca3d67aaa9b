"""Forms of the guided decisions: the role finder's questions and the DSFA screening."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .dsfa import CRITERIA, NOTES_MAX_LENGTH, QUESTIONS
from .roles import Answers, Body, Hoster

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def _yes_no(label: Any, help_text: Any) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        help_text=help_text,
        choices=YES_NO,
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Please answer this question.")},
    )


class RoleFinderForm(forms.Form):
    body = forms.ChoiceField(
        label=_("Who stands behind your organisation?"),
        help_text=_("It decides whether church law applies instead of the GDPR and whether a DPO is required."),
        choices=[
            (Body.PUBLIC.value, _("A public body (e.g. a town, a district or the Land)")),
            (
                Body.PRIVATE.value,
                _("A private sponsor (e.g. a Verein, a non-profit company, a school in free sponsorship)"),
            ),
            (Body.CATHOLIC.value, _("A Catholic sponsor")),
            (Body.PROTESTANT.value, _("A Protestant sponsor")),
            (Body.NONE.value, _("Nobody: we are private people (e.g. a shared flat)")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Please answer this question.")},
    )
    household = _yes_no(
        _(
            "Are you a private household (for example a shared flat) that uses the service only for the residents' "
            "own private matters?"
        ),
        _("Answer “no” for a Kita, a school, a club or an initiative."),
    )
    beyond_household = _yes_no(
        _(
            "Does anything from the service reach people you do not know (e.g. a public website), does it record "
            "public space (e.g. a camera facing the street), or is it used for more than private life (a club, a "
            "business)?"
        ),
        _(
            "Other people's addresses and contact details in a shared address book do not count: keeping them is "
            "part of private life. For an organisation, answer “yes”."
        ),
    )
    member = _yes_no(
        _("Is the helper a member of your organisation, or working inside it under your direction?"),
        _(
            "For example a parent on the parents' council, a teacher or a club member. Answer “no” for a "
            "volunteer from outside."
        ),
    )
    access = _yes_no(
        _("Will the helper host or look after the service in a way that lets them see personal data?"),
        _(
            "Answer “no” only if the helper just gives advice and never logs in to the service or the "
            "server. Maintenance during which data could be seen counts as “yes”."
        ),
    )
    hoster = forms.ChoiceField(
        label=_("Who signs the contract with the hosting company (the server provider)?"),
        help_text=_("Not sure yet? We recommend that your organisation signs it itself."),
        choices=[
            (Hoster.ORGANISATION.value, _("Our organisation")),
            (Hoster.HELPER.value, _("The helper")),
            (Hoster.NONE.value, _("Nobody: there is no hosting company")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Please answer this question.")},
    )

    def answers(self) -> Answers:
        data = self.cleaned_data
        return Answers(
            private_household=data["household"],
            beyond_household=data["beyond_household"],
            helper_is_member=data["member"],
            helper_has_access=data["access"],
            hoster=Hoster(data["hoster"]),
            body=Body(data["body"]),
        )


class DsfaScreeningForm(forms.Form):
    notes = forms.CharField(
        label=_("Notes"),
        help_text=_("Why you answered as you did, or what you still want to clarify. Stored with the screening."),
        required=False,
        max_length=NOTES_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args: Any, reasons: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        reasons = reasons or {}
        criteria: dict[str, forms.Field] = {}
        for name in CRITERIA:
            question, explanation = QUESTIONS[name]
            reason = reasons.get(name, "")
            help_text = format_html("{} <strong>{}</strong>", explanation, reason) if reason else explanation
            criteria[name] = forms.BooleanField(label=question, help_text=help_text, required=False)
        # The nine criteria first, in WP248's order, then the notes.
        self.fields = {**criteria, **self.fields}

    def criteria_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in CRITERIA]

    def answers(self) -> dict[str, bool]:
        return {name: bool(self.cleaned_data.get(name)) for name in CRITERIA}
