"""The Betriebshandbuch: what runs for an organisation, where, who holds admin rights, where the credentials are
kept (a place — never the credentials themselves), how it is backed up, and when maintenance is due."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.catalogue.models import Solution
from techpaten.engagements.models import Engagement
from techpaten.organisations.models import Organisation


class Service(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="services")
    # The engagement whose team looks after it; NULL when nobody does (the organisation still keeps the record).
    engagement = models.ForeignKey(
        Engagement, on_delete=models.SET_NULL, null=True, blank=True, related_name="services"
    )
    solution = models.ForeignKey(
        Solution,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("from the catalogue"),
    )
    name = models.CharField(_("name"), max_length=120, help_text=_("e.g. “Nextcloud for the parents”"))
    software_version = models.CharField(
        _("software version"), max_length=40, blank=True, help_text=_("The version that runs, e.g. 29.0.4.")
    )
    hoster = models.CharField(_("hoster"), max_length=200, blank=True)
    country = models.CharField(_("country of the servers"), max_length=100, blank=True)
    domain = models.CharField(_("domain"), max_length=253, blank=True)
    admin_rights = models.TextField(_("who holds admin rights"), max_length=1000, blank=True)
    credentials_location = models.TextField(
        _("where the credentials are kept"),
        max_length=1000,
        blank=True,
        help_text=_("A place, e.g. “the Kita's password manager, entry Nextcloud admin”. Never the password itself."),
    )
    backup_what = models.CharField(_("what is backed up"), max_length=300, blank=True)
    backup_where = models.CharField(_("where the backups are"), max_length=300, blank=True)
    backup_frequency = models.CharField(_("how often"), max_length=100, blank=True)
    last_restore_test = models.DateField(_("last successful restore test"), null=True, blank=True)
    notes = models.TextField(_("notes"), max_length=4000, blank=True)
    # Maintenance dates: the daily reminder mails the team (and the organisation once overdue) once per due date.
    next_update_check = models.DateField(_("next update check"), null=True, blank=True)
    tls_expires_on = models.DateField(_("TLS certificate expires"), null=True, blank=True)
    restore_test_due = models.DateField(_("next restore test due"), null=True, blank=True)
    is_active = models.BooleanField(_("running"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class ReminderSent(models.Model):
    """One row per service, kind and due date: the unique constraint makes "once per due date" hold even with two
    workers running the daily task at the same time (the second insert fails and sends nothing)."""

    class Kind(models.TextChoices):
        UPDATE_CHECK = "update_check", _("update check")
        TLS_EXPIRY = "tls_expiry", _("TLS certificate")
        RESTORE_TEST = "restore_test", _("restore test")

    class Stage(models.TextChoices):
        DUE = "due", _("due soon")
        OVERDUE = "overdue", _("overdue")

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="reminders_sent")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    due_on = models.DateField()
    stage = models.CharField(max_length=10, choices=Stage.choices, default=Stage.DUE)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(fields=["service", "kind", "due_on", "stage"], name="one_reminder_per_due_date")
        ]

    def __str__(self) -> str:
        return f"{self.service} {self.kind} {self.due_on} ({self.stage})"

    @staticmethod
    def due_field(kind: str) -> str:
        return {
            "update_check": "next_update_check",
            "tls_expiry": "tls_expires_on",
            "restore_test": "restore_test_due",
        }[kind]
