"""The catalogue of vetted solutions: open-source software, how to deploy it (profiles with a configuration
baseline), what it costs, which requirements it covers, and reviews by registered reviewers with a date of expiry.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techpaten.core.bilingual import pick
from techpaten.taxonomy.models import Sector, UseCase


class Solution(models.Model):
    class ContractBy(models.TextChoices):
        ORGANISATION = "organisation", _("the organisation signs the hosting contract and the hoster's AVV")
        VOLUNTEER = "volunteer", _("the volunteer signs; the hoster is a sub-processor")
        NONE = "none", _("no hoster (runs on the organisation's own device)")

    slug = models.SlugField(_("key"), max_length=60, unique=True)
    # `name` is the German name (kept under its old name: queries, ordering and the seed use it). People are shown
    # `display_name`; templates write {{ solution.name|bilingual:solution.name_en }}, which also marks a German name
    # standing in on an English page with lang="de".
    name = models.CharField(_("name (German)"), max_length=120)
    name_en = models.CharField(
        _("name (English)"), max_length=120, blank=True, help_text=_("Empty: English pages show the German name.")
    )
    software = models.CharField(_("software"), max_length=120, help_text=_("e.g. Nextcloud, Jitsi Meet"))
    summary_de = models.TextField(_("summary (German)"))
    summary_en = models.TextField(_("summary (English)"))
    use_cases = models.ManyToManyField(UseCase, related_name="solutions", verbose_name=_("use cases"))
    # Empty: suits every sector.
    sectors = models.ManyToManyField(Sector, blank=True, related_name="solutions", verbose_name=_("sectors"))
    hosting_notes_de = models.TextField(_("hosting notes (German)"), blank=True)
    hosting_notes_en = models.TextField(_("hosting notes (English)"), blank=True)
    eu_hosting = models.BooleanField(_("can be hosted in the EU"), default=True)
    contract_by = models.CharField(
        _("who signs the hoster contract"), max_length=12, choices=ContractBy.choices, default=ContractBy.ORGANISATION
    )
    cost_min_cents = models.PositiveIntegerField(_("typical monthly cost from (cents)"), default=0)
    cost_max_cents = models.PositiveIntegerField(_("typical monthly cost up to (cents)"), default=0)
    project_url = models.URLField(_("project website"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("solution")
        verbose_name_plural = _("solutions")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """The name in the active language; the German one when there is no English name."""
        return pick(self.name, self.name_en)

    @property
    def summary(self) -> str:
        return pick(self.summary_de, self.summary_en)

    @property
    def hosting_notes(self) -> str:
        return pick(self.hosting_notes_de, self.hosting_notes_en)


class DeploymentProfile(models.Model):
    """One way to run a solution, e.g. "Nextcloud 32, preset CLUB, hardened", with its configuration baseline."""

    solution = models.ForeignKey(Solution, on_delete=models.CASCADE, related_name="profiles")
    slug = models.SlugField(_("key"), max_length=60)
    # The German name; see Solution.name.
    name = models.CharField(_("name (German)"), max_length=160)
    name_en = models.CharField(
        _("name (English)"), max_length=160, blank=True, help_text=_("Empty: English pages show the German name.")
    )
    software_version = models.CharField(_("software version"), max_length=40, blank=True)
    description_de = models.TextField(_("description (German)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta:
        verbose_name = _("deployment profile")
        verbose_name_plural = _("deployment profiles")
        ordering = ["solution", "name"]
        constraints = [models.UniqueConstraint(fields=["solution", "slug"], name="profile_slug_per_solution")]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return pick(self.name, self.name_en)

    @property
    def description(self) -> str:
        return pick(self.description_de, self.description_en)


class BaselineSetting(models.Model):
    class Kind(models.TextChoices):
        ON = "on", _("must be on")
        OFF = "off", _("must be off")
        APP_DISABLED = "app_disabled", _("app must stay disabled")
        VALUE = "value", _("must have this value")

    class Control(models.TextChoices):
        """The Art. 32 control a setting serves: the TOM files it there (stated, never guessed from its words)."""

        PHYSICAL = "physical", _("physical access control")
        SYSTEM_ACCESS = "system_access", _("system access control")
        DATA_ACCESS = "data_access", _("data access control")
        SEPARATION = "separation", _("separation control")
        ENCRYPTION = "encryption", _("pseudonymisation and encryption")
        TRANSFER = "transfer", _("transfer control")
        INPUT = "input", _("input control")
        AVAILABILITY = "availability", _("availability (backup)")
        RESILIENCE = "resilience", _("resilience and updates")
        MINIMISATION = "minimisation", _("data minimisation by default")
        DELETION = "deletion", _("deletion and storage limitation")

    profile = models.ForeignKey(DeploymentProfile, on_delete=models.CASCADE, related_name="baseline")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    control = models.CharField(_("control (Art. 32 GDPR)"), max_length=16, choices=Control.choices)
    setting = models.CharField(_("setting or app"), max_length=200)
    value = models.CharField(_("value"), max_length=200, blank=True)
    reason_de = models.TextField(_("why (German)"), blank=True)
    reason_en = models.TextField(_("why (English)"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("baseline setting")
        verbose_name_plural = _("baseline settings")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return f"{self.setting} ({self.kind})"

    @property
    def reason(self) -> str:
        return pick(self.reason_de, self.reason_en)


class Coverage(models.Model):
    """How a deployment profile meets one requirement — or leaves it to the organisation."""

    class Level(models.TextChoices):
        SATISFIED = "satisfied", _("satisfied")
        PARTIAL = "partial", _("partly satisfied")
        ORGANISATION = "organisation", _("left to the organisation")

    profile = models.ForeignKey(DeploymentProfile, on_delete=models.CASCADE, related_name="coverage")
    requirement = models.ForeignKey("compliance.Requirement", on_delete=models.CASCADE, related_name="coverage")
    level = models.CharField(_("level"), max_length=12, choices=Level.choices)
    statement_de = models.TextField(_("how (German)"))
    statement_en = models.TextField(_("how (English)"))

    class Meta:
        verbose_name = _("coverage of a requirement")
        verbose_name_plural = _("coverage of requirements")
        constraints = [models.UniqueConstraint(fields=["profile", "requirement"], name="coverage_once_per_profile")]

    def __str__(self) -> str:
        return f"{self.profile} · {self.requirement_id} ({self.level})"

    @property
    def statement(self) -> str:
        return pick(self.statement_de, self.statement_en)


class ReviewQuerySet(models.QuerySet["Review"]):
    def currently_approved(self, today: datetime.date | None = None) -> ReviewQuerySet:
        today = today or timezone.localdate()
        return self.filter(status=Review.Status.APPROVED).filter(
            models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=today)
        )

    def expired(self, today: datetime.date | None = None) -> ReviewQuerySet:
        today = today or timezone.localdate()
        return self.filter(
            models.Q(status=Review.Status.EXPIRED) | models.Q(status=Review.Status.APPROVED, valid_until__lt=today)
        )


class Review(models.Model):
    """A reviewer's verdict on a solution (optionally one profile), with scope, findings and a date of expiry.

    Only registered reviewers (User.is_reviewer, granted by staff) may approve: see catalogue/reviews.py.
    An approval past its `valid_until` counts as expired everywhere (effective_status), without a job to flip it.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")
        EXPIRED = "expired", _("expired")

    solution = models.ForeignKey(Solution, on_delete=models.CASCADE, related_name="reviews")
    profile = models.ForeignKey(
        DeploymentProfile,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reviews",
        verbose_name=_("deployment profile"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="reviews_written"
    )
    # Kept with the review: it must still say who vetted it after the reviewer's account is gone.
    reviewer_name = models.CharField(_("reviewer"), max_length=200)
    reviewer_qualification = models.CharField(
        _("qualification"), max_length=200, help_text=_("e.g. data-protection officer (certified), lawyer")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    scope = models.TextField(_("scope"), max_length=4000)
    findings = models.TextField(_("findings"), max_length=10000, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["-reviewed_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.solution} · {self.reviewer_name} ({self.status})"

    def effective_status(self, today: datetime.date | None = None) -> str:
        today = today or timezone.localdate()
        if self.status == self.Status.APPROVED and self.valid_until is not None and self.valid_until < today:
            return self.Status.EXPIRED
        return self.status

    @property
    def current_status(self) -> str:
        return self.effective_status()

    @property
    def current_status_label(self) -> str:
        return str(self.Status(self.effective_status()).label)
