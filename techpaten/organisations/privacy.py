"""The verifications a person made or revoked, for the export and the account deletion (techpaten/privacy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category, field_labels

from .models import Verification

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class VerificationData(Category):
    key = "verifications"
    title = _("Verifications of organisations")
    description = _("Organisations you verified, vouched for or whose verification you revoked. They stay verified.")
    labels = {**field_labels(Verification, "method", "domain", "note", "created_at"), "organisation": _("organisation")}
    covers = ("organisations.Verification.verified_by", "organisations.Verification.revoked_by")

    def export(self, user: User) -> list[dict[str, Any]]:
        made = Verification.objects.filter(verified_by=user).select_related("organisation").order_by("created_at")
        return [
            {
                "organisation": found.organisation.name,
                "method": found.get_method_display(),
                "domain": found.domain,
                "note": found.note,
                "created_at": found.created_at,
            }
            for found in made
        ]

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        return {
            "verifications_anonymised": Verification.objects.filter(verified_by=user).update(verified_by=None)
            + Verification.objects.filter(revoked_by=user).update(revoked_by=None)
        }
