from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.markdown import render_article
from techpaten.core.pagination import KeysFirst, page_of
from techpaten.core.rules import RuleViolation

from . import access, diff, services
from .forms import ArticleForm, CompareForm, SearchForm, VoteForm
from .models import Article, ArticleRevision, HelpfulVote
from .queries import CANDIDATE_CAP, for_list, search_articles

PER_PAGE = 20
TOC_MIN_HEADINGS = 3  # a table of contents from this many headings on


def listing(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    staff = access.is_staff(request.user)  # staff also see what moderation hid, marked
    articles = search_articles(form.cleaned_data, include_hidden=staff) if form.is_valid() else Article.objects.none()
    page = page_of(KeysFirst(articles, for_list), request.GET.get("page"), PER_PAGE, cap=CANDIDATE_CAP)
    context = {"form": form, "page_obj": page, "may_write": access.may_write(request.user)}
    return render(request, "knowledge/list.html", context)


@login_required
def mine(request: AuthenticatedHttpRequest) -> HttpResponse:
    access.writer(request)
    articles = Article.objects.filter(author=request.user).order_by("-updated_at", "-pk")
    page = page_of(articles, request.GET.get("page"), PER_PAGE)
    return render(request, "knowledge/mine.html", {"page_obj": page})


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = access.article_for_reader(request, slug)
    rendered = render_article(article.body)
    my_vote = None
    if request.user.is_authenticated:
        answers = HelpfulVote.objects.filter(article=article, user_id=request.user.pk)
        my_vote = answers.values_list("helpful", flat=True).first()
    context = {
        "article": article,
        "html": rendered.html,
        "toc": rendered.headings if len(rendered.headings) >= TOC_MIN_HEADINGS else (),
        "use_cases": article.use_cases.all(),
        "solutions": article.solutions.order_by("position", "name"),
        "requirements": article.requirements.order_by("position", "code"),
        "sectors": article.sectors.all(),
        "skills": article.skills.all(),
        "tags": article.tags.all(),
        "last_revision": article.revisions.select_related("author", "author__volunteer_profile").first(),
        "may_edit": access.may_edit(request.user, article),
        "may_publish": access.may_publish(request.user, article),
        "may_vote": access.may_vote(request.user, article),
        # Anyone logged in may report a published article (techpaten/moderation), not its author.
        "may_report": article.is_published and request.user.is_authenticated and article.author_id != request.user.pk,
        "my_vote": my_vote,
    }
    return render(request, "knowledge/detail.html", context)


@login_required
def create(request: AuthenticatedHttpRequest) -> HttpResponse:
    access.writer(request)
    form = ArticleForm(request.POST or None, new=True)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                article = services.create_article(request.user, form.content())
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your draft is saved. Only you and the platform team can see it."))
            return redirect("knowledge:detail", slug=article.slug)
    return render(request, "knowledge/form.html", {"form": form, "article": None})


@login_required
def edit(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    article = access.article_for_editor(request, slug)
    form = ArticleForm(request.POST or None, initial=ArticleForm.initial_for(article))
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                revision = services.edit_article(article, request.user, form.content())
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            if revision is None:
                messages.success(request, _("Saved. The text is unchanged, so there is no new revision."))
            else:
                messages.success(request, _("Saved as revision %(number)d.") % {"number": revision.number})
            return redirect("knowledge:detail", slug=article.slug)
    return render(request, "knowledge/form.html", {"form": form, "article": article})


@login_required
@require_POST
def publish(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    article = access.article_for_reader(request, slug)
    if not access.may_edit(request.user, article):
        raise Http404
    try:
        with transaction.atomic():
            services.publish_article(article, request.user)
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The article is published."))
    return redirect("knowledge:detail", slug=article.slug)


@login_required
@require_POST
def vote(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    article = access.article_for_reader(request, slug)
    form = VoteForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(error) for error in form.errors["helpful"]))
        return redirect("knowledge:detail", slug=article.slug)
    try:
        with transaction.atomic():
            services.vote(article, request.user, form.cleaned_data["helpful"])
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Thank you for your answer."))
    return redirect("knowledge:detail", slug=article.slug)


def history(request: HttpRequest, slug: str) -> HttpResponse:
    article = access.article_for_reader(request, slug)
    revisions = article.revisions.select_related("author", "author__volunteer_profile").order_by("-number")
    page = page_of(revisions, request.GET.get("page"), 50)
    context = {"article": article, "page_obj": page, "may_edit": access.may_edit(request.user, article)}
    return render(request, "knowledge/history.html", context)


def _revision(article: Article, number: int) -> ArticleRevision:
    found = article.revisions.select_related("author").filter(number=number).first()
    if found is None:
        raise Http404
    return found


def revision(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    article = access.article_for_reader(request, slug)
    old = _revision(article, number)
    context = {
        "article": article,
        "revision": old,
        "html": render_article(old.body).html,
        "may_edit": access.may_edit(request.user, article),
    }
    return render(request, "knowledge/revision.html", context)


def compare(request: HttpRequest, slug: str) -> HttpResponse:
    article = access.article_for_reader(request, slug)
    form = CompareForm(request.GET)
    if not form.is_valid():
        return render(request, "knowledge/compare.html", {"article": article, "form": form}, status=400)
    newest = article.revisions.order_by("-number").values_list("number", flat=True).first() or 1
    new_number = form.cleaned_data["new"] or newest
    old_number = form.cleaned_data["old"] or max(new_number - 1, 1)
    numbers = sorted((old_number, new_number))
    old, new = _revision(article, numbers[0]), _revision(article, numbers[1])
    fields = ("title", "summary", "body")
    changes = diff.compare({f: getattr(old, f) for f in fields}, {f: getattr(new, f) for f in fields})
    labels = {"title": _("Title"), "summary": _("Summary"), "body": _("Text")}
    context = {
        "article": article,
        "form": form,
        "old": old,
        "new": new,
        "changes": [(labels[change.name], change) for change in changes],
    }
    return render(request, "knowledge/compare.html", context)


@login_required
@require_POST
def restore(request: AuthenticatedHttpRequest, slug: str, number: int) -> HttpResponse:
    article = access.article_for_editor(request, slug)
    _revision(article, number)
    try:
        with transaction.atomic():
            new = services.restore_revision(article, request.user, number)
    except RuleViolation as error:
        messages.error(request, " ".join(error.messages))
        return redirect("knowledge:history", slug=article.slug)
    messages.success(
        request, _("Revision %(old)d is restored as revision %(new)d.") % {"old": number, "new": new.number}
    )
    return redirect("knowledge:detail", slug=article.slug)
