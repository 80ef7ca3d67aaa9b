from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation
from techpaten.needs.forms import NeedSearchForm

from . import filters as search_filters
from . import services, tokens
from .access import saved_search_for_owner
from .forms import ChangeSearchForm, SaveSearchForm
from .models import SavedSearch


@login_required
@require_POST
def save(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Save the search shown on the listing (its filters come as the form's hidden fields)."""
    search_form = NeedSearchForm(request.POST)
    form = SaveSearchForm(request.POST)
    if search_form.is_valid() and form.is_valid():
        try:
            services.save_search(
                request.user,
                search_form.cleaned_data,
                name=form.cleaned_data["name"],
                frequency=form.cleaned_data["frequency"],
            )
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your search is saved. New needs come by e-mail."))
            return redirect("alerts:list")
    context = {"form": form, "search_form": search_form, "hidden_filters": _posted_filters(request)}
    if search_form.is_valid():
        context["search_query"] = search_filters.query_string(search_filters.from_cleaned(search_form.cleaned_data))
    return render(request, "alerts/save.html", context)


def _posted_filters(request: HttpRequest) -> list[tuple[str, str]]:
    return [(key, request.POST[key]) for key in search_filters.KEYS if request.POST.get(key)]


@login_required
def saved_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    searches = SavedSearch.objects.filter(user=request.user).order_by("-created_at", "-pk")
    rows = [
        {
            "search": search,
            "search_url": f"{reverse('needs:list')}?{search_filters.query_string(search.filters)}",
            "form": ChangeSearchForm(initial={"name": search.name, "frequency": search.frequency}),
        }
        for search in searches
    ]
    return render(request, "alerts/list.html", {"rows": rows, "needs_url": reverse("needs:list")})


@login_required
@require_POST
def change(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    search = saved_search_for_owner(request, pk)
    form = ChangeSearchForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return redirect("alerts:list")
    services.change(search, frequency=form.cleaned_data["frequency"], name=form.cleaned_data["name"])
    messages.success(request, _("Your saved search is changed."))
    return redirect("alerts:list")


@login_required
@require_POST
def delete(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    search = saved_search_for_owner(request, pk)
    services.delete(search)
    messages.success(request, _("The saved search is deleted."))
    return redirect("alerts:list")


def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The link in a digest: a page to confirm (GET), then the e-mails stop (POST). No login needed: the signed
    token is the permission (alerts.tokens)."""
    target = tokens.read(token)
    searches = list(target.searches()) if target is not None else []
    if target is None or (target.search_id is not None and not searches):
        return render(request, "alerts/unsubscribe_invalid.html", status=400)
    if request.method == "POST":
        services.unsubscribe(target)
        return render(request, "alerts/unsubscribed.html", {"searches": searches, "all": target.search_id is None})
    return render(request, "alerts/unsubscribe.html", {"searches": searches, "all": target.search_id is None})


@csrf_exempt  # RFC 8058: the mail program posts without a page (and so without a CSRF token); the token decides
def one_click(request: HttpRequest, token: str) -> HttpResponse:
    """`List-Unsubscribe-Post: List-Unsubscribe=One-Click`: a POST stops the e-mails at once. A GET (a person who
    opened the address) goes to the page that asks first."""
    if request.method != "POST":
        return redirect("alerts:unsubscribe", token=token)
    target = tokens.read(token)
    if target is None:
        return render(request, "alerts/unsubscribe_invalid.html", status=400)
    services.unsubscribe(target)
    return render(request, "alerts/unsubscribed.html", {"all": target.search_id is None})
