"""Organisations: creating and editing them, members, invitations. Every write goes through here, atomically."""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from techpaten.accounts.addresses import owns_address
from techpaten.accounts.models import User
from techpaten.core.rules import RuleViolation
from techpaten.mail import outbox
from techpaten.places.plz import lookup

from .access import is_admin, keeps_an_admin
from .models import Invitation, Membership, Organisation

SLUG_MAX_LENGTH = 80
# Paths under /organisations/ that a slug must never shadow.
RESERVED_SLUGS = frozenset({"new"})


# German spelling for addresses: "Straße" → "strasse", not "strae" (slugify drops what ASCII lacks).
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _slug_candidates(name: str) -> Iterator[str]:
    base = slugify(name.translate(_GERMAN))[: SLUG_MAX_LENGTH - 6].strip("-") or "organisation"
    yield base
    number = 2
    while True:
        yield f"{base}-{number}"
        number += 1


def unique_slug(name: str) -> str:
    """slugify(name), then name-2, name-3, … until free."""
    for candidate in _slug_candidates(name):
        if candidate not in RESERVED_SLUGS and not Organisation.objects.filter(slug=candidate).exists():
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


# Legal-form suffixes people add or leave out: "Kita Sonnenschein e. V." is "Kita Sonnenschein".
_LEGAL_FORM = re.compile(r"(?<!\w)(?:e\s*\.?\s*v\s*\.?|g?gmbh|g?ug|eg)(?!\w)")


def comparable_name(name: str) -> str:
    """The name as it is compared for namesakes: case, punctuation, spacing, umlauts and legal form ignored."""
    text = _LEGAL_FORM.sub(" ", name.translate(_GERMAN).casefold())
    return " ".join(re.findall(r"\w+", text))


def namesake(name: str, plz: str) -> Organisation | None:
    """An organisation already registered under the same name and postcode, probably the same one."""
    wanted = comparable_name(name)
    # Few organisations share a postcode (indexed), so the names are compared here rather than in SQL.
    for candidate in Organisation.objects.filter(plz=plz).order_by("created_at", "pk"):
        if comparable_name(candidate.name) == wanted:
            return candidate
    return None


def _place(organisation: Organisation) -> None:
    point = lookup(organisation.plz)
    if point is None:
        raise RuleViolation(_("We do not know the postcode %(plz)s. Please check it.") % {"plz": organisation.plz})
    organisation.latitude, organisation.longitude = point.latitude, point.longitude


@transaction.atomic
def create_organisation(creator: User, organisation: Organisation) -> Organisation:
    """Save a new organisation (fields filled in, not yet saved); its creator becomes its admin."""
    _place(organisation)
    for _attempt in range(5):
        organisation.slug = unique_slug(organisation.name)
        try:
            # A savepoint: someone else may take the same slug between the check and the insert.
            with transaction.atomic():
                organisation.save()
            break
        except IntegrityError:
            organisation.pk = None
    else:  # pragma: no cover - five lost races in a row
        raise RuleViolation(_("Please try again."))
    Membership.objects.create(user=creator, organisation=organisation, role=Membership.Role.ADMIN)
    return organisation


@transaction.atomic
def update_organisation(actor: User, organisation: Organisation) -> Organisation:
    """Save changed fields. The slug stays, so links people shared keep working after a rename."""
    if not is_admin(actor, organisation.pk):
        raise RuleViolation(_("Only admins of the organisation can change it."))
    _place(organisation)
    organisation.save()  # a new name reaches its needs' search index through a database trigger (needs 0002)
    return organisation


def _locked_admin_ids(organisation_id: int) -> list[int]:
    # Lock the admins' rows: two admins removing or demoting each other at once must not leave the organisation
    # without one.
    return list(
        Membership.objects.select_for_update()
        .filter(organisation_id=organisation_id, role=Membership.Role.ADMIN)
        .values_list("pk", flat=True)
    )


