"""costs:pledge, costs:pledges, costs:confirm_pledge, costs:end_pledge — promises of support, confirmed by the
organisation once the money has arrived. No money moves through the platform."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.html import escape

from techpaten.core.rules import RuleViolation
from techpaten.costs import services
from techpaten.costs.models import CostItem, Pledge
from techpaten.mail.models import OutgoingMail
from tests.texts import de

from .conftest import confirmation_path, make_item, make_pledge

PLEDGE_NOTE = (
    "No money moves through Techpaten. You pledge an amount per month; the organisation gets in touch with you by "
    "e-mail to arrange the payment and confirms your pledge once the money has arrived."
)


def pledge_url(organisation) -> str:
    return reverse("costs:pledge", args=[organisation.slug])


def data(item: CostItem, **extra: str) -> dict[str, str]:
    return {"cost_item": str(item.pk), "amount": "12,50", "name": "Paula Pate", "email": "paula@example.org", **extra}


@pytest.fixture
def item(organisation) -> CostItem:
    return make_item(organisation)


def test_an_anonymous_visitor_pledges_confirms_the_address_and_then_both_sides_get_a_mail(
    client, item, organisation, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(pledge_url(organisation), data(item, show_name="on"))
    assert response.status_code == 302 and response.url == reverse("costs:organisation", args=[organisation.slug])
    pledge = Pledge.objects.get()
    assert (pledge.amount_cents, pledge.status, pledge.show_name, pledge.supporter) == (1250, "pledged", True, None)
    assert pledge.language == "de" and pledge.ip_hash and pledge.email_confirmed_at is None
    (ask,) = mail.outbox  # only the supporter hears of it, until the address is confirmed
    assert ask.to == ["paula@example.org"]
    link = confirmation_path(ask.body)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link)
    thanks, received = sorted(mail.outbox[1:], key=lambda m: m.to != ["paula@example.org"])
    assert thanks.to == ["paula@example.org"]
    assert de("You receive this e-mail because this address was given with a pledge on Techpaten.") in thanks.body
    assert reverse("costs:organisation", args=[organisation.slug]) in thanks.body
    assert received.to == [org_admin.email]
    assert "Paula Pate (paula@example.org)" in received.body
    assert reverse("costs:pledges", args=[organisation.slug]) in received.body


def test_the_confirmation_mail_is_in_the_language_of_the_page(client, item, organisation):
    client.cookies.load({"django_language": "en"})
    client.post(pledge_url(organisation), data(item, amount="6", email="ed@example.org"))
    languages = {m.to: m.language for m in OutgoingMail.objects.filter(kind="mail/pledge_confirm_address")}
    assert languages["ed@example.org"] == "en"
    assert Pledge.objects.get(email="ed@example.org").language == "en"


def test_a_logged_in_supporter_is_linked_and_finds_the_form_filled_in(volunteer_client, volunteer, item, organisation):
    page = volunteer_client.get(pledge_url(organisation) + f"?item={item.pk}")
    assert page.status_code == 200
    assert page.context["form"].initial == {"cost_item": item.pk, "name": "Vera Volunteer", "email": volunteer.email}
    assert escape(de(PLEDGE_NOTE)) in page.content.decode()
    volunteer_client.post(pledge_url(organisation), data(item, name="Vera", email=volunteer.email))
    assert Pledge.objects.get().supporter == volunteer


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0", "Please pledge at least 1 € per month."),
        ("0,99", "Please pledge at least 1 € per month."),
        ("-5", "Please pledge at least 1 € per month."),
        ("fünf", "Please enter an amount in euros, for example 5 or 12.50."),
        ("10000,01", "Please pledge at most 10,000 € per month."),
        ("99999999", "Please pledge at most 10,000 € per month."),
        ("1,234", "Please enter at most two digits after the decimal point."),
        ("", "This field is required."),
    ],
)
def test_a_wrong_amount_is_explained_and_nothing_is_written(client, item, organisation, amount, message):
    response = client.post(pledge_url(organisation), data(item, amount=amount))
    assert response.status_code == 200
    assert escape(de(message)) in response.content.decode()
    assert Pledge.objects.count() == 0 and OutgoingMail.objects.count() == 0


def test_the_limits_themselves_are_accepted(client, item, organisation):
    client.post(pledge_url(organisation), data(item, amount="1"))
    client.post(pledge_url(organisation), data(item, amount="10000"))
    client.post(pledge_url(organisation), data(item, amount="12.50"))  # a dot as decimal point works too
    assert sorted(Pledge.objects.values_list("amount_cents", flat=True)) == [100, 1250, 1_000_000]


def test_a_missing_name_or_bad_address_is_explained_and_nothing_written(client, item, organisation):
    response = client.post(pledge_url(organisation), data(item, name="", email="keine-adresse"))
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"name", "email"}
    assert Pledge.objects.count() == 0


def test_only_items_covered_by_pledges_of_this_organisation_can_be_chosen(client, organisation, other_organisation):
    make_item(organisation)
    sponsored = make_item(organisation, description="Gesponsert", covered_by=CostItem.CoveredBy.SPONSOR)
    foreign = make_item(other_organisation, description="Vereinsserver")
    for wrong in (sponsored, foreign):
        response = client.post(pledge_url(organisation), data(wrong))
        assert escape(de("Please choose one of the costs listed.")) in response.content.decode()
    assert Pledge.objects.count() == 0


def test_an_item_that_stopped_taking_pledges_meanwhile_is_refused(item):
    item.covered_by = CostItem.CoveredBy.SPONSOR
    item.save()
    with pytest.raises(RuleViolation):
        services.create_pledge(
            item,
            name="P",
            email="p@example.org",
            amount_cents=500,
            show_name=False,
            supporter=None,
            ip="1.2.3.4",
            language="de",
        )
    assert Pledge.objects.count() == 0


def test_without_items_to_pledge_for_the_pledge_page_is_404(client, organisation):
    make_item(organisation, covered_by=CostItem.CoveredBy.ORGANISATION)
    assert client.get(pledge_url(organisation)).status_code == 404
    assert client.get("/organisations/gibt-es-nicht/costs/pledge/").status_code == 404


def test_a_filled_honeypot_looks_like_success_but_writes_and_sends_nothing(client, item, organisation):
    response = client.post(pledge_url(organisation), data(item, website="https://spam.example"))
    assert response.status_code == 302
    assert Pledge.objects.count() == 0 and OutgoingMail.objects.count() == 0


def test_anonymous_pledges_are_limited_per_address(client, item, organisation, settings):
    settings.PLEDGE_RATE_PER_HOUR = 2
    for n in range(2):
        assert client.post(pledge_url(organisation), data(item, email=f"p{n}@example.org")).status_code == 302
    response = client.post(pledge_url(organisation), data(item, email="p3@example.org"))
    assert response.status_code == 200
    limit = de("Many pledges came from here in the last hour. Please wait a little before you pledge again.")
    assert escape(limit) in response.content.decode()
    assert Pledge.objects.count() == 2
    # Another address may still pledge.
    assert client.post(pledge_url(organisation), data(item), REMOTE_ADDR="198.51.100.9").status_code == 302
    assert Pledge.objects.count() == 3


def test_logged_in_supporters_are_limited_per_person_whatever_their_address(
    volunteer_client, item, organisation, settings
):
    settings.PLEDGE_RATE_PER_HOUR = 1
    volunteer_client.post(pledge_url(organisation), data(item))
    volunteer_client.post(pledge_url(organisation), data(item), REMOTE_ADDR="198.51.100.9")
    assert Pledge.objects.count() == 1


def test_the_address_hash_is_cleared_once_the_hour_is_over(client, item, organisation):
    from datetime import timedelta

    from django.utils import timezone

    old = make_pledge(item, ip_hash="abc")
    Pledge.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=2))
    client.post(pledge_url(organisation), data(item))
    old.refresh_from_db()
    assert old.ip_hash == ""
    assert Pledge.objects.exclude(pk=old.pk).get().ip_hash != ""


# --- the organisation's admins confirm or end pledges -----------------------------------------------------------------


def test_admins_see_the_pledges_with_names_and_addresses(admin_client_, item, organisation):
    make_pledge(item, name="Paula Pate", email="paula@example.org")
    make_pledge(item, name="Conny Confirmed", email="conny@example.org", status=Pledge.Status.CONFIRMED)
    response = admin_client_.get(reverse("costs:pledges", args=[organisation.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "paula@example.org" in html and "conny@example.org" in html
    assert reverse("costs:confirm_pledge", args=[Pledge.objects.get(name="Paula Pate").pk]) in html


def test_members_get_403_outsiders_404_and_anonymous_visitors_the_login(
    member_client, client, item, organisation, other_member
):
    url = reverse("costs:pledges", args=[organisation.slug])
    assert member_client.get(url).status_code == 403
    client.logout()
    assert client.get(url).url.startswith(reverse("account_login"))
    client.force_login(other_member)
    assert client.get(url).status_code == 404


def test_confirming_counts_the_pledge_as_covering_and_thanks_the_supporter(
    admin_client_, client, org_admin, item, organisation, django_capture_on_commit_callbacks
):
    pledge = make_pledge(item, amount_cents=500, language="en")
    before = client.get(reverse("costs:organisation", args=[organisation.slug])).context["overview"].figures
    assert (before.covered, before.promised) == (0, 500)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client_.post(reverse("costs:confirm_pledge", args=[pledge.pk]))
    assert response.url == reverse("costs:pledges", args=[organisation.slug])
    pledge.refresh_from_db()
    assert pledge.status == "confirmed" and pledge.confirmed_by == org_admin and pledge.confirmed_at
    assert [m.to for m in mail.outbox] == [["paula@example.org"]]
    assert OutgoingMail.objects.get(kind="mail/pledge_confirmed").language == "en"
    after = admin_client_.get(reverse("costs:organisation", args=[organisation.slug])).context["overview"].figures
    assert (after.covered, after.open, after.promised) == (500, 750, 0)


def test_ending_a_pledge_stops_it_counting_and_a_second_answer_is_refused(admin_client_, item, organisation):
    pledge = make_pledge(item, amount_cents=500, status=Pledge.Status.CONFIRMED)
    admin_client_.post(reverse("costs:end_pledge", args=[pledge.pk]))
    pledge.refresh_from_db()
    assert pledge.status == "ended"
    figures = admin_client_.get(reverse("costs:organisation", args=[organisation.slug])).context["overview"].figures
    assert figures.covered == 0
    response = admin_client_.post(reverse("costs:confirm_pledge", args=[pledge.pk]), follow=True)
    assert escape(de("Only a pledge that is not yet confirmed can be confirmed.")) in response.content.decode()
    pledge.refresh_from_db()
    assert pledge.status == "ended"


def test_confirming_and_ending_are_post_only_and_for_the_admins_only(
    admin_client_, client, item, org_member, other_member, volunteer
):
    pledge = make_pledge(item)
    confirm = reverse("costs:confirm_pledge", args=[pledge.pk])
    assert admin_client_.get(confirm).status_code == 405
    client.logout()
    assert client.post(confirm).url.startswith(reverse("account_login"))
    for person, status in ((org_member, 403), (other_member, 404), (volunteer, 404)):
        client.force_login(person)
        assert client.post(confirm).status_code == status
        assert client.post(reverse("costs:end_pledge", args=[pledge.pk])).status_code == status
    pledge.refresh_from_db()
    assert pledge.status == "pledged"


def test_the_admins_of_the_contract_holder_confirm_a_shared_items_pledges(
    client, item, other_organisation, other_member
):
    from .conftest import share

    share(item, item.organisation)
    share(item, other_organisation)
    pledge = make_pledge(item)
    client.force_login(other_member)
    assert client.post(reverse("costs:confirm_pledge", args=[pledge.pk])).status_code == 404


def test_the_pledges_page_lists_only_the_organisations_pledges(admin_client_, organisation, other_organisation):
    make_pledge(make_item(other_organisation), name="Fremder Förderer", email="fremd@example.org")
    html = admin_client_.get(reverse("costs:pledges", args=[organisation.slug])).content.decode()
    assert "fremd@example.org" not in html


def test_a_pledge_of_a_supporter_with_a_deleted_account_shows_no_address(admin_client_, item, organisation):
    make_pledge(item, name="", email="")
    html = admin_client_.get(reverse("costs:pledges", args=[organisation.slug])).content.decode()
    assert "mailto:" not in html


def test_mails_are_not_sent_for_a_refused_pledge(client, organisation, django_capture_on_commit_callbacks):
    item = make_item(organisation)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(pledge_url(organisation), data(item, amount="0"))
    assert mail.outbox == []


@pytest.mark.parametrize("value", ["NaN", "-Infinity", "1e309", "9" * 30, "\x00", " ", "[]", "Kita\x00"])
def test_hostile_values_never_break_the_form_nor_write_anything(client, item, organisation, value):
    response = client.post(pledge_url(organisation), data(item, amount=value, name=value))
    assert response.status_code == 200
    assert Pledge.objects.count() == 0
    response = client.post(pledge_url(organisation), data(item, cost_item=value))
    assert response.status_code == 200
    assert Pledge.objects.count() == 0
