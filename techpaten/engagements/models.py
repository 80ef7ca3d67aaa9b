"""Patenschaften: the lasting relationship between an organisation and its volunteer team.

A team (volunteers.Team) may serve several organisations (one engagement each); an engagement gathers the
organisation's needs that the team took on.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.needs.models import Need
from techpaten.organisations.models import Organisation
from techpaten.volunteers.models import Team, TeamMember


class Engagement(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("active")
        PAUSED = "paused", _("paused")
        ENDED = "ended", _("ended")

    # The team looks after the organisation: active, or paused for a while. An ended engagement is history.
    LIVE_STATUSES = (Status.ACTIVE, Status.PAUSED)

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="engagements", verbose_name=_("organisation")
    )
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="engagements", verbose_name=_("team"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    needs: models.ManyToManyField[Need, Any] = models.ManyToManyField(
        Need, through="EngagementNeed", related_name="engagements", verbose_name=_("needs")
    )

    class Meta:
        verbose_name = _("engagement")
        verbose_name_plural = _("engagements")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.team}"

    @property
    def is_live(self) -> bool:
        return self.status in self.LIVE_STATUSES


class EngagementNeed(models.Model):
    """A need belongs to at most one engagement: the one whose team took it on."""

    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="engagement_needs")
    need = models.OneToOneField(Need, on_delete=models.CASCADE, related_name="engagement_link")
    added_at = models.DateTimeField(_("added"), auto_now_add=True)
    # The need was re-opened to find a backup admin (Vertretung): an offer accepted now joins as backup.
    seeking_backup = models.BooleanField(_("looking for a backup admin"), default=False)

    class Meta:
        verbose_name = _("need of an engagement")
        verbose_name_plural = _("needs of engagements")

    def __str__(self) -> str:
        return f"{self.need} → {self.engagement}"


class Handover(models.Model):
    """What a leaving volunteer confirms before going (Übergabe), so nobody is left with a service they cannot run."""

    member = models.OneToOneField(TeamMember, on_delete=models.CASCADE, related_name="handover")
    inventory_updated = models.BooleanField(_("the service inventory is up to date"), default=False)
    admin_rights_passed = models.BooleanField(_("admin rights are passed on"), default=False)
    backups_verified = models.BooleanField(_("backups are verified (a restore was tested)"), default=False)
    successor_introduced = models.BooleanField(_("the successor is introduced"), default=False)
    successor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("successor"),
    )
    notes = models.TextField(_("notes for the organisation and the team"), max_length=4000, blank=True)
    created_at = models.DateTimeField(_("handed over"), auto_now_add=True)

    class Meta:
        verbose_name = _("handover")
        verbose_name_plural = _("handovers")

    def __str__(self) -> str:
        return f"{self.member}"

    @property
    def complete(self) -> bool:
        return (
            self.inventory_updated and self.admin_rights_passed and self.backups_verified and self.successor_introduced
        )


class PaidWorkOffer(models.Model):
    """When an engagement outgrows volunteering: the team offers paid work; the organisation accepts or declines.

    No payment runs through the platform; an accepted offer is recorded with the engagement.
    """

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")
        WITHDRAWN = "withdrawn", _("withdrawn")

    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="paid_work_offers")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("proposed by")
    )
    scope = models.TextField(_("scope of the work"), max_length=4000)
    hours = models.DecimalField(_("hours"), max_digits=6, decimal_places=1)
    rate_cents = models.PositiveIntegerField(_("hourly rate (cents)"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED)
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(_("answered"), null=True, blank=True)
    decision_note = models.TextField(_("answer"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("paid work offer")
        verbose_name_plural = _("paid work offers")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.engagement}: {self.hours} h"

    @property
    def total_cents(self) -> int:
        """Hours times the hourly rate, in whole cents (half a cent rounds up)."""
        return int((self.hours * self.rate_cents).to_integral_value(rounding=ROUND_HALF_UP))


class HoursReport(models.Model):
    """Hours a volunteer gave an engagement in a month: for the team's own overview and the public statistics."""

    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="hours_reports")
    volunteer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    note = models.CharField(_("what was done"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)

    class Meta:
        verbose_name = _("hours report")
        verbose_name_plural = _("hours reports")
        ordering = ["-month", "-pk"]

    def __str__(self) -> str:
        return f"{self.engagement} {self.month:%Y-%m}: {self.hours} h"
