"""costs:confirm_pledge_email — a pledge counts only once the supporter confirmed their address by the mailed link;
the public form disappears once an item is fully covered."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone

from techpaten.core.rules import RuleViolation
from techpaten.costs import confirmation, services
from techpaten.costs.models import CostItem, Pledge
from tests.texts import de, shown

from .conftest import confirmation_path, make_item, make_pledge


def pledge_url(organisation) -> str:
    return reverse("costs:pledge", args=[organisation.slug])


def data(item: CostItem, **extra: str) -> dict[str, str]:
    return {"cost_item": str(item.pk), "amount": "5", "name": "Paula Pate", "email": "paula@example.org", **extra}


@pytest.fixture
def item(organisation) -> CostItem:
    return make_item(organisation)  # 12.50 € a month, covered by pledges


@pytest.fixture
def unconfirmed(item) -> Pledge:
    return make_pledge(item, email="uta@example.org", name="Uta Unbestätigt", email_confirmed_at=None)


def test_the_pledge_mail_carries_a_link_that_confirms_the_address(
    client, item, organisation, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(pledge_url(organisation), data(item))
    (ask,) = mail.outbox
    assert ask.to == ["paula@example.org"] and ask.subject == de(
        "Please confirm your pledge to %(name)s", name=organisation.name
    )
    link = confirmation_path(ask.body)
    assert link in ask.alternatives[0][0]
    page = client.get(link)  # a mail scanner following the link changes nothing
    assert page.status_code == 200 and Pledge.objects.get().email_confirmed_at is None
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link)
    assert response.status_code == 302 and response.url == reverse("costs:organisation", args=[organisation.slug])
    assert Pledge.objects.get().email_confirmed_at is not None
    assert {m.to[0] for m in mail.outbox[1:]} == {"paula@example.org", org_admin.email}


def test_a_second_click_on_the_link_tells_nobody_again(client, unconfirmed, django_capture_on_commit_callbacks):
    link = reverse("costs:confirm_pledge_email", args=[confirmation.pledge_token(unconfirmed)])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link)
    assert len(mail.outbox) == 2  # thanks to the supporter, news to the one admin
    with django_capture_on_commit_callbacks(execute=True):
        second = client.post(link, follow=True)
    assert len(mail.outbox) == 2
    assert shown(second, de("You had already confirmed this pledge. The organisation will get in touch."))


def test_the_organisation_sees_and_counts_only_confirmed_addresses(admin_client_, item, organisation, unconfirmed):
    seen = make_pledge(item, name="Paula Pate", amount_cents=400)
    page = admin_client_.get(reverse("costs:pledges", args=[organisation.slug]))
    assert "Paula Pate" in page.text and "Uta Unbestätigt" not in page.text and unconfirmed.email not in page.text
    (row,) = services.overview(services.items_for_organisation(organisation), organisation.pk).rows
    assert row.promised_cents == seen.amount_cents  # Uta's 5 € are not promised yet
    public = admin_client_.get(reverse("costs:organisation", args=[organisation.slug]))
    assert "Uta" not in public.text


def test_the_organisation_cannot_confirm_or_end_an_unconfirmed_pledge(admin_client_, unconfirmed):
    for name in ("costs:confirm_pledge", "costs:end_pledge"):
        assert admin_client_.post(reverse(name, args=[unconfirmed.pk])).status_code == 404
    unconfirmed.refresh_from_db()
    assert unconfirmed.status == Pledge.Status.PLEDGED


@pytest.mark.parametrize("kind", ["expired", "tampered", "garbage", "other address"])
def test_a_bad_or_expired_link_shows_a_clear_page_and_writes_nothing(
    client, unconfirmed, kind, django_capture_on_commit_callbacks
):
    token = confirmation.pledge_token(unconfirmed)
    if kind == "expired":
        later = timezone.now() + timedelta(days=confirmation.VALID_DAYS, minutes=1)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(signing.time, "time", lambda: later.timestamp())
            responses = [client.get(reverse("costs:confirm_pledge_email", args=[token]))]
            responses.append(client.post(reverse("costs:confirm_pledge_email", args=[token])))
    else:
        if kind == "tampered":
            token = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
        elif kind == "garbage":
            token = "not-a-token"
        else:
            unconfirmed.email = "someone-else@example.org"
            unconfirmed.save()
        url = reverse("costs:confirm_pledge_email", args=[token])
        with django_capture_on_commit_callbacks(execute=True):
            responses = [client.get(url), client.post(url)]
    for response in responses:
        assert response.status_code == 400
        assert shown(response, de("This link does not work"))
    assert Pledge.objects.get().email_confirmed_at is None
    assert mail.outbox == []


def test_a_signed_in_supporter_with_their_own_address_needs_no_link(
    volunteer_client, volunteer, item, organisation, org_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        volunteer_client.post(pledge_url(organisation), data(item, email=volunteer.email))
    assert Pledge.objects.get().email_confirmed_at is not None
    assert sorted(m.to[0] for m in mail.outbox) == sorted([volunteer.email, org_admin.email])


def test_a_signed_in_supporter_giving_another_address_confirms_it(volunteer_client, item, organisation):
    volunteer_client.post(pledge_url(organisation), data(item, email="zweit@example.org"))
    assert Pledge.objects.get().email_confirmed_at is None


def test_unconfirmed_pledges_are_deleted_once_the_link_has_expired(item, unconfirmed):
    kept = make_pledge(item)
    Pledge.objects.update(created_at=timezone.now() - timedelta(days=confirmation.VALID_DAYS + 1))
    assert confirmation.forget_unconfirmed_pledges(timezone.now()) == 1
    assert list(Pledge.objects.all()) == [kept]


# --- the form disappears once an item is fully covered ----------------------------------------------------------------


def test_the_pledge_form_is_hidden_once_confirmed_pledges_cover_the_item(client, item, organisation):
    page = reverse("costs:organisation", args=[organisation.slug])
    make_pledge(item, amount_cents=1000, status=Pledge.Status.CONFIRMED)
    assert client.get(page).context["form"] is not None  # 2.50 € still open
    make_pledge(item, amount_cents=250, status=Pledge.Status.CONFIRMED)
    response = client.get(page)
    assert response.context["form"] is None
    assert 'id="pledge-heading"' not in response.text
    assert client.get(pledge_url(organisation)).status_code == 404


def test_promised_but_unconfirmed_money_leaves_the_form_open(client, item, organisation):
    make_pledge(item, amount_cents=1250)  # promised: the money may never come
    assert client.get(reverse("costs:organisation", args=[organisation.slug])).context["form"] is not None


def test_a_yearly_item_is_covered_by_a_twelfth_a_month(client, organisation):
    yearly = make_item(organisation, amount_cents=1200, period=CostItem.Period.YEAR)
    make_pledge(yearly, amount_cents=100, status=Pledge.Status.CONFIRMED)
    assert not services.pledgeable_items(organisation).exists()
    assert services.overview(services.items_for_organisation(organisation), organisation.pk).pledgeable == []


def test_a_pledge_to_an_item_covered_meanwhile_is_refused(item):
    make_pledge(item, amount_cents=1250, status=Pledge.Status.CONFIRMED)
    with pytest.raises(RuleViolation):
        services.create_pledge(
            item,
            name="Spät",
            email="spaet@example.org",
            amount_cents=500,
            show_name=False,
            supporter=None,
            ip="203.0.113.9",
            language="de",
        )
    assert Pledge.objects.count() == 1
