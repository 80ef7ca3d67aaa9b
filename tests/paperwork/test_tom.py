"""The TOM description follows the structure of Art. 32 GDPR, heading by heading, filled from the profile baseline."""

from __future__ import annotations

from .checks import assert_phrases
from .parse import produce_text

KIND = "tom"

# Each heading of the usual German TOM structure, with the baseline setting or fact that fills it.
ITEMS = {
    "confidentiality-physical": ("physical access control", "Zutrittskontrolle", "data centre of Hetzner Online GmbH"),
    "confidentiality-system": ("system access control", "Zugangskontrolle", "Two-factor authentication enforced"),
    "confidentiality-data": ("data access control", "Zugriffskontrolle", "Administrator rights only for the team lead"),
    "confidentiality-separation": ("separation control", "Trennungskontrolle", "One group folder per Kita group"),
    "confidentiality-encryption": ("Pseudonymisation and encryption", "Server-side encryption: switched on"),
    "integrity-transfer": ("transfer control", "Weitergabekontrolle", "Public share links: switched off"),
    "integrity-input": ("input control", "Eingabekontrolle", "Audit log (admin_audit)"),
    "availability": ("Availability", "Backups are kept for 30 days", "Nightly backup with restic: set to 03:00"),
    "resilience-recovery": ("Resilience and rapid recovery", "Art. 32(1)(b) and (c)", "Restoring from backup"),
    "review": ("Procedure for regular review", "Art. 32(1)(d)", "at least once a year"),
}
# Facts nobody entered, shown as marked gaps (test_every_kind.py checks ITEMS and GAPS of every document).
GAPS = (
    "measures controlling physical access to the servers",
    "measures controlling log-in to the systems",
    "roles and permissions",
    "how data for different purposes is kept apart",
    "encryption in transit and at rest",
    "rules for sharing and transferring data",
    "logging of changes",
    "backup: what, how often, where, how long",
    "who reviews the measures",
)


def test_settings_that_fit_no_heading_are_listed_separately(details, engagement):
    assert_phrases(produce_text(engagement, "tom", "odt", "en"), ("Further settings", "Recognize: app stays disabled"))
