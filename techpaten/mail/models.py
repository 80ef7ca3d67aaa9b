from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingMail(models.Model):
    """One row per mail: nothing is lost when the SMTP server is down, and each mail is sent once.

    Bodies are kept only until the mail is sent (see `mark_sent`): the platform is no mail archive.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    kind = models.CharField(_("kind"), max_length=100)
    to = models.EmailField(_("recipient"))
    language = models.CharField(_("language"), max_length=8)
    subject = models.CharField(_("subject"), max_length=300)
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("HTML"), blank=True)
    # Extra header lines, e.g. List-Unsubscribe (RFC 2369, 8058) on optional mails and digests; no personal content.
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mails")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.kind} → {self.to} ({self.status})"


class Delivery(models.TextChoices):
    INSTANT = "instant", _("at once")
    DAILY = "daily", _("daily digest")
    OFF = "off", _("off")


class NotificationPreference(models.Model):
    """A person's choice for one kind of mail (kinds.KINDS). Only changed kinds have a row; the rest are sent at once.

    The user is referenced by id only: accounts sits beside mail and imports it (its mails go through the outbox).
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=100)
    delivery = models.CharField(_("delivery"), max_length=10, choices=Delivery.choices)
    changed_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        verbose_name = _("notification setting")
        verbose_name_plural = _("notification settings")
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_user_and_kind")]

    def __str__(self) -> str:
        return f"{self.user_id} {self.kind}: {self.delivery}"


class PendingNotification(models.Model):
    """A mail that waits for the person's daily digest (send_notification_digests), rendered in their language.

    Deleted when its digest is queued: the row is the claim, so a digest run twice sends each notification once.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=100)
    subject = models.CharField(_("subject"), max_length=300)
    body_text = models.TextField(_("text"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("notification waiting for the digest")
        verbose_name_plural = _("notifications waiting for the digest")
        indexes = [models.Index(fields=["user", "id"], name="pending_notification_by_user")]

    def __str__(self) -> str:
        return f"{self.kind} for {self.user_id}"
