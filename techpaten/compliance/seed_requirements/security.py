"""The Art. 32 security basics every hosted service needs (BSI IT-Grundschutz modules cited)."""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from .base import (
    CONFIGURATION,
    DPF,
    DSK_KP4,
    HOSTED,
    MUST,
    NOT_EXEMPT,
    ORGANISATIONAL,
    SDM,
    SHOULD,
    WIBA,
    WITH_ACCESS,
    Req,
    bsi,
)

REQUIREMENTS = [
    Req(
        code="patch-management",
        level=MUST,
        title_de="Sicherheitsupdates zeitnah einspielen",
        title_en="Apply security updates promptly",
        text_de=(
            "Betriebssystem, Dienste und Erweiterungen erhalten Sicherheitsupdates zeitnah: kritische Lücken "
            "innerhalb weniger Tage, alles andere in einem festen Rhythmus (z. B. wöchentlich). Automatische "
            "Sicherheitsupdates des Betriebssystems sind eingeschaltet, die Sicherheitsmeldungen der eingesetzten "
            "Software sind abonniert, und Software ohne Herstellerunterstützung (End of Life) wird ersetzt. Vor "
            "größeren Versionssprüngen wird gesichert."
        ),
        text_en=(
            "Operating system, services and extensions get security updates promptly: critical flaws within a few "
            "days, everything else on a fixed schedule (e.g. weekly). Automatic security updates of the operating "
            "system are on, the security advisories of the software used are subscribed to, and software out of "
            "vendor support (end of life) is replaced. Back up before major version upgrades."
        ),
        legal_basis="Art. 32 Abs. 1 lit. b DSGVO",
        sources=(bsi("OPS.1.1.3", "Patch- und Änderungsmanagement"), bsi("SYS.1.1", "Allgemeiner Server")),
        evidence_kind=CONFIGURATION,
        evidence_de="Automatische Sicherheitsupdates aktiv; Datum der letzten Aktualisierung im Betriebshandbuch.",
        evidence_en="Automatic security updates on; date of the last update in the runbook.",
        use_cases=WITH_ACCESS,
        household=NOT_EXEMPT,
        bsi_refs="OPS.1.1.3, SYS.1.1",
    ),
    Req(
        code="backup-restore-tested",
        level=MUST,
        title_de="Regelmäßige Backups mit ausprobierter Wiederherstellung",
        title_en="Regular backups with tested restores",
        text_de=(
            "Daten und Konfiguration werden automatisch gesichert, mindestens täglich, getrennt vom laufenden "
            "System. Die Wiederherstellung wird regelmäßig ausprobiert – mindestens zweimal im Jahr und nach "
            "größeren Änderungen –, und das Ergebnis wird notiert. Ein Backup, dessen Wiederherstellung nie "
            "getestet wurde, zählt nicht."
        ),
        text_en=(
            "Data and configuration are backed up automatically, at least daily, apart from the running system. "
            "Restoring is tried out regularly – at least twice a year and after major changes – and the result is "
            "noted. A backup whose restore was never tested does not count."
        ),
        legal_basis="Art. 32 Abs. 1 lit. b und c DSGVO",
        sources=(bsi("CON.3", "Datensicherungskonzept"),),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Datum und Ergebnis des letzten Wiederherstellungstests.",
        evidence_en="Date and result of the last restore test.",
        use_cases=HOSTED,
        household=NOT_EXEMPT,
        bsi_refs="CON.3",
    ),
    Req(
        code="tls-everywhere",
        level=MUST,
        title_de="Verschlüsselte Verbindungen (TLS) überall",
        title_en="Encrypted connections (TLS) everywhere",
        text_de=(
            "Alle Zugriffe laufen über HTTPS mit aktuellem TLS (mindestens TLS 1.2); unverschlüsseltes HTTP leitet "
            "auf HTTPS um, HSTS ist gesetzt, Zertifikate werden automatisch erneuert (z. B. Let's Encrypt). "
            "Administration und Backup-Übertragung laufen über SSH mit Schlüsseln, nicht mit Passwörtern."
        ),
        text_en=(
            "All access goes over HTTPS with current TLS (TLS 1.2 at least); plain HTTP redirects to HTTPS, HSTS is "
            "set, certificates renew automatically (e.g. Let's Encrypt). Administration and backup transfers use SSH "
            "with keys, not passwords."
        ),
        legal_basis="Art. 32 Abs. 1 lit. a DSGVO",
        sources=(
            "BSI TR-02102-2: Kryptographische Verfahren – Verwendung von Transport Layer Security (TLS)",
            bsi("CON.1", "Kryptokonzept"),
        ),
        evidence_kind=CONFIGURATION,
        evidence_de="Ergebnis eines TLS-Tests der Adresse; SSH-Passwortanmeldung abgeschaltet.",
        evidence_en="Result of a TLS test of the address; SSH password login switched off.",
        use_cases=HOSTED,
        household=NOT_EXEMPT,
        bsi_refs="CON.1, APP.3.2",
    ),
    Req(
        code="admin-mfa",
        level=MUST,
        title_de="Zweiter Faktor für alle Admin-Konten",
        title_en="A second factor for every admin account",
        text_de=(
            "Konten mit Verwaltungsrechten – Server, Weboberfläche des Dienstes, Kundenkonto beim Hoster, "
            "Domainverwaltung – sind mit einem zweiten Faktor geschützt (Authenticator-App oder Sicherheitsschlüssel). "
            "Admin-Konten sind persönlich, nie geteilt, und werden nicht für die tägliche Arbeit genutzt."
        ),
        text_en=(
            "Accounts with administrative rights – server, the service's web interface, the customer account at the "
            "hoster, domain management – are protected by a second factor (authenticator app or security key). Admin "
            "accounts are personal, never shared, and not used for everyday work."
        ),
        legal_basis="Art. 32 Abs. 1 DSGVO",
        sources=(bsi("ORP.4", "Identitäts- und Berechtigungsmanagement"), WIBA),
        evidence_kind=CONFIGURATION,
        evidence_de="Liste der Admin-Konten mit eingerichtetem zweiten Faktor.",
        evidence_en="A list of admin accounts with their second factor set up.",
        use_cases=WITH_ACCESS,
        household=NOT_EXEMPT,
        bsi_refs="ORP.4",
    ),
    Req(
        code="eu-hosting-r2",
        replaces=("eu-hosting",),
        level=SHOULD,
        title_de="Hosting in der EU (strenger als die DSGVO verlangt)",
        title_en="Hosting in the EU (stricter than the GDPR requires)",
        text_de=(
            "Die DSGVO verbietet Übermittlungen in Drittländer nicht: Sie erlaubt sie unter den Bedingungen des "
            "Kapitels V, etwa auf Grund eines Angemessenheitsbeschlusses (Art. 45) – für die USA seit 2023 der "
            "Beschluss zum EU-US Data Privacy Framework für zertifizierte Unternehmen – oder mit geeigneten Garantien "
            "wie Standardvertragsklauseln (Art. 46). Diese Liste empfiehlt strenger: Server, Speicher und Backups in "
            "der EU oder im EWR, möglichst bei einem Anbieter mit Sitz in der EU. Das ist eine Empfehlung der "
            "Plattform, keine gesetzliche Pflicht; Pflicht ist, keine Daten ohne Grundlage nach Kapitel V zu "
            "übermitteln. Achten Sie auch auf versteckte Übermittlungen: externe Schriftarten, CDNs, Push-Dienste, "
            "Update- oder Statistikabfragen und Weiterleitungen."
        ),
        text_en=(
            "The GDPR does not forbid transfers to third countries: it allows them under the conditions of "
            "Chapter V, e.g. on the basis of an adequacy decision (Art. 45) – for the USA since 2023 the decision on "
            "the EU-US Data Privacy Framework for certified companies – or with appropriate safeguards such as "
            "standard contractual clauses (Art. 46). This list recommends something stricter: servers, storage and "
            "backups in the EU or EEA, preferably with a provider established in the EU. That is the platform's "
            "recommendation, not a legal duty; the duty is to transfer no data without a Chapter V basis. Watch for "
            "hidden transfers too: external fonts, CDNs, push services, update or statistics calls and forwarding."
        ),
        legal_basis="Empfehlung; Pflicht: Art. 44–46 DSGVO",
        sources=(DSK_KP4, DPF, "EuGH, Urteil vom 16.07.2020 – C-311/18 (Schrems II)"),
        evidence_kind=CONFIGURATION,
        evidence_de="Standort laut Hostervertrag; Liste der externen Verbindungen des Dienstes.",
        evidence_en="Location as stated in the hosting contract; a list of the service's external connections.",
        use_cases=HOSTED,
        household=NOT_EXEMPT,
    ),
    Req(
        code="least-privilege",
        level=MUST,
        title_de="Rechte nur so weit wie nötig, Zugänge beim Weggang entziehen",
        title_en="Only the rights needed; access removed on leaving",
        text_de=(
            "Jede Person hat ein eigenes Konto mit nur den Rechten, die sie für ihre Aufgabe braucht; Admin-Rechte "
            "haben höchstens zwei Personen (Hauptverantwortliche und Vertretung). Gruppen und Ordner folgen den "
            "Aufgaben (z. B. Gruppe, Team, Vorstand), und Neues ist zunächst nicht geteilt (Art. 25 Abs. 2). Wer "
            "geht, verliert den Zugang am selben Tag; die Rechte werden mindestens jährlich überprüft."
        ),
        text_en=(
            "Everyone has their own account with only the rights their task needs; at most two people hold admin "
            "rights (the main admin and a stand-in). Groups and folders follow the tasks (e.g. group, team, board), "
            "and new items start unshared (Art. 25(2)). Whoever leaves loses access the same day; rights are reviewed "
            "at least yearly."
        ),
        legal_basis="Art. 25 Abs. 2, Art. 32 Abs. 1 lit. b DSGVO",
        sources=(bsi("ORP.4", "Identitäts- und Berechtigungsmanagement"), SDM),
        evidence_kind=CONFIGURATION,
        evidence_de="Rollen- und Gruppenübersicht; Datum der letzten Rechteprüfung.",
        evidence_en="An overview of roles and groups; date of the last review of rights.",
        use_cases=WITH_ACCESS,
        household=NOT_EXEMPT,
        bsi_refs="ORP.4",
    ),
    Req(
        code="logging-minimal",
        level=MUST,
        title_de="Protokolle sparsam führen und kurz aufbewahren",
        title_en="Keep logs minimal and short-lived",
        text_de=(
            "Protokolliert wird nur, was Betrieb und Sicherheit brauchen (z. B. Anmeldungen, Fehler, "
            "Admin-Aktionen). Zugriffsprotokolle mit IP-Adressen werden nach kurzer Frist gelöscht (z. B. 7 bis 14 "
            "Tage) oder gekürzt; Inhalte von Nachrichten, Dateien oder Konferenzen gehören nicht in Protokolle. Frist "
            "und Rotation stehen im Löschkonzept."
        ),
        text_en=(
            "Log only what operation and security need (e.g. logins, errors, admin actions). Access logs with IP "
            "addresses are deleted after a short period (e.g. 7 to 14 days) or truncated; the content of messages, "
            "files or meetings does not belong in logs. Period and rotation are part of the deletion concept."
        ),
        legal_basis="Art. 5 Abs. 1 lit. c und e, Art. 32 DSGVO",
        sources=(bsi("OPS.1.1.5", "Protokollierung"), "SDM-Baustein 43 „Protokollieren“"),
        evidence_kind=CONFIGURATION,
        evidence_de="Logrotation und Aufbewahrungsfrist der Protokolle (Konfigurationsauszug).",
        evidence_en="Log rotation and retention period of the logs (configuration excerpt).",
        use_cases=HOSTED,
        household=NOT_EXEMPT,
        bsi_refs="OPS.1.1.5",
    ),
]
