"""Worked case: photo sharing in a Kita, and the rule for children's data everywhere.

Together with photos-no-face-recognition and share-links-password-expiry (content.py) these make the Kita photo set.
"""

# ruff: noqa: RUF001 - German typography (the en dash) is meant as written

from __future__ import annotations

from .base import (
    CONFIGURATION,
    DIN_66398,
    DOCUMENT,
    DSK_KP5,
    DSK_KP20,
    HMBBFDI_KITA,
    HOSTED,
    LAG_HESSEN_KITA,
    MUST,
    NOT_EXEMPT,
    ORGANISATIONAL,
    SGB_I_35,
    SGB_VIII,
    SHOULD,
    WP248,
    Req,
    bsi,
)

REQUIREMENTS = [
    Req(
        code="kita-photo-consent-per-purpose",
        level=MUST,
        title_de="Foto-Einwilligung der Eltern, getrennt nach Zweck und vorab",
        title_en="Parents' photo consent, separate per purpose and in advance",
        text_de=(
            "Holen Sie vor der ersten Aufnahme die schriftliche Einwilligung der Sorgeberechtigten ein – für jeden "
            "Zweck getrennt, mit eigenem Ankreuzfeld: (1) Aushang in der Kita und Elterngalerie oder Eltern-Cloud, "
            "(2) Portfolio des Kindes, (3) Öffentlichkeitsarbeit (Webseite, Presse, Flyer). Die Einwilligung ist "
            "freiwillig – ein Nein hat keine Nachteile für das Kind –, informiert (was, wo, wie lange, wer es sieht), "
            "jederzeit für die Zukunft widerrufbar und nachweisbar abgelegt (Art. 7). Eine pauschale Einwilligung für "
            "„alle Fotos“ genügt nicht. Ein Kind ohne Einwilligung für einen Zweck erscheint dort nicht. Art. 8 DSGVO "
            "(Einwilligung ab 16 Jahren) betrifft Dienste, die Kindern direkt angeboten werden, etwa Apps oder soziale "
            "Netzwerke – nicht die Eltern-Cloud einer Kita, die sich an die Eltern richtet. Die Einwilligung geben "
            "deshalb die Sorgeberechtigten nach Art. 6 Abs. 1 lit. a und Art. 7; bei gemeinsamer Sorge sollten beide "
            "unterschreiben."
        ),
        text_en=(
            "Before the first photo, obtain the written consent of those with parental responsibility – separately for "
            "each purpose, each with its own tick box: (1) display in the Kita and the parents' gallery or cloud, "
            "(2) the child's portfolio, (3) public relations (website, press, flyers). The consent is voluntary – a no "
            "has no disadvantage for the child –, informed (what, where, how long, who sees it), revocable at any time "
            "for the future and filed so that it can be proven (Art. 7). A blanket consent to 'all photos' is not "
            "enough. A child without consent for a purpose does not appear there. Art. 8 GDPR (consent from age 16) "
            "concerns services offered directly to children, such as apps or social networks – not a Kita's parents' "
            "cloud, which addresses the parents. So the consent comes from those with parental responsibility under "
            "Art. 6(1)(a) and Art. 7; with joint custody both should sign."
        ),
        legal_basis="Art. 6 Abs. 1 lit. a, Art. 7 DSGVO; § 22 KUG",
        sources=(HMBBFDI_KITA, DSK_KP20),
        evidence_kind=DOCUMENT,
        evidence_de="Unterschriebene Einwilligung je Kind und Zweck; Übersicht über Einwilligungen und Widerrufe.",
        evidence_en="Signed consent per child and purpose; an overview of who consented to or withdrew what.",
        sectors=("kita",),
        use_cases=("photos",),
        document="photo_consent",
    ),
    Req(
        code="kita-portfolio-care-contract-r2",
        replaces=("kita-portfolio-care-contract",),
        level=SHOULD,
        title_de="Portfolio-Fotos: Betreuungsvertrag als Rechtsgrundlage prüfen",
        title_en="Portfolio photos: check the care contract as legal basis",
        text_de=(
            "Ist die Portfolioarbeit mit Fotos in der Konzeption der Kita verankert, können Fachkräfte Fotos für das "
            "Portfolio nach Auffassung eines Kita-Verbands auch ohne gesonderte Einwilligung machen; Rechtsgrundlage "
            "ist dann der Betreuungsvertrag (Art. 6 Abs. 1 lit. b DSGVO). Das ist eine Verbandsinformation, keine "
            "Entscheidung eines Gerichts oder einer Aufsichtsbehörde. Die Datenschutzinformation zum "
            "Betreuungsvertrag muss darauf hinweisen, und die Fotos "
            "dienen ausschließlich dem Portfolio. Für alles darüber hinaus – Aushang, Elterngalerie, "
            "Öffentlichkeitsarbeit, längeres Aufbewahren – bleibt die Einwilligung nötig. Steht es nicht in der "
            "Konzeption, holen Sie auch für das Portfolio eine Einwilligung ein."
        ),
        text_en=(
            "Where portfolio work with photos is part of the Kita's pedagogical concept, staff may take portfolio "
            "photos without separate consent, in the view of a Kita association; the legal basis is then the care "
            "contract (Art. 6(1)(b) GDPR). This is an association's guidance, not a decision of a court or a "
            "supervisory authority. The information notice for the care contract must say so, and the photos serve "
            "the portfolio only. Everything beyond – "
            "display, parents' gallery, public relations, keeping them longer – still needs consent. If the concept "
            "does not say so, obtain consent for the portfolio too."
        ),
        legal_basis="Art. 6 Abs. 1 lit. b DSGVO",
        sources=(LAG_HESSEN_KITA,),
        evidence_kind=DOCUMENT,
        evidence_de="Auszug aus der Konzeption und die Datenschutzinformation zum Betreuungsvertrag.",
        evidence_en="An excerpt of the concept and the information notice for the care contract.",
        sectors=("kita",),
        use_cases=("photos",),
        document="information_notice",
    ),
    Req(
        code="kita-photo-delete-on-leaving-r2",
        replaces=("kita-photo-delete-on-leaving",),
        level=MUST,
        title_de="Fotos löschen, wenn das Kind die Kita verlässt",
        title_en="Delete photos when the child leaves the Kita",
        text_de=(
            "Fotos eines Kindes werden gelöscht, wenn es die Kita verlässt; Gruppenfotos, wenn das letzte darauf "
            "erkennbare Kind gegangen ist. Das Portfolio bekommen die Eltern mit. Längeres Aufbewahren (z. B. für die "
            "Chronik der Einrichtung) braucht eine eigene Einwilligung. Nach einem Widerruf verschwinden die Fotos aus "
            "dem betroffenen Zweck. Die Löschung erfasst auch Freigabelinks, Papierkorb und ältere Versionen; aus den "
            "Backups verschwinden die Fotos mit deren Ablauffrist."
        ),
        text_en=(
            "A child's photos are deleted when the child leaves the Kita; group photos when the last child "
            "recognisable on them has left. The portfolio goes home with the parents. Keeping photos longer (e.g. for "
            "the Kita's chronicle) needs a consent of its own. After a withdrawal the photos disappear from the "
            "purpose "
            "concerned. Deletion includes share links, the trash bin and older versions; photos leave the backups when "
            "those expire."
        ),
        legal_basis="Art. 5 Abs. 1 lit. e, Art. 17 Abs. 1 lit. a und b DSGVO",
        sources=(HMBBFDI_KITA, LAG_HESSEN_KITA, DIN_66398),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Löschregel „Abgang des Kindes“ im Löschkonzept; Notiz mit Datum bei jedem Abgang.",
        evidence_en="The deletion rule 'child leaves' in the deletion concept; a dated note at every leaving.",
        sectors=("kita",),
        use_cases=("photos",),
        document="deletion_rules",
        sdm_refs="M60.P03",
    ),
    Req(
        code="photos-no-private-phones",
        level=MUST,
        title_de="Keine Fotos von Kindern auf privaten Handys",
        title_en="No photos of children on private phones",
        text_de=(
            "Fotos von Kindern werden nur mit Geräten der Einrichtung aufgenommen (z. B. ein Tablet mit Sperre und "
            "Verschlüsselung), direkt in den Dienst der Einrichtung hochgeladen und danach vom Gerät gelöscht. Private "
            "Handys sind tabu: Dort landen Bilder oft automatisch in Cloud-Diensten (Google Fotos, iCloud) oder "
            "Messengern, die die Einrichtung nicht kontrolliert, und sie bleiben zurück, wenn eine Fachkraft geht. Die "
            "automatische Cloud-Synchronisierung der Geräte der Einrichtung ist aus."
        ),
        text_en=(
            "Photos of children are taken only with the organisation's devices (e.g. a tablet with lock and "
            "encryption), uploaded straight to the organisation's service and then deleted from the device. Private "
            "phones are off limits: photos there often end up automatically in cloud services (Google Photos, iCloud) "
            "or messengers the organisation does not control, and they stay behind when a staff member leaves. "
            "Automatic cloud sync on the organisation's devices is off."
        ),
        legal_basis="Art. 5 Abs. 1 lit. f, Art. 24, Art. 32 DSGVO",
        sources=(HMBBFDI_KITA, bsi("SYS.3.2.1", "Allgemeine Smartphones und Tablets")),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Dienstanweisung oder Teamabsprache; Liste der Geräte der Einrichtung.",
        evidence_en="A staff instruction or team agreement; a list of the organisation's devices.",
        sectors=("kita", "schule"),
        use_cases=("photos",),
        bsi_refs="SYS.3.2.1",
    ),
    Req(
        code="kita-parents-gallery-access",
        level=SHOULD,
        title_de="Elterngalerie nur für die Eltern der Gruppe",
        title_en="Parents' gallery only for the parents of the group",
        text_de=(
            "Eltern sehen nur die Alben ihrer Gruppe, mit persönlichem Konto statt eines gemeinsamen Passworts. Fotos, "
            "auf denen nur ein Kind zu sehen ist, gehen nur an dessen Eltern. Eltern verpflichten sich, Bilder anderer "
            "Kinder nicht weiterzugeben oder in soziale Netzwerke zu stellen; das steht in der Einwilligung und in den "
            "Nutzungsregeln der Galerie."
        ),
        text_en=(
            "Parents see only their group's albums, with a personal account rather than a shared password. Photos "
            "showing a single child go only to that child's parents. Parents undertake not to pass on photos of other "
            "children or post them on social networks; this is part of the consent and of the gallery's rules."
        ),
        legal_basis="Art. 5 Abs. 1 lit. c und f, Art. 25 Abs. 2 DSGVO",
        sources=(HMBBFDI_KITA,),
        evidence_kind=CONFIGURATION,
        evidence_de="Gruppen und Alben mit Berechtigungen; Nutzungsregeln der Elterngalerie.",
        evidence_en="Groups and albums with their permissions; the rules of the parents' gallery.",
        sectors=("kita",),
        use_cases=("photos",),
    ),
    Req(
        code="dsfa-children-r2",
        replaces=("dsfa-children",),
        level=MUST,
        title_de="Kinderdaten: Kinder in der Schwellwertanalyse als schutzbedürftig werten",
        title_en="Children's data: count children as vulnerable in the screening",
        text_de=(
            "Verarbeitet der Dienst Daten von Kindern, ist in der Schwellwertanalyse das WP248-Kriterium "
            "„schutzbedürftige Betroffene“ erfüllt. Kommt ein zweites hinzu – etwa Bewertungen von Leistung oder "
            "Entwicklung, Gesundheitsangaben, Videounterricht aus dem Kinderzimmer oder Gesichtserkennung –, ist eine "
            "DSFA in der Regel erforderlich, bevor der Dienst startet. Schon ein Kriterium kann genügen, wenn das "
            "Risiko hoch ist (WP248). Gewöhnliche Gruppenfotos von Festen sind keine „höchstpersönlichen Daten“ im "
            "Sinne des WP248; Fotos aus Pflege-, Gesundheits- oder Familiensituationen können es sein. Prüfen Sie "
            "außerdem die Fälle des Art. 35 Abs. 3 und die Muss-Liste der Aufsichtsbehörden (Art. 35 Abs. 4). Kinder "
            "verdienen bei ihren Daten besonderen Schutz (Erwägungsgrund 38): Datensparsame Voreinstellungen senken "
            "das Risiko und gehören in die Bewertung."
        ),
        text_en=(
            "If the service processes children's data, the WP248 criterion 'vulnerable data subjects' is met in the "
            "screening. If a second one applies – such as assessments of performance or development, health details, "
            "video lessons from children's rooms or face recognition – a DSFA is presumed necessary before the "
            "service starts. One criterion can be enough when the risk is high (WP248). Ordinary group photos of "
            "events are not 'highly personal data' in WP248's sense; photos of care, health or family situations can "
            "be. Also check the cases of Art. 35(3) and the supervisory authorities' list (Art. 35(4)). Children "
            "merit specific protection of their data (Recital 38): data-minimising defaults lower the risk and belong "
            "in the assessment."
        ),
        legal_basis="Art. 35 Abs. 1, 3 und 4 DSGVO; ErwG 38, 75",
        sources=(WP248, DSK_KP5),
        evidence_kind=DOCUMENT,
        evidence_de="Datierte Schwellwertanalyse mit dem Kriterium „schutzbedürftige Betroffene“; ggf. die DSFA.",
        evidence_en="A dated screening with the criterion 'vulnerable data subjects'; the DSFA where needed.",
        use_cases=(*HOSTED, "gdpr-docs"),
        children_data=True,
    ),
    Req(
        code="kita-social-data",
        level=MUST,
        title_de="Sozialdatenschutz in der Kita",
        title_en="Protection of social data in the Kita",
        text_de=(
            "Was eine Kita über Kinder und Familien erfährt, sind Sozialdaten der Kinder- und Jugendhilfe. Kitas "
            "öffentlicher Träger sind unmittelbar an das Sozialgeheimnis (§ 35 SGB I) und die §§ 61–68 SGB VIII "
            "gebunden; nimmt das Jugendamt Kitas freier Träger in Anspruch, stellt es sicher, dass der Schutz der "
            "Daten dort in entsprechender Weise gewährleistet ist (§ 61 Abs. 3 SGB VIII) – meist über die "
            "Vereinbarung mit dem Träger. Daten, die Eltern einer Fachkraft zur persönlichen Hilfe anvertraut haben, "
            "sind besonders geschützt (§ 65 SGB VIII). Für den Dienst heißt das: Entwicklungs- und "
            "Beobachtungsdokumentation nur für die Zuständigen, Weitergabe nur mit Rechtsgrundlage, und das "
            "Betreuungsteam auf das Sozialgeheimnis hinweisen."
        ),
        text_en=(
            "What a Kita learns about children and families are social data of child and youth services. Kitas of "
            "public sponsors are bound directly by the social secrecy (§ 35 SGB I) and §§ 61–68 SGB VIII; where the "
            "youth office uses Kitas of independent sponsors, it ensures that the data are protected there in a "
            "corresponding way (§ 61(3) SGB VIII) – usually through its agreement with the sponsor. Data that parents "
            "entrusted to a staff member for personal help are specially protected (§ 65 SGB VIII). For the service "
            "this means: development and observation records only for those responsible, disclosure only with a "
            "legal basis, and the team reminded of the social secrecy."
        ),
        legal_basis="§ 35 SGB I; §§ 61–68 SGB VIII",
        sources=(SGB_I_35, SGB_VIII),
        evidence_kind=ORGANISATIONAL,
        evidence_de="Hinweis im Team auf das Sozialgeheimnis; Berechtigungen für Entwicklungsdokumentation.",
        evidence_en="The team told about the social secrecy; permissions for development records.",
        sectors=("kita",),
        use_cases=(*HOSTED, "gdpr-docs"),
        household=NOT_EXEMPT,
    ),
]
