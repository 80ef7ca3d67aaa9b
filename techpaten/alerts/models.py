"""Saved searches of the needs listing and what their digests have sent (issue 13, "Staying informed")."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.needs.models import Need


class SavedSearch(models.Model):
    """A person's search of the needs listing, kept with its filters; new matches are mailed as a digest.

    `filters` holds the listing's validated parameters as plain strings and numbers (alerts.filters), so a digest
    evaluates it without a form or a taxonomy lookup. `since`: needs published after it are new to this search
    (the moment it was saved, then each digest's run). `due_on`: the date of its next digest; the digest job claims
    a due search by moving it on (compare-and-swap, alerts.digests).
    """

    class Frequency(models.TextChoices):
        DAILY = "daily", _("daily")
        WEEKLY = "weekly", _("weekly")
        OFF = "off", _("no e-mails")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(_("name"), max_length=100)
    filters = models.JSONField(_("filters"), default=dict)
    key = models.CharField(max_length=64, editable=False)  # the filters' fingerprint: one search saved once
    frequency = models.CharField(_("e-mail"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    created_at = models.DateTimeField(_("saved"), auto_now_add=True)
    since = models.DateTimeField(_("new needs since"))
    due_on = models.DateField(_("next digest"))
    claim = models.CharField(max_length=32, blank=True, editable=False)  # the digest run that took it last
    last_mailed_at = models.DateTimeField(_("last e-mail"), null=True, blank=True)

    ACTIVE = (Frequency.DAILY, Frequency.WEEKLY)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="saved_search_once_per_user")]
        indexes = [
            # The digest job walks the due searches by person (keyset pages of user ids).
            models.Index(
                fields=["due_on", "user"],
                condition=models.Q(frequency__in=["daily", "weekly"]),
                name="saved_search_due",
            )
        ]

    def __str__(self) -> str:
        return self.name


class DigestEntry(models.Model):
    """A need a person was sent in a digest: never the same need twice, whichever of their searches it matches."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField()

    class Meta:
        verbose_name = _("need sent in a digest")
        verbose_name_plural = _("needs sent in digests")
        constraints = [models.UniqueConstraint(fields=["user", "need"], name="digest_entry_once_per_user")]
        indexes = [models.Index(fields=["user", "sent_at"]), models.Index(fields=["sent_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} ← {self.need_id}"
