"""Personal API tokens and service-list publications, for the export and the account deletion (see techpaten/privacy).

A token is the person's alone: deleting the account deletes it (and with it every script's access). A publication
of an engagement's services belongs to the organisation: it stays, without the name of who switched it on.
The export never contains a token's secret or its hash, only what the settings page shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category, field_labels

from .models import ApiToken, ServicePublication

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class ApiAccessData(Category):
    key = "api_access"
    title = _("API tokens")
    description = _("Your personal API tokens (name, scope, when made, last used and revoked; never the token itself).")
    labels = {
        **field_labels(ApiToken, "name", "scope", "hint", "created_at", "last_used_at", "revoked_at"),
        "tokens": _("API tokens"),
        "service_lists_published": _("service lists you published"),
    }
    covers = ("api.ApiToken.user", "api.ServicePublication.agreed_by")

    def export(self, user: User) -> dict[str, Any]:
        tokens = ApiToken.objects.filter(user=user).order_by("created_at", "pk")
        return {
            "tokens": [
                {
                    "name": token.name,
                    "scope": token.get_scope_display(),
                    "hint": token.hint,
                    "created_at": token.created_at,
                    "last_used_at": token.last_used_at,
                    "revoked_at": token.revoked_at,
                }
                for token in tokens
            ],
            "service_lists_published": ServicePublication.objects.filter(agreed_by=user).count(),
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        return {
            "api_tokens_deleted": ApiToken.objects.filter(user=user).delete()[0],
            "service_publications_anonymised": ServicePublication.objects.filter(agreed_by=user).update(agreed_by=None),
        }
