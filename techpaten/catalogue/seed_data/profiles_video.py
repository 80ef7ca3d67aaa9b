"""Deployment profiles for video calls: Jitsi Meet (config.js, docker-jitsi-meet .env), BigBlueButton
(bbb-web.properties), set up after the DSK guidance on video conferencing (2020).
"""

from __future__ import annotations

from .base import LEFT_TO_ORGANISATION as ORG
from .base import OFF, ON, PARTIAL, SATISFIED, VALUE, Cover, Profile, Setting

VIDEO_HOSTING = Cover(
    "eu-hosting-r2",
    ORG,
    "Der Dienst lädt nichts von Dritten; den EU-Standort legt der Hostervertrag der Einrichtung fest.",
    "The service loads nothing from third parties; the organisation's hosting contract fixes the EU location.",
)
CHILDREN = Cover(
    "dsfa-children-r2",
    PARTIAL,
    "Die Voreinstellungen senken das Risiko (keine Aufzeichnung, keine Auswertung); die Schwellwertanalyse "
    "dokumentiert die Einrichtung.",
    "The defaults lower the risk (no recording, no analytics); the organisation documents the screening.",
)

PROFILES = [
    Profile(
        solution="jitsi-meet",
        slug="privacy-friendly",
        name="Jitsi Meet, datensparsam",
        name_en="Jitsi Meet, minimal data",
        software_version="2.0",
        description_de=(
            "Jitsi Meet nach der DSK-Orientierungshilfe Videokonferenzsysteme: stumm und ohne Kamera beitreten, freie "
            "Namenswahl auf der Vorschaltseite, keine Aufzeichnung und kein Streaming, keine Anfragen an Dritte, kein "
            "Peer-to-Peer; Räume eröffnen nur angemeldete Moderierende."
        ),
        description_en=(
            "Jitsi Meet following the DSK guidance on video conferencing: join muted and without camera, free "
            "choice of "
            "name on the pre-join page, no recording and no streaming, no third-party requests, no peer-to-peer; only "
            "signed-in moderators open rooms."
        ),
        baseline=(
            Setting(ON, "startWithAudioMuted", "true", "Mikrofon beim Betreten aus.", "Microphone off on joining."),
            Setting(ON, "startWithVideoMuted", "true", "Kamera beim Betreten aus.", "Camera off on joining."),
            Setting(
                ON,
                "prejoinConfig.enabled",
                "true",
                "Vorschaltseite: Name frei wählen, Kamera und Mikrofon prüfen, bevor man sichtbar ist.",
                "Pre-join page: choose a name, check camera and microphone before becoming visible.",
            ),
            Setting(
                OFF,
                "fileRecordingsEnabled",
                "false",
                "Keine Aufzeichnung auf dem Server.",
                "No recording on the server.",
            ),
            Setting(OFF, "liveStreaming.enabled", "false", "Kein Streaming nach außen.", "No streaming out."),
            Setting(
                ON,
                "disableThirdPartyRequests",
                "true",
                "Keine Anfragen an Dritte (z. B. Avatare von Gravatar).",
                "No requests to third parties (e.g. Gravatar avatars).",
            ),
            Setting(
                ON,
                "analytics.disabled",
                "true",
                "Keine Nutzungsstatistik.",
                "No usage analytics.",
            ),
            Setting(
                OFF,
                "p2p.enabled",
                "false",
                "Kein Peer-to-Peer: Teilnehmende sehen einander nicht die IP-Adresse, keine fremden STUN-Server.",
                "No peer-to-peer: participants do not see each other's IP address, no outside STUN servers.",
            ),
            Setting(
                VALUE,
                "JVB_STUN_SERVERS (.env)",
                "eigener STUN/TURN-Server (coturn) in der EU",
                "Standardmäßig fragt die Videobrücke STUN-Server des Projekts an.",
                "By default the video bridge queries the project's STUN servers.",
            ),
            Setting(
                ON,
                "ENABLE_AUTH=1, ENABLE_GUESTS=1 (.env)",
                "1",
                "Räume eröffnen nur angemeldete Moderierende; Gäste treten ohne Konto bei.",
                "Only signed-in moderators open rooms; guests join without an account.",
            ),
            Setting(
                ON,
                "ENABLE_LETSENCRYPT=1, ENABLE_HTTP_REDIRECT=1 (.env)",
                "1",
                "Gültiges Zertifikat und Umleitung auf HTTPS.",
                "A valid certificate and redirect to HTTPS.",
            ),
        ),
        coverage=(
            Cover(
                "video-privacy-by-default",
                PARTIAL,
                "Kamera und Mikrofon aus, freie Namenswahl, keine Aufzeichnung, keine Anfragen an Dritte. Warteraum "
                "oder Passwort schalten Moderierende je Raum ein.",
                "Camera and microphone off, free choice of name, no recording, no third-party requests. Moderators "
                "switch on lobby or password per room.",
            ),
            Cover(
                "schule-video-lessons-private",
                PARTIAL,
                "Serverseitig keine Aufzeichnung, stummer Beitritt ohne Kamera; Mitschnitte durch Teilnehmende "
                "verbieten die Nutzungsregeln der Schule.",
                "No server-side recording, joining muted without camera; the school's rules forbid recording by "
                "participants.",
            ),
            Cover(
                "tls-everywhere",
                SATISFIED,
                "Let's-Encrypt-Zertifikat und Umleitung auf HTTPS; Medien sind per DTLS-SRTP verschlüsselt.",
                "Let's Encrypt certificate and redirect to HTTPS; media are encrypted with DTLS-SRTP.",
            ),
            Cover(
                "logging-minimal",
                PARTIAL,
                "Jitsi speichert keine Inhalte; Aufbewahrung der Webserver- und Dienstprotokolle stellt die Techpatin "
                "ein.",
                "Jitsi stores no content; the volunteer sets the retention of web server and service logs.",
            ),
            VIDEO_HOSTING,
            CHILDREN,
        ),
    ),
    Profile(
        solution="bigbluebutton",
        slug="school",
        name="BigBlueButton 3.0, Schulprofil",
        name_en="BigBlueButton 3.0, school profile",
        software_version="3.0",
        description_de=(
            "BigBlueButton für Videounterricht: stumm beitreten, Aufzeichnung abgeschaltet, Warteraum, Kameras der "
            "Schülerinnen und Schüler nur für Lehrkräfte sichtbar, keine Lernstandsauswertung."
        ),
        description_en=(
            "BigBlueButton for video lessons: join muted, recording switched off, waiting room, pupils' cameras "
            "visible to teachers only, no learning analytics."
        ),
        baseline=(
            Setting(ON, "muteOnStart", "true", "Alle treten stumm bei.", "Everyone joins muted."),
            Setting(
                ON,
                "disableRecordingDefault",
                "true",
                "Aufzeichnungen sind für alle Räume abgeschaltet.",
                "Recording is switched off for every room.",
            ),
            Setting(OFF, "autoStartRecording", "false", "Nichts startet von selbst.", "Nothing starts by itself."),
            Setting(
                OFF,
                "learningDashboardEnabled",
                "false",
                "Keine Auswertung, wer wie lange gesprochen oder geschrieben hat (WP248: Bewertung, Überwachung).",
                "No analysis of who talked or wrote how much (WP248: evaluation, monitoring).",
            ),
            Setting(
                OFF,
                "keepEvents",
                "false",
                "Ereignisse einer Sitzung werden nach dem Ende nicht aufbewahrt.",
                "A session's events are not kept after it ends.",
            ),
            Setting(
                ON,
                "webcamsOnlyForModerator",
                "true",
                "Kameras der Schülerinnen und Schüler sieht nur die Lehrkraft, nicht die ganze Klasse.",
                "Pupils' cameras are seen by the teacher only, not the whole class.",
            ),
            Setting(
                VALUE,
                "defaultGuestPolicy",
                "ASK_MODERATOR",
                "Warteraum: Die Lehrkraft lässt herein.",
                "Waiting room: the teacher lets people in.",
            ),
        ),
        coverage=(
            Cover(
                "video-privacy-by-default",
                SATISFIED,
                "Stummer Beitritt, Kamera nur nach eigener Freigabe, Aufzeichnung aus, Warteraum, frei wählbarer Name.",
                "Muted join, camera only when shared by the user, recording off, waiting room, free choice of name.",
            ),
            Cover(
                "schule-video-lessons-private",
                SATISFIED,
                "Aufzeichnung serverseitig abgeschaltet, Kameras nur für die Lehrkraft sichtbar; Räume je Kurs legt "
                "die "
                "Schule an.",
                "Server-side recording off, cameras visible to the teacher only; the school creates rooms per course.",
            ),
            Cover(
                "schule-state-solutions-first",
                ORG,
                "Mehrere Länder betreiben BigBlueButton für Schulen (z. B. Rheinland-Pfalz); ob eine eigene Instanz "
                "nötig ist, prüft die Schule.",
                "Several states run BigBlueButton for schools (e.g. Rhineland-Palatinate); the school checks whether "
                "an "
                "own instance is needed.",
            ),
            Cover(
                "logging-minimal",
                PARTIAL,
                "Keine Sitzungsereignisse und kein Lern-Dashboard; Aufbewahrung der Systemprotokolle stellt die "
                "Techpatin ein.",
                "No session events and no learning dashboard; the volunteer sets the retention of system logs.",
            ),
            VIDEO_HOSTING,
            CHILDREN,
        ),
    ),
]
