from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techpaten.taxonomy.models import Sector, Skill


class VolunteerProfile(models.Model):
    """What a volunteer admin offers: skills, where and how much. Hidden profiles are not listed anywhere."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profile")
    display_name = models.CharField(_("display name"), max_length=80)
    bio = models.TextField(_("about me"), max_length=2000, blank=True)
    skills = models.ManyToManyField(Skill, blank=True, related_name="volunteers", verbose_name=_("skills"))
    sectors = models.ManyToManyField(
        Sector, blank=True, related_name="volunteers", verbose_name=_("sectors I care about")
    )
    plz = models.CharField(_("postcode (PLZ)"), max_length=5)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))
    radius_km = models.PositiveSmallIntegerField(
        _("travel radius (km)"), default=20, validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    remote_ok = models.BooleanField(_("I can also help remotely"), default=True)
    hours_per_month = models.PositiveSmallIntegerField(
        _("hours per month"), default=4, validators=[MinValueValidator(1), MaxValueValidator(160)]
    )
    is_public = models.BooleanField(
        _("show my profile to organisations"),
        default=True,
        help_text=_("Hidden profiles do not appear in any listing; organisations you offer help to still see them."),
    )
    # Hidden by moderation (techpaten/moderation through `services.hide_profile`): readable only by its owner, who
    # sees the reason, and staff.
    hidden_at = models.DateTimeField(_("hidden by moderation"), null=True, blank=True)
    hidden_reason = models.TextField(_("reason for hiding"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("volunteer profile")
        verbose_name_plural = _("volunteer profiles")
        indexes = [models.Index(fields=["latitude", "longitude"])]

    def __str__(self) -> str:
        return self.display_name


# Teams of volunteers. A team offers help together (offers.Offer.team) and looks after organisations
# (engagements.Engagement.team); membership keeps its history (joined, left, why), so continuity can be seen.


class Team(models.Model):
    name = models.CharField(_("name"), max_length=120, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        db_table = "engagements_team"  # the table it was created with, before teams moved below offers

    def __str__(self) -> str:
        return self.name or f"Team {self.pk}"


class TeamMember(models.Model):
    class Role(models.TextChoices):
        LEAD = "lead", _("lead")
        MEMBER = "member", _("member")
        BACKUP = "backup", _("backup (Vertretung)")

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="members")
    # SET_NULL: the history of who was on the team survives a deleted account (shown as "deleted user").
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="team_memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)
    left_at = models.DateTimeField(_("left"), null=True, blank=True)
    leave_reason = models.TextField(_("reason for leaving"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        db_table = "engagements_teammember"
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["team", "user"], condition=Q(left_at__isnull=True), name="one_active_membership_per_team"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.team} ({self.role})"

    @property
    def is_active(self) -> bool:
        return self.left_at is None
