from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from techpaten.needs.models import Need
from tests import factories


def test_home_works_for_anonymous_visitors(client, db):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "core/home.html" in [t.name for t in response.templates]


def test_home_works_when_logged_in(volunteer_client):
    response = volunteer_client.get(reverse("home"))
    assert response.status_code == 200
    assert "vera.volunteer@example.org" not in response.content.decode()  # no personal data on a public page


def test_home_shows_the_newest_open_needs_and_no_drafts_or_closed_ones(client, organisation):
    now = timezone.now()
    factories.make_need(organisation, title="Alter offener Bedarf", published_at=now - timezone.timedelta(days=40))
    for day in range(6):
        factories.make_need(organisation, title=f"Neuer Bedarf {day}", published_at=now - timezone.timedelta(days=day))
    factories.make_need(organisation, title="Geheimer Entwurf", status=Need.Status.DRAFT)
    factories.make_need(organisation, title="Erledigter Bedarf", status=Need.Status.CLOSED)

    html = client.get(reverse("home")).content.decode()

    for day in range(6):
        assert f"Neuer Bedarf {day}" in html
    assert "Alter offener Bedarf" not in html  # only the six newest
    assert "Geheimer Entwurf" not in html
    assert "Erledigter Bedarf" not in html
    assert "Neuer Bedarf 0" in html and html.index("Neuer Bedarf 0") < html.index("Neuer Bedarf 5")


def test_home_never_shows_contact_details(client, need):
    html = client.get(reverse("home")).content.decode()
    assert need.title in html
    assert need.organisation.contact_email not in html
    assert need.organisation.contact_phone not in html


def test_home_runs_the_same_number_of_queries_for_one_and_six_needs(client, organisation):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("home")).status_code == 200
        return len(queries)

    factories.make_need(organisation, title="Eins")
    with_one = count_queries()
    for n in range(5):
        factories.make_need(organisation, title=f"Mehr {n}", use_cases=("photos", "backup"))
    assert count_queries() == with_one
