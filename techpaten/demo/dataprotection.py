"""The data-protection kit in the demo: a reviewer, reviews in every state (approved, expired, rejected, draft),
approved requirement sets for the three worked cases and a few more, sources the reviewer checked, the sponsor of
every organisation (public, independent, Catholic, Protestant, none), and the featured Kita's engagement with its
role decided, processing details, a half-done checklist, a DSFA screening and generated documents.

Rules are kept by going through the services (approving a set, marking items, recording a screening, producing a
document); only dates in the past are set directly, as the demo tells a history.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from django.utils import translation

from techpaten.accounts.models import User
from techpaten.catalogue.models import DeploymentProfile, Review, Solution
from techpaten.compliance import checklists, dsfa, sources
from techpaten.compliance import services as compliance_services
from techpaten.compliance.models import DsfaScreening, Requirement, RequirementSet, SourceCheck
from techpaten.compliance.roles import Verdict
from techpaten.engagements.models import Engagement
from techpaten.organisations.models import Organisation, SponsorKind
from techpaten.paperwork import services as paperwork_services
from techpaten.paperwork.documents.registry import KINDS
from techpaten.paperwork.models import GeneratedDocument, ProcessingDetails, ProcessorParty, ProtectionNeed

from . import people

if TYPE_CHECKING:
    from .builder import Demo

# (sector, use case) pairs the demo reviewer has approved: the three worked cases and some common ones.
APPROVED_SETS = [
    ("kita", "photos"),
    ("kita", "files"),
    ("kita", "calendar"),
    ("schule", "video"),
    ("schule", "files"),
    ("wg", "files"),
    ("verein", "website"),
    ("verein", "mail"),
]

# solution slug, profile slug or "", status, reviewed days ago, valid for days, scope, findings
REVIEWS = [
    ("nextcloud", "club-hardened", Review.Status.APPROVED, 120, 365,
     "Nextcloud 32 mit Preset CLUB und der Härtung dieses Profils, betrieben bei einem Hoster in der EU; "
     "Prüfung der Konfiguration, der Freigabe-Einstellungen und der Musterdokumente (AVV, TOM).",
     "Keine Einwände. Freigabelinks nur mit Passwort und Ablaufdatum; Gesichtserkennung bleibt aus. "
     "Hinweis: Die Einrichtung muss den Vertrag mit dem Hoster selbst schließen."),
    ("jitsi-meet", "", Review.Status.APPROVED, 60, 365,
     "Jitsi Meet, selbst betrieben, mit Kamera und Mikrofon aus beim Betreten, ohne Aufzeichnung und "
     "mit minimalen Protokollen (DSK-Orientierungshilfe Videokonferenzsysteme 2020).",
     "Datensparsam konfigurierbar. Für Schulen ist zusätzlich die schriftliche Zustimmung des Schulträgers nötig."),
    ("bigbluebutton", "", Review.Status.APPROVED, 420, 365,
     "BigBlueButton für den Unterricht, Version des Vorjahres.",
     "Damals ohne Einwände; die Prüfung ist abgelaufen und muss für die aktuelle Version wiederholt werden."),
    ("immich", "", Review.Status.REJECTED, 45, 0,
     "Immich für Kita-Fotos in der Standardkonfiguration.",
     "Abgelehnt: Die Gesichtserkennung (Machine Learning) ist ab Werk aktiv. Das macht Kinderfotos zu "
     "biometrischen Daten (Art. 9 DSGVO). Mit dem Profil ohne Gesichtserkennung neu zur Prüfung einreichen."),
    ("borgbackup", "", Review.Status.APPROVED, 200, 730,
     "BorgBackup mit Verschlüsselung beim Client und einer Kopie außer Haus.",
     "Keine Einwände. Aufbewahrung der Sicherungen höchstens 90 Tage, damit Gelöschtes nicht zurückkommt."),
    ("wordpress", "", Review.Status.APPROVED, 500, 365,
     "WordPress ohne Einbindungen Dritter (keine Web-Fonts, keine Karten, keine Statistik).",
     "Damals ohne Einwände; abgelaufen."),
    ("matrix-element", "", Review.Status.DRAFT, 3, 0,
     "Matrix Synapse mit Element für die interne Kommunikation eines Vereins.",
     "In Arbeit: Föderation und Aufbewahrung der Nachrichten werden noch geprüft."),
]  # fmt: skip

# Sponsors the demo's organisations name; the rest follow their sector (see _sponsors).
SPONSORS = {
    "kita-loewenzahn-kassel": SponsorKind.PROTESTANT,
    "kita-rheinkiesel": SponsorKind.CATHOLIC,
    "grundschule-am-park-neukoelln": SponsorKind.PUBLIC,
    "stadtteilschule-altona-nord": SponsorKind.PUBLIC,
    "grundschule-kalk-nord": SponsorKind.PUBLIC,
    "grundschule-stuehlinger": SponsorKind.PUBLIC,
    # Schools in free sponsorship (Ersatzschulen): not public bodies (Art. 37(1)(a) GDPR does not apply).
    "freie-schule-babelsberg": SponsorKind.INDEPENDENT,
    "freie-oberschule-plagwitz": SponsorKind.INDEPENDENT,
    "montessori-schule-haidhausen": SponsorKind.INDEPENDENT,
}
SECTOR_SPONSOR = {"kita": SponsorKind.INDEPENDENT, "verein": SponsorKind.INDEPENDENT, "wg": SponsorKind.NONE}

# Sources the demo reviewer has checked (the others stay "not yet checked by a reviewer").
CHECKED_SOURCES = [("avv-art28-r2", 0), ("avv-art28-r2", 2), ("kita-photo-consent-per-purpose", 0)]

# Checklist items of the featured Kita's need marked done, with the evidence.
DONE_ITEMS = {
    "avv-art28-r2": "AVV mit Lena Hoffmann am 3. des Monats unterschrieben, liegt im Ordner „Datenschutz“.",
    "hoster-contract-by-organisation": "Vertrag und AVV mit dem Hoster hat die Kita-Leitung selbst abgeschlossen.",
    "kita-photo-consent-per-purpose": "Neue Einwilligungen (drei Zwecke getrennt) an alle Eltern verteilt; 38 von "
    "42 zurück.",
    "photos-no-face-recognition": "Apps Recognize und facerecognition sind deaktiviert (Screenshot im Ordner).",
    "share-links-password-expiry": "Freigabelinks nur mit Passwort, Ablauf nach 14 Tagen erzwungen.",
    "tls-everywhere": "Zertifikat von Let's Encrypt, automatische Erneuerung eingerichtet.",
}


def build_data_protection(demo: Demo, password: str) -> User:
    reviewer = User.objects.create(
        email=people.REVIEWER_EMAIL,
        name=people.REVIEWER_NAME,
        password=password,
        is_reviewer=True,
        date_joined=demo.ago(600),
    )
    _sponsors()
    _reviews(demo, reviewer)
    _approve_sets(demo, reviewer)
    _check_sources(demo, reviewer)
    _featured_engagement(demo)
    return reviewer


def _sponsors() -> None:
    for organisation in Organisation.objects.select_related("sector"):
        kind = SPONSORS.get(organisation.slug) or SECTOR_SPONSOR.get(organisation.sector.slug)
        if kind is None:
            kind = SponsorKind.INDEPENDENT if organisation.is_formal else SponsorKind.NONE
        Organisation.objects.filter(pk=organisation.pk).update(sponsor_kind=kind)


def _check_sources(demo: Demo, reviewer: User) -> None:
    for code, index in CHECKED_SOURCES:
        sources.mark_checked(Requirement.objects.get(code=code), index, reviewer, "Zitat und Fundstelle geprüft.")
    SourceCheck.objects.update(checked_on=demo.ago(25).date())


def _reviews(demo: Demo, reviewer: User) -> None:
    solutions = {s.slug: s for s in Solution.objects.all()}
    profiles = {(p.solution.slug, p.slug): p for p in DeploymentProfile.objects.select_related("solution")}
    reviews = []
    for slug, profile_slug, status, days_ago, valid_days, scope, findings in REVIEWS:
        reviewed_on = demo.ago(days_ago).date()
        reviews.append(
            Review(
                solution=solutions[slug],
                profile=profiles[(slug, profile_slug)] if profile_slug else None,
                reviewer=reviewer,
                reviewer_name=reviewer.display_name,
                reviewer_qualification=people.REVIEWER_QUALIFICATION,
                status=status,
                reviewed_on=reviewed_on,
                valid_until=reviewed_on + timedelta(days=valid_days) if valid_days else None,
                scope=scope,
                findings=findings,
            )
        )
    Review.objects.bulk_create(reviews)
    demo.counts["reviews"] = len(reviews)


def _approve_sets(demo: Demo, reviewer: User) -> None:
    for sector, use_case in APPROVED_SETS:
        requirement_set = RequirementSet.objects.get(sector__slug=sector, use_case__slug=use_case, version=1)
        compliance_services.approve_set(requirement_set, reviewer)
    RequirementSet.objects.filter(status=RequirementSet.Status.APPROVED).update(approved_at=demo.ago(30))
    demo.counts["approved_sets"] = len(APPROVED_SETS)


def _featured_engagement(demo: Demo) -> None:
    """The Kita's photo sharing, looked after by Lena: documents half filled in, the checklist half done."""
    need = demo.featured["kita-matched-0"]
    engagement = Engagement.objects.get(engagement_needs__need=need)
    admin = demo.admins[need.organisation_id]
    lena = User.objects.get(email=people.VOLUNTEER_EMAIL)
    ProcessingDetails.objects.create(
        engagement=engagement,
        controller_legal_name="Elternverein Sonnenschein e.V.",
        joint_controllers="keine",
        sub_processors="keine",
        legal_basis="Fotos: Einwilligung der Eltern (Art. 6 Abs. 1 lit. a DSGVO)\nTermine: Betreuungsvertrag",
        legitimate_interests="keine",
        protection_need=ProtectionNeed.HIGH,
        protection_need_reason="Fotos von Kindern: ein Verlust oder eine Veröffentlichung träfe die Familien schwer.",
        tom_reviewer="Lena Hoffmann, Techpatin, mit der Kita-Leitung",
        solution=Solution.objects.get(slug="nextcloud"),
        profile=DeploymentProfile.objects.get(solution__slug="nextcloud", slug="club-hardened"),
        service_description="Nextcloud für Fotoalben der Gruppen und den Elternkalender; Lena Hoffmann richtet "
        "sie ein, hält sie aktuell und prüft die Sicherungen.",
        hoster_name="Beispiel-Hosting GmbH",
        hoster_address="Musterstraße 1, 10115 Berlin",
        hoster_country="Deutschland",
        hoster_contract="organisation",
        purposes="Fotos aus dem Kita-Alltag mit den Eltern der Gruppe teilen; Termine für Eltern veröffentlichen.",
        data_subjects="Kinder der Kita, Eltern, Erzieherinnen und Erzieher",
        data_categories="Fotos der Kinder\nNamen der Eltern und E-Mail-Adressen\nTermine",
        recipients="Eltern der jeweiligen Gruppe; das Team der Kita",
        retention="Fotos: wenn das Kind die Kita verlässt (Gruppenfotos: wenn das letzte gezeigte Kind geht); "
        "Konten der Eltern: drei Monate nach dem Austritt.",
        backup_retention_days=60,
        starts_on=engagement.started_at.date(),
        controller_representative="",  # left open on purpose: the demo shows a gap to fill in
        dpo_contact="",
        supervisory_authority="Berliner Beauftragte für Datenschutz und Informationsfreiheit",
        updated_by=admin,
    )
    # The role finder's verdict, stored by the Kita's admin: Lena hosts and administers from outside → AVV.
    paperwork_services.store_role(engagement, Verdict.PROCESSOR.value, admin)
    ProcessorParty.objects.create(
        engagement=engagement, user=lena, legal_name="Lena Hoffmann", postal_address="Dortustraße 12, 14467 Potsdam"
    )
    codes = {item.requirement.code for item in checklists.for_need(need).items}
    for code, evidence in DONE_ITEMS.items():
        if code in codes:
            compliance_services.mark_item(need, code, lena, done=True, evidence_note=evidence)
    prefilled = dsfa.prefill(need)
    screening = dsfa.record(
        need,
        admin,
        {name: answer for name, (answer, _reason) in prefilled.items()},
        notes="Kinder sind schutzbedürftig (ein Kriterium). Gewöhnliche Gruppenfotos von Festen, keine "
        "Gesichtserkennung, kein öffentlicher Zugriff: kein zweites Kriterium, keine DSFA vermutet. Geprüft und "
        "festgehalten; bei Änderungen neu prüfen.",
    )
    DsfaScreening.objects.filter(pk=screening.pk).update(created_at=demo.ago(20))
    with translation.override("de"):
        for kind, fmt, user in [("avv", "docx", admin), ("tom", "html", lena), ("photo_consent", "odt", admin)]:
            paperwork_services.produce(engagement, KINDS[kind], fmt, user)
    GeneratedDocument.objects.filter(engagement=engagement).update(created_at=demo.ago(10))
    demo.counts["checklist_done"] = len(DONE_ITEMS.keys() & codes)
