"""Who may write and edit reviews of the catalogue's solutions: registered reviewers, each their own reviews.

The catalogue itself is public. Everybody who is not let in gets 404, so nobody learns which drafts exist.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from techpaten.accounts.access import is_reviewer

from .models import Review, Solution
from .reviews import may_edit


def solution_for_reviewer(request: HttpRequest, slug: str) -> Solution:
    """The solution a registered reviewer is about to review; 404 for everybody else."""
    if not is_reviewer(request.user):
        raise Http404
    return get_object_or_404(Solution, slug=slug)


def review_for_author(request: HttpRequest, pk: int) -> Review:
    """A review its author may edit, while they are still a reviewer; 404 for everybody else (other reviewers too)."""
    review = get_object_or_404(Review.objects.select_related("solution"), pk=pk)
    if not may_edit(request.user, review):
        raise Http404
    return review
