"""Personal API tokens and the organisations' consent to publish their services as a machine-readable document.

Tokens live here, in the API app at the top, and not in accounts: only the API reads them, and the token pages of
the account settings are the API's own pages (linked from accounts/settings.html).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ApiToken(models.Model):
    """A personal token. Only the SHA-256 digest of the secret is stored; the secret is shown once, at creation.

    A token acts as a plain user: whatever staff or reviewer rights its owner has stay with the pages (api/auth.py).
    """

    class Scope(models.TextChoices):
        READ = "read", _("read only")
        WRITE = "write", _("read and write")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=80, help_text=_("What the token is for, e.g. my calendar script."))
    scope = models.CharField(_("scope"), max_length=5, choices=Scope.choices, default=Scope.READ)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    # The first characters of the secret, so the owner can tell their tokens apart (they say nothing useful).
    hint = models.CharField(_("starts with"), max_length=12, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "-created_at"], name="api_token_by_user")]

    def __str__(self) -> str:
        return f"{self.name} ({self.hint}…)"

    @property
    def may_write(self) -> bool:
        return self.scope == self.Scope.WRITE


class ServicePublication(models.Model):
    """An organisation's admin agreed that the services of one engagement (its public parts) are published as a
    small JSON document (techpaten/api/endpoints/services.py). No row, no document."""

    engagement = models.OneToOneField(
        "engagements.Engagement", on_delete=models.CASCADE, related_name="service_publication"
    )
    agreed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    agreed_at = models.DateTimeField(_("published since"), auto_now_add=True)

    class Meta:
        verbose_name = _("published service list")
        verbose_name_plural = _("published service lists")

    def __str__(self) -> str:
        return f"services of engagement {self.engagement_id}"
