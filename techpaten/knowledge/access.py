"""Who may read, write and edit articles (the one place these rules live).

- Reading: a published article that is not hidden, for everyone (also without login). A draft: its author and
  staff. A hidden article: staff, and its author (who sees why). Everyone else gets 404, as if it did not exist.
- Writing a new article: volunteers (an account with a volunteer profile) and staff.
- Editing and restoring an old revision: a draft only by its author and staff; a published article like a wiki by
  its author, staff and any volunteer, since many hands keep a how-to current. Every edit is a revision with its
  author, so nothing is lost and staff can restore or hide. A hidden article is edited by staff only.
- Publishing a draft: its author and staff.
- Voting "was this helpful": any logged-in reader of a published article.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest

from .models import Article


def is_staff(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_staff)


def is_volunteer(user: Any) -> bool:
    from techpaten.volunteers.models import VolunteerProfile

    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return VolunteerProfile.objects.filter(user_id=user.pk).exists()


def may_write(user: Any) -> bool:
    return is_staff(user) or is_volunteer(user)


def is_author(user: Any, article: Article) -> bool:
    return bool(getattr(user, "is_authenticated", False) and article.author_id == user.pk)


def may_read(user: Any, article: Article) -> bool:
    if is_staff(user):
        return True
    if is_author(user, article):
        return True
    return article.is_published and not article.is_hidden


def may_edit(user: Any, article: Article) -> bool:
    if is_staff(user):
        return True
    if article.is_hidden:
        return False
    if is_author(user, article):
        return True
    return article.is_published and is_volunteer(user)


def may_publish(user: Any, article: Article) -> bool:
    return not article.is_published and (is_staff(user) or (is_author(user, article) and not article.is_hidden))


def may_vote(user: Any, article: Article) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and article.is_published and not article.is_hidden


def article_for_reader(request: HttpRequest, slug: str) -> Article:
    article = Article.objects.select_related("author", "author__volunteer_profile").filter(slug=slug).first()
    if article is None or not may_read(request.user, article):
        raise Http404
    return article


def article_for_editor(request: HttpRequest, slug: str) -> Article:
    article = article_for_reader(request, slug)
    if not may_edit(request.user, article):
        raise Http404
    return article


def writer(request: HttpRequest) -> None:
    """Raise 404 unless the person may write articles (volunteers and staff)."""
    if not may_write(request.user):
        raise Http404
