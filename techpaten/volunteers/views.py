from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.core.sections import collect

from .access import profile_for_viewer
from .forms import VolunteerProfileForm
from .models import VolunteerProfile


@login_required
def edit_profile(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Create or edit one's own volunteer profile (there is only ever one per person)."""
    user = request.user
    profile = VolunteerProfile.objects.filter(user=user).first()
    is_new = profile is None
    initial = {"display_name": user.display_name} if is_new else None
    form = VolunteerProfileForm(request.POST or None, instance=profile, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = form.save(commit=False)
            saved.user = user
            saved.save()
            form.save_m2m()
        if is_new:
            messages.success(request, _("Your volunteer profile is ready. Now find needs that fit you."))
        else:
            messages.success(request, _("Your profile has been saved."))
        return redirect("volunteers:detail", pk=saved.pk)
    return render(request, "volunteers/form.html", {"form": form, "profile": profile})


@login_required
def detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    profile = profile_for_viewer(request, pk)
    return render(
        request,
        "volunteers/detail.html",
        {
            "profile": profile,
            "skills": list(profile.skills.all()),
            "sectors": list(profile.sectors.all()),
            "is_owner": profile.user_id == request.user.pk,
            "may_report": profile.user_id != request.user.pk,
            # The reviews organisations wrote (feedback), added from above (techpaten/core/sections.py).
            "sections": collect("volunteers.detail", request, profile),
        },
    )
