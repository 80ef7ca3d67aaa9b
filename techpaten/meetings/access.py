"""Reading first meetings: the same people as their offer — its volunteer and the organisation's members; the
calendar file only for whoever still takes part (services.side_of)."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.offers.access import offer_for_participant

from . import services
from .models import FirstMeeting


def meeting_for_participant(request: HttpRequest, pk: int) -> FirstMeeting:
    """The meeting for whoever may see its offer page; 404 for anyone else (the offers app's rule, not a copy)."""
    meeting = get_object_or_404(FirstMeeting.objects.select_related("proposed_by", "answered_by"), pk=pk)
    meeting.offer = offer_for_participant(request, meeting.offer_id)
    return meeting


def meeting_for_calendar(request: HttpRequest, pk: int) -> FirstMeeting:
    """A confirmed meeting as a calendar file, for whoever takes part; 404 for everybody else (also a volunteer who
    left the team since: the place may be the organisation's address)."""
    meeting = meeting_for_participant(request, pk)
    if not services.has_calendar(services.side_of(request.user, meeting.offer), meeting):
        raise Http404
    return meeting
