"""The engagement data about a person, for the export and the account deletion (see techpaten/privacy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from techpaten.privacy.base import Category, field_labels

from .models import TeamMember

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class TeamMembershipData(Category):
    key = "team_memberships"
    title = _("Teams")
    description = _("The volunteer teams you belong or belonged to, with your role and dates.")
    labels = {**field_labels(TeamMember, "role", "joined_at", "left_at", "leave_reason"), "team": _("team")}

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
