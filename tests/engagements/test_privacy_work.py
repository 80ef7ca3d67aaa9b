"""Hours, paid work and handovers in the export of one's own data, and what the account deletion keeps."""

from __future__ import annotations

import datetime
from decimal import Decimal

from techpaten.engagements.models import Engagement, Handover, HoursReport, PaidWorkOffer
from techpaten.offers import services as offer_services
from techpaten.privacy.categories import export_all
from techpaten.privacy.services import delete_account
from techpaten.volunteers.models import TeamMember

from .. import factories


def engaged(need, volunteer, org_admin) -> Engagement:
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    engagement = Engagement.objects.get()
    HoursReport.objects.create(
        engagement=engagement,
        volunteer=volunteer,
        month=datetime.date(2026, 10, 1),
        hours=Decimal("4.5"),
        note="Updates",
    )
    PaidWorkOffer.objects.create(
        engagement=engagement, proposed_by=volunteer, scope="Umzug des Servers", hours=Decimal(10), rate_cents=4000
    )
    member = TeamMember.objects.get(user=volunteer)
    Handover.objects.create(member=member, notes="Zugänge liegen im Tresor der Kita")
    return engagement


def test_the_export_lists_hours_paid_work_and_handovers(need, volunteer, org_admin):
    engaged(need, volunteer, org_admin)
    data = export_all(volunteer)["engagement_work"]
    assert [(r["hours_count"], r["note"]) for r in data["hours"]] == [(Decimal("4.5"), "Updates")]
    assert [o["scope"] for o in data["paid_work"]] == ["Umzug des Servers"]
    assert [h["notes"] for h in data["handovers"]] == ["Zugänge liegen im Tresor der Kita"]


def test_deleting_the_account_keeps_the_organisations_records_without_the_person(need, volunteer, org_admin):
    engaged(need, volunteer, org_admin)
    delete_account(volunteer)
    assert HoursReport.objects.get().volunteer is None
    assert PaidWorkOffer.objects.get().proposed_by is None
    handover = Handover.objects.get()
    assert handover.member.user is None and handover.notes == "Zugänge liegen im Tresor der Kita"
