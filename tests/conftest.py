"""The personas every test uses (healthchecks' Alice/Bob/Charlie), in one place.

- org_admin: admin of `organisation` (Kita in Berlin 10115)
- org_member: plain member of `organisation`
- other_member: admin of `other_organisation` — an outsider to `organisation`
- volunteer: a volunteer admin with a profile in Potsdam (14467)
- staff: platform staff
- anonymous: the test `client` without login
"""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from techpaten.accounts.models import User
from techpaten.core import page_cache
from techpaten.needs.models import Need
from techpaten.organisations.models import Organisation

from . import factories


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests of one database's machinery run on that database only: `postgresql` ones (full-text vectors, row
    locks) in the PostgreSQL suite, `sqlite` ones (the FTS5 index's triggers) in the SQLite suite. CI runs both."""
    from django.conf import settings

    other = "sqlite" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "postgresql"
    left_out = [item for item in items if item.get_closest_marker(other)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not item.get_closest_marker(other)]


@pytest.fixture(autouse=True)
def _fresh_outbox(settings):
    # Each test starts in German like a fresh visitor, with an empty outbox.
    settings.LANGUAGE_CODE = "de"
    mail.outbox = []
    cache.clear()  # allauth keeps its rate limits in the cache: no test may inherit another's
    page_cache.forget_local()  # nor another's cached pages


@pytest.fixture
def org_admin(db) -> User:
    return factories.make_user("anna.admin@kita.example", name="Anna Admin")


@pytest.fixture
def org_member(db, organisation) -> User:
    user = factories.make_user("mia.member@kita.example", name="Mia Mitglied")
    factories.add_member(organisation, user)
    return user


@pytest.fixture
def organisation(db, org_admin) -> Organisation:
    return factories.make_organisation(admin=org_admin, name="Kita Sonnenschein", slug="kita-sonnenschein")


@pytest.fixture
def other_member(db) -> User:
    user = factories.make_user("otto.other@verein.example", name="Otto Anders")
    factories.make_organisation(
        admin=user, name="Sportverein Nord", slug="sportverein-nord", plz="20095", town="Hamburg"
    )
    return user


@pytest.fixture
def other_organisation(db, other_member) -> Organisation:
    return Organisation.objects.get(slug="sportverein-nord")


@pytest.fixture
def volunteer(db) -> User:
    user = factories.make_user("vera.volunteer@example.org", name="Vera Volunteer")
    # Her profile shows her full name, so pages name her as before; tests/accounts/test_display_name.py covers a
    # profile name unlike the account's (the profile's wins, everywhere).
    factories.make_volunteer_profile(user, plz="14467", display_name="Vera Volunteer")
    return user


@pytest.fixture
def staff(db) -> User:
    user = factories.make_user("sam.staff@techpaten.example", name="Sam Staff", is_staff=True)
    factories.add_totp(user)  # staff must use a second factor (MfaRequiredMiddleware)
    return user


@pytest.fixture
def need(db, organisation, org_admin) -> Need:
    return factories.make_need(organisation, created_by=org_admin)


def login(client: Client, user: User) -> Client:
    client.force_login(user)
    return client


@pytest.fixture
def admin_client_(client, org_admin) -> Client:
    """A client logged in as the organisation admin (`admin_client` is pytest-django's superuser)."""
    return login(client, org_admin)


@pytest.fixture
def member_client(client, org_member) -> Client:
    return login(client, org_member)


@pytest.fixture
def outsider_client(client, other_member) -> Client:
    return login(client, other_member)


@pytest.fixture
def volunteer_client(client, volunteer) -> Client:
    return login(client, volunteer)


@pytest.fixture
def staff_client(client, staff) -> Client:
    return login(client, staff)


@pytest.fixture
def reviewer(db) -> User:
    """A data-protection officer registered as reviewer (issue 4 builds on the role)."""
    user = factories.make_user("rita.reviewer@dsb.example", name="Rita Reviewer", is_reviewer=True)
    factories.add_totp(user)  # reviewers must use a second factor (MfaRequiredMiddleware)
    return user
