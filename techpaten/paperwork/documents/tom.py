"""TOM: the technical and organisational measures of Art. 32 GDPR, in the structure German authorities and model
contracts use (Vertraulichkeit, Integrität, Verfügbarkeit und Belastbarkeit, regelmäßige Überprüfung).

Measures come from the deployment profile's configuration baseline where the team chose one; each baseline setting
goes under the heading its wording points to. A heading nothing is known for gets a gap: the platform does not
invent measures nobody took.
"""

from __future__ import annotations

from collections.abc import Callable

from django.utils.translation import gettext as _

from techpaten.catalogue.models import BaselineSetting

from .base import Blank, Bullets, Document, Kind, Paragraph, Run, Section, Table, value_or_blank
from .common import fill, new_document, organisation_address, para, section, solution_or_blank
from .data import DocumentData

# Which heading a baseline setting belongs to, by words in its name, value or reason (first match wins: "login"
# is access control before "log" makes it input control).
TOPICS: list[tuple[str, tuple[str, ...]]] = [
    ("encryption", ("encrypt", "verschlüssel", "tls", "https", "ssl", "hsts", "e2ee", "end-to-end", "pseudonym")),
    ("availability", ("backup", "sicherung", "snapshot", "restic", "borg", "restore", "wiederherstell")),
    (
        "access",
        ("2fa", "two-factor", "zwei-faktor", "totp", "mfa", "password", "passwort", "login", "brute", "session"),
    ),
    ("input", ("log", "audit", "activity", "aktivität", "protokoll")),
    (
        "transfer",
        ("share", "sharing", "teilen", "freigabe", "link", "federat", "föderat", "external", "extern", "mail"),
    ),
    ("separation", ("group", "gruppe", "tenant", "mandant", "separat", "trenn", "circle", "space", "raum")),
    ("data-access", ("permission", "berechtigung", "role", "rolle", "admin", "right", "recht", "app")),
]


def topic_of(setting: BaselineSetting) -> str:
    text = " ".join([setting.setting, setting.value, setting.reason_de, setting.reason_en]).lower()
    for topic, words in TOPICS:
        if any(word in text for word in words):
            return topic
    return "other"


def describe(setting: BaselineSetting) -> str:
    kind = BaselineSetting.Kind
    states: dict[str, Callable[[], str]] = {
        kind.ON: lambda: _("%(setting)s: switched on") % {"setting": setting.setting},
        kind.OFF: lambda: _("%(setting)s: switched off") % {"setting": setting.setting},
        kind.APP_DISABLED: lambda: _("%(setting)s: app stays disabled") % {"setting": setting.setting},
        kind.VALUE: lambda: _("%(setting)s: set to %(value)s") % {"setting": setting.setting, "value": setting.value},
    }
    text = states.get(setting.kind, states[kind.ON])()
    return f"{text} ({setting.reason})" if setting.reason else text


def _measures(by_topic: dict[str, list[str]], topic: str, known: list[Run], label: str) -> Bullets | Paragraph:
    """The baseline's settings for the topic plus what else is known; a gap when there is nothing."""
    items: list[list[Run]] = [[run] for run in known] + [[text] for text in by_topic.get(topic, [])]
    if not items:
        return Paragraph([Blank(label)])
    return Bullets(items)


