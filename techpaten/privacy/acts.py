"""What a person did on behalf of an organisation: invitations sent, offers answered, paid work answered, pledges
confirmed. The records belong to the organisation and stay with it; the export shows the person's part in them
(never the other people's names or addresses), and deleting the account removes the name from them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from techpaten.accounts.personal_data import Category
from techpaten.costs.models import Pledge
from techpaten.engagements.models import PaidWorkOffer
from techpaten.offers.models import Offer
from techpaten.organisations.models import Invitation

if TYPE_CHECKING:
    from techpaten.accounts.models import User


class OrganisationActsData(Category):
    key = "organisation_acts"
    title = _("Decisions for your organisations")
    description = _(
        "Invitations you sent, offers and paid work you answered, and pledges you confirmed for an organisation. "
        "They stay with the organisation when you delete your account, without your name."
    )
    labels = {
        "invitations_sent": _("invitations sent"),
        "offers_answered": _("offers answered"),
        "paid_work_answered": _("paid work answered"),
        "pledges_confirmed": _("pledges confirmed"),
        "organisation": _("organisation"),
        "engagement": _("engagement"),
        "need": _("need"),
        "cost_item": _("cost item"),
        "role": _("role"),
        "invited_at": _("invited"),
        "accepted_at": _("accepted"),
        "status": _("status"),
        "decided_at": _("answered"),
        "answer": _("your answer"),
        "amount_cents": _("amount per month (cents)"),
        "confirmed_at": _("confirmed"),
    }
    covers = (
        "organisations.Invitation.invited_by",
        "offers.Offer.decided_by",
        "engagements.PaidWorkOffer.decided_by",
        "costs.Pledge.confirmed_by",
    )

    def export(self, user: User) -> dict[str, Any]:
        invitations = Invitation.objects.filter(invited_by=user).select_related("organisation")
        offers = Offer.objects.filter(decided_by=user).select_related("need__organisation")
        paid_work = PaidWorkOffer.objects.filter(decided_by=user).select_related(
            "engagement__organisation", "engagement__team"
        )
        pledges = Pledge.objects.filter(confirmed_by=user).select_related("cost_item__organisation")
        return {
            # The invited address is the invitee's data: not part of the inviter's export.
            "invitations_sent": [
                {
                    "organisation": i.organisation.name,
                    "role": i.get_role_display(),
                    "invited_at": i.created_at,
                    "accepted_at": i.accepted_at,
                }
                for i in invitations.order_by("created_at", "pk")
            ],
            "offers_answered": [
                {
                    "organisation": o.need.organisation.name,
                    "need": o.need.title,
                    "status": o.get_status_display(),
                    "decided_at": o.decided_at,
                    "answer": o.decision_message,
                }
                for o in offers.order_by("decided_at", "pk")
            ],
            "paid_work_answered": [
                {
                    "engagement": str(w.engagement),
                    "status": w.get_status_display(),
                    "decided_at": w.decided_at,
                    "answer": w.decision_note,
                }
                for w in paid_work.order_by("decided_at", "pk")
            ],
            # The supporter's name is theirs: only the cost, the amount and the date.
            "pledges_confirmed": [
                {
                    "organisation": p.cost_item.organisation.name,
                    "cost_item": p.cost_item.description,
                    "amount_cents": p.amount_cents,
                    "confirmed_at": p.confirmed_at,
                }
                for p in pledges.order_by("confirmed_at", "pk")
            ],
        }

    def delete_or_anonymise(self, user: User) -> dict[str, int]:
        return {
            "invitations_sent_anonymised": Invitation.objects.filter(invited_by=user).update(invited_by=None),
            "offer_answers_anonymised": Offer.objects.filter(decided_by=user).update(decided_by=None),
            "paid_work_answers_anonymised": PaidWorkOffer.objects.filter(decided_by=user).update(decided_by=None),
            "pledge_confirmations_anonymised": Pledge.objects.filter(confirmed_by=user).update(confirmed_by=None),
        }
