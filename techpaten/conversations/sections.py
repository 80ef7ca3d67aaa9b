"""The conversation on the offer page (offers.pages): the messages, and the form for whom may write now."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from techpaten.core.sections import Section, register
from techpaten.offers.models import Offer

from . import inbox, services
from .forms import MessageForm
from .queries import message_page


@register("offers.detail", order=10)
def conversation(request: HttpRequest, offer: Offer, state: Mapping[str, Any]) -> Section:
    may_post = services.may_post(request.user, offer)
    page = message_page(offer, request.GET.get("before"), viewer=request.user)
    if page.is_newest and page.messages and request.user.is_authenticated:
        # Only participants reach the offer page (offers.access.offer_for_participant): they have now read it all.
        inbox.mark_read(request.user.pk, offer, page.messages[0].pk)
    return Section(
        "conversations/_conversation.html",
        {
            "offer": offer,
            "conversation": page,
            "may_post": may_post,
            "closed_because": "" if may_post else services.closed_because(offer),
            # The message view renders the page again with its bound form (and errors) when a message is refused.
            "message_form": state.get("message_form") or MessageForm(),
        },
    )
