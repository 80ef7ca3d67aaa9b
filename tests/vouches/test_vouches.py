"""Vouching between volunteers: only after a shared engagement, one per pair, editable and withdrawable; shown on
the profile and to the organisation on the offer page."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext

from techpaten.engagements.models import Engagement
from techpaten.engagements.services import join_from_accepted_offer
from techpaten.offers.models import Offer
from techpaten.vouches.models import Vouch
from tests import factories
from tests.texts import de, shown


def as_(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def teammate(db):
    user = factories.make_user("theo.team@example.org", name="Theo Team")
    factories.make_volunteer_profile(user, plz="10115")
    return user


def share_an_engagement(need, *people) -> Engagement:
    """People on the team of one engagement: the first by an accepted offer, the others join its team."""
    first, *others = people
    engagement = join_from_accepted_offer(factories.make_offer(need, first, status=Offer.Status.ACCEPTED))
    for person in others:
        engagement.team.members.create(user=person)
    return engagement


def test_a_vouch_without_a_shared_engagement_is_refused_with_404(volunteer, teammate):
    url = reverse("vouches:edit", args=[teammate.volunteer_profile.pk])

    assert as_(volunteer).get(url).status_code == 404
    assert as_(volunteer).post(url, {"statement": "Super Zusammenarbeit"}).status_code == 404
    assert not Vouch.objects.exists()


def test_after_a_shared_engagement_a_volunteer_vouches_and_the_profile_shows_it(volunteer, teammate, need):
    share_an_engagement(need, volunteer, teammate)
    url = reverse("vouches:edit", args=[teammate.volunteer_profile.pk])

    response = as_(volunteer).post(url, {"statement": "Zuverlässig und geduldig."})

    assert response.status_code == 302
    vouch = Vouch.objects.get()
    assert (vouch.author, vouch.subject, vouch.statement) == (volunteer, teammate, "Zuverlässig und geduldig.")
    page = as_(teammate).get(reverse("volunteers:detail", args=[teammate.volunteer_profile.pk]))
    assert shown(page, "Zuverlässig und geduldig.")


def test_a_past_engagement_counts_and_the_vouch_is_edited_not_doubled(volunteer, teammate, need):
    engagement = share_an_engagement(need, volunteer, teammate)
    engagement.status = Engagement.Status.ENDED
    engagement.save()
    url = reverse("vouches:edit", args=[teammate.volunteer_profile.pk])

    as_(volunteer).post(url, {"statement": "Erste Fassung"})
    as_(volunteer).post(url, {"statement": "Zweite Fassung"})

    assert list(Vouch.objects.values_list("statement", flat=True)) == ["Zweite Fassung"]


def test_an_empty_statement_is_refused(volunteer, teammate, need):
    share_an_engagement(need, volunteer, teammate)

    response = as_(volunteer).post(reverse("vouches:edit", args=[teammate.volunteer_profile.pk]), {"statement": " "})

    assert response.status_code == 200
    assert not Vouch.objects.exists()


def test_a_vouch_is_withdrawn(volunteer, teammate, need):
    share_an_engagement(need, volunteer, teammate)
    profile = teammate.volunteer_profile
    as_(volunteer).post(reverse("vouches:edit", args=[profile.pk]), {"statement": "Gut"})

    response = as_(volunteer).post(reverse("vouches:withdraw", args=[profile.pk]))

    assert response.status_code == 302
    assert not Vouch.objects.exists()
    assert as_(volunteer).post(reverse("vouches:withdraw", args=[profile.pk])).status_code == 404


def test_nobody_vouches_for_themselves(volunteer):
    url = reverse("vouches:edit", args=[volunteer.volunteer_profile.pk])

    assert as_(volunteer).get(url).status_code == 404


def test_the_organisation_reads_vouches_and_completed_engagements_on_the_offer_page(
    volunteer, teammate, need, organisation, org_admin
):
    earlier = factories.make_need(organisation, title="Drucker einrichten")
    engagement = share_an_engagement(earlier, teammate, volunteer)
    Engagement.objects.filter(pk=engagement.pk).update(status=Engagement.Status.ENDED)
    as_(teammate).post(reverse("vouches:edit", args=[volunteer.volunteer_profile.pk]), {"statement": "Sehr gut."})
    other = factories.make_need(factories.make_organisation(), title="Neues WLAN")
    offer = factories.make_offer(other, volunteer)
    admin = factories.make_user("chefin@example.org")
    factories.add_member(other.organisation, admin, role="admin")

    page = as_(admin).get(reverse("offers:detail", args=[offer.pk]))

    assert shown(page, "Sehr gut.")
    with translation.override("de"):
        assert shown(
            page, ngettext("%(count)s completed engagement", "%(count)s completed engagements", 1) % {"count": 1}
        )
    assert shown(page, de("Vouched for by fellow volunteers"))
