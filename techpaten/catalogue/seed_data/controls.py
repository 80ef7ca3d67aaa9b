"""Which Art. 32 control each seeded baseline setting belongs to, stated for every setting by its name.

The TOM files each setting under this control. It used to guess from words in the setting ("dialog" contains "log",
so a share-dialog setting landed under input control); an explicit control per setting cannot misfile.
"""

from __future__ import annotations

PHYSICAL = "physical"
SYSTEM_ACCESS = "system_access"
DATA_ACCESS = "data_access"
SEPARATION = "separation"
ENCRYPTION = "encryption"
TRANSFER = "transfer"
INPUT = "input"
AVAILABILITY = "availability"
RESILIENCE = "resilience"
MINIMISATION = "minimisation"
DELETION = "deletion"

CONTROLS: dict[str, str] = {
    # Nextcloud: share links and sharing
    "shareapi_enforce_links_password": TRANSFER,
    "shareapi_default_expire_date": TRANSFER,
    "shareapi_enforce_expire_date": TRANSFER,
    "shareapi_expire_after_n_days": TRANSFER,
    "shareapi_allow_public_upload": TRANSFER,
    "outgoing_server2server_share_enabled (files_sharing)": TRANSFER,
    "shareapi_allow_resharing": TRANSFER,
    # The share dialog lists accounts: who can see whom is data access, not logging.
    "shareapi_allow_share_dialog_user_enumeration": DATA_ACCESS,
    "shareapi_only_share_with_group_members": SEPARATION,
    # Face recognition and machine learning: data minimisation by default (Art. 25(2) GDPR).
    "recognize": MINIMISATION,
    "facerecognition": MINIMISATION,
    "machineLearning.facialRecognition.enabled": MINIMISATION,
    "machineLearning.enabled": MINIMISATION,
    "map.enabled": MINIMISATION,
    "reverseGeocoding.enabled": MINIMISATION,
    "newVersionCheck.enabled": MINIMISATION,
    # A second factor is control of log-in to the system.
    "twofactor_enforced (config.php)": SYSTEM_ACCESS,
    "twofactor_enforced_groups (config.php)": SYSTEM_ACCESS,
    "trashbin_retention_obligation (config.php)": DELETION,
    "versions_retention_obligation (config.php)": DELETION,
    "activity_expire_days (config.php)": DELETION,
    "loglevel (config.php)": MINIMISATION,
    "trash.days": DELETION,
    # CryptPad
    "Registrierung schließen (Admin-Bereich, restrictRegistration)": SYSTEM_ACCESS,
    "blockDailyCheck (config.js)": MINIMISATION,
    "inactiveTime (config.js)": DELETION,
    # Jitsi Meet
    "startWithAudioMuted": MINIMISATION,
    "startWithVideoMuted": MINIMISATION,
    "prejoinConfig.enabled": MINIMISATION,
    "fileRecordingsEnabled": MINIMISATION,
    "liveStreaming.enabled": TRANSFER,
    "disableThirdPartyRequests": TRANSFER,
    "analytics.disabled": MINIMISATION,
    "p2p.enabled": TRANSFER,
    "JVB_STUN_SERVERS (.env)": TRANSFER,
    "ENABLE_AUTH=1, ENABLE_GUESTS=1 (.env)": SYSTEM_ACCESS,
    "ENABLE_LETSENCRYPT=1, ENABLE_HTTP_REDIRECT=1 (.env)": ENCRYPTION,
    # BigBlueButton
    "muteOnStart": MINIMISATION,
    "disableRecordingDefault": MINIMISATION,
    "autoStartRecording": MINIMISATION,
    "learningDashboardEnabled": MINIMISATION,
    "keepEvents": DELETION,
    "webcamsOnlyForModerator": DATA_ACCESS,
    "defaultGuestPolicy": SYSTEM_ACCESS,
    # Matrix Synapse
    "enable_registration": SYSTEM_ACCESS,
    "encryption_enabled_by_default_for_room_type": ENCRYPTION,
    "federation_domain_whitelist": TRANSFER,
    "allow_public_rooms_over_federation": TRANSFER,
    "url_preview_enabled": TRANSFER,
    "report_stats": MINIMISATION,
    "retention.default_policy.max_lifetime": DELETION,
    "user_ips_max_age": DELETION,
    # Mail
    "smtpd_tls_auth_only (Postfix)": ENCRYPTION,
    "smtp_tls_security_level (Postfix)": ENCRYPTION,
    "DKIM-Schlüssel der Domain (2048 Bit)": TRANSFER,
    "_dmarc (DNS TXT)": TRANSFER,
    "SKIP_CLAMD (mailcow.conf)": RESILIENCE,
    "Zwei-Faktor-Anmeldung für Mailcow-Admins": SYSTEM_ACCESS,
    "Zwei-Faktor-Anmeldung für alle Postfächer": SYSTEM_ACCESS,
    "Automatische Weiterleitung an externe Adressen": TRANSFER,
    "DKIM für die eigene Domain": TRANSFER,
    # WordPress and websites
    "WP_AUTO_UPDATE_CORE (wp-config.php)": RESILIENCE,
    "DISALLOW_FILE_EDIT (wp-config.php)": DATA_ACCESS,
    "show_avatars": TRANSFER,
    "default_comment_status": MINIMISATION,
    "Schriften von fonts.googleapis.com / fonts.gstatic.com": TRANSFER,
    "privacy.youTube.disable": TRANSFER,
    "privacy.vimeo.disable": TRANSFER,
    "privacy.x.disable": TRANSFER,
    "privacy.googleAnalytics.disable": TRANSFER,
    "Content-Security-Policy (Webserver)": TRANSFER,
    "access_log (Webserver)": DELETION,
    # Moodle
    "forcelogin": SYSTEM_ACCESS,
    "registerauth": SYSTEM_ACCESS,
    "enableanalytics": MINIMISATION,
    "logstore_standard | loglifetime": DELETION,
    "enablemobilewebservice": TRANSFER,
    # Vaultwarden
    "SIGNUPS_ALLOWED": SYSTEM_ACCESS,
    "SHOW_PASSWORD_HINT": SYSTEM_ACCESS,
    "PASSWORD_HINTS_ALLOWED": SYSTEM_ACCESS,
    "DISABLE_ICON_DOWNLOAD": TRANSFER,
    "ADMIN_TOKEN": SYSTEM_ACCESS,
    # Backups
    "borg init --encryption": ENCRYPTION,
    "borg serve --append-only (authorized_keys)": AVAILABILITY,
    "borg prune": DELETION,
    "borg check --verify-data": AVAILABILITY,
    "borg key export": AVAILABILITY,
    "rest-server --append-only": AVAILABILITY,
    "restic forget --prune": DELETION,
    "restic check --read-data-subset": AVAILABILITY,
}
