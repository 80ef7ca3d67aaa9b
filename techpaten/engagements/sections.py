"""What the engagements app adds to the pages of the apps below it (techpaten/core/sections.py).

The organisation's contact details everywhere they appear (organisation, need and offer pages), after one rule:
access.may_see_contact. On the offer page also the way to the engagement, and why an accepted offer no longer
opens contact, conversation and meetings (standing.py); on the need page the "backup wanted" notice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext as _

from techpaten.core.sections import Section, register
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.access import is_member
from techpaten.organisations.models import Organisation

from .access import may_read_engagement, may_see_contact
from .models import Engagement, EngagementNeed
from .standing import standing


def contact(
    user: Any, organisation: Organisation, heading: str | Promise, hidden_text: str | Promise = ""
) -> Section | None:
    """The contact details for whom may see them; else `hidden_text` (if any) under the heading, else nothing."""
    visible = may_see_contact(user, organisation.pk)
    if not visible and not hidden_text:
        return None
    return Section(
        "engagements/_contact.html",
        {
            "organisation": organisation,
            "visible": visible,
            "heading": heading,
            "hidden_text": hidden_text,
            "for_members": visible and is_member(user, organisation.pk),
        },
    )


@register("organisations.detail.contact", order=10)
def organisation_contact(request: HttpRequest, organisation: Organisation, state: Mapping[str, Any]) -> Section | None:
    return contact(
        request.user,
        organisation,
        _("Contact"),
        _("Contact details are shown to volunteers once the organisation has accepted their offer."),
    )


@register("needs.detail.aside", order=10)
def need_contact(request: HttpRequest, need: Need, state: Mapping[str, Any]) -> Section | None:
    return contact(request.user, need.organisation, _("Contact"))


@register("needs.detail.top", order=10)
def need_backup_wanted(request: HttpRequest, need: Need, state: Mapping[str, Any]) -> Section | None:
    if not EngagementNeed.objects.filter(need=need, seeking_backup=True).exists():
        return None
    return Section("engagements/_need_backup.html")


@register("offers.detail.top", order=10)
def offer_standing(request: HttpRequest, offer: Offer, state: Mapping[str, Any]) -> Section | None:
    """Why an accepted offer no longer opens contact, conversation and meetings, and since when."""
    if offer.status != Offer.Status.ACCEPTED:
        return None
    found = standing(offer)
    if found.live:
        return None
    volunteer = offer.volunteer
    return Section(
        "engagements/_offer_standing.html",
        {
            "standing": found,
            "closed": not found.why,
            "is_volunteer": volunteer is not None and volunteer.pk == request.user.pk,
            "volunteer_name": volunteer.display_name if volunteer is not None else _("deleted user"),
        },
    )


@register("offers.detail.contact", order=10)
def offer_contact(request: HttpRequest, offer: Offer, state: Mapping[str, Any]) -> Section | None:
    organisation = offer.need.organisation
    engagement_url = ""
    if offer.status == Offer.Status.ACCEPTED:
        link = EngagementNeed.objects.filter(need_id=offer.need_id).select_related("engagement").first()
        engagement: Engagement | None = link.engagement if link is not None else None
        if engagement is not None and may_read_engagement(request.user, engagement):
            engagement_url = reverse("engagements:detail", args=[engagement.pk])
    hidden_text = (
        ""
        if offer.status == Offer.Status.ACCEPTED  # the notice at the top says why, when the offer is over
        else _(
            "The organisation's contact details become visible here once your offer is accepted. "
            "Until then you can write to each other below."
        )
    )
    heading = _("Contact %(organisation)s") % {"organisation": organisation.name}
    return Section(
        "engagements/_offer_contact.html",
        {"engagement_url": engagement_url, "contact": contact(request.user, organisation, heading, hidden_text)},
    )
