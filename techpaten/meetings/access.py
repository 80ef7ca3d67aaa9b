"""Reading first meetings: the same people as their offer — its volunteer and the organisation's members."""

from __future__ import annotations

from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.offers.access import offer_for_participant

from .models import FirstMeeting


def meeting_for_participant(request: HttpRequest, pk: int) -> FirstMeeting:
    """The meeting for whoever may see its offer page; 404 for anyone else (the offers app's rule, not a copy)."""
    meeting = get_object_or_404(FirstMeeting.objects.select_related("proposed_by", "answered_by"), pk=pk)
    meeting.offer = offer_for_participant(request, meeting.offer_id)
    return meeting
