"""Writing, publishing, restoring, voting on and hiding articles. Views call these inside `transaction.atomic`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.text import slugify
from django.utils.translation import gettext as _

from techpaten.core import page_cache
from techpaten.core.rules import RuleViolation

from . import access
from .models import Article, ArticleRevision, HelpfulVote, Tag

if TYPE_CHECKING:
    from techpaten.accounts.models import User

MAX_TAGS = 10
TAG_MAX_LENGTH = 40


@dataclass
class Content:
    """What an editor sends: the versioned text and the categories."""

    title: str
    summary: str
    body: str
    note: str
    categories: dict[str, Iterable[Any]] = field(default_factory=dict)  # use_cases, solutions, … → objects
    tags: list[str] = field(default_factory=list)


def parse_tags(text: str) -> list[str]:
    """Comma-separated words → distinct lower-case tags, in the order written."""
    tags: list[str] = []
    for raw in (text or "").split(","):
        tag = " ".join(raw.split()).lower()
        if tag and tag not in tags:
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise RuleViolation(_("Please use at most %(count)d tags.") % {"count": MAX_TAGS})
    if any(len(tag) > TAG_MAX_LENGTH for tag in tags):
        raise RuleViolation(_("A tag may have at most %(count)d characters.") % {"count": TAG_MAX_LENGTH})
    return tags


def _unique_slug(title: str) -> str:
    base = slugify(title)[:60].strip("-") or "artikel"
    slug = base
    while Article.objects.filter(slug=slug).exists():
        slug = f"{base}-{get_random_string(4, 'abcdefghijkmnpqrstuvwxyz23456789')}"
    return slug


def _set_categories(article: Article, content: Content) -> None:
    for name, objects in content.categories.items():
        getattr(article, name).set(list(objects))
    article.tags.set([Tag.objects.get_or_create(name=name)[0] for name in content.tags])


def _revise(article: Article, author: User, note: str, restored_from: int | None = None) -> ArticleRevision:
    last = article.revisions.order_by("-number").values_list("number", flat=True).first() or 0
    return ArticleRevision.objects.create(
        article=article,
        number=last + 1,
        title=article.title,
        summary=article.summary,
        body=article.body,
        author=author,
        note=note,
        restored_from=restored_from,
    )


@transaction.atomic
def create_article(author: User, content: Content) -> Article:
    if not access.may_write(author):
        raise RuleViolation(_("Only volunteers and the platform team can write articles."))
    article = Article.objects.create(
        slug=_unique_slug(content.title),
        title=content.title,
        summary=content.summary,
        body=content.body,
        author=author,
    )
    _set_categories(article, content)
    _revise(article, author, content.note or _("First version"))
    return article


@transaction.atomic
def edit_article(article: Article, editor: User, content: Content) -> ArticleRevision | None:
    """Save the editor's changes as a new revision; None when the text did not change (only categories, if any)."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    if not access.may_edit(editor, article):
        raise RuleViolation(_("You cannot edit this article."))
    _set_categories(article, content)
    if (article.title, article.summary, article.body) == (content.title, content.summary, content.body):
        article.save(update_fields=["updated_at"])
        return None
    if not content.note.strip():
        raise RuleViolation(_("Please say in a few words what you changed."))
    article.title, article.summary, article.body = content.title, content.summary, content.body
    article.save(update_fields=["title", "summary", "body", "updated_at"])
    return _revise(article, editor, content.note)


@transaction.atomic
def restore_revision(article: Article, editor: User, number: int) -> ArticleRevision:
    """Make an old revision's text the current one: a new revision, so the history keeps every step."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    if not access.may_edit(editor, article):
        raise RuleViolation(_("You cannot edit this article."))
    old = article.revisions.filter(number=number).first()
    if old is None:
        raise RuleViolation(_("This revision does not exist."))
    if (article.title, article.summary, article.body) == (old.title, old.summary, old.body):
        raise RuleViolation(_("The article already has the text of this revision."))
    article.title, article.summary, article.body = old.title, old.summary, old.body
    article.save(update_fields=["title", "summary", "body", "updated_at"])
    return _revise(article, editor, _("Restored revision %(number)d") % {"number": number}, restored_from=number)


@transaction.atomic
def publish_article(article: Article, by: User) -> Article:
    article = Article.objects.select_for_update().get(pk=article.pk)
    if not access.may_publish(by, article):
        raise RuleViolation(_("This article cannot be published now."))
    article.status = Article.Status.PUBLISHED
    article.published_at = timezone.now()
    article.save(update_fields=["status", "published_at", "updated_at"])
    return article


@transaction.atomic
def vote(article: Article, user: User, helpful: bool) -> HelpfulVote:
    """Record or change the reader's answer; the article's counters follow in the same transaction."""
    locked = Article.objects.select_for_update().get(pk=article.pk)
    if not access.may_vote(user, locked):
        raise RuleViolation(_("You can only rate published articles."))
    existing = HelpfulVote.objects.filter(article=locked, user=user).first()
    if existing is not None and existing.helpful == helpful:
        return existing
    changes: dict[str, Any] = {}
    if existing is not None:
        gone = "helpful_count" if existing.helpful else "unhelpful_count"
        changes[gone] = F(gone) - 1
        existing.helpful = helpful
        existing.save(update_fields=["helpful", "updated_at"])
        answer = existing
    else:
        answer = HelpfulVote.objects.create(article=locked, user=user, helpful=helpful)
    added = "helpful_count" if helpful else "unhelpful_count"
    changes[added] = F(added) + 1
    Article.objects.filter(pk=locked.pk).update(**changes)
    page_cache.invalidate()  # update() sends no signal; the need page lists articles most helpful first
    return answer


@transaction.atomic
def hide_article(article: Article, by: User, reason: str) -> Article:
    """Moderation: take the article out of every list, search and page for everyone but staff (and its author)."""
    article = Article.objects.select_for_update().get(pk=article.pk)
    article.hidden_at = timezone.now()
    article.hidden_by = by
    article.hidden_reason = reason[:500]
    article.save(update_fields=["hidden_at", "hidden_by", "hidden_reason", "updated_at"])
    return article


@transaction.atomic
def unhide_article(article: Article, by: User) -> Article:
    article = Article.objects.select_for_update().get(pk=article.pk)
    article.hidden_at = None
    article.hidden_by = None
    article.hidden_reason = ""
    article.save(update_fields=["hidden_at", "hidden_by", "hidden_reason", "updated_at"])
    return article
