"""An accepted offer (Kita Sonnenschein and Vera Volunteer) and its processing details, filled in or not.

`details` is the golden, fully documented engagement: every fact the documents ask for is entered, the team's role is
decided (processor), the volunteer entered her full name and address, and the deployment profile has a setting for
every Art. 32 control. Without `details` the engagement is sparse: nothing entered at all.
"""

from __future__ import annotations

import datetime

import pytest

from techpaten.catalogue.models import BaselineSetting, DeploymentProfile, Solution
from techpaten.engagements.models import Engagement
from techpaten.offers import services as offer_services
from techpaten.paperwork.models import HelperRole, HosterContract, ProcessingDetails, ProcessorParty, ProtectionNeed

from .. import factories

C = BaselineSetting.Control

# Every fact of the golden engagement, by field: the golden test checks each appears where a document uses it.
GOLDEN = {
    "controller_legal_name": "Elterninitiative Sonnenschein e.V.",
    "controller_representative": "Anna Admin, Kita-Leitung",
    "joint_controllers": "keine",
    "dpo_contact": "datenschutz@traeger.example",
    "supervisory_authority": "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
    "service_description": "Nextcloud für die Elternfotos der Kita",
    "hoster_name": "Hetzner Online GmbH",
    "hoster_address": "Industriestr. 25, 91710 Gunzenhausen",
    "hoster_country": "Deutschland",
    "sub_processors": "keine weiteren",
    "purposes": "Fotos von Kita-Festen mit den Eltern teilen\nTermine der Gruppen planen",
    "legal_basis": "Fotos: Einwilligung der Eltern\nTermine: Betreuungsvertrag",
    "legitimate_interests": "Wir stützen uns nicht auf berechtigte Interessen.",
    "provision_requirement": "Freiwillig; ohne Angaben gibt es kein Konto in der Elterngalerie.",
    "data_subjects": "Kinder\nEltern\nErzieherinnen",
    "data_categories": "Namen\nFotos\nE-Mail-Adressen",
    "recipients": "Eltern der jeweiligen Gruppe",
    "sector_law": "§ 47 SGB VIII, KitaFöG Berlin",
    "protection_need_reason": "Fotos von Kindern; ein Verlust wäre für die Familien belastend.",
    "retention": "Namen: drei Monate nach dem Austritt\nFotos: wenn das Kind die Kita verlässt\n"
    "E-Mail-Adressen: drei Monate nach dem Austritt",
    "tom_reviewer": "Bernd Beirat, Elternvertretung",
    "deletion_trigger_contact": "Anna Admin, Kita-Leitung",
    "deletion_checker": "Carla Controlle, Vorstand",
    "deletion_log": "Ordner Datenschutz, ein Jahr",
    "out_of_hours_contact": "Anna Admin, 0151 2345678",
}
PARTY = {"legal_name": "Vera Volkmann", "postal_address": "Lindenweg 3, 14467 Potsdam"}
# The deployment profile: one setting per control, technical names and German and English reasons.
SETTINGS = [
    (C.SYSTEM_ACCESS, BaselineSetting.Kind.ON, "twofactor_enforced", "", "Zweiter Faktor Pflicht", "2FA required"),
    (C.DATA_ACCESS, BaselineSetting.Kind.OFF, "shareapi_allow_share_dialog_user_enumeration", "", "", ""),
    (C.SEPARATION, BaselineSetting.Kind.ON, "shareapi_only_share_with_group_members", "", "", ""),
    (C.ENCRYPTION, BaselineSetting.Kind.ON, "encryption_enabled", "", "", ""),
    (C.TRANSFER, BaselineSetting.Kind.ON, "shareapi_enforce_links_password", "", "", ""),
    (C.INPUT, BaselineSetting.Kind.ON, "admin_audit", "", "", ""),
    (C.AVAILABILITY, BaselineSetting.Kind.VALUE, "restic_schedule", "03:00", "", ""),
    (C.RESILIENCE, BaselineSetting.Kind.ON, "updatenotification", "", "", ""),
    (C.MINIMISATION, BaselineSetting.Kind.APP_DISABLED, "recognize", "", "", ""),
    (C.DELETION, BaselineSetting.Kind.VALUE, "trashbin_retention_obligation", "auto, 30", "", ""),
]


@pytest.fixture
def engagement(need, volunteer, org_admin) -> Engagement:
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    return Engagement.objects.get()


@pytest.fixture
def profile(db) -> DeploymentProfile:
    solution = Solution.objects.create(
        slug="nextcloud-test", name="Nextcloud", software="Nextcloud", summary_de="Dateien", summary_en="Files"
    )
    profile = DeploymentProfile.objects.create(
        solution=solution, slug="club", name="Nextcloud 32, preset CLUB, hardened", software_version="32"
    )
    for position, (control, kind, name, value, reason_de, reason_en) in enumerate(SETTINGS):
        BaselineSetting.objects.create(
            profile=profile,
            control=control,
            kind=kind,
            setting=name,
            value=value,
            reason_de=reason_de,
            reason_en=reason_en,
            position=position,
        )
    return profile


@pytest.fixture
def party(engagement, volunteer) -> ProcessorParty:
    return ProcessorParty.objects.create(engagement=engagement, user=volunteer, **PARTY)


@pytest.fixture
def details(engagement, profile, party) -> ProcessingDetails:
    """The golden engagement: every fact entered."""
    return ProcessingDetails.objects.create(
        engagement=engagement,
        solution=profile.solution,
        profile=profile,
        helper_role=HelperRole.PROCESSOR,
        hoster_contract=HosterContract.ORGANISATION,
        protection_need=ProtectionNeed.HIGH,
        backup_retention_days=30,
        starts_on=datetime.date(2026, 12, 1),
        last_restore_test=datetime.date(2026, 11, 20),
        **GOLDEN,
    )


@pytest.fixture
def member(details):
    """The same engagement with the team acting under the organisation's authority (Art. 29 GDPR)."""
    details.helper_role = HelperRole.MEMBER
    details.save()
    return details
