"""costs:organisation — the public transparency page: needed, covered, open, the items and the pledges."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import escape

from techpaten.core.money import euros
from techpaten.costs.models import CostItem, Pledge
from tests.texts import de

from .. import factories
from .conftest import make_item, make_pledge, share


def url(organisation) -> str:
    return reverse("costs:organisation", args=[organisation.slug])


def test_anyone_sees_needed_covered_and_open_with_a_progress_bar(client, organisation):
    item = make_item(organisation, amount_cents=2000)
    make_pledge(item, amount_cents=500, status=Pledge.Status.CONFIRMED)
    make_pledge(item, amount_cents=300)  # promised, not yet confirmed
    make_item(
        organisation,
        description="kita-sonnenschein.de",
        kind="domain",
        amount_cents=1200,
        period="year",
        covered_by=CostItem.CoveredBy.ORGANISATION,
    )
    response = client.get(url(organisation))
    html = response.content.decode()
    assert response.status_code == 200
    figures = response.context["overview"].figures
    assert (figures.total, figures.covered, figures.open, figures.promised) == (2100, 600, 1500, 300)
    assert '<progress id="organisation-progress" max="2100" value="600">' in html
    assert euros(2100) in html and euros(1500) in html
    assert "VPS 4 GB für Nextcloud" in html and "Hetzner" in html and "kita-sonnenschein.de" in html
    assert (
        escape(
            de(
                "No money moves through Techpaten. You pledge an amount per month; the organisation gets in "
                "touch with you by e-mail to arrange the payment and confirms your pledge once the money has "
                "arrived."
            )
        )
        in html
    )


def test_only_confirmed_supporters_who_asked_for_it_are_named(client, organisation):
    item = make_item(organisation)
    make_pledge(item, name="Öffentliche Olga", show_name=True, status=Pledge.Status.CONFIRMED)
    make_pledge(item, name="Stille Susi", show_name=False, status=Pledge.Status.CONFIRMED)
    make_pledge(item, name="Unbestätigter Ulf", show_name=True)
    make_pledge(item, name="Beendete Berta", show_name=True, status=Pledge.Status.ENDED)
    html = client.get(url(organisation)).content.decode()
    assert "Öffentliche Olga" in html
    for hidden in ("Stille Susi", "Unbestätigter Ulf", "Beendete Berta", "paula@example.org"):
        assert hidden not in html


def test_inactive_items_and_other_organisations_items_are_left_out(client, organisation, other_organisation):
    make_item(organisation, description="Alter Server", is_active=False)
    make_item(other_organisation, description="Vereinsserver")
    response = client.get(url(organisation))
    html = response.content.decode()
    assert "Alter Server" not in html and "Vereinsserver" not in html
    assert response.context["overview"].figures.total == 0
    assert response.context["form"] is None  # nothing to pledge for
    assert "<progress" not in html


def test_a_shared_item_shows_this_organisations_share_and_how_many_others_share_it(
    client, organisation, other_organisation
):
    item = make_item(organisation, amount_cents=1000, covered_by=CostItem.CoveredBy.OPEN)
    share(item, organisation, 1)
    share(item, other_organisation, 2)
    response = client.get(url(organisation))
    assert response.context["overview"].figures.total == 333
    other = client.get(url(other_organisation))
    assert other.context["overview"].figures.total == 667
    assert "Sportverein Nord" not in response.content.decode()  # the partner is not named publicly


def test_logged_in_visitors_find_their_name_and_address_filled_in(volunteer_client, volunteer, organisation):
    make_item(organisation)
    form = volunteer_client.get(url(organisation)).context["form"]
    assert form.initial["email"] == volunteer.email and form.initial["name"] == "Vera Volunteer"


def test_admins_find_the_link_to_the_pledges_members_do_not(admin_client_, client, organisation, org_member):
    make_item(organisation)
    pledges = reverse("costs:pledges", args=[organisation.slug])
    assert pledges in admin_client_.get(url(organisation)).content.decode()
    client.force_login(org_member)
    assert pledges not in client.get(url(organisation)).content.decode()


def test_an_unknown_organisation_is_404(client, db):
    assert client.get("/organisations/gibt-es-nicht/costs/").status_code == 404


def _page_queries(client, organisation, django_assert_max_num_queries, count):
    for n in range(count):
        item = make_item(organisation, description=f"Posten {n}", amount_cents=100 + n)
        share(item, organisation, 1)
        share(item, factories.make_organisation(), 2)
        make_pledge(item, status=Pledge.Status.CONFIRMED, show_name=True, name=f"Pate {n}")
        make_pledge(item)
    with django_assert_max_num_queries(30) as context:
        response = client.get(url(organisation))
    assert response.status_code == 200
    return len(context.captured_queries)


def test_the_number_of_queries_does_not_grow_with_items_and_pledges(
    client, organisation, django_assert_max_num_queries
):
    one = _page_queries(client, organisation, django_assert_max_num_queries, 1)
    CostItem.objects.all().delete()
    many = _page_queries(client, organisation, django_assert_max_num_queries, 20)
    assert one == many
