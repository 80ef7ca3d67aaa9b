from __future__ import annotations

from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Report(models.Model):
    """Somebody logged in reports one object (a need, a profile, a message, an article: registry.KINDS).

    One open report per person and object; staff close it with an action (services.act).
    """

    class Reason(models.TextChoices):
        SPAM = "spam", _("spam or advertising")
        ABUSE = "abuse", _("abusive, hateful or threatening")
        PERSONAL_DATA = "personal_data", _("shows personal data of others")
        ILLEGAL = "illegal", _("illegal content")
        MISLEADING = "misleading", _("fake or misleading")
        OTHER = "other", _("something else")

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        CLOSED = "closed", _("closed")

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("reporter")
    )
    kind = models.CharField(_("kind"), max_length=20)
    object_id = models.PositiveBigIntegerField(_("object"))
    # A snapshot: the queue lists titles without reading every reported object, and shows them after a deletion.
    title = models.CharField(_("title"), max_length=200)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.TextField(_("note"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    resolution = models.CharField(_("resolution"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["reporter", "kind", "object_id"],
                condition=models.Q(status="open"),
                name="one_open_report_per_user_and_object",
            )
        ]
        indexes = [
            # The queue: open reports, oldest first, read straight off this index a page at a time.
            models.Index(fields=["created_at", "id"], condition=models.Q(status="open"), name="report_queue"),
            models.Index(fields=["kind", "object_id"], name="report_object"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title}"


class AuditEntry(models.Model):
    """One moderation action: who, what (kind, id and a snapshot of the title), when and why. Append-only: an entry
    is never changed or deleted (save refuses an update, delete refuses), so the log can be trusted later."""

    class Action(models.TextChoices):
        HIDE = "hide", _("hidden")
        UNHIDE = "unhide", _("shown again")
        WARN = "warn", _("warned")
        SUSPEND = "suspend", _("account suspended")
        LIFT = "lift", _("suspension lifted")
        DISMISS = "dismiss", _("report dismissed")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    kind = models.CharField(_("kind"), max_length=20)
    object_id = models.PositiveBigIntegerField(_("object"))
    title = models.CharField(_("title"), max_length=200)
    reason = models.TextField(_("reason"), max_length=1000)
    # Whose account a warning went to or was suspended (also kept when the account is gone: the id in object_id).
    account = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    report = models.ForeignKey(Report, on_delete=models.SET_NULL, null=True, blank=True, related_name="audit")
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("moderation audit entry")
        verbose_name_plural = _("moderation audit log")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.action} {self.kind} {self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ValueError("The moderation audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise ValueError("The moderation audit log is append-only.")
