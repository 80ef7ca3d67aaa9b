"""Deployment profiles for Immich (photos without face recognition) and CryptPad (closed instance)."""

from __future__ import annotations

from .base import OFF, ON, PARTIAL, SATISFIED, VALUE, Cover, Profile, Setting

PROFILES = [
    Profile(
        solution="immich",
        slug="no-face-recognition",
        name="Immich 2, ohne Gesichtserkennung und Karte",
        name_en="Immich 2, without face recognition or map",
        software_version="2",
        description_de=(
            "Immich mit ausgeschaltetem Machine Learning (keine Gesichtserkennung), ohne Karte und Ortsauflösung und "
            "ohne Versionsabfrage bei Dritten. Alben werden an persönliche Konten geteilt."
        ),
        description_en=(
            "Immich with machine learning off (no face recognition), without map and reverse geocoding and without "
            "version checks at third parties. Albums are shared with personal accounts."
        ),
        baseline=(
            Setting(
                OFF,
                "machineLearning.facialRecognition.enabled",
                "false",
                "Keine Gesichtserkennung: sonst biometrische Daten (Art. 9 DSGVO) und eine DSFA.",
                "No face recognition: otherwise biometric data (Art. 9 GDPR) and a DSFA.",
            ),
            Setting(
                OFF,
                "machineLearning.enabled",
                "false",
                "Ohne Machine Learning kann keine Gesichtserkennung versehentlich wieder anlaufen.",
                "Without machine learning, face recognition cannot restart by accident.",
            ),
            Setting(
                OFF,
                "map.enabled",
                "false",
                "Die Karte lädt Kacheln von einem fremden Server und zeigt, wo Fotos entstanden.",
                "The map loads tiles from an outside server and shows where photos were taken.",
            ),
            Setting(
                OFF,
                "reverseGeocoding.enabled",
                "false",
                "Keine Ortsnamen aus GPS-Daten: weniger Angaben über Aufenthaltsorte von Kindern.",
                "No place names from GPS data: fewer details about where children were.",
            ),
            Setting(
                OFF,
                "newVersionCheck.enabled",
                "false",
                "Keine regelmäßige Abfrage bei GitHub; Updates verfolgt die Techpatin selbst.",
                "No regular calls to GitHub; the volunteer follows updates.",
            ),
            Setting(
                VALUE,
                "trash.days",
                "30",
                "Gelöschte Fotos liegen höchstens 30 Tage im Papierkorb.",
                "Deleted photos stay in the trash for 30 days at most.",
            ),
        ),
        coverage=(
            Cover(
                "photos-no-face-recognition",
                SATISFIED,
                "Machine Learning und Gesichtserkennung sind ausgeschaltet.",
                "Machine learning and face recognition are off.",
            ),
            Cover(
                "share-links-password-expiry",
                PARTIAL,
                "Geteilte Links können Passwort und Ablaufdatum haben, Immich erzwingt es aber nicht: Alben an Konten "
                "teilen statt per Link.",
                "Shared links can have a password and expiry, but Immich does not enforce them: share albums with "
                "accounts instead of links.",
            ),
            Cover(
                "kita-parents-gallery-access",
                PARTIAL,
                "Alben lassen sich an persönliche Elternkonten teilen; Gruppenregeln setzt die Kita um.",
                "Albums can be shared with personal parent accounts; the Kita applies the group rules.",
            ),
            Cover(
                "kita-photo-delete-on-leaving-r2",
                PARTIAL,
                "Papierkorb 30 Tage; das Löschen beim Abgang eines Kindes erledigt die Kita.",
                "Trash 30 days; the Kita deletes photos when a child leaves.",
            ),
            Cover(
                "eu-hosting-r2",
                PARTIAL,
                "Ohne Karte und Versionsabfrage gehen keine Anfragen an Dritte; den EU-Standort legt der Hostervertrag "
                "fest.",
                "Without map and version check no requests go to third parties; the hosting contract fixes the EU "
                "location.",
            ),
        ),
    ),
    Profile(
        solution="cryptpad",
        slug="closed-instance",
        name="CryptPad, geschlossene Instanz",
        name_en="CryptPad, closed instance",
        software_version="",
        description_de=(
            "CryptPad nur für eingeladene Konten, ohne tägliche Meldung an das Projekt, mit Löschung inaktiver "
            "Dokumente."
        ),
        description_en=(
            "CryptPad for invited accounts only, without daily calls to the project, deleting inactive pads."
        ),
        baseline=(
            Setting(
                ON,
                "Registrierung schließen (Admin-Bereich, restrictRegistration)",
                "true",
                "Nur eingeladene Personen bekommen ein Konto.",
                "Only invited people get an account.",
            ),
            Setting(
                ON,
                "blockDailyCheck (config.js)",
                "true",
                "Keine tägliche Anfrage an den Server des Projekts.",
                "No daily request to the project's server.",
            ),
            Setting(
                VALUE,
                "inactiveTime (config.js)",
                "90",
                "Dokumente ohne Konto, die 90 Tage niemand öffnet, werden gelöscht.",
                "Documents without an owner account that nobody opens for 90 days are deleted.",
            ),
        ),
        coverage=(
            Cover(
                "files-special-categories",
                PARTIAL,
                "Inhalte sind Ende-zu-Ende-verschlüsselt, der Server kann sie nicht lesen; wer Zugang hat, regelt die "
                "Einrichtung.",
                "Content is end-to-end encrypted and unreadable for the server; the organisation decides who has "
                "access.",
            ),
            Cover(
                "share-links-password-expiry",
                PARTIAL,
                "Links können ein Passwort tragen und zerstört werden; ein Ablaufdatum erzwingt CryptPad nicht.",
                "Links can carry a password and be destroyed; CryptPad does not enforce an expiry date.",
            ),
        ),
    ),
]
