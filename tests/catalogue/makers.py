"""Small builders for catalogue test data (independent of the seeded catalogue); each returns a saved object."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

from django.utils import timezone, translation
from django.utils.formats import date_format

from techpaten.accounts.models import User
from techpaten.catalogue.models import BaselineSetting, Coverage, DeploymentProfile, Review, Solution
from techpaten.compliance.models import Requirement
from techpaten.taxonomy.models import Sector, UseCase
from tests import factories
from tests.texts import de

_counter = itertools.count(1)
# Behind every seeded solution, so the tests' own rows come last and in the order they were made (a smallint).
_positions = itertools.count(20000)


def today() -> date:
    return timezone.localdate()


def make_solution(*, use_cases: tuple[str, ...] = ("files",), sectors: tuple[str, ...] = (), **extra: Any) -> Solution:
    n = next(_counter)
    defaults: dict[str, Any] = {
        "slug": f"test-solution-{n}",
        "name": f"Testlösung {n}",
        "software": "Nextcloud",
        "summary_de": "Dateien sicher teilen.",
        "summary_en": "Share files safely.",
        "cost_min_cents": 500,
        "cost_max_cents": 1250,
        "position": next(_positions),
    }
    defaults.update(extra)
    solution = Solution.objects.create(**defaults)
    solution.use_cases.set(UseCase.objects.filter(slug__in=use_cases))
    solution.sectors.set(Sector.objects.filter(slug__in=sectors))
    return solution


def make_profile(solution: Solution, **extra: Any) -> DeploymentProfile:
    n = next(_counter)
    defaults: dict[str, Any] = {"slug": f"profile-{n}", "name": f"Nextcloud 32, Profil {n}", "software_version": "32"}
    defaults.update(extra)
    return DeploymentProfile.objects.create(solution=solution, **defaults)


def add_setting(profile: DeploymentProfile, **extra: Any) -> BaselineSetting:
    defaults: dict[str, Any] = {
        "kind": BaselineSetting.Kind.APP_DISABLED,
        "setting": "federation",
        "reason_de": "Keine Daten an fremde Server.",
        "reason_en": "No data to foreign servers.",
    }
    defaults.update(extra)
    return BaselineSetting.objects.create(profile=profile, **defaults)


def make_requirement(**extra: Any) -> Requirement:
    n = next(_counter)
    defaults: dict[str, Any] = {
        "code": f"test-req-{n}",
        "title_de": f"Auftragsverarbeitungsvertrag {n}",
        "title_en": f"Processing agreement {n}",
        "text_de": "Ein AVV nach Art. 28 Abs. 3 DSGVO liegt vor.",
        "text_en": "A processing agreement under Art. 28(3) GDPR exists.",
        "evidence_kind": Requirement.Evidence.DOCUMENT,
    }
    defaults.update(extra)
    return Requirement.objects.create(**defaults)


def add_coverage(profile: DeploymentProfile, requirement: Requirement, **extra: Any) -> Coverage:
    defaults: dict[str, Any] = {
        "level": Coverage.Level.SATISFIED,
        "statement_de": "Der Hoster bietet einen AVV an.",
        "statement_en": "The hoster offers a processing agreement.",
    }
    defaults.update(extra)
    return Coverage.objects.create(profile=profile, requirement=requirement, **defaults)


def make_review(solution: Solution, *, status: str = Review.Status.APPROVED, **extra: Any) -> Review:
    """An approval valid for another year unless told otherwise; `valid_until` in the past makes it expired."""
    defaults: dict[str, Any] = {
        "reviewer_name": "Dr. Daten Schutz",
        "reviewer_qualification": "Datenschutzbeauftragte (zertifiziert)",
        "scope": "Nextcloud 32 mit Profil CLUB",
        "findings": "Keine Einwände.",
        "reviewed_on": today() - timedelta(days=30),
        "valid_until": today() + timedelta(days=335),
    }
    defaults.update(extra)
    return Review.objects.create(solution=solution, status=status, **defaults)


def make_expired_review(solution: Solution, **extra: Any) -> Review:
    extra.setdefault("reviewed_on", today() - timedelta(days=400))
    extra.setdefault("valid_until", today() - timedelta(days=35))
    return make_review(solution, **extra)


# --- what the pages say, in German as the tests' visitors see them ---


def short(day: date) -> str:
    with translation.override("de"):
        return date_format(day, "SHORT_DATE_FORMAT")


def approved_until(day: date) -> str:
    return de("approved until %(date)s", date=short(day))


def expired_on(day: date) -> str:
    return de("expired on %(date)s", date=short(day))


def make_reviewer(email: str = "rolf.reviewer@dsb.example", name: str = "Rolf Zweitprüfer") -> User:
    """A second registered reviewer (with the second factor reviewers must have)."""
    user = factories.make_user(email, name=name, is_reviewer=True)
    factories.add_totp(user)
    return user
