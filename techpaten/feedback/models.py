"""Short reviews after a need is closed: the organisation about a volunteer, a volunteer about the organisation.

Shown on the reviewed side's profile; the reviewed person (or the organisation's admin) may reply once.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from techpaten.needs.models import Need
from techpaten.organisations.models import Organisation


class Feedback(models.Model):
    class Direction(models.TextChoices):
        ABOUT_VOLUNTEER = "volunteer", _("about a volunteer")
        ABOUT_ORGANISATION = "organisation", _("about the organisation")

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="feedback")
    direction = models.CharField(max_length=12, choices=Direction.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="feedback_written"
    )
    # Exactly one subject, by direction: a volunteer, or the organisation.
    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="feedback_received"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, blank=True, related_name="feedback_received"
    )
    text = models.TextField(_("your review"), max_length=1000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    reply = models.TextField(_("reply"), max_length=1000, blank=True)
    replied_at = models.DateTimeField(_("replied"), null=True, blank=True)
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        # "review" of the catalogue is a vetting (Prüfbericht); this one is a testimonial (Bewertung).
        verbose_name = pgettext_lazy("after an engagement", "review")
        verbose_name_plural = pgettext_lazy("after an engagement", "reviews")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(direction="volunteer", volunteer__isnull=False, organisation__isnull=True))
                | (Q(direction="organisation", organisation__isnull=False, volunteer__isnull=True)),
                name="feedback_has_one_subject",
            ),
            # One review per need, author and subject.
            models.UniqueConstraint(
                fields=["need", "author", "volunteer"],
                condition=Q(direction="volunteer"),
                name="one_review_per_volunteer_and_need",
            ),
            models.UniqueConstraint(
                fields=["need", "author"], condition=Q(direction="organisation"), name="one_review_of_organisation"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.need} · {self.direction}"
