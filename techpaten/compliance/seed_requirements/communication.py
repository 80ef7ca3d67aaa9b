"""Requirements for communication services: e-mail, video calls, messengers (all sectors unless named)."""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from .base import (
    CONFIGURATION,
    DSK_OH_MAIL,
    DSK_OH_VIDEO,
    MUST,
    NOT_EXEMPT,
    ORGANISATIONAL,
    SHOULD,
    Req,
    bsi,
)

REQUIREMENTS = [
    Req(
        code="mail-transport-security",
        level=MUST,
        title_de="E-Mail: Transportverschlüsselung und Schutz vor gefälschten Absendern",
        title_en="E-mail: transport encryption and protection against forged senders",
        text_de=(
            "Der Mailserver nimmt Verbindungen von Mailprogrammen nur verschlüsselt an und verschlüsselt zwischen "
            "Servern, wo die Gegenseite es kann (STARTTLS, möglichst MTA-STS oder DANE). SPF, DKIM und DMARC sind "
            "eingerichtet, damit niemand im Namen der Einrichtung schreiben kann. Für besonders schützenswerte "
            "Inhalte reicht Transportverschlüsselung nicht: Sie gehen Ende-zu-Ende-verschlüsselt – oder gar nicht "
            "per E-Mail. Dienstliche Post wird nicht automatisch an private Freemail-Konten weitergeleitet."
        ),
        text_en=(
            "The mail server accepts connections from mail clients only encrypted and encrypts between servers where "
            "the other side can (STARTTLS, preferably MTA-STS or DANE). SPF, DKIM and DMARC are set up so that nobody "
            "can write in the organisation's name. For especially sensitive content transport encryption is not "
            "enough: it goes end-to-end encrypted – or not by e-mail at all. Official mail is not forwarded "
            "automatically to private free-mail accounts."
        ),
        legal_basis="Art. 32 Abs. 1 lit. a DSGVO",
        sources=(
            DSK_OH_MAIL,
            "BSI TR-03108: Sicherer E-Mail-Transport",
            bsi("APP.5.3", "Allgemeiner E-Mail-Client und -Server"),
        ),
        evidence_kind=CONFIGURATION,
        evidence_de="TLS-Einstellungen des Servers; DNS-Einträge für SPF, DKIM und DMARC.",
        evidence_en="The server's TLS settings; DNS records for SPF, DKIM and DMARC.",
        use_cases=("mail",),
        household=NOT_EXEMPT,
        bsi_refs="APP.5.3",
    ),
    Req(
        code="video-privacy-by-default",
        level=MUST,
        title_de="Videokonferenz datenschutzfreundlich voreingestellt",
        title_en="Video calls private by default",
        text_de=(
            "Nach der Orientierungshilfe der DSK gilt Privacy by Default: Kamera und Mikrofon sind beim Betreten aus, "
            "der Anzeigename ist frei wählbar (kein Klarnamenzwang), Aufzeichnung und Streaming sind ausgeschaltet, "
            "Räume haben einen Warteraum oder ein Passwort, und Protokolle enthalten nur das für den Betrieb Nötige "
            "und werden kurz aufbewahrt. Der Dienst lädt nichts von Dritten (z. B. Avatare, Statistik, fremde "
            "STUN-Server)."
        ),
        text_en=(
            "Following the DSK guidance, privacy by default applies: camera and microphone are off on joining, the "
            "display name is freely chosen (no real-name requirement), recording and streaming are off, rooms have a "
            "lobby or a password, and logs hold only what operation needs and are kept briefly. The service loads "
            "nothing from third parties (e.g. avatars, statistics, outside STUN servers)."
        ),
        legal_basis="Art. 25 Abs. 2, Art. 32 DSGVO",
        sources=(DSK_OH_VIDEO, bsi("APP.5.4", "Unified Communications und Collaboration")),
        evidence_kind=CONFIGURATION,
        evidence_de="Konfigurationsauszug: Kamera/Mikrofon aus beim Start, Aufzeichnung aus, Protokollfrist.",
        evidence_en="Configuration excerpt: camera/microphone off on start, recording off, log retention.",
        use_cases=("video",),
        household=NOT_EXEMPT,
        bsi_refs="APP.5.4",
    ),
    Req(
        code="messenger-no-consumer-apps",
        level=SHOULD,
        title_de="Kein Verbraucher-Messenger mit Adressbuch-Upload im Namen der Einrichtung",
        title_en="No consumer messenger with address-book upload in the organisation's name",
        text_de=(
            "Für die Kommunikation der Einrichtung (z. B. mit Eltern oder Mitgliedern) nutzen Sie keinen Messenger, "
            "der das Adressbuch hochlädt und Metadaten außerhalb der EU auswertet, wie WhatsApp. Besser ist ein "
            "selbst betriebener Dienst (z. B. Matrix mit Element) oder ein Anbieter mit AVV und Sitz in der EU, auf "
            "Geräten der Einrichtung. Räume und Direktnachrichten sind Ende-zu-Ende-verschlüsselt, die Registrierung "
            "ist nur auf Einladung möglich, und alte Nachrichten werden nach einer festen Frist gelöscht."
        ),
        text_en=(
            "For the organisation's communication (e.g. with parents or members) do not use a messenger that uploads "
            "the address book and analyses metadata outside the EU, such as WhatsApp. A self-hosted service (e.g. "
            "Matrix with Element) or a provider with an AVV established in the EU, on the organisation's devices, is "
            "better. Rooms and direct messages are end-to-end encrypted, registration is by invitation only, and old "
            "messages are deleted after a fixed period."
        ),
        legal_basis="Art. 5 Abs. 1 lit. f, Art. 28, Art. 44 DSGVO",
        sources=(
            "IFP Bayern (Staatsinstitut für Frühpädagogik): KitaApps",
            "LfDI Rheinland-Pfalz und Bildungsministerium RLP: Praxisleitfaden Datenschutz in Kitas",
        ),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Festlegung, welcher Messenger für die Einrichtung genutzt wird; Einstellungen zu Verschlüsselung.",
        evidence_en="A decision which messenger the organisation uses; encryption settings.",
        sectors=("kita", "verein", "initiative", "sonstige"),
        use_cases=("messenger",),
        household=NOT_EXEMPT,
    ),
    Req(
        code="messenger-no-whatsapp-schools",
        level=MUST,
        title_de="Kein WhatsApp für schulische Kommunikation",
        title_en="No WhatsApp for school communication",
        text_de=(
            "In Niedersachsen und Baden-Württemberg ist WhatsApp für schulische Zwecke untersagt, und auch andere "
            "Länder raten ab: WhatsApp lädt das Adressbuch hoch und übermittelt Metadaten an einen Konzern außerhalb "
            "der EU. Nutzen Sie den Messenger, den Land oder Schulträger bereitstellen, oder einen freigegebenen, "
            "selbst betriebenen Dienst (z. B. Matrix mit Element) – mit schriftlicher Freigabe von Schulleitung und "
            "Schulträger."
        ),
        text_en=(
            "In Lower Saxony and Baden-Württemberg WhatsApp is banned for school purposes, and other states advise "
            "against it: WhatsApp uploads the address book and sends metadata to a company outside the EU. Use the "
            "messenger the state or the school authority provides, or an approved self-hosted service (e.g. Matrix "
            "with Element) – with written approval of school management and school authority."
        ),
        legal_basis="Art. 5 Abs. 1 lit. f, Art. 44 DSGVO; Schulrecht der Länder",
        sources=(
            "Niedersächsisches Kultusministerium: keine dienstliche Nutzung von WhatsApp an Schulen",
            "Kultusministerium Baden-Württemberg: WhatsApp für schulische Zwecke nicht zulässig",
        ),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Festlegung der Schulleitung, welcher Messenger für schulische Kommunikation zugelassen ist.",
        evidence_en="The school management's decision which messenger is allowed for school communication.",
        sectors=("schule",),
        use_cases=("messenger",),
    ),
]
