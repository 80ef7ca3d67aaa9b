"""Finding articles: by words (the full-text index), use case, sector, solution, tag; most helpful first."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet

from techpaten.core import fulltext

from . import search_index
from .models import Article

# Relevance is ranked among at most this many of the most helpful matches (as the needs search does).
CANDIDATE_CAP = 1000
SUGGESTIONS = 5  # articles shown on a need, solution or requirement page


def search_articles(filters: Mapping[str, Any], *, include_hidden: bool = False) -> QuerySet[Article]:
    """Public articles matching `filters` (q, use_case, sector, solution, tag; each optional). With words, articles
    whose title holds them come first; otherwise and within that, most helpful first. `include_hidden`: also the
    published articles moderation has hidden (for staff)."""
    articles = Article.objects.public()
    if include_hidden:
        articles = Article.objects.filter(status=Article.Status.PUBLISHED)
    for key, through, column in (
        ("use_case", Article.use_cases.through, "usecase"),
        ("sector", Article.sectors.through, "sector"),
        ("solution", Article.solutions.through, "solution"),
        ("tag", Article.tags.through, "tag"),
    ):
        value = filters.get(key)
        if value:
            articles = articles.filter(Exists(through.objects.filter(article=OuterRef("pk"), **{column: value})))
    words = (filters.get("q") or "").strip()
    if not words:
        return articles.most_helpful_first()
    query = fulltext.parse(words)
    matches = search_index.matching(articles, query)
    candidates = matches.order_by("-helpful_count", "-published_at", "-pk").values("pk")[:CANDIDATE_CAP]
    return (
        Article.objects.filter(pk__in=candidates)
        .alias(relevance=search_index.relevance(query))
        .order_by("-relevance", "-helpful_count", "-published_at", "-pk")
    )


def for_list(articles: QuerySet[Article]) -> QuerySet[Article]:
    """What a list row shows: the author's name and the use cases (one query for all rows)."""
    return articles.select_related("author", "author__volunteer_profile").prefetch_related("use_cases").defer("body")


def about(relation: str, obj: Any, limit: int = SUGGESTIONS) -> list[Article]:
    """The most helpful public articles linked to `obj` through `relation` (solutions, requirements): one query."""
    through = getattr(Article, relation).field.remote_field.through
    column = getattr(Article, relation).field.m2m_reverse_field_name()
    linked = through.objects.filter(article=OuterRef("pk"), **{column: obj})
    return list(
        Article.objects.public().filter(Exists(linked)).most_helpful_first().only("slug", "title", "summary")[:limit]
    )


def for_use_cases(use_case_ids: QuerySet[Any], limit: int = SUGGESTIONS) -> list[Article]:
    """The most helpful public articles about any of these use cases (a subquery of ids): one query."""
    linked = Article.use_cases.through.objects.filter(article=OuterRef("pk"), usecase__in=use_case_ids)
    return list(
        Article.objects.public().filter(Exists(linked)).most_helpful_first().only("slug", "title", "summary")[:limit]
    )


def _suggested(linked: QuerySet[Any], limit: int) -> list[Article]:
    articles = Article.objects.public().filter(Exists(linked)).most_helpful_first()
    return list(articles.only("slug", "title", "summary")[:limit])
