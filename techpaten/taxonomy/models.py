"""Taxonomies are data, not code, so the platform can grow into other volunteer fields.

Each term carries its German and English name; `name` picks the active language.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Term(models.Model):
    slug = models.SlugField(_("key"), max_length=60, unique=True)
    name_de = models.CharField(_("name (German)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name_de"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_en if (get_language() or "de").startswith("en") else self.name_de


class Sector(Term):
    """Kita, Schule, WG, Verein, … (Sparte)."""

    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class Skill(Term):
    """What volunteers bring: Linux-Server, Nextcloud, …"""

    class Meta(Term.Meta):
        verbose_name = _("skill")
        verbose_name_plural = _("skills")


class UseCase(Term):
    """What an organisation wants to do: photo sharing, files, … A use case suggests skills."""

    suggested_skills = models.ManyToManyField(
        Skill, blank=True, related_name="use_cases", verbose_name=_("suggested skills")
    )

    class Meta(Term.Meta):
        verbose_name = _("use case")
        verbose_name_plural = _("use cases")
