"""`manage.py seed_demo`: a believable demo that keeps the platform's own rules (built once: see conftest.py)."""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db.models import Count, F
from django.utils import timezone

from techpaten.accounts.models import User
from techpaten.conversations.models import Message
from techpaten.demo import people
from techpaten.needs.models import Need
from techpaten.needs.search import search_needs
from techpaten.offers.models import Offer
from techpaten.organisations.models import Membership, Organisation
from techpaten.taxonomy.models import Sector
from techpaten.volunteers.models import VolunteerProfile

from .conftest import seed


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
    # Bulk-inserted needs reach the full-text index too (a database trigger, not Need.save()).
    need = Need.objects.filter(status=Need.Status.OPEN).select_related("organisation").first()
    assert need in search_needs({"q": need.title}) and need in search_needs({"q": need.organisation.name})
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
    # Offers sit on open or matched needs; only those still waiting when the need was closed sit on closed ones, and
    # accepted ones stay accepted when the organisation closes the need once the work is done.
    closed = Offer.objects.filter(status=Offer.Status.NEED_CLOSED)
    assert (
        not Offer.objects.exclude(status__in=[Offer.Status.NEED_CLOSED, Offer.Status.ACCEPTED])
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
    from techpaten.engagements.models import EngagementNeed
    from techpaten.volunteers.models import TeamMember

    for offer in Offer.objects.filter(status=Offer.Status.ACCEPTED).select_related("need"):
        link = EngagementNeed.objects.select_related("engagement").get(need=offer.need)
        assert link.engagement.organisation_id == offer.need.organisation_id
        member = TeamMember.objects.get(team_id=link.engagement.team_id, user_id=offer.volunteer_id)
        if offer.team_id is None:
            assert member.joined_at == offer.decided_at
        else:  # an offer on behalf of a team: the volunteer was on the team already
            assert member.joined_at <= offer.decided_at


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


def test_every_organisation_names_its_sponsor_and_some_follow_church_law(output):
    from techpaten.organisations.models import SponsorKind

    kinds = set(Organisation.objects.values_list("sponsor_kind", flat=True))
    assert SponsorKind.NOT_STATED not in kinds
    assert {SponsorKind.CATHOLIC, SponsorKind.PROTESTANT, SponsorKind.PUBLIC, SponsorKind.NONE} <= kinds
    assert Organisation.objects.get(slug="freie-schule-babelsberg").sponsor_kind == SponsorKind.INDEPENDENT


def test_the_demo_reviewer_checked_some_sources_and_left_the_others_unchecked(output):
    from techpaten.compliance.models import Requirement, SourceCheck

    checked = set(SourceCheck.objects.values_list("source", flat=True))
    every = {source for r in Requirement.objects.all() for source in r.source_list}
    assert checked and checked < every
    assert set(SourceCheck.objects.values_list("checked_by_name", flat=True)) == {people.REVIEWER_NAME}


def test_the_featured_kita_engagement_is_documented(output):
    from techpaten.compliance.models import ChecklistEntry, DsfaScreening
    from techpaten.engagements.models import Engagement
    from techpaten.paperwork.models import GeneratedDocument, ProcessingDetails

    kita = Organisation.objects.get(memberships__user__email=people.KITA_ADMIN_EMAIL)
    engagement = Engagement.objects.get(organisation=kita)
    details = ProcessingDetails.objects.get(engagement=engagement)
    assert details.profile is not None
    # The role finder's verdict is stored: the Kita is offered the AVV, not the confidentiality undertaking.
    assert details.helper_role == "processor"
    assert engagement.processor_parties.get().legal_name == "Lena Hoffmann"
    assert ChecklistEntry.objects.filter(need__organisation=kita, done=True).count() >= 4
    # Children are vulnerable (one criterion); ordinary group photos are not pre-ticked as highly personal data.
    screening = DsfaScreening.objects.get(need__organisation=kita)
    assert screening.criteria_met == ["vulnerable_subjects"] and not screening.presumed_necessary
    assert set(GeneratedDocument.objects.filter(engagement=engagement).values_list("format", flat=True)) == {
        "docx",
        "html",
        "odt",
    }


# --- issue 5: Patenschaften -----------------------------------------------------------------------------------------


def _active_engagements():
    from techpaten.engagements.models import Engagement

    return Engagement.objects.filter(status=Engagement.Status.ACTIVE)


def test_engagements_are_in_every_status_and_an_ended_one_keeps_its_history(output):
    from techpaten.engagements.models import Engagement
    from techpaten.volunteers.models import TeamMember

    assert set(Engagement.objects.values_list("status", flat=True)) == set(Engagement.Status.values)
    assert _active_engagements().count() >= 5
    for ended in Engagement.objects.filter(status=Engagement.Status.ENDED):
        assert ended.ended_at is not None and ended.ended_at > ended.started_at
        assert ended.engagement_needs.exists()
        assert TeamMember.objects.filter(team_id=ended.team_id).exists()


def test_a_paused_engagement_lost_its_only_volunteer_with_a_handover_and_its_need_is_open_again(output):
    from techpaten.engagements.models import Engagement, Handover
    from techpaten.volunteers.models import TeamMember

    paused = Engagement.objects.filter(status=Engagement.Status.PAUSED)
    assert paused.exists()
    for engagement in paused:
        assert not TeamMember.objects.filter(team_id=engagement.team_id, left_at__isnull=True).exists()
        handover = Handover.objects.select_related("member").get(member__team_id=engagement.team_id)
        assert handover.member.left_at is not None and handover.member.leave_reason
        assert not handover.complete and handover.inventory_updated
        assert engagement.engagement_needs.filter(need__status=Need.Status.OPEN).exists()


def test_roles_vary_the_featured_kita_has_its_backup_and_another_team_looks_for_one(output):
    from techpaten.engagements.models import Engagement, EngagementNeed
    from techpaten.engagements.rules import without_backup
    from techpaten.volunteers.models import TeamMember

    roles = TeamMember.objects.filter(left_at__isnull=True).values_list("role", flat=True)
    assert set(roles) == set(TeamMember.Role.values)
    kita = Engagement.objects.get(organisation__memberships__user__email=people.KITA_ADMIN_EMAIL)
    assert kita.status == Engagement.Status.ACTIVE and not without_backup([kita])
    kita_roles = TeamMember.objects.filter(team_id=kita.team_id, left_at__isnull=True).values_list("role", flat=True)
    assert set(kita_roles) == {TeamMember.Role.LEAD, TeamMember.Role.BACKUP}
    searching = EngagementNeed.objects.filter(seeking_backup=True).select_related("engagement", "need")
    assert searching.exists()
    for link in searching:
        assert link.engagement.status == Engagement.Status.ACTIVE and without_backup([link.engagement])
        assert link.need.status == Need.Status.OPEN


def test_one_team_serves_two_organisations_and_shares_a_server(output):
    from techpaten.costs.models import CostShare
    from techpaten.engagements.models import Engagement
    from techpaten.volunteers.models import TeamMember

    offer = Offer.objects.get(team__isnull=False, status=Offer.Status.ACCEPTED)
    served = Engagement.objects.filter(team_id=offer.team_id, status=Engagement.Status.ACTIVE)
    assert served.values("organisation").distinct().count() == 2
    assert TeamMember.objects.filter(team_id=offer.team_id, user__email=people.BOTH_EMAIL, left_at=None).exists()
    shares = CostShare.objects.filter(cost_item__engagement__team_id=offer.team_id)
    assert set(shares.values_list("organisation_id", flat=True)) == set(
        served.values_list("organisation_id", flat=True)
    )
    assert sorted(shares.values_list("weight", flat=True)) == [1, 2]


def test_every_active_engagement_has_services_and_hours(output):
    from techpaten.engagements.models import HoursReport

    for engagement in _active_engagements():
        services = engagement.services.all()
        assert 1 <= len(services) <= 4, engagement
        assert all(s.admin_rights and s.credentials_location for s in services)
        assert all(s.domain.endswith(".example") for s in services if s.domain)
        assert HoursReport.objects.filter(engagement=engagement).exists(), engagement
    assert not HoursReport.objects.filter(created_at__gt=timezone.now()).exists()


def test_demo_services_hold_no_credentials_only_places(output):
    from techpaten.inventory.forms import ServiceForm, looks_like_secret
    from techpaten.inventory.models import Service

    services = list(Service.objects.all())
    assert services
    for service in services:
        for name in ServiceForm.TEXT_FIELDS:
            assert not looks_like_secret(getattr(service, name)), (service, name)
        assert service.last_restore_test is None or service.last_restore_test <= timezone.localdate()


def test_costs_are_covered_in_every_way_with_confirmed_and_promised_pledges(output):
    from techpaten.costs import services as cost_services
    from techpaten.costs.models import CostItem, Pledge

    items = CostItem.objects.all()
    assert set(items.values_list("covered_by", flat=True)) == set(CostItem.CoveredBy.values)
    assert set(items.values_list("period", flat=True)) == set(CostItem.Period.values)
    assert {"server", "domain", "storage", "mail"} <= set(items.values_list("kind", flat=True))
    assert not items.filter(covered_by=CostItem.CoveredBy.SPONSOR, sponsor_name="").exists()
    pledges = Pledge.objects.all()
    assert {Pledge.Status.PLEDGED, Pledge.Status.CONFIRMED} <= set(pledges.values_list("status", flat=True))
    assert set(pledges.values_list("show_name", flat=True)) == {True, False}
    assert pledges.filter(supporter__volunteer_profile__isnull=False).exists()
    assert not pledges.exclude(ip_hash="").exists()
    assert not pledges.filter(status=Pledge.Status.CONFIRMED, confirmed_at__isnull=True).exists()
    kita = Organisation.objects.get(memberships__user__email=people.KITA_ADMIN_EMAIL)
    figures = cost_services.overview(cost_services.items_for_organisation(kita), kita.pk).figures
    assert figures.covered > 0 and figures.open > 0 and figures.promised > 0


def test_maintenance_reminders_have_work_on_the_demo_day(output, django_capture_on_commit_callbacks):
    from django.core import mail

    from techpaten.inventory.models import Service
    from techpaten.inventory.reminders import send_due
    from techpaten.inventory.services import Stage, attention

    today = timezone.localdate()
    stages = {item.stage for service in Service.objects.all() for item in attention(service, today)}
    assert stages == {Stage.DUE, Stage.OVERDUE}
    with django_capture_on_commit_callbacks(execute=True):
        sent = send_due(today)
    assert sent >= 2
    assert len(mail.outbox) >= sent


def test_meetings_paid_work_and_reviews_tell_their_stories(output):
    from techpaten.engagements.models import PaidWorkOffer
    from techpaten.feedback.models import Feedback
    from techpaten.meetings.models import FirstMeeting

    kita_meetings = FirstMeeting.objects.filter(
        offer__need__organisation__memberships__user__email=people.KITA_ADMIN_EMAIL
    )
    assert {FirstMeeting.Status.CONFIRMED, FirstMeeting.Status.PROPOSED} <= set(
        kita_meetings.values_list("status", flat=True)
    )
    assert not kita_meetings.exclude(offer__status__in=[Offer.Status.PENDING, Offer.Status.ACCEPTED]).exists()
    assert {PaidWorkOffer.Status.ACCEPTED, PaidWorkOffer.Status.PROPOSED} <= set(
        PaidWorkOffer.objects.values_list("status", flat=True)
    )
    reviews = Feedback.objects.select_related("need")
    assert set(reviews.values_list("direction", flat=True)) == set(Feedback.Direction.values)
    assert all(r.need.status == Need.Status.CLOSED for r in reviews)
    assert all(r.need.offers.filter(status=Offer.Status.ACCEPTED).exists() for r in reviews)
    assert reviews.exclude(reply="").count() == 1


def test_it_writes_a_dozen_published_articles_with_history_votes_and_links(output):
    from techpaten.knowledge.models import Article
    from techpaten.knowledge.queries import search_articles

    articles = Article.objects.public()
    assert articles.count() == 12
    assert not Article.objects.filter(use_cases=None, requirements=None).exists()
    assert Article.objects.filter(revisions__number=2).count() == 1  # one article shows an edit in its history
    assert articles.most_helpful_first().first().title == "Die Rücksicherung testen"
    assert [a.title for a in search_articles({"q": "restic"})][:1] == ["3-2-1-Backups mit restic"]
