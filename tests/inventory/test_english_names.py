"""The catalogue solution of a service in the page's language (issue 12): its page, the handbook, and the name a
service takes from the catalogue when none is given."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse

from techpaten.catalogue.models import Solution
from techpaten.inventory.models import Service

from .helpers import detail_url, make_service
from .test_form_views import create_url, data


@pytest.fixture
def solution(db) -> Solution:
    return Solution.objects.create(
        slug="t-webseite",
        name="Statische Webseite (Hugo)",
        name_en="Static website (Hugo)",
        software="Hugo",
        summary_de="x",
        summary_en="x",
    )


def in_language(client, user, language: str):
    user.language = language
    user.save()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def test_the_service_page_names_the_solution_in_the_page_s_language(member_client, org_member, organisation, solution):
    service = make_service(organisation, name="Webseite", solution=solution)
    html = in_language(member_client, org_member, "en").get(detail_url(service)).content.decode()
    assert "Static website (Hugo)</a></li>" in html
    html = in_language(member_client, org_member, "de").get(detail_url(service)).content.decode()
    assert "Statische Webseite (Hugo)</a></li>" in html


def test_without_an_english_name_the_service_page_marks_the_german_one(
    member_client, org_member, organisation, solution
):
    Solution.objects.filter(pk=solution.pk).update(name_en="")
    service = make_service(organisation, name="Webseite", solution=solution)
    html = in_language(member_client, org_member, "en").get(detail_url(service)).content.decode()
    assert '<span lang="de">Statische Webseite (Hugo)</span></a></li>' in html


def test_the_handbook_names_the_solution_in_its_language(member_client, org_member, organisation, solution):
    make_service(organisation, name="Webseite", solution=solution)
    url = reverse("inventory:handbook_markdown", args=[organisation.slug])
    text = in_language(member_client, org_member, "en").get(url).content.decode()
    assert "Static website (Hugo)" in text and "Statische Webseite" not in text


def test_a_service_created_in_english_takes_the_english_name(member_client, org_member, organisation, solution):
    in_language(member_client, org_member, "en").post(create_url(organisation), data(name="", solution=solution.pk))
    assert Service.objects.get().name == "Static website (Hugo)"
