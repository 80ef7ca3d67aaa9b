"""Needs and the offers on them: the API lets a plain member and an admin of the organisation do exactly what the
pages let them do, because both ask the same access helpers (organisations.access.organisation_for_member,
needs.access.need_for_member, offers.access.offer_for_org_admin).

What the pages allow: any member creates, edits, publishes and closes the organisation's needs; only its admins
accept or decline offers (other members see them: 403). The same operation is done once through the page and once
through the API, each on its own fresh object, and both outcomes must be the same.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.taxonomy.models import UseCase
from tests import factories
from tests.conftest import login

from .conftest import bearer

pytestmark = pytest.mark.django_db

DONE = "done"
NEW_TITLE = "Eine Cloud für unsere Dateien"
DESCRIPTION = "Wir legen alles auf USB-Sticks ab und möchten das ändern."


@dataclass
class Setting:
    organisation: Any
    volunteer: Any


@dataclass(frozen=True)
class Operation:
    prepare: Callable[[Setting], Any]  # a fresh object (or None)
    page: Callable[[Setting, Any], tuple[str, dict[str, Any]]]  # its page's URL and form data
    api: Callable[[Setting, Any], tuple[str, str, dict[str, Any]]]  # the API's method, path and JSON body
    done: Callable[[Setting, Any], bool]  # whether it happened


def _need_form() -> dict[str, Any]:
    files = UseCase.objects.get(slug="files")
    return {
        "title": NEW_TITLE,
        "description": DESCRIPTION,
        "use_cases": [str(files.pk)],
        "kind": "ongoing",
        "size": "medium",
        "urgency": "normal",
        "monthly_budget": "0",
    }


def _need_json() -> dict[str, Any]:
    return {"title": NEW_TITLE, "description": DESCRIPTION, "use_cases": ["files"], "kind": "ongoing"}


def _new_needs(s: Setting) -> int:
    return Need.objects.filter(organisation=s.organisation, title=NEW_TITLE).count()


def _open_need(s: Setting) -> Need:
    return factories.make_need(s.organisation, title="Fotos sicher teilen")


def _draft(s: Setting) -> Need:
    return factories.make_need(s.organisation, title="Entwurf", status=Need.Status.DRAFT)


def _pending_offer(s: Setting) -> Offer:
    return factories.make_offer(_open_need(s), s.volunteer)


def _status_is(status: str) -> Callable[[Setting, Any], bool]:
    return lambda s, obj: type(obj).objects.get(pk=obj.pk).status == status


OPERATIONS: dict[str, Operation] = {
    "create a need": Operation(
        prepare=lambda s: _new_needs(s),  # how many there were before
        page=lambda s, _n: (reverse("needs:create", args=[s.organisation.slug]), {**_need_form(), "action": "save"}),
        api=lambda s, _n: ("post", "/me/needs", {**_need_json(), "organisation": s.organisation.slug}),
        done=lambda s, before: _new_needs(s) == before + 1,
    ),
    "edit a need": Operation(
        prepare=_open_need,
        page=lambda s, need: (reverse("needs:edit", args=[need.pk]), _need_form()),
        api=lambda s, need: ("put", f"/me/needs/{need.pk}", _need_json()),
        done=lambda s, need: Need.objects.get(pk=need.pk).title == NEW_TITLE,
    ),
    "publish a need": Operation(
        prepare=_draft,
        page=lambda s, need: (reverse("needs:change_status", args=[need.pk]), {"action": "publish"}),
        api=lambda s, need: ("post", f"/me/needs/{need.pk}/status", {"action": "publish"}),
        done=_status_is(Need.Status.OPEN),
    ),
    "close a need": Operation(
        prepare=_open_need,
        page=lambda s, need: (reverse("needs:change_status", args=[need.pk]), {"action": "close"}),
        api=lambda s, need: ("post", f"/me/needs/{need.pk}/status", {"action": "close"}),
        done=_status_is(Need.Status.CLOSED),
    ),
    "accept an offer": Operation(
        prepare=_pending_offer,
        page=lambda s, offer: (reverse("offers:accept", args=[offer.pk]), {"accept-message": "Willkommen!"}),
        api=lambda s, offer: ("post", f"/me/offers/{offer.pk}/accept", {"message": "Willkommen!"}),
        done=_status_is(Offer.Status.ACCEPTED),
    ),
    "decline an offer": Operation(
        prepare=_pending_offer,
        page=lambda s, offer: (reverse("offers:decline", args=[offer.pk]), {"decline-message": "Danke!"}),
        api=lambda s, offer: ("post", f"/me/offers/{offer.pk}/decline", {"message": "Danke!"}),
        done=_status_is(Offer.Status.DECLINED),
    ),
}

# What the pages allow (needs.views, offers.views); the API must agree, operation by operation.
EXPECTED = {
    "member": {
        "create a need": DONE,
        "edit a need": DONE,
        "publish a need": DONE,
        "close a need": DONE,
        "accept an offer": 403,
        "decline an offer": 403,
    },
    "admin": dict.fromkeys(OPERATIONS, DONE),
}


def _through_the_page(s: Setting, user: Any, operation: Operation) -> Any:
    obj = operation.prepare(s)
    url, data = operation.page(s, obj)
    response = login(Client(), user).post(url, data)
    if operation.done(s, obj):
        assert response.status_code == 302, response  # done, and on to the need or the offer
        return DONE
    return response.status_code


def _through_the_api(s: Setting, user: Any, operation: Operation) -> Any:
    obj = operation.prepare(s)
    method, path, body = operation.api(s, obj)
    client = Client()
    call = getattr(client, method)
    response = call(f"/api/v1{path}", json.dumps(body), content_type="application/json", **bearer(user))
    if operation.done(s, obj):
        assert response.status_code in (200, 201), response.content
        return DONE
    return response.status_code


@pytest.fixture
def setting(organisation, volunteer) -> Setting:
    return Setting(organisation, volunteer)


@pytest.mark.parametrize("persona", sorted(EXPECTED))
@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_the_api_allows_a_member_and_an_admin_what_the_page_allows(
    setting: Setting, org_admin, org_member, persona: str, name: str
):
    user = {"member": org_member, "admin": org_admin}[persona]
    operation = OPERATIONS[name]
    page = _through_the_page(setting, user, operation)
    api = _through_the_api(setting, user, operation)
    expected = EXPECTED[persona][name]
    assert (page, api) == (expected, expected), f"{persona}, {name}: page {page}, API {api}"
