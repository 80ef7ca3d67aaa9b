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

from ..models import ProcessingDetails


@dataclass
class Volunteer:
    name: str
    email: str
    role: str


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

    @property
    def solution_name(self) -> str:
        if self.details.profile is not None:
            return self.details.profile.name
        return self.details.solution.name if self.details.solution is not None else ""

    @property
    def volunteer_names(self) -> str:
        return ", ".join(v.name for v in self.volunteers)


def gather(engagement: Engagement, *, contact_visible: bool) -> DocumentData:
    """`contact_visible`: whether the person the document is made for may see the organisation's contact details
    (engagements.access.may_see_contact); if not, the documents leave gaps where they would be."""
    details = ProcessingDetails.objects.select_related("solution", "profile").filter(
        engagement=engagement
    ).first() or ProcessingDetails(engagement=engagement)
    members = active_memberships(engagement.team_id).filter(user__isnull=False).select_related("user")
    volunteers = [
        Volunteer(name=m.user.display_name, email=m.user.email, role=m.get_role_display())
        for m in members
        if m.user is not None
    ]
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
    )
