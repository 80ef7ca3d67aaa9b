"""The conversation on the offer page (offers.pages): the messages, and the form for whom may write now."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from techpaten.core.sections import Section, register
from techpaten.offers.models import Offer

from . import services
from .forms import MessageForm
from .queries import message_page


@register("offers.detail", order=10)
def conversation(request: HttpRequest, offer: Offer, state: Mapping[str, Any]) -> Section:
    may_post = services.may_post(request.user, offer)
    return Section(
        "conversations/_conversation.html",
        {
            "offer": offer,
            "conversation": message_page(offer, request.GET.get("before")),
            "may_post": may_post,
            "closed_because": "" if may_post else services.closed_because(offer),
            # The message view renders the page again with its bound form (and errors) when a message is refused.
            "message_form": state.get("message_form") or MessageForm(),
        },
    )
