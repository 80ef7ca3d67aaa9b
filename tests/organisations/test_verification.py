"""Verifying an organisation: a confirmation mail to its own domain, a document check by staff, a trusted volunteer
vouching for an informal group; staff revoke it. The badge and the search filter follow `is_verified`."""

from __future__ import annotations

import re

import pytest
from django.core import mail, signing
from django.test import Client
from django.urls import reverse

from techpaten.engagements.models import Engagement
from techpaten.engagements.services import join_from_accepted_offer
from techpaten.needs.search import search_needs
from techpaten.offers.models import Offer
from techpaten.organisations import verification
from techpaten.organisations.models import Organisation, Verification
from tests import factories
from tests.texts import de, shown


def as_(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def start(client, organisation, email, callbacks):
    url = reverse("organisations:start_verification_mail", args=[organisation.slug])
    with callbacks(execute=True):
        return client.post(url, {"email": email})


def link_from_outbox() -> str:
    match = re.search(r"https?://[^/\s]+(/verify/[^/\s]+/)", mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return match.group(1)


def test_an_admin_verifies_by_a_confirmation_mail_to_the_organisations_domain(
    organisation, org_admin, client, django_capture_on_commit_callbacks
):
    response = start(as_(org_admin), organisation, "leitung@kita-regenbogen.de", django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["leitung@kita-regenbogen.de"]]
    link = link_from_outbox()
    assert client.get(link).status_code == 200  # GET only asks: a mail scanner's visit verifies nothing
    assert not Verification.objects.exists()

    confirmed = client.post(link)

    assert confirmed.status_code == 302
    found = Verification.objects.get()
    assert (found.organisation, found.method, found.domain) == (organisation, "mail_domain", "kita-regenbogen.de")
    assert found.created_at is not None and found.verified_by == org_admin
    organisation.refresh_from_db()
    assert organisation.is_verified


def test_a_second_click_on_the_link_records_nothing_new(
    organisation, org_admin, client, django_capture_on_commit_callbacks
):
    start(as_(org_admin), organisation, "leitung@kita-regenbogen.de", django_capture_on_commit_callbacks)
    link = link_from_outbox()

    client.post(link)
    client.post(link)

    assert Verification.objects.count() == 1


def test_a_tampered_link_is_refused_clearly_and_nothing_is_written(organisation, org_admin, client):
    token = signing.dumps({"o": organisation.pk, "d": "kita.example", "u": org_admin.pk}, salt=verification.SALT)

    response = client.post(reverse("organisations:confirm_verification", args=[token[:-3] + "abc"]))

    assert response.status_code == 400
    assert shown(response, de("This confirmation link is not valid."))
    assert not Verification.objects.exists()
    organisation.refresh_from_db()
    assert not organisation.is_verified


def test_an_expired_link_is_refused_clearly_and_nothing_is_written(organisation, org_admin, client, monkeypatch):
    token = signing.dumps({"o": organisation.pk, "d": "kita.example", "u": org_admin.pk}, salt=verification.SALT)
    monkeypatch.setattr(verification, "VERIFICATION_LINK_DAYS", -1)  # as if the days had passed

    response = client.post(reverse("organisations:confirm_verification", args=[token]))

    assert response.status_code == 400
    assert shown(response, de("This confirmation link has expired. Please start the verification again."))
    assert not Verification.objects.exists()


def test_a_free_mail_address_proves_nothing_and_is_refused(organisation, org_admin, django_capture_on_commit_callbacks):
    response = start(as_(org_admin), organisation, "kita.regenbogen@gmail.com", django_capture_on_commit_callbacks)

    assert response.status_code == 200
    assert shown(response, de("Please use an address at your organisation's own domain, not a free-mail provider."))
    assert mail.outbox == []


def test_staff_verify_by_documents_with_a_note(organisation, staff):
    response = as_(staff).post(
        reverse("organisations:verify_by_document", args=[organisation.slug]), {"note": "Vereinsregister VR 123"}
    )

    assert response.status_code == 302
    found = Verification.objects.get()
    assert (found.method, found.note, found.verified_by) == ("document", "Vereinsregister VR 123", staff)
    assert Organisation.objects.get(pk=organisation.pk).is_verified


def test_a_document_check_without_a_note_is_refused(organisation, staff):
    response = as_(staff).post(reverse("organisations:verify_by_document", args=[organisation.slug]), {"note": ""})

    assert response.status_code == 200
    assert not Verification.objects.exists()


@pytest.mark.parametrize("who", ["org_admin", "volunteer", "other_member"])
def test_only_staff_check_documents_and_revoke_everybody_else_gets_404(organisation, staff, who, request):
    user = request.getfixturevalue(who)
    done = verification.verify_by_document(organisation, staff, "geprüft")
    client = as_(user)

    assert (
        client.post(reverse("organisations:verify_by_document", args=[organisation.slug]), {"note": "x"}).status_code
        == 404
    )
    revoke = reverse("organisations:revoke_verification", args=[organisation.slug, done.pk])
    assert client.post(revoke, {"reason": "x"}).status_code == 404
    assert Verification.objects.count() == 1 and Verification.objects.get().revoked_at is None


def test_staff_revoke_with_a_reason_and_the_badge_goes(organisation, staff, need):
    done = verification.verify_by_document(organisation, staff, "geprüft")

    response = as_(staff).post(
        reverse("organisations:revoke_verification", args=[organisation.slug, done.pk]), {"reason": "Verein aufgelöst"}
    )

    assert response.status_code == 302
    done.refresh_from_db()
    assert (done.revoked_by, done.revoke_reason) == (staff, "Verein aufgelöst") and done.revoked_at is not None
    assert not Organisation.objects.get(pk=organisation.pk).is_verified
    assert need not in search_needs({"verified": True})


def test_the_badge_shows_on_the_organisation_the_need_and_the_search(organisation, staff, need, client):
    verification.verify_by_document(organisation, staff, "geprüft")
    badge = de("Techpaten has verified this organisation.")

    assert shown(client.get(reverse("organisations:detail", args=[organisation.slug])), badge)
    assert shown(client.get(reverse("needs:detail", args=[need.pk])), badge)
    assert shown(client.get(reverse("needs:list")), badge)


def test_the_search_filters_to_verified_organisations(organisation, other_organisation, staff, need, client):
    other_need = factories.make_need(other_organisation, title="Webseite für den Sportverein")
    verification.verify_by_document(organisation, staff, "geprüft")

    assert list(search_needs({"verified": True})) == [need]
    assert set(search_needs({})) == {need, other_need}
    page = client.get(reverse("needs:list"), {"verified": "on"})
    assert [row.pk for row in page.context["page_obj"].object_list] == [need.pk]


@pytest.fixture
def informal_group(db):
    founder = factories.make_user("wg@example.org")
    return factories.make_organisation(admin=founder, name="WG Lindenstraße", slug="wg-linden", is_formal=False)


def completed_engagement_volunteer(organisation) -> object:
    person = factories.make_user("erfahren@example.org", name="Erika Erfahren")
    factories.make_volunteer_profile(person)
    join_from_accepted_offer(
        factories.make_offer(factories.make_need(organisation), person, status=Offer.Status.ACCEPTED)
    )
    Engagement.objects.filter(organisation=organisation).update(status=Engagement.Status.ENDED)
    return person


def test_a_volunteer_with_a_completed_engagement_vouches_for_an_informal_group(informal_group, organisation):
    person = completed_engagement_volunteer(organisation)

    response = as_(person).post(
        reverse("organisations:vouch", args=[informal_group.slug]), {"note": "Ich kenne die WG"}
    )

    assert response.status_code == 302
    found = Verification.objects.get()
    assert (found.method, found.verified_by, found.note) == ("vouched", person, "Ich kenne die WG")
    assert Organisation.objects.get(pk=informal_group.pk).is_verified


def test_a_volunteer_without_a_completed_engagement_may_not_vouch(informal_group, volunteer):
    assert (
        as_(volunteer).post(reverse("organisations:vouch", args=[informal_group.slug]), {"note": "x"}).status_code
        == 404
    )
    assert not Verification.objects.exists()


def test_nobody_vouches_for_a_registered_organisation(organisation, other_organisation):
    person = completed_engagement_volunteer(organisation)

    assert as_(person).get(reverse("organisations:vouch", args=[other_organisation.slug])).status_code == 404


def test_the_verification_page_is_for_staff_and_admins(organisation, org_admin, org_member, staff, volunteer):
    url = reverse("organisations:verification", args=[organisation.slug])

    assert as_(org_admin).get(url).status_code == 200
    assert as_(staff).get(url).status_code == 200
    assert as_(org_member).get(url).status_code == 403
    assert as_(volunteer).get(url).status_code == 404


def test_staff_are_told_why_they_may_vouch_not_a_completed_engagement(informal_group, staff):
    page = as_(staff).get(reverse("organisations:vouch", args=[informal_group.slug]))

    assert page.status_code == 200
    assert not shown(
        page,
        de(
            "You have completed an engagement on Techpaten, so you can vouch for an informal group you know. "
            "Say how you know it; the group then counts as verified."
        ),
    )
    assert shown(
        page,
        de(
            "As a member of the Techpaten staff you can vouch for an informal group you know or have checked. "
            "Say how you know it; the group then counts as verified."
        ),
    )


def test_a_volunteer_is_told_their_completed_engagement_lets_them_vouch(informal_group, organisation):
    page = as_(completed_engagement_volunteer(organisation)).get(
        reverse("organisations:vouch", args=[informal_group.slug])
    )

    assert shown(
        page,
        de(
            "You have completed an engagement on Techpaten, so you can vouch for an informal group you know. "
            "Say how you know it; the group then counts as verified."
        ),
    )
