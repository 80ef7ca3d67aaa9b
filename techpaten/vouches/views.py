from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.rules import RuleViolation
from techpaten.volunteers.access import profile_for_viewer

from . import services
from .forms import VouchForm
from .models import Vouch


@login_required
def edit(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Write or change one's vouch for the volunteer with profile `pk`; 404 without a shared engagement."""
    profile = profile_for_viewer(request, pk)
    if not services.may_vouch(request.user, profile.user_id):
        raise Http404
    mine = Vouch.objects.filter(author=request.user, subject_id=profile.user_id).first()
    form = VouchForm(request.POST or None, initial={"statement": mine.statement} if mine else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_vouch(request.user, profile.user_id, form.cleaned_data["statement"])
        except RuleViolation as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your vouch is saved."))
            return redirect("volunteers:detail", pk=profile.pk)
    return render(request, "vouches/edit.html", {"form": form, "profile": profile, "mine": mine})


@login_required
@require_POST
def withdraw(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    profile = profile_for_viewer(request, pk)
    if not services.withdraw(request.user, profile.user_id):
        raise Http404
    messages.success(request, _("Your vouch is withdrawn."))
    return redirect("volunteers:detail", pk=profile.pk)
