"""What a person chose for each kind of mail, and the signed links that switch a kind off without logging in.

Only changed kinds are stored (NotificationPreference); every other optional kind goes out at once, and required
kinds always do. The unsubscribe token carries the user's id and the kind, signed with SECRET_KEY: whoever holds
the mail may switch that one kind off for that one person, nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from techpaten.core.rules import RuleViolation

from . import kinds
from .kinds import MailKind
from .models import Delivery, NotificationPreference

UNSUBSCRIBE_SALT = "techpaten.mail.unsubscribe"


def delivery_for(user_id: int, kind: MailKind) -> str:
    """How a mail of `kind` reaches the person now: at once, in the daily digest, or not at all."""
    if kind.required:
        return Delivery.INSTANT
    chosen = NotificationPreference.objects.filter(user_id=user_id, kind=kind.name).values_list("delivery", flat=True)
    delivery = next(iter(chosen), Delivery.INSTANT)
    if delivery == Delivery.DAILY and not kind.digest:
        return Delivery.INSTANT  # a kind that lost its digest since the choice was made
    return delivery


def switched_off(user_ids: list[int], kind: MailKind) -> set[int]:
    """Of these people, those who switched `kind` off (one query, for callers preparing many mails at once)."""
    if kind.required:
        return set()
    chosen = NotificationPreference.objects.filter(user_id__in=user_ids, kind=kind.name, delivery=Delivery.OFF)
    return set(chosen.values_list("user_id", flat=True))


@dataclass(frozen=True)
class Choice:
    kind: MailKind
    delivery: str  # Delivery value; INSTANT for required kinds

    @property
    def field_name(self) -> str:
        return "kind-" + self.kind.name.replace("/", "-")


def choices_of(user_id: int) -> list[tuple[kinds.Group, list[Choice]]]:
    """Every listed kind with the person's current delivery, by group (one query)."""
    chosen = dict(NotificationPreference.objects.filter(user_id=user_id).values_list("kind", "delivery"))
    return [
        (
            group,
            [
                Choice(kind, Delivery.INSTANT if kind.required else chosen.get(kind.name, Delivery.INSTANT))
                for kind in entries
            ],
        )
        for group, entries in kinds.listed()
    ]


def allowed_deliveries(kind: MailKind) -> list[str]:
    if kind.required:
        return [Delivery.INSTANT]
    return [Delivery.INSTANT, Delivery.DAILY, Delivery.OFF] if kind.digest else [Delivery.INSTANT, Delivery.OFF]


@transaction.atomic
def set_deliveries(user_id: int, wanted: dict[str, str]) -> int:
    """Store the person's choices {kind name: delivery}; returns how many changed. All or nothing on a bad value."""
    for name, delivery in wanted.items():
        kind = kinds.REGISTRY.get(name)
        if kind is None or delivery not in allowed_deliveries(kind):
            raise RuleViolation(_("This choice is not possible for this kind of e-mail."))
        if kind.required and delivery != Delivery.INSTANT:
            raise RuleViolation(_("This e-mail is always sent and cannot be switched off."))
    stored = dict(NotificationPreference.objects.filter(user_id=user_id).values_list("kind", "delivery"))
    changed = 0
    for name, delivery in wanted.items():
        if stored.get(name, Delivery.INSTANT) == delivery:
            continue
        changed += 1
        if delivery == Delivery.INSTANT:  # the default: no row
            NotificationPreference.objects.filter(user_id=user_id, kind=name).delete()
        else:
            NotificationPreference.objects.update_or_create(user_id=user_id, kind=name, defaults={"delivery": delivery})
    return changed


class BadToken(Exception):
    pass


def unsubscribe_token(user_id: int, kind: MailKind) -> str:
    return signing.dumps({"u": user_id, "k": kind.name}, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_url(user_id: int, kind: MailKind) -> str:
    return settings.SITE_URL + reverse("mail:unsubscribe", args=[unsubscribe_token(user_id, kind)])


def read_token(token: str) -> tuple[int, MailKind]:
    """The user id and the optional kind a token names; BadToken for a forged, mangled or outdated one."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
        user_id, kind = int(data["u"]), kinds.REGISTRY.get(str(data["k"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise BadToken from error
    if kind is None or kind.required:
        raise BadToken
    return user_id, kind


def unsubscribe(user_id: int, kind: MailKind) -> None:
    """Switch one optional kind off (again is harmless)."""
    set_deliveries(user_id, {kind.name: Delivery.OFF})
