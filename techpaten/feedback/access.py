"""Who may open the review pages: the need's participants for the forms, the reviewed side for the reply.

Everybody else gets 404 (not 403), so nobody learns which reviews or helpers exist. Whether the need is closed yet
and whether a review was already written are rules of `services` (the page says so); these helpers only decide
whether the person is a participant at all.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.accounts.models import User
from techpaten.needs.models import Need
from techpaten.organisations.access import is_admin

from .models import Feedback
from .services import had_accepted_offer, may_reply


def need_for_reviewing_volunteer(request: HttpRequest, need_pk: int, user_pk: int) -> tuple[Need, User]:
    """The need and the volunteer, for an admin of the need's organisation; the volunteer's offer was accepted."""
    need = get_object_or_404(Need.objects.select_related("organisation"), pk=need_pk)
    volunteer = User.objects.select_related("volunteer_profile").filter(pk=user_pk).first()
    if volunteer is None or not is_admin(request.user, need.organisation_id) or not had_accepted_offer(volunteer, need):
        raise Http404
    return need, volunteer


def need_for_reviewing_organisation(request: HttpRequest, need_pk: int) -> Need:
    """The need, for a volunteer whose offer on it was accepted."""
    need = get_object_or_404(Need.objects.select_related("organisation"), pk=need_pk)
    if not had_accepted_offer(request.user, need):
        raise Http404
    return need


def feedback_for_reviewed(request: HttpRequest, pk: int) -> Feedback:
    """A review, for the side it is about: the volunteer, or an admin of the organisation."""
    feedback = get_object_or_404(
        Feedback.objects.select_related(
            "need", "need__organisation", "author", "author__volunteer_profile", "volunteer", "organisation"
        ),
        pk=pk,
    )
    if not may_reply(request.user, feedback):
        raise Http404
    return feedback
