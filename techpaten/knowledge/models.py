"""The knowledge base: articles in Markdown by volunteers and staff, every edit a revision, helpful votes.

An article's current text lives on the article (what lists and the search index read); each save also writes an
ArticleRevision with the same text, so the history is complete from the first version and restoring an old one is
a new revision. The categories (use cases, solutions, requirements, sectors, skills, tags) are not versioned.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techpaten.catalogue.models import Solution
from techpaten.compliance.models import Requirement
from techpaten.taxonomy.models import Sector, Skill, UseCase

TITLE_MAX_LENGTH = 160
SUMMARY_MAX_LENGTH = 400
BODY_MAX_LENGTH = 60_000
NOTE_MAX_LENGTH = 200


class Tag(models.Model):
    """A free keyword (e.g. "restic", "Kita"); kept lower-case and unique so that the same word is one tag."""

    name = models.CharField(_("name"), max_length=40, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name


class ArticleQuerySet(models.QuerySet["Article"]):
    def public(self) -> ArticleQuerySet:
        """Published and not hidden by moderation: what lists, the search and the sections show."""
        return self.filter(status=Article.Status.PUBLISHED, hidden_at__isnull=True)

    def most_helpful_first(self) -> ArticleQuerySet:
        return self.order_by("-helpful_count", "-published_at", "-pk")


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")

    slug = models.SlugField(_("address"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    summary = models.TextField(_("summary"), max_length=SUMMARY_MAX_LENGTH)
    body = models.TextField(_("text"), max_length=BODY_MAX_LENGTH)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("author"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    use_cases = models.ManyToManyField(UseCase, blank=True, related_name="articles", verbose_name=_("use cases"))
    solutions = models.ManyToManyField(Solution, blank=True, related_name="articles", verbose_name=_("solutions"))
    requirements = models.ManyToManyField(
        Requirement, blank=True, related_name="articles", verbose_name=_("requirements")
    )
    sectors = models.ManyToManyField(Sector, blank=True, related_name="articles", verbose_name=_("sectors"))
    skills = models.ManyToManyField(Skill, blank=True, related_name="articles", verbose_name=_("skills"))
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles", verbose_name=_("tags"))
    # Stored counters of the helpful votes (kept by services.vote): the list sorts by them without counting rows.
    helpful_count = models.PositiveIntegerField(_("found it helpful"), default=0)
    unhelpful_count = models.PositiveIntegerField(_("did not find it helpful"), default=0)
    # Moderation (services.hide_article): a hidden article is shown to staff only.
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=500, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hidden by"),
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(
                fields=["-helpful_count", "-published_at", "-id"],
                name="knowledge_article_helpful",
                condition=models.Q(status="published", hidden_at__isnull=True),
            ),
            models.Index(fields=["author", "status"], name="knowledge_article_author"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None


class ArticleRevision(models.Model):
    """One saved version of an article's text, with who wrote it, when and why."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    summary = models.TextField(_("summary"), max_length=SUMMARY_MAX_LENGTH)
    body = models.TextField(_("text"), max_length=BODY_MAX_LENGTH)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="article_revisions",
        verbose_name=_("author"),
    )
    note = models.CharField(_("change note"), max_length=NOTE_MAX_LENGTH)
    restored_from = models.PositiveIntegerField(_("restored from revision"), null=True, blank=True)
    created_at = models.DateTimeField(_("saved"), auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        constraints = [models.UniqueConstraint(fields=["article", "number"], name="knowledge_revision_number")]

    def __str__(self) -> str:
        return f"{self.article_id} #{self.number}"


class HelpfulVote(models.Model):
    """A logged-in reader's answer to "Was this helpful?"; one per reader and article, changeable."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="article_votes")
    helpful = models.BooleanField(_("helpful"))
    updated_at = models.DateTimeField(_("answered"), auto_now=True)

    class Meta:
        verbose_name = _("helpful vote")
        verbose_name_plural = _("helpful votes")
        constraints = [models.UniqueConstraint(fields=["article", "user"], name="knowledge_vote_once")]

    def __str__(self) -> str:
        return f"{self.article_id}: {self.helpful}"
