"""Verifying an organisation, and revoking it: the only writer of `Organisation.is_verified`.

Three ways in: (a) a confirmation mail to an address at the organisation's own mail domain (staff or an admin of the
organisation start it; the signed link expires after VERIFICATION_LINK_DAYS and records method, domain and time),
(b) a document check noted by staff, (c) for an informal group, a trusted volunteer who knows it vouches (trusted:
staff, or a volunteer who completed an engagement, answered by the apps above through `hooks.trusted_volunteer`).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core import signing
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from techpaten.core import page_cache
from techpaten.core.rules import RuleViolation
from techpaten.mail import outbox

from .access import is_admin
from .hooks import trusted_volunteer
from .models import Organisation, Verification

M = Verification.Method
SALT = "techpaten.organisations.verification"
VERIFICATION_LINK_DAYS = 7
# An address at one of these proves nothing about an organisation: anybody can have one.
FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "web.de", "gmx.de", "gmx.net", "gmx.at", "t-online.de", "outlook.com",
        "outlook.de", "hotmail.com", "hotmail.de", "live.de", "yahoo.com", "yahoo.de", "icloud.com", "me.com",
        "posteo.de", "mailbox.org", "freenet.de", "aol.com", "proton.me", "protonmail.com", "arcor.de", "online.de",
    }
)  # fmt: skip


def may_start_mail_check(user: Any, organisation: Organisation) -> bool:
    return bool(getattr(user, "is_staff", False) or is_admin(user, organisation.pk))


def trusted_as_staff(user: Any) -> bool:
    """Staff may vouch without an engagement of their own (the vouch page says which reason applies)."""
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "is_staff", False))


def is_trusted_volunteer(user: Any) -> bool:
    """Staff, or a volunteer with at least one completed engagement (asked of the apps above)."""
    if not getattr(user, "is_authenticated", False):
        return False
    return trusted_as_staff(user) or any(trusted_volunteer.answers(user))


def may_vouch(user: Any, organisation: Organisation) -> bool:
    """A trusted volunteer for an informal group they are not a member of (one may not vouch for oneself)."""
    return not organisation.is_formal and is_trusted_volunteer(user) and not is_admin(user, organisation.pk)


def domain_of(email: str) -> str:
    return email.rsplit("@", 1)[-1].strip().lower()


def start_mail_check(organisation: Organisation, user: Any, email: str) -> str:
    """Send the confirmation link to `email`; returns its domain. Raises RuleViolation for a free-mail address."""
    if not may_start_mail_check(user, organisation):
        raise RuleViolation(_("Only staff and the organisation's admins can start a verification."))
    email = email.strip()
    try:
        validate_email(email)
    except Exception:  # noqa: BLE001 - any invalid address gets the same message
        raise RuleViolation(_("Please enter a valid e-mail address.")) from None
    domain = domain_of(email)
    if domain in FREE_MAIL_DOMAINS:
        raise RuleViolation(_("Please use an address at your organisation's own domain, not a free-mail provider."))
    token = signing.dumps({"o": organisation.pk, "d": domain, "u": user.pk}, salt=SALT)
    outbox.send(
        "mail/verification_confirm",
        email,
        {
            "organisation": organisation,
            "domain": domain,
            "url": reverse("organisations:confirm_verification", args=[token]),
            "days": VERIFICATION_LINK_DAYS,
        },
        language=getattr(user, "language", ""),
    )
    return domain


def read_token(token: str) -> tuple[Organisation, str, int | None]:
    """(organisation, domain, who started it) from a confirmation link; RuleViolation when broken or expired."""
    try:
        data = signing.loads(token, salt=SALT, max_age=timedelta(days=VERIFICATION_LINK_DAYS))
    except signing.SignatureExpired:
        raise RuleViolation(_("This confirmation link has expired. Please start the verification again.")) from None
    except signing.BadSignature:
        raise RuleViolation(_("This confirmation link is not valid.")) from None
    organisation = Organisation.objects.filter(pk=data.get("o")).first()
    if organisation is None:
        raise RuleViolation(_("This confirmation link is not valid."))
    return organisation, str(data.get("d", "")), data.get("u")


@transaction.atomic
def confirm_mail_check(token: str) -> Verification:
    organisation, domain, started_by = read_token(token)
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)  # two clicks: one row
    done = organisation.verifications.filter(method=M.MAIL_DOMAIN, domain=domain, revoked_at__isnull=True).first()
    if done is not None:
        return done
    verification = Verification.objects.create(
        organisation=organisation, method=M.MAIL_DOMAIN, domain=domain, verified_by_id=started_by
    )
    _refresh(organisation)
    return verification


@transaction.atomic
def verify_by_document(organisation: Organisation, staff: Any, note: str) -> Verification:
    if not getattr(staff, "is_staff", False):
        raise RuleViolation(_("Only staff can verify an organisation by its documents."))
    if not note.strip():
        raise RuleViolation(_("Please note what you checked."))
    verification = Verification.objects.create(
        organisation=organisation, method=M.DOCUMENT, note=note.strip(), verified_by=staff
    )
    _refresh(organisation)
    return verification


@transaction.atomic
def vouch_for_group(organisation: Organisation, volunteer: Any, note: str) -> Verification:
    if not may_vouch(volunteer, organisation):
        raise RuleViolation(_("Only trusted volunteers can vouch, and only for informal groups."))
    if not note.strip():
        raise RuleViolation(_("Please say how you know the group."))
    verification = Verification.objects.create(
        organisation=organisation, method=M.VOUCHED, note=note.strip(), verified_by=volunteer
    )
    _refresh(organisation)
    return verification


@transaction.atomic
def revoke(verification: Verification, staff: Any, reason: str) -> Verification:
    """Staff take a verification back, with the reason: the row stays as the record of who did what when."""
    if not getattr(staff, "is_staff", False):
        raise RuleViolation(_("Only staff can revoke a verification."))
    if not reason.strip():
        raise RuleViolation(_("Please give a reason for revoking."))
    updated = Verification.objects.filter(pk=verification.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_by=staff, revoke_reason=reason.strip()
    )
    if not updated:
        raise RuleViolation(_("This verification is already revoked."))
    _refresh(verification.organisation)
    verification.refresh_from_db()
    return verification


def _refresh(organisation: Organisation) -> None:
    verified = organisation.verifications.filter(revoked_at__isnull=True).exists()
    if organisation.is_verified != verified:
        Organisation.objects.filter(pk=organisation.pk).update(is_verified=verified)
        organisation.is_verified = verified
        page_cache.invalidate()  # the badge is on public pages
