from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.organisations.models import Organisation
from techpaten.taxonomy.models import Skill, UseCase


class Need(models.Model):
    """A need (Gesuch): a problem in the organisation's own words, plus use cases and effort.

    Status: draft → open → matched (team found, still listed as such) → closed; closed → open again.
    Transitions live in `needs.services`, nowhere else.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        OPEN = "open", _("open")
        MATCHED = "matched", _("team found")
        CLOSED = "closed", _("closed")

    class Kind(models.TextChoices):
        ONE_OFF = "one_off", _("one-off")
        ONGOING = "ongoing", _("ongoing")

    class Size(models.TextChoices):
        SMALL = "small", _("small (a few hours)")
        MEDIUM = "medium", _("medium (a few days)")
        LARGE = "large", _("large (a project, several people)")

    class Urgency(models.TextChoices):
        LOW = "low", _("no hurry")
        NORMAL = "normal", _("within the next weeks")
        HIGH = "high", _("urgent")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="needs", verbose_name=_("organisation")
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("what do you need?"), max_length=5000)
    use_cases = models.ManyToManyField(UseCase, related_name="needs", verbose_name=_("use cases"))
    skills = models.ManyToManyField(Skill, blank=True, related_name="needs", verbose_name=_("suggested skills"))
    kind = models.CharField(_("one-off or ongoing"), max_length=10, choices=Kind.choices, default=Kind.ONE_OFF)
    size = models.CharField(_("size"), max_length=10, choices=Size.choices, default=Size.SMALL)
    urgency = models.CharField(_("urgency"), max_length=10, choices=Urgency.choices, default=Urgency.NORMAL)
    remote_ok = models.BooleanField(_("remote help possible"), default=False)
    monthly_budget_cents = models.PositiveIntegerField(
        _("monthly budget for infrastructure (cents)"),
        default=0,
        validators=[MaxValueValidator(10_000_000)],
        help_text=_("What your organisation can pay per month for servers, domains and storage. 0 is fine."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    # Hidden by moderation (techpaten/moderation through `services.hide_need`): gone from every list, search and
    # page for everybody but staff and the organisation's members, who see the reason.
    hidden_at = models.DateTimeField(_("hidden by moderation"), null=True, blank=True)
    hidden_reason = models.TextField(_("reason for hiding"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("need")
        verbose_name_plural = _("needs")
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "-published_at"]),
            # The listing's order, for listed needs only: the newest page is read straight off this index.
            models.Index(
                fields=["-published_at", "-id"],
                condition=models.Q(status__in=["open", "matched"], hidden_at__isnull=True),
                name="need_listed_newest_shown",
            ),
            # Listed needs near a place (the organisations within a radius) or of one organisation, newest first:
            # read from the index alone, without visiting the rows of every candidate.
            models.Index(
                fields=["organisation", "-published_at", "-id"],
                condition=models.Q(status__in=["open", "matched"], hidden_at__isnull=True),
                name="need_listed_by_org_shown",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    LISTED_STATUSES = (Status.OPEN, Status.MATCHED)

    @property
    def is_listed(self) -> bool:
        return self.status in self.LISTED_STATUSES and self.hidden_at is None

    @classmethod
    def listed_q(cls) -> models.Q:
        """The one condition of a listed need: open or matched, and not hidden by moderation."""
        return models.Q(status__in=cls.LISTED_STATUSES, hidden_at__isnull=True)

    @property
    def accepts_offers(self) -> bool:
        return self.status == self.Status.OPEN and self.hidden_at is None
