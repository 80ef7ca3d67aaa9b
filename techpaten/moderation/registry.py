"""What can be reported, and how moderation reaches it: one entry per kind, each naming the owning app's parts.

The owning app keeps its rules: who may see the object (`for_reporter`, its access helper: the object or 404), its
title and owner, and its `hide`/`unhide` services (the app's lists leave hidden objects out). Moderation only
calls them. Adding a kind is one entry here (the knowledge app's articles were added that way). The model needs
`hidden_at` (None when shown) and `hidden_reason`; its page links to `{% url 'moderation:report' kind obj.pk %}`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Model
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from techpaten.accounts.models import User
from techpaten.conversations import services as conversations
from techpaten.conversations.models import Message
from techpaten.knowledge import services as knowledge
from techpaten.knowledge.access import article_for_reader
from techpaten.knowledge.models import Article
from techpaten.needs import services as needs
from techpaten.needs.access import need_for_viewer
from techpaten.needs.models import Need
from techpaten.offers.access import offer_for_participant
from techpaten.volunteers import services as volunteers
from techpaten.volunteers.access import profile_for_viewer
from techpaten.volunteers.models import VolunteerProfile


@dataclass(frozen=True)
class ReportableKind:
    label: str | Promise
    model: type[Model]
    for_reporter: Callable[[HttpRequest, int], Any]  # the object, when the requester may see it; else Http404
    get_title: Callable[[Any], str]
    get_owner: Callable[[Any], User | None]  # who is warned, or suspended
    hide: Callable[[Any, Any, str], Any]  # (object, staff, reason)
    unhide: Callable[[Any, Any], Any]  # (object, staff)
    url: Callable[[Any], str]

    def get(self, pk: int) -> Any:
        """The object for staff, whatever its state; 404 when it is gone."""
        return get_object_or_404(self.model, pk=pk)


def _message_for_participant(request: HttpRequest, pk: int) -> Message:
    """A message of a conversation the requester takes part in (offers.access); 404 for anyone else."""
    message = get_object_or_404(Message.objects.select_related("author"), pk=pk)
    offer_for_participant(request, message.offer_id)
    if message.hidden_at is not None and message.author_id != request.user.pk:
        raise Http404
    return message


def _article_for_reader(request: HttpRequest, pk: int) -> Article:
    """Articles are addressed by slug (knowledge.access); reports by id."""
    article = get_object_or_404(Article.objects.only("slug"), pk=pk)
    return article_for_reader(request, article.slug)


def _message_title(message: Message) -> str:
    words = message.body.split()
    return " ".join(words[:12]) + (" …" if len(words) > 12 else "")


KINDS: dict[str, ReportableKind] = {
    "need": ReportableKind(
        label=_("need"),
        model=Need,
        for_reporter=need_for_viewer,
        get_title=lambda need: need.title,
        get_owner=lambda need: need.created_by,
        hide=lambda need, by, reason: needs.hide_need(need, reason),
        unhide=lambda need, by: needs.unhide_need(need),
        url=lambda need: reverse("needs:detail", args=[need.pk]),
    ),
    "profile": ReportableKind(
        label=_("volunteer profile"),
        model=VolunteerProfile,
        for_reporter=profile_for_viewer,
        get_title=lambda profile: profile.display_name,
        get_owner=lambda profile: profile.user,
        hide=lambda profile, by, reason: volunteers.hide_profile(profile, reason),
        unhide=lambda profile, by: volunteers.unhide_profile(profile),
        url=lambda profile: reverse("volunteers:detail", args=[profile.pk]),
    ),
    "message": ReportableKind(
        label=_("message"),
        model=Message,
        for_reporter=_message_for_participant,
        get_title=_message_title,
        get_owner=lambda message: message.author,
        hide=lambda message, by, reason: conversations.hide_message(message, reason),
        unhide=lambda message, by: conversations.unhide_message(message),
        url=lambda message: reverse("offers:detail", args=[message.offer_id]) + "#conversation",
    ),
    "article": ReportableKind(
        label=_("article"),
        model=Article,
        for_reporter=_article_for_reader,
        get_title=lambda article: article.title,
        get_owner=lambda article: article.author,
        hide=knowledge.hide_article,
        unhide=knowledge.unhide_article,
        url=lambda article: reverse("knowledge:detail", args=[article.slug]),
    ),
}


def kind_or_404(kind: str) -> ReportableKind:
    try:
        return KINDS[kind]
    except KeyError:
        raise Http404 from None
