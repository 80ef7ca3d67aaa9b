from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .services import TEXT_MAX_LENGTH, TEXT_MIN_LENGTH

_LENGTH_ERRORS = {
    "required": _("Please write a few words."),
    "min_length": _("Please write at least %(limit_value)d characters."),
    "max_length": _("Please write at most %(limit_value)d characters (you wrote %(show_value)d)."),
}


class ReviewForm(forms.Form):
    text = forms.CharField(
        label=_("Your review"),
        help_text=_(
            "A few sentences about how the work together went. The review is shown publicly with your name and "
            "the need's title; it cannot be changed afterwards."
        ),
        min_length=TEXT_MIN_LENGTH,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages=_LENGTH_ERRORS,
    )


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Your reply"),
        help_text=_("You can reply once. The reply is shown publicly below the review."),
        min_length=TEXT_MIN_LENGTH,
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages=_LENGTH_ERRORS,
    )
