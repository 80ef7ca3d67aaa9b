"""Deployment profiles for websites and learning: WordPress (wp-config.php, options), Hugo, Moodle admin settings."""

from __future__ import annotations

from .base import LEFT_TO_ORGANISATION as ORG
from .base import OFF, ON, PARTIAL, SATISFIED, VALUE, Cover, Profile, Setting

IMPRINT = Cover(
    "website-imprint-r2",
    ORG,
    "Impressum und Datenschutzerklärung schreibt die Einrichtung; die Plattform liefert eine Vorlage.",
    "The organisation writes imprint and privacy notice; the platform provides a template.",
)
PROFILES = [
    Profile(
        solution="wordpress",
        slug="no-third-party",
        name="WordPress 6, ohne Drittanbieter-Inhalte",
        name_en="WordPress 6, without third-party content",
        software_version="6",
        description_de=(
            "WordPress mit automatischen Updates, ohne Datei-Editor im Admin-Bereich, ohne Gravatar und Kommentare, "
            "mit lokal eingebundenen Schriften und ohne eingebettete Fremdinhalte."
        ),
        description_en=(
            "WordPress with automatic updates, no file editor in the admin area, no Gravatar or comments, locally "
            "served fonts and no embedded third-party content."
        ),
        baseline=(
            Setting(
                VALUE,
                "WP_AUTO_UPDATE_CORE (wp-config.php)",
                "true",
                "Auch größere Versionen werden automatisch eingespielt.",
                "Major versions are installed automatically too.",
            ),
            Setting(
                ON,
                "DISALLOW_FILE_EDIT (wp-config.php)",
                "true",
                "Ein übernommenes Redaktionskonto kann keinen Code ändern.",
                "A compromised editor account cannot change code.",
            ),
            Setting(
                OFF,
                "show_avatars",
                "0",
                "Avatare kämen von gravatar.com und verrieten Besucherdaten.",
                "Avatars would come from gravatar.com and reveal visitor data.",
            ),
            Setting(
                VALUE,
                "default_comment_status",
                "closed",
                "Keine Kommentare: keine personenbezogenen Daten von Besuchern, kein Spam.",
                "No comments: no visitors' personal data, no spam.",
            ),
            Setting(
                OFF,
                "Schriften von fonts.googleapis.com / fonts.gstatic.com",
                "",
                "Schriften liegen auf dem eigenen Server (LG München I, 3 O 17493/20).",
                "Fonts are served from the site's own server (Regional Court Munich I, 3 O 17493/20).",
            ),
        ),
        coverage=(
            Cover(
                "website-no-third-party",
                PARTIAL,
                "Gravatar und Google Fonts sind abgeschaltet; jedes neue Theme oder Plugin prüft die Techpatin auf "
                "Fremdinhalte.",
                "Gravatar and Google Fonts are off; the volunteer checks every new theme or plugin for third-party "
                "content.",
            ),
            Cover(
                "website-cookie-free",
                PARTIAL,
                "Ohne Kommentare setzt WordPress Cookies nur bei der Anmeldung; Plugins können weitere setzen.",
                "Without comments WordPress sets cookies only on login; plugins may set more.",
            ),
            Cover(
                "patch-management",
                PARTIAL,
                "Kern-Updates laufen automatisch; Themes und Plugins aktualisiert die Techpatin.",
                "Core updates run automatically; the volunteer updates themes and plugins.",
            ),
            IMPRINT,
        ),
    ),
    Profile(
        solution="hugo-static-site",
        slug="static-no-third-party",
        name="Hugo, statisch und ohne Drittanbieter",
        name_en="Hugo, static and without third parties",
        software_version="",
        description_de=(
            "Eine statische Seite ohne Cookies, mit abgeschalteten Einbettungen von YouTube, Vimeo und X, einer "
            "Content-Security-Policy, die nur eigene Inhalte erlaubt, und gekürzten IP-Adressen im Server-Protokoll."
        ),
        description_en=(
            "A static site without cookies, with YouTube, Vimeo and X embeds disabled, a Content Security Policy that "
            "allows only the site's own content, and truncated IP addresses in the server log."
        ),
        baseline=(
            Setting(ON, "privacy.youTube.disable", "true", "Keine YouTube-Einbettung.", "No YouTube embeds."),
            Setting(ON, "privacy.vimeo.disable", "true", "Keine Vimeo-Einbettung.", "No Vimeo embeds."),
            Setting(ON, "privacy.x.disable", "true", "Keine X/Twitter-Einbettung.", "No X/Twitter embeds."),
            Setting(
                ON,
                "privacy.googleAnalytics.disable",
                "true",
                "Kein Google Analytics.",
                "No Google Analytics.",
            ),
            Setting(
                VALUE,
                "Content-Security-Policy (Webserver)",
                "default-src 'self'",
                "Der Browser lädt nur Inhalte vom eigenen Server.",
                "The browser loads content from the site's own server only.",
            ),
            Setting(
                VALUE,
                "access_log (Webserver)",
                "IP-Adressen gekürzt, 7 Tage",
                "Server-Protokolle ohne volle IP-Adresse und nur kurz.",
                "Server logs without full IP addresses and only briefly.",
            ),
        ),
        coverage=(
            Cover(
                "website-no-third-party",
                SATISFIED,
                "Einbettungen sind abgeschaltet, und die Content-Security-Policy verhindert jedes Nachladen von "
                "fremden "
                "Servern.",
                "Embeds are disabled, and the Content Security Policy blocks loading anything from other servers.",
            ),
            Cover(
                "website-cookie-free",
                SATISFIED,
                "Statische Seiten setzen keine Cookies; ein Banner ist nicht nötig.",
                "Static pages set no cookies; no banner is needed.",
            ),
            Cover(
                "logging-minimal",
                SATISFIED,
                "Gekürzte IP-Adressen, 7 Tage Aufbewahrung.",
                "Truncated IP addresses, kept for 7 days.",
            ),
            IMPRINT,
        ),
    ),
    Profile(
        solution="moodle",
        slug="school",
        name="Moodle 4.5 LTS, Schulprofil",
        name_en="Moodle 4.5 LTS, school profile",
        software_version="4.5",
        description_de=(
            "Moodle nur mit Anmeldung, ohne Selbstregistrierung, ohne Lernanalysen und mit kurzer Aufbewahrung der "
            "Protokolle."
        ),
        description_en=(
            "Moodle with login required, no self-registration, no learning analytics and short log retention."
        ),
        baseline=(
            Setting(ON, "forcelogin", "1", "Inhalte nur nach Anmeldung.", "Content only after login."),
            Setting(
                OFF,
                "registerauth",
                "",
                "Keine Selbstregistrierung; Konten kommen von der Schule.",
                "No self-registration; accounts come from the school.",
            ),
            Setting(
                OFF,
                "enableanalytics",
                "0",
                "Keine Vorhersagen über Schülerinnen und Schüler (WP248: Bewertung).",
                "No predictions about pupils (WP248: evaluation).",
            ),
            Setting(
                VALUE,
                "logstore_standard | loglifetime",
                "90",
                "Protokolle der Aktivitäten werden nach 90 Tagen gelöscht.",
                "Activity logs are deleted after 90 days.",
            ),
            Setting(
                OFF,
                "enablemobilewebservice",
                "0",
                "Die App schickt Push-Nachrichten über einen Dienst des Herstellers außerhalb der EU; erst nach "
                "Prüfung einschalten.",
                "The app sends push notifications through the vendor's service outside the EU; switch on only after "
                "review.",
            ),
        ),
        coverage=(
            Cover(
                "schule-traeger-approval-r2",
                ORG,
                "Die Freigabe durch Schulleitung und Schulträger holt die Schule ein.",
                "The school obtains the approval of school management and Schulträger.",
            ),
            Cover(
                "logging-minimal",
                SATISFIED,
                "Aktivitätsprotokolle 90 Tage, keine Lernanalysen.",
                "Activity logs 90 days, no learning analytics.",
            ),
            Cover(
                "least-privilege",
                PARTIAL,
                "Moodles Rollen (Lehrkraft, Schüler/in) trennen Rechte je Kurs; die Zuordnung pflegt die Schule.",
                "Moodle's roles (teacher, student) separate rights per course; the school maintains the assignment.",
            ),
        ),
    ),
]
