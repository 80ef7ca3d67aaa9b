"""`manage.py seed_demo`: a believable demo that keeps the platform's own rules."""

from __future__ import annotations

from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.management import call_command
from django.db.models import Count, F
from django.utils import timezone

from techpaten.accounts.models import User
from techpaten.conversations.models import Message
from techpaten.core.demo import people
from techpaten.needs.models import Need
from techpaten.offers.models import Offer
from techpaten.organisations.models import Membership, Organisation
from techpaten.taxonomy.models import Sector
from techpaten.volunteers.models import VolunteerProfile


def seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def output(db) -> str:
    return seed()


def test_it_creates_organisations_of_every_sector_each_with_an_admin(output):
    assert Organisation.objects.count() >= 40
    assert set(Organisation.objects.values_list("sector__slug", flat=True)) == set(
        Sector.objects.values_list("slug", flat=True)
    )
    without_admin = Organisation.objects.exclude(memberships__role=Membership.Role.ADMIN)
    assert not without_admin.exists()
    assert Organisation.objects.annotate(n=Count("memberships")).filter(n__gt=1).count() >= 5
    assert Organisation.objects.exclude(contact_email="").count() == Organisation.objects.count()


def test_it_creates_80_needs_in_every_status_with_use_cases_and_skills(output):
    assert Need.objects.count() == 80
    assert set(Need.objects.values_list("status", flat=True)) == set(Need.Status.values)
    assert not Need.objects.filter(use_cases=None).exists()
    assert not Need.objects.filter(skills=None).exists()
    assert not Need.objects.filter(search_text="").exists()
    need = Need.objects.select_related("organisation").first()
    assert need.search_text == need.build_search_text()
    oldest = timezone.now() - timezone.timedelta(days=61)
    published = Need.objects.exclude(status=Need.Status.DRAFT)
    assert not published.filter(published_at__isnull=True).exists()
    assert not published.filter(published_at__lt=oldest).exists()
    assert not Need.objects.filter(status=Need.Status.DRAFT, published_at__isnull=False).exists()
    assert set(Need.objects.values_list("kind", flat=True)) == set(Need.Kind.values)
    assert set(Need.objects.values_list("size", flat=True)) == set(Need.Size.values)


def test_it_creates_30_volunteers_some_hidden_one_also_an_organisation_member(output):
    assert VolunteerProfile.objects.count() == 30
    assert VolunteerProfile.objects.filter(is_public=False).exists()
    assert not VolunteerProfile.objects.filter(skills=None).exists()
    both = User.objects.get(email=people.BOTH_EMAIL)
    assert hasattr(both, "volunteer_profile") and both.memberships.exists()


def test_it_creates_offers_in_every_status_and_conversations(output):
    assert set(Offer.objects.values_list("status", flat=True)) == set(Offer.Status.values)
    assert Message.objects.filter(offer__status=Offer.Status.ACCEPTED).exists()
    assert Message.objects.filter(offer__status=Offer.Status.PENDING).exists()
    assert Offer.objects.filter(status=Offer.Status.DECLINED).exclude(decision_message="").exists()
    soon = timezone.now() + timezone.timedelta(days=2)
    assert Offer.objects.filter(status=Offer.Status.PENDING, expires_at__lt=soon).exists()


def test_offers_keep_the_platform_rules(output):
    now = timezone.now()
    pending = Offer.objects.filter(status=Offer.Status.PENDING)
    per_volunteer = pending.values("volunteer").annotate(n=Count("pk")).values_list("n", flat=True)
    assert max(per_volunteer) <= settings.OFFER_MAX_PENDING
    assert not pending.filter(expires_at__lte=now).exists()
    active = Offer.objects.filter(status__in=Offer.ACTIVE_STATUSES)
    assert not active.values("volunteer", "need").annotate(n=Count("pk")).filter(n__gt=1).exists()
    assert not Offer.objects.filter(need__organisation__memberships__user=F("volunteer")).exists()
    # Offers sit on open or matched needs; only those still waiting when the need was closed sit on closed ones.
    closed = Offer.objects.filter(status=Offer.Status.NEED_CLOSED)
    assert (
        not Offer.objects.exclude(status=Offer.Status.NEED_CLOSED)
        .exclude(need__status__in=Need.LISTED_STATUSES)
        .exists()
    )
    assert not closed.exclude(need__status=Need.Status.CLOSED).exists()
    assert not closed.filter(created_at__gt=F("need__closed_at")).exists()
    assert not pending.exclude(need__status=Need.Status.OPEN).exists()
    assert not Offer.objects.filter(created_at__lt=F("need__published_at")).exists()
    for need in Need.objects.filter(status=Need.Status.MATCHED):
        assert need.offers.filter(status=Offer.Status.ACCEPTED).exists(), need
    assert not Message.objects.filter(created_at__lt=F("offer__created_at")).exists()
    assert not Message.objects.filter(created_at__gt=now).exists()


