"""The mail about a new review: to the reviewed side (the volunteer, or the organisation's admins), each in their
own language, after the transaction commits. The review's text stays on the platform, behind the link."""

from __future__ import annotations

from django.urls import reverse

from techpaten.mail import outbox
from techpaten.organisations.models import Membership

from .models import Feedback


def review_received(feedback: Feedback) -> None:
    context = {
        "feedback": feedback,
        "need": feedback.need,
        "organisation": feedback.need.organisation,
        "about_volunteer": feedback.direction == Feedback.Direction.ABOUT_VOLUNTEER,
        "reply_url": reverse("feedback:reply", args=[feedback.pk]),
    }
    if feedback.direction == Feedback.Direction.ABOUT_VOLUNTEER:
        recipients = [feedback.volunteer] if feedback.volunteer is not None else []
    elif feedback.organisation_id is None:
        recipients = []
    else:
        recipients = [
            m.user
            for m in Membership.objects.filter(organisation_id=feedback.organisation_id, role=Membership.Role.ADMIN)
            .select_related("user")
            .order_by("pk")
        ]
    for recipient in recipients:
        outbox.send("mail/review_received", recipient.email, context, user=recipient)