@transaction.atomic
def remove_member(actor: User, membership: Membership) -> None:
    organisation_id = membership.organisation_id
    if not is_admin(actor, organisation_id):
        raise RuleViolation(_("Only admins of the organisation can remove members."))
    admins = _locked_admin_ids(organisation_id)
    membership.role = Membership.Role.ADMIN if membership.pk in admins else Membership.Role.MEMBER  # as locked
    if not keeps_an_admin(membership, len(admins)):
        raise RuleViolation(
            _("An organisation always needs at least one admin. Invite another admin before you remove this one.")
        )
    Membership.objects.filter(pk=membership.pk).delete()


@transaction.atomic
def change_role(actor: User, membership: Membership, role: str) -> Membership:
    """An admin makes a member admin, or an admin a plain member; the last admin stays admin."""
    organisation_id = membership.organisation_id
    if not is_admin(actor, organisation_id):
        raise RuleViolation(_("Only admins of the organisation can change roles."))
    if role not in Membership.Role.values:
        raise RuleViolation(_("This role is not known."))
    admins = _locked_admin_ids(organisation_id)
    membership.role = Membership.Role.ADMIN if membership.pk in admins else Membership.Role.MEMBER  # as locked
    if role != Membership.Role.ADMIN and not keeps_an_admin(membership, len(admins)):
        raise RuleViolation(_("An organisation always needs at least one admin. Make another member admin first."))
    Membership.objects.filter(pk=membership.pk).update(role=role)
    membership.role = role
    return membership


def pending_invitations(organisation: Organisation) -> list[Invitation]:
    return list(
        Invitation.objects.filter(organisation=organisation, accepted_at=None, expires_at__gt=timezone.now())
        .select_related("invited_by", "invited_by__volunteer_profile")
        .order_by("-created_at")
    )


@transaction.atomic
def invite(inviter: User, organisation: Organisation, email: str, role: str) -> Invitation:
    """Invite a person by e-mail. A new invitation to the same address replaces an unused one."""
    if not is_admin(inviter, organisation.pk):
        raise RuleViolation(_("Only admins of the organisation can invite people."))
    email = email.strip().lower()
    if Membership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise RuleViolation(_("%(email)s is already a member of this organisation.") % {"email": email})
    Invitation.objects.filter(organisation=organisation, email__iexact=email, accepted_at=None).delete()
    invitation = Invitation.objects.create(organisation=organisation, email=email, role=role, invited_by=inviter)
    invitee = User.objects.filter(email__iexact=email).first()
    # With an account the invitee reads it in their language; otherwise in the language the inviter uses now.
    outbox.send(
        "mail/invitation",
        email,
        {
            "invitation": invitation,
            "organisation": organisation,
            "inviter": inviter,
            "accept_path": reverse("organisations:accept_invitation", args=[invitation.token]),
        },
        user=invitee,
    )
    return invitation


class WrongAddress(RuleViolation):
    """The invitation was sent to an address the logged-in person has not confirmed as theirs."""


def may_accept(user: User, invitation: Invitation) -> bool:
    """An invitation is for the address it was sent to: a forwarded link must not make someone else a member."""
    return owns_address(user, invitation.email)


@transaction.atomic
def accept_invitation(user: User, invitation: Invitation) -> tuple[Membership, bool]:
    """Use an invitation once: (membership, created). Someone who is already a member keeps their role.

    Only the person with the invited address may use it (WrongAddress otherwise); the link works once.
    """
    if not may_accept(user, invitation):
        raise WrongAddress(
            _(
                "This invitation was sent to another e-mail address than the one you are logged in with. Please log "
                "in with the invited address, or ask the organisation to invite the address you use here."
            )
        )
    now = timezone.now()
    # Compare-and-swap: a double click or a second person with the same link finds it used.
    used = Invitation.objects.filter(pk=invitation.pk, accepted_at=None, expires_at__gt=now).update(accepted_at=now)
    if not used:
        raise RuleViolation(_("This invitation has already been used or has expired."))
    invitation.accepted_at = now
    membership, created = Membership.objects.get_or_create(
        user=user, organisation_id=invitation.organisation_id, defaults={"role": invitation.role}
    )
    return membership, created
