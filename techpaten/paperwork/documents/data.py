"""Everything a document builder may use, gathered once per request from the engagement (few queries)."""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import get_language

from techpaten.catalogue.models import BaselineSetting
from techpaten.engagements.models import Engagement
from techpaten.organisations.models import Organisation
from techpaten.volunteers.teams import active_memberships

from ..models import ProcessingDetails, ProcessorParty
from . import law as laws

# Sectors whose organisations look after children as a rule (their photos need at least a "high" protection need).
CHILDREN_SECTORS = frozenset({"kita", "schule"})


@dataclass
class Volunteer:
    # The name the account shows on the platform (often a first name): for finding the person, never as a party.
    name: str
    email: str
    role: str
    # What the volunteer entered as a party to the contracts; empty until they do.
    legal_name: str = ""
    postal_address: str = ""


@dataclass
class DocumentData:
    engagement: Engagement
    organisation: Organisation
    volunteers: list[Volunteer]
    details: ProcessingDetails
    today: datetime.date
    language: str
    # The deployment profile's configuration baseline (empty without a profile), for the TOM and the VVT.
    baseline: list[BaselineSetting] = field(default_factory=list)
    law: laws.Law = field(default_factory=lambda: laws.for_sponsor(""))

    @property
    def solution_name(self) -> str:
        """The profile's or the solution's name in the document's language (the active one while it is built)."""
        if self.details.profile is not None:
            return self.details.profile.display_name
        return self.details.solution.display_name if self.details.solution is not None else ""

    @property
    def volunteer_names(self) -> str:
        """The account names, to say whom a gap is about; parties are named by `common.party_name`."""
        return ", ".join(v.name for v in self.volunteers)

    @property
    def sector(self) -> str:
        return self.organisation.sector.slug if self.organisation.sector_id else ""

    @property
    def children_data(self) -> bool:
        return self.sector in CHILDREN_SECTORS


def gather(engagement: Engagement, *, contact_visible: bool) -> DocumentData:
    """`contact_visible`: whether the person the document is made for may see the organisation's contact details
    (engagements.access.may_see_contact); if not, the documents leave gaps where they would be."""
    details = ProcessingDetails.objects.select_related("solution", "profile").filter(
        engagement=engagement
    ).first() or ProcessingDetails(engagement=engagement)
    members = (
        active_memberships(engagement.team_id)
        .filter(user__isnull=False)
        .select_related("user", "user__volunteer_profile")
    )
    parties = {party.user_id: party for party in ProcessorParty.objects.filter(engagement=engagement)}
    volunteers = []
    for member in members:
        if member.user is None:
            continue
        party = parties.get(member.user.pk)
        volunteers.append(
            Volunteer(
                name=member.user.display_name,
                email=member.user.email,
                role=member.get_role_display(),
                legal_name=party.legal_name.strip() if party else "",
                postal_address=party.postal_address.strip() if party else "",
            )
        )
    baseline = list(BaselineSetting.objects.filter(profile_id=details.profile_id)) if details.profile_id else []
    organisation = engagement.organisation
    if not contact_visible:
        organisation = copy.copy(organisation)  # never saved: only what this document shows
        organisation.contact_email = organisation.contact_phone = organisation.contact_address = ""
    return DocumentData(
        engagement=engagement,
        organisation=organisation,
        volunteers=volunteers,
        details=details,
        today=timezone.localdate(),
        language=get_language() or "de",
        baseline=baseline,
        law=laws.for_sponsor(organisation.sponsor_kind),
    )
