"""An accepted offer (Kita Sonnenschein and Vera Volunteer) and its processing details, filled in or not."""

from __future__ import annotations

import datetime

import pytest

from techpaten.catalogue.models import BaselineSetting, DeploymentProfile, Solution
from techpaten.engagements.models import Engagement
from techpaten.offers import services as offer_services
from techpaten.paperwork.models import ProcessingDetails

from .. import factories


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
    settings = [
        (BaselineSetting.Kind.ON, "Two-factor authentication enforced", ""),
        (BaselineSetting.Kind.ON, "Server-side encryption", ""),
        (BaselineSetting.Kind.OFF, "Public share links", ""),
        (BaselineSetting.Kind.ON, "Audit log (admin_audit)", ""),
        (BaselineSetting.Kind.VALUE, "Nightly backup with restic", "03:00"),
        (BaselineSetting.Kind.ON, "One group folder per Kita group", ""),
        (BaselineSetting.Kind.ON, "Administrator rights only for the team lead", ""),
        (BaselineSetting.Kind.APP_DISABLED, "Recognize", ""),
    ]
    for position, (kind, name, value) in enumerate(settings):
        BaselineSetting.objects.create(profile=profile, kind=kind, setting=name, value=value, position=position)
    return profile


@pytest.fixture
def details(engagement, profile) -> ProcessingDetails:
    return ProcessingDetails.objects.create(
        engagement=engagement,
        solution=profile.solution,
        profile=profile,
        service_description="Nextcloud für die Elternfotos der Kita",
        hoster_name="Hetzner Online GmbH",
        hoster_address="Industriestr. 25, 91710 Gunzenhausen",
        hoster_country="Deutschland",
        hoster_contract_by_organisation=True,
        purposes="Fotos von Kita-Festen mit den Eltern teilen\nTermine der Gruppen planen",
        data_subjects="Kinder\nEltern\nErzieherinnen",
        data_categories="Namen\nFotos\nE-Mail-Adressen",
        recipients="Eltern der jeweiligen Gruppe",
        retention="Fotos: Löschung, wenn das Kind die Kita verlässt",
        backup_retention_days=30,
        starts_on=datetime.date(2026, 12, 1),
        controller_representative="Anna Admin, Kita-Leitung",
        dpo_contact="datenschutz@traeger.example",
        supervisory_authority="Berliner Beauftragte für Datenschutz und Informationsfreiheit",
    )