def test_every_demo_account_has_a_verified_address_and_the_demo_password(output):
    users = User.objects.filter(email__endswith=f"@{people.DEMO_DOMAIN}")
    assert users.count() == User.objects.count()
    verified = EmailAddress.objects.filter(verified=True, primary=True)
    assert verified.count() == users.count()
    assert User.objects.get(email=people.KITA_ADMIN_EMAIL).check_password(people.PASSWORD)
    staff = User.objects.get(email=people.STAFF_EMAIL)
    assert staff.is_staff and staff.is_superuser
    assert len(people.PASSWORD) >= 12


def test_it_prints_the_logins(output):
    assert f"{people.KITA_ADMIN_EMAIL} / {people.PASSWORD}" in output
    assert f"{people.VOLUNTEER_EMAIL} / {people.PASSWORD}" in output
    assert f"{people.STAFF_EMAIL} / {people.PASSWORD}" in output


def test_a_second_run_changes_nothing_and_prints_the_logins_again(output):
    counts = [model.objects.count() for model in (User, Organisation, Need, Offer, Message)]
    again = seed()
    assert "demo data already loaded" in again
    assert f"{people.KITA_ADMIN_EMAIL} / {people.PASSWORD}" in again
    assert [model.objects.count() for model in (User, Organisation, Need, Offer, Message)] == counts


def test_the_demo_admin_can_log_in(output, client):
    assert client.login(email=people.KITA_ADMIN_EMAIL, password=people.PASSWORD)


def test_every_accepted_offer_put_its_volunteer_on_the_organisations_team(output):
    from techpaten.engagements.models import EngagementNeed, TeamMember

    for offer in Offer.objects.filter(status=Offer.Status.ACCEPTED).select_related("need"):
        link = EngagementNeed.objects.select_related("engagement").get(need=offer.need)
        assert link.engagement.organisation_id == offer.need.organisation_id
        member = TeamMember.objects.get(team_id=link.engagement.team_id, user_id=offer.volunteer_id)
        assert member.joined_at == offer.decided_at


def test_the_data_protection_kit_has_reviews_in_every_state_and_approved_sets(output):
    from techpaten.catalogue.models import Review
    from techpaten.compliance.models import RequirementSet

    reviewer = User.objects.get(email=people.REVIEWER_EMAIL)
    assert reviewer.is_reviewer
    assert {review.current_status for review in Review.objects.all()} == set(Review.Status.values)
    approved = RequirementSet.objects.filter(status=RequirementSet.Status.APPROVED)
    assert {(s.sector.slug, s.use_case.slug) for s in approved} >= {
        ("kita", "photos"),
        ("schule", "video"),
        ("wg", "files"),
    }
    assert all(s.approved_by == reviewer for s in approved)


def test_the_featured_kita_engagement_is_documented(output):
    from techpaten.compliance.models import ChecklistEntry, DsfaScreening
    from techpaten.engagements.models import Engagement
    from techpaten.paperwork.models import GeneratedDocument, ProcessingDetails

    kita = Organisation.objects.get(memberships__user__email=people.KITA_ADMIN_EMAIL)
    engagement = Engagement.objects.get(organisation=kita)
    assert ProcessingDetails.objects.get(engagement=engagement).profile is not None
    assert ChecklistEntry.objects.filter(need__organisation=kita, done=True).count() >= 4
    assert DsfaScreening.objects.get(need__organisation=kita).presumed_necessary
    assert set(GeneratedDocument.objects.filter(engagement=engagement).values_list("format", flat=True)) == {
        "docx",
        "html",
        "odt",
    }
