"""The Betriebshandbuch as a document the organisation keeps: the same content for the print page and Markdown.

By design it holds no credentials: the inventory only records where they are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from techpaten.organisations.models import Organisation

from . import services
from .models import Service


@dataclass(frozen=True)
class Entry:
    name: str
    rows: list[tuple[str, str]]  # (label, value); "" for a value nobody entered


@dataclass(frozen=True)
class Handbook:
    organisation: str
    date: str
    entries: list[Entry]

    @property
    def title(self) -> str:
        return _("Operations handbook (Betriebshandbuch)")

    @property
    def no_credentials(self) -> str:
        return _(
            "By design, this document contains no credentials (passwords, keys, tokens): it only says where they "
            "are kept. Keep them in a password manager or a sealed envelope, never in this document."
        )


def _label(field: str) -> str:
    return str(capfirst(getattr(Service._meta.get_field(field), "verbose_name", field)))


def _date(value: date | None) -> str:
    return date_format(value, "DATE_FORMAT") if value else ""


def _team(service: Service) -> str:
    if service.engagement is None:
        return _("no team (the organisation looks after it)")
    names = services.team_names(service)
    return f"{service.engagement.team}: {', '.join(names)}" if names else str(service.engagement.team)


def rows(service: Service) -> list[tuple[str, str]]:
    """Every field of the service, in the order of the form. Needs `services.with_team` for the team's names."""
    text = ["hoster", "country", "domain", "admin_rights", "credentials_location"]
    backup = ["backup_what", "backup_where", "backup_frequency"]
    dates = ["next_update_check", "tls_expires_on", "restore_test_due"]
    return [
        (_label("solution"), service.solution.display_name if service.solution else ""),
        (_label("software_version"), service.software_version),
        (_("Team that looks after it"), _team(service)),
        *[(_label(field), getattr(service, field)) for field in text + backup],
        (_label("last_restore_test"), _date(service.last_restore_test)),
        *[(_label(field), _date(getattr(service, field))) for field in dates],
        (_label("notes"), service.notes),
    ]


def build(organisation: Organisation, today: date) -> Handbook:
    entries = [
        Entry(service.name, rows(service)) for service in services.with_team(services.active_services(organisation))
    ]
    return Handbook(organisation=organisation.name, date=_date(today), entries=entries)


def _value(value: str) -> str:
    """A value inside a Markdown list item: hard line breaks, continuation lines indented."""
    if not value:
        return _("not recorded")
    lines = value.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    return "  \n  ".join(line.rstrip() for line in lines)


def markdown(handbook: Handbook) -> str:
    # Translated outside the f-strings: xgettext does not look inside them (scripts/check_messages.py).
    organisation, date = _("Organisation"), _("Date")
    out = [
        f"# {handbook.title}",
        "",
        f"- **{organisation}:** {handbook.organisation}",
        f"- **{date}:** {handbook.date}",
        "",
        f"> {handbook.no_credentials}",
        "",
    ]
    if not handbook.entries:
        out += [_("No services are recorded yet."), ""]
    for entry in handbook.entries:
        out += [f"## {entry.name}", ""]
        out += [f"- **{label}:** {_value(value)}" for label, value in entry.rows]
        out.append("")
    return "\n".join(out)


def filename(organisation: Organisation, today: date) -> str:
    return f"betriebshandbuch-{organisation.slug}-{today.isoformat()}.md"
