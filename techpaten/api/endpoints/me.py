"""With a personal token: the user's offers and conversations, and the needs of their organisations.

Every object comes from the access helpers of its app (offers.access, needs.access, organisations.access), so
another organisation's offer or need answers 404, and every change goes through the same services as the pages
(offers.services, conversations.services, needs.services) with the same forms checking the input. Writes need a
read+write token (auth.require_write): a read-only token gets 403.

Who manages a need: as on the pages, any member of its organisation creates, edits, publishes and closes it
(organisation_for_member, need_for_member); only the organisation's admins accept or decline offers on it
(offer_for_org_admin: 403 for its other members). tests/api/test_pages_agree.py holds the two side by side.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db.models import Q, QuerySet
from ninja import Router, Status

from techpaten.accounts.http import AuthenticatedHttpRequest
from techpaten.conversations import services as conversations
from techpaten.conversations.models import Message
from techpaten.needs import services as needs
from techpaten.needs.access import need_for_member, need_for_viewer
from techpaten.needs.forms import NeedForm
from techpaten.needs.models import Need
from techpaten.offers import services as offers
from techpaten.offers.access import offer_for_org_admin, offer_for_participant, offer_for_volunteer
from techpaten.offers.forms import OfferForm
from techpaten.offers.models import Offer
from techpaten.organisations.access import organisation_for_member, organisations_of

from .. import present, schemas
from ..auth import require_write, token_auth
from ..forms_bridge import cleaned
from ..paging import paged
from ..problems import Problem
from .public import PageNumber

router = Router(tags=["with a token"], auth=token_auth)
ERRORS: dict[int, Any] = dict.fromkeys((400, 401, 403, 404, 409, 422, 429), Problem)


def _offers() -> QuerySet[Offer]:
    return Offer.objects.select_related(
        "need", "need__organisation", "need__organisation__sector", "volunteer", "volunteer__volunteer_profile"
    )


# --- offers and conversations ---------------------------------------------------------------------------------------


@router.get("/offers", response={200: schemas.OfferPage, **ERRORS}, url_name="my_offers", summary="The offers I made")
def my_offers(request: AuthenticatedHttpRequest, page: int = PageNumber) -> dict[str, Any]:
    """The offers one takes part in: one's own as a volunteer, and those on the needs of one's organisations."""
    mine = Q(volunteer_id=request.user.pk) | Q(need__organisation_id__in=organisations_of(request.user.pk))
    return paged(request, _offers().filter(mine).order_by("-created_at", "-pk"), page, present.offer)


@router.get(
    "/offers/{pk}", response={200: schemas.OfferDetail, **ERRORS}, url_name="my_offer", summary="One of my offers"
)
def my_offer(request: AuthenticatedHttpRequest, pk: int) -> dict[str, Any]:
    return present.offer_detail(offer_for_participant(request, pk), request.user)


@router.post(
    "/offers", response={201: schemas.OfferDetail, **ERRORS}, url_name="make_offer", summary="Offer help for a need"
)
def make_offer(request: AuthenticatedHttpRequest, data: schemas.OfferIn) -> Status[dict[str, Any]]:
    """Offer help on a listed need, as on the need's page: the same form, offer cap, hourly limit and expiry."""
    require_write(request)
    need = need_for_viewer(request, data.need_id)
    form = cleaned(OfferForm({"message": data.message, "hours_per_month": data.hours_per_month or ""}))
    offer = offers.make_offer(need, request.user, form["message"], form["hours_per_month"])
    return Status(201, present.offer_detail(offer, request.user))


@router.post(
    "/offers/{pk}/withdraw",
    response={200: schemas.OfferDetail, **ERRORS},
    url_name="withdraw_offer",
    summary="Withdraw my offer",
)
def withdraw_offer(request: AuthenticatedHttpRequest, pk: int) -> dict[str, Any]:
    require_write(request)
    offer = offer_for_volunteer(request, pk)
    return present.offer_detail(offers.withdraw(offer, request.user), request.user)


@router.post(
    "/offers/{pk}/accept",
    response={200: schemas.OfferDetail, **ERRORS},
    url_name="accept_offer",
    summary="Accept an offer (organisation admins)",
)
def accept_offer(request: AuthenticatedHttpRequest, pk: int, data: schemas.AnswerIn) -> dict[str, Any]:
    require_write(request)
    offer = offer_for_org_admin(request, pk)
    return present.offer_detail(offers.accept(offer, request.user, data.message), request.user)


@router.post(
    "/offers/{pk}/decline",
    response={200: schemas.OfferDetail, **ERRORS},
    url_name="decline_offer",
    summary="Decline an offer (organisation admins)",
)
def decline_offer(request: AuthenticatedHttpRequest, pk: int, data: schemas.AnswerIn) -> dict[str, Any]:
    require_write(request)
    offer = offer_for_org_admin(request, pk)
    return present.offer_detail(offers.decline(offer, request.user, data.message), request.user)