def build(data: DocumentData) -> Document:
    details = data.details
    by_topic: dict[str, list[str]] = {}
    for setting in data.baseline:
        by_topic.setdefault(topic_of(setting), []).append(describe(setting))
    hoster_known = bool(details.hoster_name.strip())
    physical: list[Run] = []
    if hoster_known:
        physical.append(
            _(
                "The servers run in the data centre of %(hoster)s; physical access is controlled by the hoster "
                "(see its data processing agreement and certifications)."
            )
            % {"hoster": details.hoster_name.strip()}
        )
    backups: list[Run] = []
    if details.backup_retention_days:
        backups.append(
            _("Backups are kept for %(days)s days and then deleted automatically.")
            % {"days": details.backup_retention_days}
        )

    document = new_document(
        KIND,
        data,
        subtitle=_(
            "under Art. 32 GDPR for the processing of %(organisation)s; Annex 1 to the data processing agreement"
        )
        % {"organisation": data.organisation.name},
    )
    document.sections = [
        section(
            "scope",
            _("Scope of these measures"),
            Table(
                [
                    (_("Controller"), [data.organisation.name, ", ", *organisation_address(data)]),
                    (_("Processor"), [data.volunteer_names or Blank(_("names of the volunteers"))]),
                    (_("System"), [solution_or_blank(data)]),
                    (
                        _("Deployment profile"),
                        [value_or_blank(details.profile.name if details.profile else "", _("deployment profile"))],
                    ),
                ]
            ),
            para(
                _(
                    "Taking into account the state of the art, the costs of implementation and the nature, scope, "
                    "context and purposes of the processing as well as the risks for the rights and freedoms of "
                    "natural persons, the following measures ensure a level of security appropriate to the risk "
                    "(Art. 32(1) GDPR)."
                )
            ),
        ),
        _heading(
            "confidentiality-physical",
            _("1.1 Confidentiality: physical access control (Zutrittskontrolle)"),
            _("No unauthorised person gets physical access to the systems that process the data."),
            _measures(by_topic, "physical", physical, _("measures controlling physical access to the servers")),
        ),
        _heading(
            "confidentiality-system",
            _("1.2 Confidentiality: system access control (Zugangskontrolle)"),
            _("No unauthorised person can use the systems (log-in, authentication)."),
            _measures(by_topic, "access", [], _("measures controlling log-in to the systems")),
        ),
        _heading(
            "confidentiality-data",
            _("1.3 Confidentiality: data access control (Zugriffskontrolle)"),
            _("Authorised users reach only the data their role needs (permissions, administrator rights)."),
            _measures(by_topic, "data-access", [], _("roles and permissions")),
        ),
        _heading(
            "confidentiality-separation",
            _("1.4 Confidentiality: separation control (Trennungskontrolle)"),
            _("Data collected for different purposes is processed separately."),
            _measures(by_topic, "separation", [], _("how data for different purposes is kept apart")),
        ),
        _heading(
            "confidentiality-encryption",
            _("1.5 Pseudonymisation and encryption (Art. 32(1)(a) GDPR)"),
            _("Data is encrypted in transit and, where possible, at rest; pseudonyms are used where they suffice."),
            _measures(by_topic, "encryption", [], _("encryption in transit and at rest")),
        ),
        _heading(
            "integrity-transfer",
            _("2.1 Integrity: transfer control (Weitergabekontrolle)"),
            _("Data cannot be read, copied, changed or removed without authorisation when it is shared or sent."),
            _measures(by_topic, "transfer", [], _("rules for sharing and transferring data")),
        ),
        _heading(
            "integrity-input",
            _("2.2 Integrity: input control (Eingabekontrolle)"),
            _("It can be established afterwards who entered, changed or deleted personal data, and when."),
            _measures(by_topic, "input", [], _("logging of changes")),
        ),
        _heading(
            "availability",
            _("3.1 Availability: backup (Verfügbarkeitskontrolle)"),
            _("Data is protected against accidental destruction or loss."),
            _measures(by_topic, "availability", backups, _("backup: what, how often, where, how long")),
        ),
        section(
            "resilience-recovery",
            _("3.2 Resilience and rapid recovery (Art. 32(1)(b) and (c) GDPR)"),
            para(_("The systems withstand load and faults, and the data can be restored quickly after an incident.")),
            Bullets(
                [
                    [_("Security updates are installed promptly, at the latest within a week of their release.")],
                    fill(
                        _("Restoring from backup is tested at least once a year; last test: %(date)s."),
                        date=Blank(_("date of the last restore test")),
                    ),
                    [_("Data deleted in the live system is not brought back by a restore.")],
                ]
            ),
        ),
        section(
            "review",
            _("4. Procedure for regular review (Art. 32(1)(d) GDPR)"),
            para(
                _(
                    "The effectiveness of these measures is reviewed regularly: at least once a year, after every "
                    "significant change (new software version or profile, new hoster) and after every incident. "
                    "The result is documented and shared with the controller."
                )
            ),
            Paragraph(
                fill(
                    _("Responsible for the review: %(who)s."),
                    who=Blank(_("who reviews the measures")),
                )
            ),
        ),
    ]
    if by_topic.get("other"):
        document.sections.append(
            section(
                "baseline-other",
                _("5. Further settings of the configuration baseline"),
                Bullets([[text] for text in by_topic["other"]]),
            )
        )
    return document


def _heading(key: str, heading: str, aim: str, measures: Bullets | Paragraph) -> Section:
    return section(key, heading, para(aim), measures)


def _title() -> str:
    return _("Technical and organisational measures (TOM)")


KIND = Kind(key="tom", title=_title, template_version="tom-2026.1", build=build)
