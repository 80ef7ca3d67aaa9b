"""Notification settings, waiting digest notifications and read markers are in "My data" and go with the account."""

from __future__ import annotations

from techpaten.conversations.models import ReadMarker
from techpaten.mail.models import NotificationPreference, PendingNotification
from techpaten.privacy.notifications import NotificationData
from tests import factories


def test_the_export_shows_them_and_the_deletion_removes_them(need, volunteer):
    offer = factories.make_offer(need, volunteer)
    NotificationPreference.objects.create(user=volunteer, kind="mail/new_message", delivery="daily")
    PendingNotification.objects.create(user=volunteer, kind="mail/new_message", subject="Neue Nachricht", body_text="T")
    ReadMarker.objects.create(user=volunteer, offer=offer, last_read_id=7)
    exported = NotificationData().export(volunteer)
    assert exported["settings"] == [
        {"kind": "Neue Nachricht in einem Gespräch", "delivery": "tägliche Zusammenfassung"}
    ]
    assert [row["subject"] for row in exported["waiting"]] == ["Neue Nachricht"]
    assert exported["read"] == [{"need": need.title, "read_up_to": 7}]
    assert NotificationData().delete_or_anonymise(volunteer) == {
        "notification_settings": 1,
        "notifications_waiting": 1,
        "read_markers": 1,
    }
    assert not ReadMarker.objects.exists()
