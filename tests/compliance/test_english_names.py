"""Catalogue names on the compliance pages follow the page's language (issue 12): the requirement page's coverage
and a need's suggested solutions; a German name standing in on an English page is marked lang="de"."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse

from techpaten.catalogue.models import Coverage, DeploymentProfile, Solution
from techpaten.taxonomy.models import UseCase

from .factories_compliance import fresh_set, make_requirement


def in_language(client, language: str):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


@pytest.fixture
def solution(db) -> Solution:
    solution = Solution.objects.create(
        slug="t-tresor",
        name="Passworttresor für Vereine",
        name_en="Password vault for clubs",
        software="Vaultwarden",
        summary_de="Passwörter",
        summary_en="Passwords",
    )
    solution.use_cases.add(UseCase.objects.get(slug="photos"))
    return solution


@pytest.fixture
def requirement(solution):
    requirement = make_requirement("t-avv", title_de="AVV abschließen")
    fresh_set("kita", "photos", [requirement])
    profile = DeploymentProfile.objects.create(solution=solution, slug="hardened", name="Tresor gehärtet")
    Coverage.objects.create(profile=profile, requirement=requirement, level=Coverage.Level.PARTIAL, statement_de="x")
    return requirement


def test_the_requirement_page_names_the_covering_solution_in_english_and_marks_a_german_profile(client, requirement):
    url = reverse("compliance:requirement", args=[requirement.code])
    html = in_language(client, "en").get(url).content.decode()
    link = f'<a href="{reverse("catalogue:detail", args=["t-tresor"])}">'
    assert f'{link}Password vault for clubs</a> · <span lang="de">Tresor gehärtet</span></h3>' in html
    html = in_language(client, "de").get(url).content.decode()
    assert f"{link}Passworttresor für Vereine</a> · Tresor gehärtet</h3>" in html


def test_a_need_s_suggested_solutions_are_named_in_the_page_s_language(client, org_admin, need, requirement):
    org_admin.language = "en"
    org_admin.save()
    client.force_login(org_admin)
    html = in_language(client, "en").get(reverse("compliance:need_checklist", args=[need.pk])).content.decode()
    assert f'<a href="{reverse("catalogue:detail", args=["t-tresor"])}">Password vault for clubs</a></h3>' in html
    org_admin.language = "de"
    org_admin.save()
    html = in_language(client, "de").get(reverse("compliance:need_checklist", args=[need.pk])).content.decode()
    assert "Passworttresor für Vereine</a></h3>" in html and "Password vault" not in html
