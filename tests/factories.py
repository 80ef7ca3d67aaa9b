"""Small builders for test data; each returns a saved object and takes overrides as keyword arguments."""

from __future__ import annotations

import itertools
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone

from techpaten.accounts.models import User
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.models import Membership, Organisation
from techpaten.places.plz import lookup
from techpaten.taxonomy.models import Sector, Skill, UseCase
from techpaten.volunteers.models import VolunteerProfile

PASSWORD = "correct horse battery staple"
_counter = itertools.count(1)


def make_user(email: str | None = None, *, verified: bool = True, **extra: Any) -> User:
    from allauth.account.models import EmailAddress

    email = email or f"user{next(_counter)}@example.org"
    user = User.objects.create_user(email=email, password=PASSWORD, **extra)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def add_totp(user: User) -> str:
    """Give `user` an authenticator app (staff and reviewers need one, see accounts/security.py); returns its secret
    for computing codes with allauth's totp helpers."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def make_organisation(
    *, admin: User | None = None, plz: str = "10115", town: str = "Berlin", **extra: Any
) -> Organisation:
    point = lookup(plz)
    assert point is not None, plz
    n = next(_counter)
    defaults: dict[str, Any] = {
        "name": f"Kita Sonnenschein {n}",
        "slug": f"kita-sonnenschein-{n}",
        "sector": Sector.objects.get(slug="kita"),
        "description": "Eine kleine Kita mit 40 Kindern.",
        "contact_email": f"leitung{n}@kita.example",
        "contact_phone": "+49 30 1234567",
        "contact_address": "Sonnenallee 1, 10115 Berlin",
        # A registered association or public body, like most Kitas and clubs; the form starts unticked (issue 12).
        "is_formal": True,
    }
    defaults.update(extra)
    organisation = Organisation.objects.create(
        plz=plz, town=town, latitude=point.latitude, longitude=point.longitude, **defaults
    )
    if admin is not None:
        Membership.objects.create(user=admin, organisation=organisation, role=Membership.Role.ADMIN)
    return organisation


def add_member(organisation: Organisation, user: User, role: str = Membership.Role.MEMBER) -> Membership:
    return Membership.objects.create(user=user, organisation=organisation, role=role)


def make_volunteer_profile(
    user: User, *, plz: str = "10115", skills: tuple[str, ...] = ("nextcloud", "linux"), **extra: Any
) -> VolunteerProfile:
    point = lookup(plz)
    assert point is not None, plz
    defaults: dict[str, Any] = {"display_name": user.display_name, "bio": "Admin seit 2010.", "radius_km": 30}
    defaults.update(extra)
    profile = VolunteerProfile.objects.create(
        user=user, plz=plz, latitude=point.latitude, longitude=point.longitude, **defaults
    )
    profile.skills.set(Skill.objects.filter(slug__in=skills))
    return profile


def make_need(
    organisation: Organisation,
    *,
    status: str = Need.Status.OPEN,
    use_cases: tuple[str, ...] = ("photos",),
    **extra: Any,
) -> Need:
    defaults: dict[str, Any] = {
        "title": "Fotos sicher mit Eltern teilen",
        "description": "Wir möchten Fotos vom Sommerfest mit den Eltern teilen, ohne WhatsApp.",
    }
    defaults.update(extra)
    if status != Need.Status.DRAFT:
        defaults.setdefault("published_at", timezone.now())
    need = Need.objects.create(organisation=organisation, status=status, **defaults)
    cases = list(UseCase.objects.filter(slug__in=use_cases))
    need.use_cases.set(cases)
    need.skills.set(Skill.objects.filter(use_cases__in=cases).distinct())
    return need


def make_offer(
    need: Need, volunteer: User, *, status: str = Offer.Status.PENDING, join: bool = True, **extra: Any
) -> Offer:
    """An offer in `status`. An accepted one puts its volunteer on the team, as accepting does (`join=False`: the
    bare record, e.g. for a volunteer who has left since)."""
    from techpaten.engagements.services import join_from_accepted_offer

    defaults: dict[str, Any] = {
        "message": "Ich kann Nextcloud aufsetzen, etwa 4 Stunden im Monat.",
        "expires_at": timezone.now() + timedelta(days=settings.OFFER_EXPIRY_DAYS),
    }
    defaults.update(extra)
    offer = Offer.objects.create(need=need, volunteer=volunteer, status=status, **defaults)
    if status == Offer.Status.ACCEPTED and join:
        join_from_accepted_offer(offer)
    return offer
