from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techpaten.needs.models import Need


class Offer(models.Model):
    """A volunteer's answer to a need (Hilfsangebot). State changes only through `offers.services`."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for an answer")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")
        WITHDRAWN = "withdrawn", _("withdrawn")
        EXPIRED = "expired", _("expired")
        # The organisation closed the need while the offer waited: no verdict on the volunteer, who may offer
        # again if the need is reopened.
        NEED_CLOSED = "closed", _("need closed")

    ACTIVE_STATUSES = (Status.PENDING, Status.ACCEPTED)

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="offers", verbose_name=_("need"))
    # A volunteer may offer on behalf of their team: accepting puts the whole team on the engagement, so one team
    # can serve several organisations.
    team = models.ForeignKey(
        "volunteers.Team",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="offers",
        verbose_name=_("on behalf of the team"),
    )
    # NULL once the volunteer deleted their account: the organisation keeps the conversation (shown as "deleted
    # user") until the retention period for ended offers runs out (techpaten/privacy/retention.py).
    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="offers",
        verbose_name=_("volunteer"),
    )
    message = models.TextField(_("your message"), max_length=3000)
    hours_per_month = models.PositiveSmallIntegerField(_("hours per month you can give"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    decided_at = models.DateTimeField(_("answered"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decision_message = models.TextField(_("message with the answer"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["-created_at"]
        constraints = [
            # One live offer per volunteer and need; after expiry or withdrawal a new one is possible.
            models.UniqueConstraint(
                fields=["need", "volunteer"],
                condition=Q(status__in=["pending", "accepted"]),
                name="one_active_offer_per_need",
            )
        ]
        indexes = [
            models.Index(fields=["status", "expires_at"]),
            # The offers waiting on an organisation's needs (dashboard): without it PostgreSQL scans every pending
            # offer (14 ms at 50,000 offers) to find the few on one organisation's needs.
            models.Index(fields=["need", "created_at"], condition=Q(status="pending"), name="offer_pending_by_need"),
        ]

    def __str__(self) -> str:
        return f"{self.volunteer} → {self.need}"
