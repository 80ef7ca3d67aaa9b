"""Kennenlernen: before a long commitment, either side proposes a short first call or meeting; both confirm."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.offers.models import Offer


class FirstMeeting(models.Model):
    """A proposed first meeting on an offer. The proposer agrees by proposing; the other side confirms or declines.

    Online (a link) or in person (a place). Once confirmed, both can download it as an iCalendar file.
    """

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        CONFIRMED = "confirmed", _("confirmed")
        DECLINED = "declined", _("declined")
        CANCELLED = "cancelled", _("cancelled")

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="meetings")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("proposed by")
    )
    starts_at = models.DateTimeField(_("starts"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=30)
    place = models.CharField(_("place"), max_length=300, blank=True)
    link = models.URLField(_("link for a video call"), max_length=500, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED)
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("first meeting")
        verbose_name_plural = _("first meetings")
        ordering = ["starts_at", "pk"]

    def __str__(self) -> str:
        return f"{self.offer} @ {self.starts_at:%Y-%m-%d %H:%M}"
