"""The reviews about and by a person, for the export and the account deletion (see techpaten/privacy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category, field_labels

from .models import Feedback

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class FeedbackData(Category):
    key = "feedback"
    title = _("Reviews of your work together")
    description = _(
        "Reviews you wrote after a need was closed, reviews organisations wrote about you with your replies, and "
        "replies you wrote for your organisation."
    )
    labels = {
        **field_labels(Feedback, "text", "created_at", "reply", "replied_at"),
        "written": _("reviews you wrote"),
        "received": _("reviews about you"),
        "replies": _("replies you wrote for your organisation"),
        "need": _("need"),
        "organisation": _("organisation"),
        "about": _("about"),
    }
    covers = ("feedback.Feedback.author", "feedback.Feedback.volunteer", "feedback.Feedback.replied_by")

    def export(self, user: User) -> dict[str, Any]:
        related = Feedback.objects.select_related(
            "need", "need__organisation", "volunteer", "volunteer__volunteer_profile", "organisation"
        )
        written = related.filter(author=user).order_by("created_at", "pk")
        # About the person: the organisation that wrote it is named, not the admin who typed it (their data).
        received = related.filter(direction=Feedback.Direction.ABOUT_VOLUNTEER, volunteer=user)
        replies = related.filter(replied_by=user, direction=Feedback.Direction.ABOUT_ORGANISATION)
        return {
            "written": [
                {
                    "need": f.need.title,
                    "organisation": f.need.organisation.name,
                    "about": f.organisation.name if f.organisation else _about_volunteer(f),
                    "text": f.text,
                    "created_at": f.created_at,
                    "reply": f.reply,
                    "replied_at": f.replied_at,
                }
                for f in written
            ],
            "received": [
                {
                    "need": f.need.title,
                    "organisation": f.need.organisation.name,
                    "text": f.text,
                    "created_at": f.created_at,
                    "reply": f.reply,
                    "replied_at": f.replied_at,
                }
                for f in received.order_by("created_at", "pk")
            ],
            "replies": [
                {
                    "need": f.need.title,
                    "organisation": f.need.organisation.name,
                    "reply": f.reply,
                    "replied_at": f.replied_at,
                }
                for f in replies.order_by("replied_at", "pk")
            ],
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        # Reviews about the person are about that person: they go with the account. What the person wrote stays
        # on the other side's page (it belongs to their record), signed "deleted user".
        received, _by_model = Feedback.objects.filter(
            direction=Feedback.Direction.ABOUT_VOLUNTEER, volunteer=user
        ).delete()
        written = Feedback.objects.filter(author=user).update(author=None)
        replies = Feedback.objects.filter(replied_by=user).update(replied_by=None)
        return {"reviews_deleted": received, "reviews_anonymised": written, "review_replies_anonymised": replies}


def _about_volunteer(feedback: Feedback) -> str:
    volunteer = feedback.volunteer
    if volunteer is None:
        return str(_("deleted user"))
    return volunteer.display_name