@router.get(
    "/offers/{pk}/messages",
    response={200: schemas.MessagePage, **ERRORS},
    url_name="messages",
    summary="Messages of an offer's conversation",
)
def messages(request: AuthenticatedHttpRequest, pk: int, page: int = PageNumber) -> dict[str, Any]:
    """The conversation of an offer, oldest first."""
    offer = offer_for_participant(request, pk)
    rows = (
        Message.objects.filter(offer=offer)
        .select_related("author", "author__volunteer_profile")
        .order_by("created_at", "pk")
    )
    return paged(request, rows, page, lambda message: present.message(message, request.user))


@router.post(
    "/offers/{pk}/messages",
    response={201: schemas.Message, **ERRORS},
    url_name="send_message",
    summary="Send a message",
)
def send_message(request: AuthenticatedHttpRequest, pk: int, data: schemas.MessageIn) -> Status[dict[str, Any]]:
    """Write into the conversation (conversations.services.post_message: open offers only, hourly limit)."""
    require_write(request)
    offer = offer_for_participant(request, pk)
    message = conversations.post_message(offer, request.user, data.body)
    return Status(201, present.message(message, request.user))


# --- the needs of one's organisations -------------------------------------------------------------------------------


def _member_needs() -> QuerySet[Need]:
    return Need.objects.select_related("organisation", "organisation__sector").prefetch_related("use_cases", "skills")


@router.get(
    "/needs", response={200: schemas.MemberNeedPage, **ERRORS}, url_name="my_needs", summary="My organisations' needs"
)
def my_needs(request: AuthenticatedHttpRequest, page: int = PageNumber) -> dict[str, Any]:
    """Every need of the organisations one is a member of, drafts and closed ones too."""
    rows = _member_needs().filter(organisation_id__in=organisations_of(request.user.pk)).order_by("-created_at", "-pk")
    return paged(request, rows, page, present.member_need)


@router.get(
    "/needs/{pk}",
    response={200: schemas.MemberNeed, **ERRORS},
    url_name="my_need",
    summary="One of my organisations' needs",
)
def my_need(request: AuthenticatedHttpRequest, pk: int) -> dict[str, Any]:
    return present.member_need(need_for_member(request, pk))


@router.post("/needs", response={201: schemas.MemberNeed, **ERRORS}, url_name="create_need", summary="Post a need")
def create_need(request: AuthenticatedHttpRequest, data: schemas.NewNeedIn) -> Status[dict[str, Any]]:
    """A new need of one's organisation (by its slug), as a draft or published (`publish`)."""
    require_write(request)
    organisation, _membership = organisation_for_member(request, data.organisation)
    form = cleaned(_need_form(data))
    need = needs.create_need(organisation, request.user, form, publish=data.publish)
    return Status(201, present.member_need(need))


@router.put("/needs/{pk}", response={200: schemas.MemberNeed, **ERRORS}, url_name="edit_need", summary="Edit a need")
def edit_need(request: AuthenticatedHttpRequest, pk: int, data: schemas.NeedIn) -> dict[str, Any]:
    require_write(request)
    need = need_for_member(request, pk)
    needs.update_need(need, request.user, cleaned(_need_form(data, need)))
    return present.member_need(need)


@router.post(
    "/needs/{pk}/status",
    response={200: schemas.MemberNeed, **ERRORS},
    url_name="change_need_status",
    summary="Change a need's status: publish, mark matched, reopen or close",
)
def change_need_status(request: AuthenticatedHttpRequest, pk: int, data: schemas.StatusIn) -> dict[str, Any]:
    """publish, mark_matched, reopen or close (needs.services.change_status; closing answers pending offers)."""
    require_write(request)
    need = need_for_member(request, pk)
    return present.member_need(needs.change_status(need, request.user, data.action))


@router.get(
    "/needs/{pk}/offers",
    response={200: schemas.OfferPage, **ERRORS},
    url_name="need_offers",
    summary="Offers on a need",
)
def need_offers(request: AuthenticatedHttpRequest, pk: int, page: int = PageNumber) -> dict[str, Any]:
    need = need_for_member(request, pk)
    return paged(request, _offers().filter(need=need).order_by("-created_at", "-pk"), page, present.offer)


def _need_form(data: schemas.NeedIn, instance: Need | None = None) -> NeedForm:
    """The page's need form, reading the terms by slug (its error messages then name the slug)."""
    form = NeedForm(
        {
            "title": data.title,
            "description": data.description,
            "use_cases": data.use_cases,
            "skills": data.skills,
            "kind": data.kind,
            "size": data.size,
            "urgency": data.urgency,
            "remote_ok": "on" if data.remote_ok else "",
            "monthly_budget": Decimal(data.monthly_budget_cents) / 100,
        },
        instance=instance,
    )
    for name in ("use_cases", "skills"):
        form.fields[name].to_field_name = "slug"  # type: ignore[attr-defined]
    return form
