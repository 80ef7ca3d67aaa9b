from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.taxonomy.models import Sector, Skill


class VolunteerProfile(models.Model):
    """What a volunteer admin offers: skills, where and how much. Hidden profiles are not listed anywhere."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profile")
    display_name = models.CharField(_("display name"), max_length=80)
    bio = models.TextField(_("about me"), max_length=2000, blank=True)
    skills = models.ManyToManyField(Skill, blank=True, related_name="volunteers", verbose_name=_("skills"))
    sectors = models.ManyToManyField(
        Sector, blank=True, related_name="volunteers", verbose_name=_("sectors I care about")
    )
    plz = models.CharField(_("postcode (PLZ)"), max_length=5)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))
    radius_km = models.PositiveSmallIntegerField(
        _("travel radius (km)"), default=20, validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    remote_ok = models.BooleanField(_("I can also help remotely"), default=True)
    hours_per_month = models.PositiveSmallIntegerField(
        _("hours per month"), default=4, validators=[MinValueValidator(1), MaxValueValidator(160)]
    )
    is_public = models.BooleanField(
        _("show my profile to organisations"),
        default=True,
        help_text=_("Hidden profiles do not appear in any listing; organisations you offer help to still see them."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("volunteer profile")
        verbose_name_plural = _("volunteer profiles")
        indexes = [models.Index(fields=["latitude", "longitude"])]

    def __str__(self) -> str:
        return self.display_name
