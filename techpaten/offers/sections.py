"""What the offers app adds to the need page (techpaten/core/sections.py): the offers for the organisation's members,
and for everybody else whether and how they may offer help (rules.refusal)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from techpaten.core.sections import Section, register
from techpaten.needs.models import Need
from techpaten.organisations.access import is_member

from . import rules
from .models import Offer


@register("needs.detail", order=30)
def offers_on_need(request: HttpRequest, need: Need, state: Mapping[str, Any]) -> Section:
    user = request.user
    if is_member(user, need.organisation_id):
        offers = list(need.offers.select_related("volunteer", "volunteer__volunteer_profile").order_by("-created_at"))
        return Section("offers/_need_section.html", {"need": need, "offers": offers})
    my_offer = (
        Offer.objects.filter(need=need, volunteer_id=user.pk).order_by("-created_at").first()
        if user.is_authenticated
        else None
    )
    return Section(
        "offers/_need_section.html",
        {"need": need, "offers": None, "my_offer": my_offer, "refused": rules.refusal(user, need)},
    )
