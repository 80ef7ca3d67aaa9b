"""The articles, revisions and helpful votes of a person, for the export and the account deletion (techpaten/privacy).

Deleting an account deletes the person's drafts and votes; published articles and the revisions the person wrote
stay in the knowledge base (other volunteers built on them), signed "deleted user".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import F
from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category, field_labels
from techpaten.core import page_cache

from .models import Article, ArticleRevision, HelpfulVote

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class KnowledgeData(Category):
    key = "knowledge"
    title = _("Knowledge base")
    description = _("Articles you started, the revisions you saved, and your answers to “Was this helpful?”.")
    labels = {
        **field_labels(Article, "title", "status", "created_at", "published_at"),
        **field_labels(ArticleRevision, "number", "note"),
        "articles": _("articles you started"),
        "revisions": _("revisions you saved"),
        "votes": _("your answers to “Was this helpful?”"),
        "article": _("article"),
        "saved_at": _("saved"),
        "helpful": _("helpful"),
    }
    covers = (
        "knowledge.Article.author",
        "knowledge.Article.hidden_by",
        "knowledge.ArticleRevision.author",
        "knowledge.HelpfulVote.user",
    )

    def export(self, user: User) -> dict[str, Any]:
        return {
            "articles": [
                {
                    "title": a.title,
                    "status": a.get_status_display(),
                    "created_at": a.created_at,
                    "published_at": a.published_at,
                }
                for a in Article.objects.filter(author=user).order_by("created_at", "pk")
            ],
            "revisions": [
                {"article": r.article.title, "number": r.number, "note": r.note, "saved_at": r.created_at}
                for r in ArticleRevision.objects.filter(author=user).select_related("article").order_by("pk")
            ],
            "votes": [
                {"article": v.article.title, "helpful": v.helpful}
                for v in HelpfulVote.objects.filter(user=user).select_related("article").order_by("pk")
            ],
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        drafts, _by_model = Article.objects.filter(author=user, status=Article.Status.DRAFT).delete()
        articles = Article.objects.filter(author=user).update(author=None)
        revisions = ArticleRevision.objects.filter(author=user).update(author=None)
        Article.objects.filter(hidden_by=user).update(hidden_by=None)
        votes = 0
        for vote in HelpfulVote.objects.filter(user=user):
            counter = "helpful_count" if vote.helpful else "unhelpful_count"
            Article.objects.filter(pk=vote.article_id).update(**{counter: F(counter) - 1})
            vote.delete()
            votes += 1
        page_cache.invalidate()
        return {
            "article_drafts_deleted": drafts,
            "articles_anonymised": articles,
            "article_revisions_anonymised": revisions,
            "article_votes_deleted": votes,
        }
