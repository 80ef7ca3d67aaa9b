from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.offers.models import Offer


class Message(models.Model):
    """A message in the conversation of one offer, between the volunteer and the organisation's members.

    `author` becomes NULL when the account is deleted: the conversation stays readable for the other side.
    """

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    body = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)
    # Hidden by moderation (techpaten/moderation through `services.hide_message`): the others see a placeholder, the
    # author the message and the reason.
    hidden_at = models.DateTimeField(_("hidden by moderation"), null=True, blank=True)
    hidden_reason = models.TextField(_("reason for hiding"), max_length=1000, blank=True)

    withheld = False  # per viewer, set by queries.message_page: hidden by moderation and not theirs to read

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]
        # The offer page reads a conversation newest first, a page at a time (conversations.queries).
        indexes = [models.Index(fields=["offer", "-id"], name="conversation_newest_first")]

    def __str__(self) -> str:
        return f"#{self.pk} in offer {self.offer_id}"


class ReadMarker(models.Model):
    """How far a person has read a conversation: messages after `last_read_id` not written by them are unread.

    Written when the person opens the newest page of the conversation (sections.conversation); no row means
    nothing read yet.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="read_markers")
    last_read_id = models.BigIntegerField(_("last read message"))

    class Meta:
        verbose_name = _("read marker")
        verbose_name_plural = _("read markers")
        constraints = [models.UniqueConstraint(fields=["user", "offer"], name="one_read_marker_per_conversation")]

    def __str__(self) -> str:
        return f"{self.user_id} read offer {self.offer_id} up to #{self.last_read_id}"
