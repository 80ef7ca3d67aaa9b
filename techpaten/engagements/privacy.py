"""The engagement data about a person, for the export and the account deletion (see techpaten/privacy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category, field_labels
from techpaten.volunteers.models import TeamMember

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class TeamMembershipData(Category):
    key = "team_memberships"
    title = _("Teams")
    description = _("The volunteer teams you belong or belonged to, with your role and dates.")
    labels = {**field_labels(TeamMember, "role", "joined_at", "left_at", "leave_reason"), "team": _("team")}
    covers = ("volunteers.TeamMember.user",)

    def export(self, user: User) -> list[dict[str, Any]]:
        members = TeamMember.objects.filter(user=user).select_related("team").order_by("joined_at", "pk")
        return [
            {
                "team": str(member.team),
                "role": member.get_role_display(),
                "joined_at": member.joined_at,
                "left_at": member.left_at,
                "leave_reason": member.leave_reason,
            }
            for member in members
        ]

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        # The organisation keeps the history of who looked after its services; the person becomes "deleted user".
        # An active membership ends with the account.
        from django.utils import timezone

        TeamMember.objects.filter(user=user, left_at__isnull=True).update(left_at=timezone.now())
        return {"team_memberships_anonymised": TeamMember.objects.filter(user=user).update(user=None)}


class EngagementWorkData(Category):
    key = "engagement_work"
    title = _("Work in engagements")
    description = _("Hours you reported, paid work you proposed, and the handovers you wrote when leaving a team.")
    labels = {
        "hours": _("hours reports"),
        "paid_work": _("paid work offers"),
        "handovers": _("handovers"),
        "engagement": _("engagement"),
        "month": _("month"),
        "hours_count": _("hours"),
        "note": _("what was done"),
        "scope": _("scope of the work"),
        "rate": _("hourly rate (cents)"),
        "status": _("status"),
        "created_at": _("created"),
        "notes": _("notes for the organisation and the team"),
        "handovers_to_you": _("handovers to you"),
    }
    covers = (
        "engagements.HoursReport.volunteer",
        "engagements.PaidWorkOffer.proposed_by",
        "engagements.Handover.successor",
    )

    def export(self, user: User) -> dict[str, Any]:
        from .models import Handover, HoursReport, PaidWorkOffer

        return {
            "hours": [
                {"engagement": str(r.engagement), "month": r.month, "hours_count": r.hours, "note": r.note}
                for r in HoursReport.objects.filter(volunteer=user)
                .select_related("engagement__organisation", "engagement__team")
                .order_by("month", "pk")
            ],
            "paid_work": [
                {
                    "engagement": str(o.engagement),
                    "scope": o.scope,
                    "hours_count": o.hours,
                    "rate": o.rate_cents,
                    "status": o.get_status_display(),
                    "created_at": o.created_at,
                }
                for o in PaidWorkOffer.objects.filter(proposed_by=user)
                .select_related("engagement__organisation", "engagement__team")
                .order_by("created_at", "pk")
            ],
            "handovers": [
                {"engagement": str(h.member.team), "notes": h.notes, "created_at": h.created_at}
                for h in Handover.objects.filter(member__user=user).select_related("member__team").order_by("pk")
            ],
            # Handovers in which a leaving volunteer named the person as successor: what was handed to them.
            "handovers_to_you": [
                {"engagement": str(h.member.team), "notes": h.notes, "created_at": h.created_at}
                for h in Handover.objects.filter(successor=user).select_related("member__team").order_by("pk")
            ],
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        # The organisation keeps the record of hours given and paid work agreed; the person becomes "deleted user".
        from .models import Handover, HoursReport, PaidWorkOffer

        return {
            "hours_reports_anonymised": HoursReport.objects.filter(volunteer=user).update(volunteer=None),
            "paid_work_offers_anonymised": PaidWorkOffer.objects.filter(proposed_by=user).update(proposed_by=None),
            "handovers_to_you_anonymised": Handover.objects.filter(successor=user).update(successor=None),
        }
