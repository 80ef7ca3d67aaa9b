"""Pledges a person made, for the export and the account deletion (see techpaten/privacy).

A pledge holds the supporter's name and e-mail address. Deleting the account keeps the amount and status, because
the organisation's figures (what is covered) rest on them, but removes everything that points to the person: name,
address, the link to the account and the public mention (Art. 17 GDPR). The organisation has the address from
its own mails if it still needs to reach the supporter about a payment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category, addresses, field_labels, matching

from .models import Pledge

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from techpaten.accounts.models import User


def _mine(user: User) -> QuerySet[Pledge]:
    # Made while logged in, or without an account but with one of the person's addresses.
    return Pledge.objects.filter(Q(supporter=user) | matching("email", addresses(user)))


class PledgeData(Category):
    key = "pledges"
    title = _("Pledges")
    description = _(
        "Amounts you pledged towards an organisation's costs, with the name and address you gave. When you delete "
        "your account, the amounts stay in the organisation's figures without your name and address."
    )
    labels = {
        **field_labels(Pledge, "name", "email", "show_name", "amount_cents", "status", "created_at", "confirmed_at"),
        "organisation": _("organisation"),
        "cost_item": _("cost item"),
    }
    covers = ("costs.Pledge.supporter",)

    def export(self, user: User) -> list[dict[str, Any]]:
        pledges = _mine(user).select_related("cost_item", "cost_item__organisation").order_by("created_at", "pk")
        return [
            {
                "organisation": pledge.cost_item.organisation.name,
                "cost_item": pledge.cost_item.description,
                "name": pledge.name,
                "email": pledge.email,
                "show_name": pledge.show_name,
                "amount_cents": pledge.amount_cents,
                "status": pledge.get_status_display(),
                "created_at": pledge.created_at,
                "confirmed_at": pledge.confirmed_at,
            }
            for pledge in pledges
        ]

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        anonymised = _mine(user).update(supporter=None, name="", email="", show_name=False, ip_hash="")
        return {"pledges_anonymised": anonymised}  # pledges the person confirmed: privacy.acts
