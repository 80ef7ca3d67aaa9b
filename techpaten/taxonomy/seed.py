"""The initial taxonomies from the glossary (shared/domain/glossary.md), loaded by a data migration."""

from __future__ import annotations

SECTORS = [
    ("kita", "Kita", "Day-care centre (Kita)"),
    ("schule", "Schule", "School"),
    ("wg", "Wohngemeinschaft (WG)", "Shared flat (WG)"),
    ("verein", "Verein", "Association (Verein)"),
    ("initiative", "Bürgerinitiative / lokale Aktion", "Citizens' initiative / local action"),
    ("sonstige", "Sonstige gemeinnützige Gruppe", "Other non-profit group"),
]

SKILLS = [
    ("linux", "Linux-Server", "Linux servers"),
    ("nextcloud", "Nextcloud", "Nextcloud"),
    ("mailserver", "E-Mail-Server", "Mail servers"),
    ("webhosting", "Webhosting/CMS", "Web hosting/CMS"),
    ("video", "Videokonferenz (Jitsi, BigBlueButton)", "Video conferencing (Jitsi, BigBlueButton)"),
    ("matrix", "Matrix/Element", "Matrix/Element"),
    ("backup", "Backup (Borg, restic)", "Backup (Borg, restic)"),
    ("network", "Netzwerk/WLAN/Firewall", "Network/Wi-Fi/firewall"),
    ("clients", "Endgeräte/Clients", "Devices/clients"),
    ("containers", "Container (Docker/Podman)", "Containers (Docker/Podman)"),
    ("security", "Sicherheit/Härtung", "Security/hardening"),
    ("gdpr", "Datenschutz/DSGVO", "Data protection/GDPR"),
    ("training", "Schulung/Support", "Training/support"),
]

# slug, German, English, suggested skill slugs
USE_CASES = [
    ("photos", "Fotos mit Eltern teilen", "Sharing photos with parents", ["nextcloud", "linux", "gdpr"]),
    ("files", "Dateien gemeinsam ablegen", "Sharing files", ["nextcloud", "linux", "backup"]),
    ("calendar", "Kalender/Termine", "Calendars and appointments", ["nextcloud"]),
    ("mail", "E-Mail", "E-mail", ["mailserver", "linux", "security"]),
    ("website", "Webseite", "Website", ["webhosting", "linux"]),
    ("video", "Videokonferenz", "Video calls", ["video", "linux", "gdpr"]),
    ("messenger", "Messenger/Chat", "Messenger/chat", ["matrix", "linux"]),
    ("backup", "Datensicherung", "Backup", ["backup", "linux"]),
    ("network", "Geräte, Netzwerk, WLAN", "Devices, network, Wi-Fi", ["network", "clients"]),
    ("passwords", "Passwortverwaltung", "Password management", ["security", "containers"]),
    ("training", "Schulung/Einweisung", "Training and introduction", ["training"]),
    ("gdpr-docs", "Datenschutz-Dokumentation", "Data-protection paperwork", ["gdpr"]),
]


def load(apps: object) -> None:
    """Create or update the terms; works with the historical models of a migration."""
    get_model = apps.get_model  # type: ignore[attr-defined]
    sector_model = get_model("taxonomy", "Sector")
    skill_model = get_model("taxonomy", "Skill")
    use_case_model = get_model("taxonomy", "UseCase")
    for position, (slug, de, en) in enumerate(SECTORS):
        sector_model.objects.update_or_create(slug=slug, defaults={"name_de": de, "name_en": en, "position": position})
    skills = {}
    for position, (slug, de, en) in enumerate(SKILLS):
        skills[slug], _ = skill_model.objects.update_or_create(
            slug=slug, defaults={"name_de": de, "name_en": en, "position": position}
        )
    for position, (slug, de, en, skill_slugs) in enumerate(USE_CASES):
        use_case, _ = use_case_model.objects.update_or_create(
            slug=slug, defaults={"name_de": de, "name_en": en, "position": position}
        )
        use_case.suggested_skills.set([skills[s] for s in skill_slugs])
