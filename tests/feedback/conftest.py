"""A closed need on which the Kita accepted Vera's offer: the starting point of every review."""

from __future__ import annotations

import pytest

from techpaten.accounts.models import User
from techpaten.needs import services as need_services
from techpaten.needs.models import Need
from techpaten.offers import services as offer_services

from .. import factories


def helped_on(need: Need, volunteer: User, org_admin: User) -> None:
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)


def close(need: Need, org_admin: User) -> Need:
    need_services.change_status(need, org_admin, "close")
    need.refresh_from_db()
    return need


@pytest.fixture
def closed_need(need, volunteer, org_admin) -> Need:
    helped_on(need, volunteer, org_admin)
    return close(need, org_admin)


@pytest.fixture
def second_admin(organisation) -> User:
    user = factories.make_user("bea.board@kita.example", name="Bea Vorstand", language="en")
    factories.add_member(organisation, user, role="admin")
    return user
