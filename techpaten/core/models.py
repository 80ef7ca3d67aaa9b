from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Page(models.Model):
    """Editable text pages (imprint, privacy notice) in Markdown, German and English; staff edit them in the admin."""

    slug = models.SlugField(_("key"), unique=True)
    title_de = models.CharField(_("title (German)"), max_length=120)
    title_en = models.CharField(_("title (English)"), max_length=120)
    body_de = models.TextField(_("text (German, Markdown)"))
    body_en = models.TextField(_("text (English, Markdown)"))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self) -> str:
        return self.slug

    def _english(self) -> bool:
        return (get_language() or "de").startswith("en")

    @property
    def title(self) -> str:
        return self.title_en if self._english() else self.title_de

    @property
    def body(self) -> str:
        return self.body_en if self._english() else self.body_de
