"""impact:statistics — the public page: figures, charts with their tables, no personal data, both languages."""

from __future__ import annotations

import re

from django.urls import reverse

from techpaten.costs.models import CostItem
from tests.texts import de

from .. import factories
from ..conftest import login
from .conftest import add_cost, engagement_for

URL = "/impact/"


def table_rows(html: str, key: str) -> list[tuple[str, str]]:
    """The (label, value) rows of the table that goes with the chart `key`."""
    figure = html[html.index(f'id="{key}-title"') :]
    table = figure[figure.index("<tbody>") : figure.index("</tbody>")]
    return re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td></tr>', table)


def chart(html: str, key: str) -> str:
    start = html.index(f'aria-labelledby="{key}-title')
    return html[start : html.index("</svg>", start)]


def test_the_url_and_its_name():
    assert reverse("impact:statistics") == URL


def test_everybody_sees_the_page_without_logging_in(client, world):
    response = client.get(URL)
    assert response.status_code == 200
    assert 'href="/impact/"' in response.content.decode()  # linked from the footer


def test_the_charts_show_the_sectors_and_the_tables_the_numbers_in_german(client, world):
    html = client.get(URL, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert table_rows(html, "chart-organisations") == [("Kita", "2"), ("Schule", "1")]
    assert table_rows(html, "chart-engagements") == [("Kita", "1"), ("Schule", "1")]
    organisations = chart(html, "chart-organisations")
    assert "<title>Kita: 2</title>" in organisations and ">Kita</tspan>" in organisations  # labels wrap in tspans
    assert organisations.count('<rect class="chart-bar') == 2
    hours = table_rows(html, "chart-hours")
    assert len(hours) == 12
    assert hours[-1][1] == de("%(hours)s h") % {"hours": "4,5"}
    assert hours[-2][1] == de("%(hours)s h") % {"hours": "2"}
    assert chart(html, "chart-hours").count('<rect class="chart-bar') == 12
    costs = dict(table_rows(html, "chart-costs"))
    assert costs[de("a volunteer")] == "0,83\xa0€"
    assert costs[de("pledges from supporters")] == "10\xa0€"
    assert costs[de("not yet covered")] == "10\xa0€"
    assert "40,83\xa0€" in html  # the monthly total


def test_the_page_speaks_english(client, world):
    html = client.get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en"' in html
    assert table_rows(html, "chart-organisations") == [("Day-care centre (Kita)", "2"), ("School", "1")]
    assert "Organisations helped per sector" in html
    costs = dict(table_rows(html, "chart-costs"))
    assert costs["the organisation"] == "€10" and costs["a volunteer"] == "€0.83"
    assert table_rows(html, "chart-hours")[-1][1] == "4.5 h"


def test_the_page_shows_no_personal_data(client, world, volunteer, org_admin, organisation):
    html = client.get(URL).content.decode()
    for private in ("Vera", volunteer.email, "Anna", org_admin.email, "Paula", "paula@example.org", "Stadtwerke"):
        assert private not in html
    assert organisation.name not in html  # totals only, no organisation named


def test_the_page_makes_no_third_party_requests_and_has_no_inline_styles_or_scripts(client, world):
    html = client.get(URL).content.decode()
    assert "style=" not in html
    assert "<script" not in html.split("</footer>")[0].split("<main")[1]
    assert re.findall(r'(?:src|href)="(https?://[^"]+)"', html) == []


def test_an_empty_platform_shows_the_page_with_empty_tables(client, db):
    html = client.get(URL).content.decode()
    assert html.count(de("No figures yet.")) >= 2


def test_the_query_count_stays_the_same_with_more_rows(client, world, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login(client, factories.make_user("gast@example.org"))
    client.get(URL)
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    for n in range(6):
        admin = factories.make_user(f"admin{n}@example.org")
        helper = factories.make_user(f"helper{n}@example.org")
        factories.make_volunteer_profile(helper)
        engagement_for(factories.make_organisation(admin=admin), admin, helper)
        add_cost(world.kita.organisation, 100 + n, CostItem.CoveredBy.SPONSOR)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(URL)
    assert response.status_code == 200
