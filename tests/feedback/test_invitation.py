"""Closing a need with an accepted offer invites both sides to review each other, each in their language."""

from __future__ import annotations

from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from techpaten.needs import services as need_services
from techpaten.needs.models import Need
from techpaten.offers import services as offer_services

from .. import factories


def invitation_subject(need: Need) -> str:
    with translation.override("de"):
        return gettext("“%(title)s” is closed: how was it?") % {"title": need.title}


def test_closing_a_need_invites_the_volunteer_and_the_admins_to_review(
    need, volunteer, org_admin, django_capture_on_commit_callbacks
):
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        need_services.change_status(need, org_admin, "close")
    assert need.status == Need.Status.CLOSED
    invitations = [m for m in mail.outbox if m.subject == invitation_subject(need)]
    assert sorted(address for m in invitations for address in m.to) == sorted([volunteer.email, org_admin.email])
    to_volunteer = next(m for m in invitations if volunteer.email in m.to)
    to_admin = next(m for m in invitations if org_admin.email in m.to)
    assert f"/needs/{need.pk}/review/organisation/" in to_volunteer.body
    assert f"/needs/{need.pk}/" in to_admin.body and volunteer.display_name in to_admin.body


def test_closing_a_need_nobody_helped_with_sends_no_invitation(need, org_admin, django_capture_on_commit_callbacks):
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        need_services.change_status(need, org_admin, "close")
    assert need.status == Need.Status.CLOSED
    assert [m for m in mail.outbox if m.subject == invitation_subject(need)] == []
