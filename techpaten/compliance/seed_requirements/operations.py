"""Requirements for running things: backups, devices and network, passwords, training."""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from .base import (
    CONFIGURATION,
    DIN_66398,
    DSK_KP19,
    MUST,
    NOT_EXEMPT,
    ORGANISATIONAL,
    SDM_60,
    WIBA,
    Req,
    bsi,
)

REQUIREMENTS = [
    Req(
        code="backup-encrypted-offsite",
        level=MUST,
        title_de="Backups verschlüsselt und an einem zweiten Ort",
        title_en="Backups encrypted and at a second location",
        text_de=(
            "Backups werden verschlüsselt, bevor sie den Server verlassen (z. B. BorgBackup mit repokey, restic), "
            "liegen an einem zweiten Ort in der EU (anderer Anbieter oder anderes Rechenzentrum) und sind davor "
            "geschützt, dass ein übernommener Server sie löscht (z. B. append-only). Schlüssel und Passphrase liegen "
            "getrennt vom Backup an einem Ort, den die Einrichtung kennt – ohne sie ist das Backup wertlos."
        ),
        text_en=(
            "Backups are encrypted before they leave the server (e.g. BorgBackup with repokey, restic), live at a "
            "second location in the EU (another provider or data centre) and are protected against deletion by a "
            "compromised server (e.g. append-only). Key and passphrase are kept apart from the backup in a place the "
            "organisation knows – without them the backup is worthless."
        ),
        legal_basis="Art. 32 Abs. 1 lit. a bis c DSGVO",
        sources=(bsi("CON.3", "Datensicherungskonzept"), bsi("CON.1", "Kryptokonzept")),
        evidence_kind=CONFIGURATION,
        evidence_de="Verschlüsselungsart und Speicherort des Backups; wo Schlüssel und Passphrase verwahrt sind.",
        evidence_en="Encryption mode and location of the backup; where key and passphrase are kept.",
        use_cases=("backup",),
        household=NOT_EXEMPT,
        bsi_refs="CON.3, CON.1",
    ),
    Req(
        code="backup-retention-no-resurrection",
        level=MUST,
        title_de="Backups nach fester Frist löschen, Gelöschtes nicht zurückholen",
        title_en="Delete backups after a fixed period; never bring deleted data back",
        text_de=(
            "Backups werden nach einer festen Frist gelöscht (z. B. 7 tägliche, 4 wöchentliche, 3 monatliche – "
            "höchstens 90 Tage). So verschwinden gelöschte Daten, etwa die Fotos eines Kindes, das die Kita verlassen "
            "hat, spätestens dann auch aus den Backups. Wird aus einem Backup wiederhergestellt, werden alle seither "
            "erledigten Löschungen erneut ausgeführt, damit nichts Gelöschtes zurückkehrt."
        ),
        text_en=(
            "Backups are deleted after a fixed period (e.g. 7 daily, 4 weekly, 3 monthly – 90 days at most). Deleted "
            "data, such as the photos of a child who has left the day-care centre, thus disappear from the backups by "
            "then at the latest. After a restore from backup, every deletion carried out since is repeated so that "
            "nothing deleted comes back."
        ),
        legal_basis="Art. 5 Abs. 1 lit. e, Art. 17 DSGVO",
        sources=(DIN_66398, SDM_60),
        evidence_kind=CONFIGURATION,
        evidence_de="Aufbewahrungsregel des Backups (z. B. prune/forget-Einstellung); Löschprotokoll.",
        evidence_en="The backup retention rule (e.g. prune/forget settings); a deletion log.",
        use_cases=("backup", "files", "photos", "mail"),
        household=NOT_EXEMPT,
        document="deletion_rules",
        sdm_refs="M60.S10",
    ),
    Req(
        code="network-separation",
        level=MUST,
        title_de="Gäste-WLAN getrennt, Netz der Einrichtung geschützt",
        title_en="Separate guest Wi-Fi, protected internal network",
        text_de=(
            "Gäste, Eltern und private Geräte nutzen ein eigenes WLAN, getrennt vom Netz der Einrichtung (eigenes "
            "VLAN oder Gastnetz des Routers). WLANs sind mit WPA3 oder WPA2 und langem Schlüssel gesichert; die "
            "Router-Oberfläche ist nur aus dem internen Netz erreichbar, das Standardpasswort ist geändert und die "
            "Firmware aktuell. Fernwartung läuft über ein VPN, nicht über offene Ports."
        ),
        text_en=(
            "Guests, parents and private devices use a Wi-Fi of their own, separate from the organisation's network "
            "(own VLAN or the router's guest network). Wi-Fi uses WPA3 or WPA2 with a long key; the router's interface "
            "is reachable only from the internal network, its default password is changed and its firmware current. "
            "Remote maintenance goes through a VPN, not open ports."
        ),
        legal_basis="Art. 32 Abs. 1 DSGVO",
        sources=(bsi("NET.2.1", "WLAN-Betrieb"), WIBA),
        evidence_kind=CONFIGURATION,
        evidence_de="Netzplan mit Gastnetz; Router-Einstellungen (Verschlüsselung, Fernzugang, Firmwarestand).",
        evidence_en="A network plan with the guest network; router settings (encryption, remote access, firmware).",
        use_cases=("network",),
        household=NOT_EXEMPT,
        bsi_refs="NET.2.1",
    ),
    Req(
        code="devices-secured",
        level=MUST,
        title_de="Geräte verschlüsselt, gesperrt und aktuell; Altgeräte sicher gelöscht",
        title_en="Devices encrypted, locked and current; old devices wiped",
        text_de=(
            "Rechner, Tablets und Handys der Einrichtung haben verschlüsselten Speicher, eine automatische "
            "Bildschirmsperre, persönliche Konten ohne Admin-Rechte für die tägliche Arbeit und aktuelle Updates. "
            "Verlorene Geräte lassen sich sperren oder löschen. Ausgemusterte Geräte und Datenträger werden sicher "
            "gelöscht, bevor sie weitergegeben werden."
        ),
        text_en=(
            "The organisation's computers, tablets and phones have encrypted storage, an automatic screen lock, "
            "personal accounts without admin rights for everyday work and current updates. Lost devices can be locked "
            "or wiped. Retired devices and storage media are wiped securely before they are passed on."
        ),
        legal_basis="Art. 32 Abs. 1 DSGVO",
        sources=(
            bsi("SYS.2.1", "Allgemeiner Client"),
            bsi("SYS.3.2.1", "Allgemeine Smartphones und Tablets"),
            bsi("CON.6", "Löschen und Vernichten"),
        ),
        evidence_kind=CONFIGURATION,
        evidence_de="Geräteliste mit Verschlüsselung, Sperre und Updatestand; Nachweis über sichere Löschung.",
        evidence_en="A device list with encryption, lock and update status; proof of secure wiping.",
        use_cases=("network",),
        household=NOT_EXEMPT,
        bsi_refs="SYS.2.1, SYS.3.2.1, CON.6",
    ),
    Req(
        code="passwords-vault",
        level=MUST,
        title_de="Gemeinsame Zugänge im gehärteten Passwort-Tresor",
        title_en="Shared credentials in a hardened password vault",
        text_de=(
            "Gemeinsam genutzte Zugangsdaten liegen in einem Passwort-Tresor mit persönlichen Konten und Sammlungen "
            "je Aufgabe – nicht in Tabellen, Mails oder Chats. Jede Person sieht nur, was sie braucht. Der "
            "Tresor-Server erlaubt keine offene Registrierung, verlangt einen zweiten Faktor, zeigt keine "
            "Passwort-Hinweise und lädt keine Webseiten-Symbole über fremde Dienste; die Admin-Oberfläche ist "
            "mit einem "
            "gehashten Token geschützt oder abgeschaltet. Scheidet jemand aus, werden die Zugänge geändert, die sie "
            "oder er kannte."
        ),
        text_en=(
            "Shared credentials live in a password vault with personal accounts and collections per task – not in "
            "spreadsheets, mails or chats. Everyone sees only what they need. The vault server allows no open "
            "registration, requires a second factor, shows no password hints and fetches no website icons through "
            "outside services; its admin page is protected by a hashed token or switched off. When someone leaves, the "
            "credentials they knew are changed."
        ),
        legal_basis="Art. 32 Abs. 1 lit. b DSGVO",
        sources=(bsi("ORP.4", "Identitäts- und Berechtigungsmanagement"), "Vaultwarden Wiki: Hardening Guide"),
        evidence_kind=CONFIGURATION,
        evidence_de="Server-Einstellungen (Registrierung, zweiter Faktor, Admin-Zugang); Sammlungen und Berechtigte.",
        evidence_en="Server settings (registration, second factor, admin access); collections and who can see them.",
        use_cases=("passwords",),
        household=NOT_EXEMPT,
        bsi_refs="ORP.4",
    ),
    Req(
        code="training-briefing-r2",
        replaces=("training-briefing",),
        level=MUST,
        title_de="Einweisung aller Nutzenden, dokumentiert",
        title_en="A documented briefing of all users",
        text_de=(
            "Alle, die einen Dienst nutzen oder verwalten, werden vor dem Start eingewiesen: wofür der Dienst da ist "
            "und wofür nicht, wie man sicher teilt, Phishing erkennt, Passwörter und zweiten Faktor nutzt – und dass "
            "ein Verdacht auf eine Datenpanne sofort der benannten Ansprechperson gemeldet wird. Datum und "
            "Teilnehmende werden notiert; die Einweisung wird jährlich wiederholt."
        ),
        text_en=(
            "Everyone who uses or administers a service is briefed before the start: what the service is for and what "
            "not, how to share safely, recognise phishing, use passwords and the second factor – and that a suspected "
            "data breach is reported at once to the named contact person. Date and participants are noted; the "
            "briefing is repeated yearly."
        ),
        # Art. 39(1)(b) is the DPO's task of monitoring (incl. training); the duty to brief rests on the controller.
        legal_basis="Art. 32 Abs. 4, Art. 24 Abs. 1, Art. 5 Abs. 2 DSGVO",
        sources=(DSK_KP19, bsi("ORP.3", "Sensibilisierung und Schulung zur Informationssicherheit")),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Teilnahmeliste der Einweisung mit Datum und Themen.",
        evidence_en="An attendance list of the briefing with date and topics.",
        use_cases=("training", "gdpr-docs"),
        household=NOT_EXEMPT,
        bsi_refs="ORP.3",
    ),
]
