"""Content in another language than the page carries `lang` (WCAG 3.1.2): needs are written in German, and so are
the kit's legal sources; on English pages they say so, on German pages nothing needs saying."""

from __future__ import annotations

import re

from django.conf import settings
from django.urls import reverse


def english(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def test_a_need_on_an_english_page_is_marked_german(client, need):
    html = english(client).get(reverse("needs:detail", args=[need.pk])).content.decode()
    assert '<html lang="en"' in html
    assert re.search(r'<h1 id="need-title" lang="de">', html)
    assert '<div class="prose" lang="de">' in html


def test_a_need_on_a_german_page_needs_no_mark(client, need):
    html = client.get(reverse("needs:detail", args=[need.pk])).content.decode()
    assert '<h1 id="need-title">' in html


def test_need_titles_in_the_english_search_results_are_marked_german(client, need):
    html = english(client).get(reverse("needs:list")).content.decode()
    assert re.search(rf'<h3 lang="de"><a href="{reverse("needs:detail", args=[need.pk])}', html)


def test_the_kits_legal_sources_are_marked_german_on_english_pages(client, db):
    from techpaten.compliance.models import Requirement

    requirement = Requirement.objects.exclude(sources="").first()
    assert requirement is not None  # the seeded kit
    html = english(client).get(reverse("compliance:requirement", args=[requirement.code])).content.decode()
    assert '<ul class="requirement-sources" lang="de">' in html


def test_my_area_marks_need_titles_german_in_english(client, org_admin, need):
    org_admin.language = "en"
    org_admin.save()
    client.force_login(org_admin)
    html = english(client).get(reverse("dashboard")).content.decode()
    assert f'<td lang="de"><a href="{reverse("needs:detail", args=[need.pk])}">' in html
