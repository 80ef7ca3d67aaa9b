"""The TOM description: the risk consideration of Art. 32(2) with the protection need, the structure of Art. 32
heading by heading, data protection by design and by default (Art. 25), each baseline setting under the control it
names (never guessed from its words)."""

from __future__ import annotations

import pytest

from techpaten.catalogue.models import BaselineSetting
from techpaten.catalogue.seed_data import PROFILES
from techpaten.catalogue.seed_data.controls import CONTROLS
from techpaten.compliance.seed_requirements import REQUIREMENTS
from techpaten.paperwork.documents import tom
from techpaten.paperwork.documents.data import gather

from .checks import FORMATS, assert_gaps
from .parse import produce_text

KIND = "tom"
NAMES = (
    "Elterninitiative Sonnenschein e.V.",
    "Vera Volkmann",
)  # the parties, as named (test_every_kind)

# Each heading, with the baseline setting or fact that fills it.
ITEMS = {
    "protection-need": (
        "Risks and protection need (Art. 32(2) GDPR)",
        "destruction, loss, alteration, unauthorised disclosure of, or access to personal data",
        "Protection need: high",
        "Fotos von Kindern; ein Verlust wäre für die Familien belastend.",
        "their photos need at least the protection level “high”",
        "Destruction and loss: backup and recovery (3.1, 3.2)",
    ),
    "confidentiality-physical": ("physical access control", "Zutrittskontrolle", "data centre of Hetzner Online GmbH"),
    "confidentiality-system": ("system access control", "Zugangskontrolle", "twofactor_enforced: switched on"),
    "confidentiality-data": (
        "data access control",
        "Zugriffskontrolle",
        "shareapi_allow_share_dialog_user_enumeration: switched off",
    ),
    "confidentiality-separation": ("separation control", "shareapi_only_share_with_group_members"),
    "confidentiality-encryption": ("Pseudonymisation and encryption", "encryption_enabled: switched on"),
    "integrity-transfer": ("transfer control", "Weitergabekontrolle", "shareapi_enforce_links_password"),
    "integrity-input": ("input control", "Eingabekontrolle", "admin_audit: switched on"),
    "availability": ("Availability", "Backups are kept for 30 days", "restic_schedule: set to 03:00"),
    "resilience-recovery": ("Resilience and rapid recovery", "tested at least twice a year", "20.11.2026"),
    "by-design": ("by design and by default (Art. 25 GDPR)", "recognize: app stays disabled", "auto, 30"),
    "review": ("Procedure for regular review", "Art. 32(1)(d)", "Bernd Beirat, Elternvertretung"),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_a_profile_every_control_is_a_gap(engagement, fmt):
    labels = (
        "normal, high or very high",
        "measures controlling physical access to the servers",
        "measures controlling log-in to the systems",
        "roles and permissions",
        "how data for different purposes is kept apart",
        "encryption in transit and at rest",
        "rules for sharing and transferring data",
        "logging of changes",
        "backup: what, how often, where, how long",
        "settings that keep data to the minimum and delete it on time",
        "date of the last restore test",
        "who reviews the measures",
    )
    assert_gaps(engagement, "tom", fmt, labels)


# Finding 3: every setting states its control; words in it decide nothing.


def test_two_factor_authentication_is_system_access_and_the_share_dialog_is_not_input_control(details, engagement):
    """The old keyword matching put 2FA under separation control ("group" in "enforced_groups") and the share-dialog
    setting under input control ("dialog" contains "log")."""
    sections = {
        key: measures for key, _heading, measures in tom.control_sections(gather(engagement, contact_visible=True))
    }
    assert any("twofactor_enforced" in m for m in sections["confidentiality-system"])
    assert not any("twofactor" in m for m in sections["confidentiality-separation"])
    assert not any("dialog" in m for m in sections["integrity-input"])
    assert any("share_dialog" in m for m in sections["confidentiality-data"])


def test_a_setting_s_words_do_not_move_it_to_another_control(details, engagement, profile):
    BaselineSetting.objects.create(
        profile=profile, control=BaselineSetting.Control.SYSTEM_ACCESS, kind="on", setting="backup_dialog_group_log"
    )
    sections = {
        key: measures for key, _heading, measures in tom.control_sections(gather(engagement, contact_visible=True))
    }
    assert any("backup_dialog_group_log" in m for m in sections["confidentiality-system"])
    assert sum("backup_dialog_group_log" in m for measures in sections.values() for m in measures) == 1


def test_every_seeded_baseline_setting_names_its_control():
    names = {setting.setting for profile in PROFILES for setting in profile.baseline}
    assert names <= set(CONTROLS), names - set(CONTROLS)
    assert set(CONTROLS.values()) <= set(BaselineSetting.Control.values)
    assert CONTROLS["shareapi_allow_share_dialog_user_enumeration"] == BaselineSetting.Control.DATA_ACCESS
    assert CONTROLS["twofactor_enforced (config.php)"] == BaselineSetting.Control.SYSTEM_ACCESS
    assert CONTROLS["twofactor_enforced_groups (config.php)"] == BaselineSetting.Control.SYSTEM_ACCESS


def test_the_seeded_profiles_file_their_settings_as_stated(db):
    setting = BaselineSetting.objects.get(profile__slug="club-hardened", setting="twofactor_enforced (config.php)")
    assert setting.control == BaselineSetting.Control.SYSTEM_ACCESS


def test_the_tom_and_the_library_state_one_frequency_for_restore_tests(details, engagement):
    text = produce_text(engagement, "tom", "docx", "en")
    library = next(req for req in REQUIREMENTS if req.code == "backup-restore-tested")
    assert f"at least {tom.RESTORE_TESTS}" in text
    assert f"at least {tom.RESTORE_TESTS}" in library.text_en
    assert "mindestens zweimal im Jahr" in library.text_de
