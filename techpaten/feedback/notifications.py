"""The mail about a new review: to the reviewed side (the volunteer, or the organisation's admins), each in their
own language, after the transaction commits. The review's text stays on the platform, behind the link."""

from __future__ import annotations

from django.urls import reverse

from techpaten.mail import outbox
from techpaten.needs.models import Need
from techpaten.organisations.access import admins_of

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
        recipients = admins_of(feedback.organisation_id)
    for recipient in recipients:
        outbox.send("mail/review_received", recipient.email, context, user=recipient)


def invite_reviews(need: Need) -> None:
    """The need is closed: invite each volunteer with an accepted offer to review the organisation, and the
    organisation's admins to review those volunteers (each side once; the forms say what is still open)."""
    from .services import accepted_volunteers

    volunteers = accepted_volunteers(need)
    if not volunteers:
        return
    context = {"need": need, "organisation": need.organisation}
    for volunteer in volunteers:
        url = reverse("feedback:review_organisation", args=[need.pk])
        outbox.send("mail/review_invitation", volunteer.email, {**context, "review_url": url}, user=volunteer)
    names = ", ".join(v.display_name for v in volunteers)
    for admin in admins_of(need.organisation_id):
        url = reverse("needs:detail", args=[need.pk])
        admin_context = {**context, "review_url": url, "for_organisation": True, "names": names}
        outbox.send("mail/review_invitation", admin.email, admin_context, user=admin)
