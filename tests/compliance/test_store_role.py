"""The role finder's verdict stored for an engagement (finding 8): participants answer the questions for their
engagement, the verdict is decided again from the answers on the server, and the documents page offers the
matching contract only."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from techpaten.engagements.models import Engagement
from techpaten.offers import services as offer_services
from techpaten.paperwork.models import ProcessingDetails

from .. import factories

PROCESSOR = {
    "body": "private",
    "household": "no",
    "beyond_household": "yes",
    "member": "no",
    "access": "yes",
    "hoster": "organisation",
}
MEMBER = {**PROCESSOR, "member": "yes"}


def engaged(need, volunteer, org_admin) -> Engagement:
    offer_services.accept(factories.make_offer(need, volunteer), org_admin)
    return Engagement.objects.get()


def store_url(engagement) -> str:
    return reverse("compliance:store_role", args=[engagement.pk])


def test_a_participant_stores_the_verdict_and_the_documents_page_offers_the_avv(client, need, volunteer, org_admin):
    engagement = engaged(need, volunteer, org_admin)
    client.force_login(volunteer)
    response = client.post(store_url(engagement), PROCESSOR)
    assert response.url == reverse("paperwork:index", args=[engagement.pk])
    details = ProcessingDetails.objects.get(engagement=engagement)
    assert (details.helper_role, details.role_decided_by) == ("processor", volunteer)
    assert details.role_decided_at is not None
    assert client.get(reverse("paperwork:document", args=[engagement.pk, "avv"])).status_code == 200
    assert client.get(reverse("paperwork:document", args=[engagement.pk, "confidentiality"])).status_code == 404


def test_storing_again_replaces_the_verdict(admin_client_, need, volunteer, org_admin):
    engagement = engaged(need, volunteer, org_admin)
    admin_client_.post(store_url(engagement), PROCESSOR)
    admin_client_.post(store_url(engagement), MEMBER)
    assert ProcessingDetails.objects.get(engagement=engagement).helper_role == "member"


def test_a_forged_verdict_is_not_trusted_the_answers_decide(admin_client_, need, volunteer, org_admin):
    engagement = engaged(need, volunteer, org_admin)
    admin_client_.post(store_url(engagement), {**MEMBER, "verdict": "processor", "helper_role": "processor"})
    assert ProcessingDetails.objects.get(engagement=engagement).helper_role == "member"


def test_incomplete_answers_store_nothing_and_say_so(admin_client_, need, volunteer, org_admin):
    engagement = engaged(need, volunteer, org_admin)
    answers = {key: value for key, value in PROCESSOR.items() if key != "access"}
    response = admin_client_.post(store_url(engagement), answers, follow=True)
    with translation.override("de"):
        assert gettext("Please answer all questions.") in response.content.decode()
    assert not ProcessingDetails.objects.exists()


def test_outsiders_get_404_and_anonymous_visitors_the_login(client, other_member, need, volunteer, org_admin):
    engagement = engaged(need, volunteer, org_admin)
    client.force_login(other_member)
    assert client.post(store_url(engagement), PROCESSOR).status_code == 404
    assert client.get(reverse("compliance:role_finder"), {"engagement": engagement.pk}).status_code == 404
    client.logout()
    assert client.post(store_url(engagement), PROCESSOR).url.startswith(reverse("account_login"))
    assert not ProcessingDetails.objects.exists()


def test_the_role_finder_for_an_engagement_offers_to_store_and_prefills_the_sponsor(
    admin_client_, need, volunteer, org_admin
):
    engagement = engaged(need, volunteer, org_admin)
    engagement.organisation.sponsor_kind = "catholic"
    engagement.organisation.save()
    html = admin_client_.get(reverse("compliance:role_finder"), {"engagement": engagement.pk}).content.decode()
    assert 'value="catholic" id="id_body_2" required checked' in html
    assert store_url(engagement) not in html  # no result yet, nothing to store
    answered = admin_client_.get(reverse("compliance:role_finder"), {**PROCESSOR, "engagement": engagement.pk})
    assert store_url(engagement) in answered.content.decode()
