"""costs:create, costs:edit — the organisation's admins and the active team record what the infrastructure costs,
and share an item among organisations served by the same team."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from techpaten.costs.models import CostItem, CostShare
from techpaten.engagements.models import Engagement
from techpaten.inventory.models import Service
from techpaten.volunteers.models import TeamMember
from tests.texts import de

from .. import factories
from .conftest import make_item, share


def create_url(engagement) -> str:
    return reverse("costs:create", args=[engagement.pk])


def data(**extra: str) -> dict[str, str]:
    return {
        "kind": "server",
        "description": "VPS 4 GB für Nextcloud",
        "provider": "Hetzner",
        "amount": "12,50",
        "period": "month",
        "covered_by": "pledges",
        **extra,
    }


@pytest.fixture
def partner(engagement, other_organisation) -> Engagement:
    """The same team also looks after the Sportverein."""
    return Engagement.objects.create(organisation=other_organisation, team=engagement.team)


def test_the_team_adds_a_cost_item_with_the_services_it_runs(team_client, engagement, organisation):
    nextcloud = Service.objects.create(organisation=organisation, name="Nextcloud für die Eltern")
    page = team_client.get(create_url(engagement))
    assert page.status_code == 200 and "Nextcloud für die Eltern" in page.content.decode()
    response = team_client.post(create_url(engagement), data(services=str(nextcloud.pk)))
    assert response.status_code == 302 and response.url == reverse("costs:engagement", args=[engagement.pk])
    item = CostItem.objects.get()
    assert (item.organisation, item.engagement, item.amount_cents, item.period) == (
        organisation,
        engagement,
        1250,
        "month",
    )
    assert list(item.services.all()) == [nextcloud]
    assert not CostShare.objects.exists()


def test_the_organisations_admin_adds_a_yearly_item(admin_client_, engagement):
    admin_client_.post(
        create_url(engagement), data(kind="domain", amount="12", period="year", covered_by="organisation")
    )
    assert CostItem.objects.get().amount_cents == 1200


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0", "Please enter an amount of at least 0.01 €."),
        ("-3", "Please enter an amount of at least 0.01 €."),
        ("zwölf", "Please enter an amount in euros, for example 5 or 12.50."),
        ("1000000,01", "Please enter at most 1,000,000 €."),
        ("9" * 30, "Please enter at most 1,000,000 €."),
        ("1,001", "Please enter at most two digits after the decimal point."),
    ],
)
def test_a_wrong_amount_is_explained_and_nothing_is_written(team_client, engagement, amount, message):
    response = team_client.post(create_url(engagement), data(amount=amount))
    assert response.status_code == 200
    assert escape(de(message)) in response.content.decode()
    assert CostItem.objects.count() == 0


def test_a_sponsor_must_be_named(team_client, engagement):
    response = team_client.post(create_url(engagement), data(covered_by="sponsor"))
    assert escape(de("Please name the sponsor.")) in response.content.decode()
    assert CostItem.objects.count() == 0
    team_client.post(create_url(engagement), data(covered_by="sponsor", sponsor_name="Stadtwerke"))
    assert CostItem.objects.get().sponsor_name == "Stadtwerke"


def test_services_of_another_organisation_cannot_be_chosen(team_client, engagement, organisation, other_organisation):
    Service.objects.create(organisation=organisation, name="Nextcloud")
    foreign = Service.objects.create(organisation=other_organisation, name="Vereinswiki")
    response = team_client.post(create_url(engagement), data(services=str(foreign.pk)))
    assert response.status_code == 200 and "services" in response.context["form"].errors
    assert CostItem.objects.count() == 0


def test_plain_members_get_403_outsiders_and_former_team_members_404_anonymous_the_login(
    client, engagement, org_member, other_member, volunteer
):
    client.force_login(org_member)
    assert client.get(create_url(engagement)).status_code == 403
    assert client.post(create_url(engagement), data()).status_code == 403
    client.force_login(other_member)
    assert client.post(create_url(engagement), data()).status_code == 404
    TeamMember.objects.filter(user=volunteer).update(left_at=timezone.now())
    client.force_login(volunteer)
    assert client.post(create_url(engagement), data()).status_code == 404
    client.logout()
    assert client.get(create_url(engagement)).url.startswith(reverse("account_login"))
    assert CostItem.objects.count() == 0


def test_the_team_of_an_ended_engagement_may_no_longer_add_items(team_client, engagement):
    engagement.status = Engagement.Status.ENDED
    engagement.save()
    assert team_client.post(create_url(engagement), data()).status_code == 403
    assert CostItem.objects.count() == 0


def test_the_team_changes_an_item_and_stops_it(team_client, engagement, organisation):
    item = make_item(organisation, engagement)
    url = reverse("costs:edit", args=[item.pk])
    page = team_client.get(url)
    assert page.status_code == 200 and page.context["form"]["amount"].value() == Decimal("12.50")
    assert 'value="12,50"' in page.content.decode()
    team_client.post(url, data(amount="15", description="VPS 8 GB"))
    item.refresh_from_db()
    assert (item.amount_cents, item.description, item.is_active) == (1500, "VPS 8 GB", False)
    team_client.post(url, data(is_active="on"))
    item.refresh_from_db()
    assert item.is_active


def test_an_invalid_change_writes_nothing_and_keeps_the_saved_heading(team_client, engagement, organisation):
    item = make_item(organisation, engagement, description="VPS alt")
    response = team_client.post(reverse("costs:edit", args=[item.pk]), data(description="VPS neu", amount="-1"))
    assert response.status_code == 200
    assert "VPS alt" in response.content.decode()
    item.refresh_from_db()
    assert item.description == "VPS alt" and item.amount_cents == 1250


def test_editing_is_for_the_editors_only(client, engagement, organisation, org_member, other_member):
    item = make_item(organisation, engagement)
    url = reverse("costs:edit", args=[item.pk])
    client.force_login(org_member)
    assert client.get(url).status_code == 403
    client.force_login(other_member)
    assert client.post(url, data(amount="1")).status_code == 404
    client.logout()
    assert client.get(url).url.startswith(reverse("account_login"))
    assert client.get(reverse("costs:edit", args=[999999])).url.startswith(reverse("account_login"))
    item.refresh_from_db()
    assert item.amount_cents == 1250


# --- sharing ----------------------------------------------------------------------------------------------------------


def test_the_form_offers_the_organisations_served_by_the_same_team_only(team_client, engagement, partner):
    unrelated = factories.make_organisation(name="Fremde Schule")
    html = team_client.get(create_url(engagement)).content.decode()
    assert "Sportverein Nord" in html and "Fremde Schule" not in html
    form = team_client.get(create_url(engagement)).context["form"]
    assert [org.name for org, _name in form.share_fields] == ["Kita Sonnenschein", "Sportverein Nord"]
    assert unrelated.pk not in {org.pk for org, _name in form.share_fields}


def test_without_a_second_organisation_there_is_nothing_to_share(team_client, engagement):
    form = team_client.get(create_url(engagement)).context["form"]
    assert form.share_fields == []
    assert "services" not in form.fields  # nor, with an empty inventory, services to choose


def test_sharing_1_to_2_splits_the_item_and_each_organisation_sees_its_share(
    team_client, engagement, partner, organisation, other_organisation, client
):
    fields = {f"share_{organisation.pk}": "1", f"share_{other_organisation.pk}": "2"}
    team_client.post(create_url(engagement), data(amount="10", covered_by="open", **fields))
    item = CostItem.objects.get()
    assert dict(item.shares.values_list("organisation_id", "weight")) == {organisation.pk: 1, other_organisation.pk: 2}
    kita = client.get(reverse("costs:organisation", args=[organisation.slug])).context["overview"]
    verein = client.get(reverse("costs:organisation", args=[other_organisation.slug])).context["overview"]
    assert (kita.figures.total, verein.figures.total) == (333, 667)  # the larger remainder (2/3) gets the cent
    assert kita.rows[0].share_cents + verein.rows[0].share_cents == 1000


def test_the_contract_holder_must_pay_a_share_when_others_do(
    team_client, engagement, partner, organisation, other_organisation
):
    fields = {f"share_{organisation.pk}": "0", f"share_{other_organisation.pk}": "1"}
    response = team_client.post(create_url(engagement), data(**fields))
    assert escape(de("The organisation holding the contract pays a share too (at least 1).")) in (
        response.content.decode()
    )
    assert CostItem.objects.count() == 0


@pytest.mark.parametrize("weight", ["-1", "101", "eins", "1.5"])
def test_a_wrong_weight_is_explained_and_nothing_is_written(team_client, engagement, partner, organisation, weight):
    response = team_client.post(create_url(engagement), data(**{f"share_{organisation.pk}": weight}))
    assert escape(de("Please enter a whole number from 0 to 100.")) in response.content.decode()
    assert CostItem.objects.count() == 0 and CostShare.objects.count() == 0


def test_a_weight_for_an_unrelated_organisation_is_ignored(team_client, engagement, partner, organisation):
    stranger = factories.make_organisation(name="Fremde Schule")
    team_client.post(create_url(engagement), data(**{f"share_{stranger.pk}": "5"}))
    assert CostItem.objects.count() == 1 and CostShare.objects.count() == 0


def test_setting_the_others_to_0_ends_the_sharing(team_client, engagement, partner, organisation, other_organisation):
    item = make_item(organisation, engagement)
    share(item, organisation)
    share(item, other_organisation)
    page = team_client.get(reverse("costs:edit", args=[item.pk]))
    assert page.context["form"][f"share_{other_organisation.pk}"].value() == 1
    team_client.post(
        reverse("costs:edit", args=[item.pk]),
        data(is_active="on", **{f"share_{organisation.pk}": "1", f"share_{other_organisation.pk}": "0"}),
    )
    assert CostShare.objects.count() == 0
