"""compliance:need_checklist_print — the checklist on paper: no forms, every requirement's text and facts in full."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from techpaten.compliance import services
from techpaten.compliance.models import Requirement
from tests.conftest import login

from .factories_compliance import fresh_set, make_requirement


def print_url(need) -> str:
    return reverse("compliance:need_checklist_print", args=[need.pk])


@pytest.fixture
def items(db):
    avv = make_requirement("t-avv", title_de="AVV abschließen", legal_basis="Art. 28(3) DSGVO", sdm_refs="M60.P03")
    should = make_requirement("t-should", level=Requirement.Level.SHOULD)
    fresh_set("kita", "photos", [avv, should])
    return avv, should


def test_the_print_view_has_no_form_and_nothing_folded_away(member_client, need, items, org_member):
    avv, should = items
    services.mark_item(need, avv.code, org_member, done=True, evidence_note="Vertrag liegt im Ordner Datenschutz.")
    response = member_client.get(print_url(need))
    html = response.content.decode()
    assert response.status_code == 200
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert "<form" not in main and "<details" not in main  # closed <details> do not print
    for text in (
        avv.title,
        avv.text,
        "Art. 28(3) DSGVO",
        "M60.P03",
        should.text,
        "Vertrag liegt im Ordner Datenschutz.",
    ):
        assert text in html, text
    assert len(re.findall(r'class="checklist-print-item"', html)) == 2


def test_the_checklist_links_to_its_print_view(member_client, need, items):
    html = member_client.get(reverse("compliance:need_checklist", args=[need.pk])).content.decode()
    assert print_url(need) in html


def test_outsiders_get_404_and_anonymous_visitors_the_login(client, need, items, other_member):
    assert client.get(print_url(need)).status_code == 302
    login(client, other_member)
    assert client.get(print_url(need)).status_code == 404


def query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_print_view_runs_the_same_number_of_queries_for_1_and_20_items(member_client, need, org_member):
    first = make_requirement()
    fresh_set("kita", "photos", [first])
    services.mark_item(need, first.code, org_member, done=True, evidence_note="erledigt")
    one = query_count(member_client, print_url(need))
    more = [first] + [make_requirement() for _ in range(19)]
    fresh_set("kita", "photos", more)
    for requirement in more[1:]:
        services.mark_item(need, requirement.code, org_member, done=True, evidence_note="erledigt")
    html = member_client.get(print_url(need)).content.decode()
    assert html.count('class="checklist-print-item"') == 20
    assert query_count(member_client, print_url(need)) == one
