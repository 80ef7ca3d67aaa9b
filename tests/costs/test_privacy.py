"""Pledges in the person's data export and in the account deletion (techpaten/costs/privacy.py)."""

from __future__ import annotations

from techpaten.costs.models import Pledge
from techpaten.privacy.categories import CATEGORIES, DELETION_ORDER, export_all
from techpaten.privacy.services import delete_account

from .. import factories
from .conftest import make_item, make_pledge


def test_pledges_are_a_category_of_the_export_and_of_the_deletion(db):
    assert "pledges" in {c.key for c in CATEGORIES}
    assert "pledges" in {c.key for c in DELETION_ORDER}


def test_the_export_holds_the_persons_pledges_and_no_one_elses(organisation, volunteer):
    item = make_item(organisation)
    make_pledge(item, supporter=volunteer, name="Vera", email=volunteer.email, amount_cents=700)
    make_pledge(item, name="Vera ohne Login", email=volunteer.email.upper(), amount_cents=800)
    make_pledge(item, name="Paula Pate", email="paula@example.org")
    exported = export_all(volunteer)["pledges"]
    assert sorted(p["amount_cents"] for p in exported) == [700, 800]
    assert {p["organisation"] for p in exported} == {"Kita Sonnenschein"}
    assert "Paula Pate" not in str(exported)


def test_deleting_the_account_keeps_the_amounts_but_not_the_person(organisation, volunteer, org_admin):
    item = make_item(organisation)
    mine = make_pledge(
        item,
        supporter=volunteer,
        name="Vera",
        email=volunteer.email,
        show_name=True,
        status=Pledge.Status.CONFIRMED,
        amount_cents=700,
    )
    other = make_pledge(item, name="Paula Pate", email="paula@example.org")
    delete_account(volunteer)
    mine.refresh_from_db()
    other.refresh_from_db()
    assert (mine.supporter, mine.name, mine.email, mine.show_name) == (None, "", "", False)
    assert (mine.amount_cents, mine.status) == (700, "confirmed")  # the organisation's figures stay right
    assert (other.name, other.email) == ("Paula Pate", "paula@example.org")


def test_an_admin_who_confirmed_pledges_is_cut_loose_from_them(organisation, org_admin):
    second_admin = factories.make_user("zweite@kita.example")
    factories.add_member(organisation, second_admin, role="admin")  # so the organisation survives
    pledge = make_pledge(make_item(organisation), status=Pledge.Status.CONFIRMED, confirmed_by=org_admin)
    delete_account(org_admin)
    pledge.refresh_from_db()
    assert pledge.confirmed_by is None and pledge.status == "confirmed"
