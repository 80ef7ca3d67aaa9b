from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Vouch(models.Model):
    """One volunteer's short statement about another they worked with: one per pair, editable, withdrawable
    (withdrawing deletes it: it is the author's own statement)."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="vouches_given")
    subject = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="vouches_received")
    statement = models.TextField(_("statement"), max_length=500)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("vouch")
        verbose_name_plural = _("vouches")
        constraints = [models.UniqueConstraint(fields=["author", "subject"], name="one_vouch_per_pair")]
        indexes = [models.Index(fields=["subject", "-updated_at"], name="vouches_of_subject")]

    def __str__(self) -> str:
        return f"{self.author_id} → {self.subject_id}"
