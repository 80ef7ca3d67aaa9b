from __future__ import annotations

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    """A record that a deletion (or another privacy event) happened, without personal data.

    `subject_ref` is a keyed hash of the account's id (see `audit.subject_ref`): it links the events of one account
    (warning, then deletion) without saying whose it was. `details` holds counts and reasons only, never names,
    addresses or texts. Deleting an account never deletes audit events (SDM module 60, M60.S05: deletions are logged);
    retention removes them after `retention.AUDIT_EVENT_YEARS`.
    """

    class Kind(models.TextChoices):
        ACCOUNT_DELETED = "account_deleted", _("account deleted")
        INACTIVE_WARNED = "inactive_warned", _("inactive account warned")
        RETENTION_RUN = "retention_run", _("retention run")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    subject_ref = models.CharField(_("pseudonymous reference"), max_length=64, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True, encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.created_at:%Y-%m-%d %H:%M}"


class RetentionNotice(models.Model):
    """When an inactive account was warned that it will be deleted. Gone with the account, or after a new login."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="retention_notice")
    warned_at = models.DateTimeField(_("warned"))

    class Meta:
        verbose_name = _("retention notice")
        verbose_name_plural = _("retention notices")

    def __str__(self) -> str:
        return f"notice {self.pk} ({self.warned_at:%Y-%m-%d})"
