"""First meetings a person proposed or answered, for the export and the account deletion (see techpaten/privacy).

The meeting belongs to the offer's conversation: both sides keep it, so deleting the account only removes the name
from it ("deleted user"), as with messages. The note is exported only to the one who wrote it (the proposer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category, field_labels

from .models import FirstMeeting

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class MeetingData(Category):
    key = "meetings"
    title = _("First meetings")
    description = _("First meetings (Kennenlernen) you proposed or answered, with time, place or link, and status.")
    labels = {
        **field_labels(
            FirstMeeting,
            "starts_at",
            "duration_minutes",
            "place",
            "link",
            "note",
            "status",
            "created_at",
            "answered_at",
        ),
        "need": _("need"),
        "organisation": _("organisation"),
        "yours": _("your part"),
    }
    covers = ("meetings.FirstMeeting.proposed_by", "meetings.FirstMeeting.answered_by")

    def export(self, user: User) -> list[dict[str, Any]]:
        meetings = (
            FirstMeeting.objects.filter(Q(proposed_by=user) | Q(answered_by=user))
            .select_related("offer__need__organisation")
            .order_by("starts_at", "pk")
        )
        return [
            {
                "need": meeting.offer.need.title,
                "organisation": meeting.offer.need.organisation.name,
                "yours": _("proposed") if meeting.proposed_by_id == user.pk else _("answered"),
                "starts_at": meeting.starts_at,
                "duration_minutes": meeting.duration_minutes,
                "place": meeting.place,
                "link": meeting.link,
                "note": meeting.note if meeting.proposed_by_id == user.pk else "",
                "status": meeting.get_status_display(),
                "created_at": meeting.created_at,
                "answered_at": meeting.answered_at,
            }
            for meeting in meetings
        ]

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        # The other side keeps the meeting in its conversation; the person becomes "deleted user".
        return {
            "meetings_proposed_anonymised": FirstMeeting.objects.filter(proposed_by=user).update(proposed_by=None),
            "meetings_answered_anonymised": FirstMeeting.objects.filter(answered_by=user).update(answered_by=None),
        }
