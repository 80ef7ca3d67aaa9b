"""Every kind of mail the platform sends, once: its name, what a person sees on the settings page, and the rules.

A kind's name is its template prefix (`mail/new_message` renders `mail/new_message_subject.txt`, …; allauth's are
`account/email/…`), so `outbox.send("mail/new_message", …)` names the kind it sends. A new kind is one entry in
KINDS; tests/mail/test_kinds.py fails for a mail template or send call without an entry, and for an entry that is
never sent.

Required kinds (security, account, legal, invitations a person explicitly sent, deletion notices) always go out;
optional ones can be switched off, and those with `digest` can wait for the daily digest instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Group:
    key: str
    label: Promise


ACCOUNT = Group("account", _("Account and security"))
MESSAGES = Group("messages", _("Messages"))
OFFERS = Group("offers", _("Offers"))
MEETINGS = Group("meetings", _("First meetings"))
TEAM = Group("team", _("Teams and paid work"))
REVIEWS = Group("reviews", _("Reviews of your work together"))
MAINTENANCE = Group("maintenance", _("Maintenance reminders"))
SUPPORT = Group("support", _("Support for running costs"))
SEARCHES = Group("searches", _("Saved searches"))
GROUPS = (MESSAGES, SEARCHES, OFFERS, MEETINGS, TEAM, REVIEWS, MAINTENANCE, SUPPORT, ACCOUNT)


@dataclass(frozen=True)
class MailKind:
    name: str  # the template prefix
    label: Promise
    group: Group
    required: bool = False  # always sent, cannot be switched off
    digest: bool = False  # may wait for the daily digest
    listed: bool = True  # shown on the settings page (the digest itself is not a choice of its own)

    @property
    def optional(self) -> bool:
        return not self.required


def _required(name: str, label: Promise, group: Group = ACCOUNT) -> MailKind:
    return MailKind(name, label, group, required=True)


KINDS: tuple[MailKind, ...] = (
    MailKind("mail/new_message", _("New message in a conversation"), MESSAGES, digest=True),
    # Already a digest of its own (alerts.digests): at once or off.
    MailKind("mail/saved_search_digest", _("New needs matching my saved searches"), SEARCHES),
    MailKind("mail/offer_received", _("New offer on a need of my organisation"), OFFERS, digest=True),
    MailKind("mail/offer_accepted", _("My offer was accepted"), OFFERS),
    MailKind("mail/offer_declined", _("My offer was declined"), OFFERS, digest=True),
    MailKind("mail/offer_closed", _("A need I offered help for was closed"), OFFERS, digest=True),
    MailKind("mail/offer_expired", _("My offer expired"), OFFERS, digest=True),
    MailKind("mail/offer_withdrawn", _("A volunteer withdrew an offer"), OFFERS, digest=True),
    MailKind("mail/meeting_proposed", _("First meeting proposed"), MEETINGS),
    MailKind("mail/meeting_confirmed", _("First meeting confirmed"), MEETINGS),
    MailKind("mail/meeting_declined", _("First meeting declined"), MEETINGS),
    MailKind("mail/meeting_cancelled", _("First meeting cancelled"), MEETINGS),
    MailKind("mail/team_member_left_organisation", _("A volunteer left our team"), TEAM),
    MailKind("mail/team_member_left_team", _("Someone left my team"), TEAM),
    MailKind("mail/backup_joined", _("A backup joined my team"), TEAM),
    MailKind("mail/paid_work_proposed", _("Paid work proposed"), TEAM),
    MailKind("mail/paid_work_answered", _("Answer to my paid work proposal"), TEAM),
    MailKind("mail/paid_work_withdrawn", _("Paid work proposal withdrawn"), TEAM),
    MailKind("mail/review_invitation", _("Invitation to write a review"), REVIEWS, digest=True),
    MailKind("mail/review_received", _("New review about me or my organisation"), REVIEWS, digest=True),
    MailKind("mail/maintenance_due", _("Maintenance due soon"), MAINTENANCE, digest=True),
    MailKind("mail/maintenance_overdue", _("Maintenance overdue"), MAINTENANCE, digest=True),
    MailKind("mail/pledge_received", _("New pledge for my organisation's running costs"), SUPPORT, digest=True),
    _required("mail/pledge_thanks", _("Confirmation of my pledge"), SUPPORT),
    _required("mail/pledge_confirmed", _("My pledge was confirmed"), SUPPORT),
    # Asked for by the person who typed the address: the pledge counts only once the address is confirmed.
    _required("mail/pledge_confirm_address", _("Confirm the address of my pledge"), SUPPORT),
    # Asked for by staff or the organisation's admin who started the check of the organisation's mail domain.
    _required("mail/verification_confirm", _("Confirm my organisation's mail domain")),
    # The platform team's warning about content that breaks the rules: an account matter, it cannot be switched off.
    _required("mail/moderation_warning", _("Warning from the platform team")),
    _required("mail/invitation", _("Invitation to join an organisation")),
    _required("mail/inactive_warning", _("Warning before an inactive account is deleted")),
    _required("mail/organisation_deleted_team", _("An organisation I helped was deleted")),
    MailKind("mail/notification_digest", _("Daily digest"), ACCOUNT, required=True, listed=False),
    # allauth's mails (accounts.adapter): confirming addresses and resetting passwords.
    _required("account/email/email_confirmation", _("Confirm an e-mail address")),
    _required("account/email/email_confirmation_signup", _("Confirm the address after signing up")),
    _required("account/email/password_reset_key", _("Reset the password")),
    _required("account/email/account_already_exists", _("Sign-up with an address that already has an account")),
    _required("account/email/unknown_account", _("Password reset for an address without an account")),
)

REGISTRY: dict[str, MailKind] = {kind.name: kind for kind in KINDS}


class UnknownKind(LookupError):
    pass


def get(name: str) -> MailKind:
    try:
        return REGISTRY[name]
    except KeyError:
        raise UnknownKind(f"Mail kind {name!r} is not registered: add a MailKind to techpaten/mail/kinds.py") from None


def listed() -> list[tuple[Group, list[MailKind]]]:
    """The kinds on the settings page, by group, optional ones first within each group."""
    return [
        (group, sorted((k for k in KINDS if k.group == group and k.listed), key=lambda k: k.required))
        for group in GROUPS
        if any(k.group == group and k.listed for k in KINDS)
    ]
