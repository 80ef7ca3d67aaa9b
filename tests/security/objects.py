"""The objects a URL of the permission matrix is called with, each belonging to somebody in the security world.

Each function takes the World (conftest.py) and returns the URL's keyword arguments.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from django.utils import timezone

from .conftest import World


def NONE(w: World) -> dict[str, Any]:
    return {}


def ORG(w: World) -> dict[str, Any]:
    return {"slug": w.organisation.slug}


def MEMBERSHIP(w: World) -> dict[str, Any]:
    return {"slug": w.organisation.slug, "membership_id": w.membership.pk}


def INVITATION(w: World) -> dict[str, Any]:
    return {"token": w.invitation.token}


def PROFILE(w: World) -> dict[str, Any]:
    return {"pk": w.profile.pk}


def NEED(w: World) -> dict[str, Any]:
    return {"pk": w.need.pk}


def NEED_PK(w: World) -> dict[str, Any]:
    return {"need_pk": w.need.pk}


def OFFER(w: World) -> dict[str, Any]:
    return {"pk": w.offer.pk}


def OFFER_PK(w: World) -> dict[str, Any]:
    return {"offer_pk": w.offer.pk}


def ENGAGEMENT(w: World) -> dict[str, Any]:
    # The organisation's engagement with a team the volunteer persona is not on (their offer is still pending).
    from techpaten.engagements.models import Engagement
    from techpaten.volunteers.models import Team

    engagement = Engagement.objects.filter(organisation=w.organisation).first()
    if engagement is None:
        engagement = Engagement.objects.create(organisation=w.organisation, team=Team.objects.create())
    return {"pk": engagement.pk}


def STAFF_KEY(w: World) -> dict[str, Any]:
    # Staff's authenticator app: a security key's address with another person's (and another kind's) number.
    return {"pk": w.authenticator.pk}


def EMAIL_KEY(w: World) -> dict[str, Any]:
    return {"key": "unknown-key"}


def RESET_KEY(w: World) -> dict[str, Any]:
    return {"uidb36": "0", "key": "unknown-key"}


def SOLUTION(w: World) -> dict[str, Any]:
    from techpaten.catalogue.models import Solution

    solution = Solution.objects.order_by("pk").first() or Solution.objects.create(
        slug="nextcloud-test", name="Nextcloud", software="Nextcloud", summary_de="Dateien", summary_en="Files"
    )
    return {"slug": solution.slug}


def REVIEW(w: World) -> dict[str, Any]:
    # A draft review written by the reviewer persona: only its author may edit it.
    from techpaten.catalogue.models import Review, Solution

    solution = Solution.objects.get(slug=SOLUTION(w)["slug"])
    review = Review.objects.create(
        solution=solution,
        reviewer=w.users["reviewer"],
        reviewer_name="Rita Reviewer",
        reviewer_qualification="DSB",
        scope="Nextcloud",
    )
    return {"pk": review.pk}


def REQUIREMENT_SET(w: World) -> dict[str, Any]:
    from techpaten.compliance.models import RequirementSet
    from techpaten.taxonomy.models import Sector, UseCase

    requirement_set = RequirementSet.objects.order_by("pk").first() or RequirementSet.objects.create(
        sector=Sector.objects.get(slug="kita"), use_case=UseCase.objects.get(slug="photos")
    )
    return {"pk": requirement_set.pk}


def REQUIREMENT(w: World) -> dict[str, Any]:
    from techpaten.compliance.models import Requirement

    requirement = Requirement.objects.order_by("pk").first() or Requirement.objects.create(
        code="test-avv", title_de="AVV", title_en="DPA", text_de="AVV", text_en="DPA", evidence_kind="document"
    )
    return {"code": requirement.code}


def NEED_REQUIREMENT(w: World) -> dict[str, Any]:
    return {"pk": w.need.pk, **REQUIREMENT(w)}


def DOCUMENT_KIND(w: World) -> dict[str, Any]:
    # The TOM: every engagement is offered it (the AVV only once the role finder's verdict is stored).
    return {**ENGAGEMENT(w), "kind": "tom"}


def DOCUMENT_FILE(w: World) -> dict[str, Any]:
    return {**DOCUMENT_KIND(w), "fmt": "docx"}


def SERVICE(w: World) -> dict[str, Any]:
    # A service in the organisation's inventory, looked after by its engagement's team (not the volunteer persona).
    from techpaten.inventory.models import Service

    engagement = ENGAGEMENT(w)["pk"]
    service = Service.objects.create(organisation=w.organisation, engagement_id=engagement, name="Nextcloud")
    return {"pk": service.pk}


def MEETING(w: World) -> dict[str, Any]:
    # A confirmed first meeting on the volunteer persona's pending offer: its .ics is there for both sides.
    from datetime import timedelta

    from django.utils import timezone

    from techpaten.meetings.models import FirstMeeting

    meeting = FirstMeeting.objects.create(
        offer=w.offer,
        proposed_by=w.offer.volunteer,
        starts_at=timezone.now() + timedelta(days=7),
        place="Sonnenallee 1",
        status=FirstMeeting.Status.CONFIRMED,
    )
    return {"pk": meeting.pk}


def TEAM_MEMBER(w: World) -> dict[str, Any]:
    # Theo Team's place on the organisation's team.
    from techpaten.volunteers.models import TeamMember

    pk = ENGAGEMENT(w)["pk"]
    member = TeamMember.objects.filter(team__engagements__pk=pk).order_by("pk").first()
    return {"pk": pk, "member_pk": member.pk if member else 1}


def TEAM_NEED(w: World) -> dict[str, Any]:
    from techpaten.engagements.models import EngagementNeed

    pk = ENGAGEMENT(w)["pk"]
    link = EngagementNeed.objects.filter(engagement_id=pk).first()
    return {"pk": pk, "need_pk": link.need_id if link else w.need.pk}


def PAID_WORK(w: World) -> dict[str, Any]:
    # A paid work offer by the team, waiting for the organisation's answer.
    from techpaten.engagements.models import Engagement, PaidWorkOffer

    engagement = Engagement.objects.get(pk=ENGAGEMENT(w)["pk"])
    offer = PaidWorkOffer.objects.filter(engagement=engagement).first() or PaidWorkOffer.objects.create(
        engagement=engagement, scope="Umzug auf einen neuen Server", hours=10, rate_cents=4000
    )
    return {"pk": engagement.pk, "offer_pk": offer.pk}


def HOURS_REPORT(w: World) -> dict[str, Any]:
    from django.utils import timezone

    from techpaten.engagements.models import Engagement, HoursReport

    engagement = Engagement.objects.get(pk=ENGAGEMENT(w)["pk"])
    report = HoursReport.objects.filter(engagement=engagement).first() or HoursReport.objects.create(
        engagement=engagement, month=timezone.localdate().replace(day=1), hours=3
    )
    return {"pk": engagement.pk, "report_pk": report.pk}


def _cost_item(w: World) -> Any:
    # A running item of the organisation's engagement, covered by pledges (so the public pledge form is there).
    from techpaten.costs.models import CostItem

    engagement = ENGAGEMENT(w)["pk"]
    item, _created = CostItem.objects.get_or_create(
        organisation=w.organisation,
        engagement_id=engagement,
        defaults={"kind": "server", "description": "VPS", "amount_cents": 1250, "covered_by": "pledges"},
    )
    return item


def COST_ITEM(w: World) -> dict[str, Any]:
    return {"pk": _cost_item(w).pk}


def COSTS_ORG(w: World) -> dict[str, Any]:
    _cost_item(w)
    return {"slug": w.organisation.slug}


def PLEDGE(w: World) -> dict[str, Any]:
    from techpaten.costs.models import Pledge

    pledge, _created = Pledge.objects.get_or_create(
        cost_item=_cost_item(w),
        email="paula@example.org",  # PLEDGE_TOKEN's unconfirmed pledge is on the same item
        defaults={
            "name": "Paula Pate",
            "amount_cents": 500,
            "email_confirmed_at": datetime.now(tz=UTC),  # the organisation sees it
        },
    )
    return {"pk": pledge.pk}


def PLEDGE_TOKEN(w: World) -> dict[str, Any]:
    """The link in the mail to a supporter whose address is not yet confirmed."""
    from techpaten.costs import confirmation
    from techpaten.costs.models import Pledge

    pledge, _created = Pledge.objects.get_or_create(
        cost_item=_cost_item(w), email="ungeprueft@example.org", defaults={"name": "Uta", "amount_cents": 300}
    )
    return {"token": confirmation.pledge_token(pledge)}


def _closed_need(w: World, organisation: Any, volunteer: Any) -> Any:
    # A closed need of `organisation` on which it accepted `volunteer`'s offer: reviews are open.
    from django.utils import timezone

    from techpaten.needs.models import Need
    from techpaten.offers.models import Offer
    from tests import factories

    need = factories.make_need(
        organisation, title="Drucker einrichten", status=Need.Status.CLOSED, closed_at=timezone.now()
    )
    factories.make_offer(need, volunteer, status=Offer.Status.ACCEPTED)
    return need


def THEO(w: World) -> Any:
    # The teammate of the security world: an accepted helper who is no persona, so no persona gains a match with the
    # organisation (a match would show its contact details to the volunteer persona, see test_pages.py).
    from techpaten.accounts.models import User

    return User.objects.get(email="theo.team@example.org")


def REVIEW_VOLUNTEER(w: World) -> dict[str, Any]:
    theo = THEO(w)
    return {"need_pk": _closed_need(w, w.organisation, theo).pk, "user_pk": theo.pk}


def REVIEW_ORG(w: World) -> dict[str, Any]:
    # The volunteer persona helped the *other* organisation (whose admin is the outsider persona): only the helper
    # may review it; its admin may not review itself.
    return {"need_pk": _closed_need(w, w.other_organisation, w.users["volunteer"]).pk}


def FEEDBACK(w: World) -> dict[str, Any]:
    # Theo's review of the organisation, not yet answered: its admins may reply.
    from techpaten.feedback.models import Feedback

    theo = THEO(w)
    feedback = Feedback.objects.create(
        need=_closed_need(w, w.organisation, theo),
        direction=Feedback.Direction.ABOUT_ORGANISATION,
        author=theo,
        organisation=w.organisation,
        text="Die Kita war gut vorbereitet.",
    )
    return {"pk": feedback.pk}


def PROPOSAL(w: World) -> dict[str, Any]:
    # A first meeting the volunteer persona proposed on their pending offer: the organisation answers it, the
    # volunteer may take it back.
    from datetime import timedelta

    from django.utils import timezone

    from techpaten.meetings.models import FirstMeeting

    meeting = FirstMeeting.objects.create(
        offer=w.offer, proposed_by=w.offer.volunteer, starts_at=timezone.now() + timedelta(days=8), place="Café"
    )
    return {"pk": meeting.pk}


def ITEM(w: World) -> dict[str, Any]:
    # A requirement on the need's own checklist (marking any other is refused).
    from techpaten.compliance import checklists

    items = checklists.for_need(w.need).items
    return {"pk": w.need.pk, "code": items[0].requirement.code} if items else NEED_REQUIREMENT(w)


def DRAFT_SET(w: World) -> dict[str, Any]:
    # A draft version of a requirement set with one requirement: a reviewer may approve it.
    from techpaten.compliance.models import RequirementSet, RequirementSetItem
    from techpaten.compliance.services import new_version

    approved = RequirementSet.objects.filter(status=RequirementSet.Status.APPROVED, items__isnull=False).first()
    if approved is not None:
        return {"pk": new_version(approved).pk}
    requirement_set = RequirementSet.objects.get(pk=REQUIREMENT_SET(w)["pk"])
    if not requirement_set.items.exists():
        RequirementSetItem.objects.create(requirement_set=requirement_set, requirement_id=_requirement_pk(w))
    return {"pk": requirement_set.pk}


def _requirement_pk(w: World) -> int:
    from techpaten.compliance.models import Requirement

    return Requirement.objects.get(code=REQUIREMENT(w)["code"]).pk


def _article(w: World, *, published: bool, title: str) -> Any:
    # An article by the volunteer persona with two revisions (so restoring the first changes the text).
    from techpaten.knowledge import services
    from techpaten.knowledge.models import Article

    found = Article.objects.filter(title=title).first()
    if found is not None:
        return found
    volunteer = w.users["volunteer"]
    assert volunteer is not None
    content = services.Content(title, "Wie man eine Sicherung prüft.", "## Schritt 1\n\nrestic check", "")
    article = services.create_article(volunteer, content)
    content.body, content.note = content.body + "\n\n## Schritt 2", "Schritt 2"
    services.edit_article(article, volunteer, content)
    return services.publish_article(article, volunteer) if published else article


def ARTICLE(w: World) -> dict[str, Any]:
    return {"slug": _article(w, published=True, title="Backups prüfen").slug}


def DRAFT_ARTICLE(w: World) -> dict[str, Any]:
    return {"slug": _article(w, published=False, title="Entwurf: Updates").slug}


def ARTICLE_REVISION(w: World) -> dict[str, Any]:
    return {**ARTICLE(w), "number": 1}


def API_TOKEN(w: World) -> dict[str, Any]:
    """The organisation admin's personal API token."""
    from techpaten.api.models import ApiToken
    from techpaten.api.tokens import create_token

    token = ApiToken.objects.filter(user=w.users["admin"]).first()
    if token is None:
        token, _secret = create_token(w.users["admin"], "Skript", "write")
    return {"pk": token.pk}


def _saved_search(w: World) -> Any:
    from techpaten.alerts.models import SavedSearch

    return SavedSearch.objects.filter(user=w.users["volunteer"]).first() or SavedSearch.objects.create(
        user=w.users["volunteer"],
        name="Nextcloud in Berlin",
        filters={"q": "nextcloud", "plz": "10115", "radius": 30},
        key="volunteer-search",
        since=timezone.now(),
        due_on=timezone.localdate(),
    )


def SAVED_SEARCH(w: World) -> dict[str, Any]:
    return {"pk": _saved_search(w).pk}


def UNSUBSCRIBE_TOKEN(w: World) -> dict[str, Any]:
    # The volunteer's link: it works for whoever holds it, logged in or not (the token is the permission).
    from techpaten.alerts import tokens

    return {"token": tokens.for_search(_saved_search(w))}


def BAD_TOKEN(w: World) -> dict[str, Any]:
    return {"token": "not-a-signed-token"}


def PUBLISHED_ENGAGEMENT(w: World) -> dict[str, Any]:
    """The organisation's engagement, whose admin published its list of services (api.ServicePublication)."""
    from techpaten.api.models import ServicePublication

    pk = ENGAGEMENT(w)["pk"]
    ServicePublication.objects.get_or_create(engagement_id=pk)
    return {"pk": pk}


def REPORTED_NEED(w: World) -> dict[str, Any]:
    return {"kind": "need", "pk": w.need.pk}


def REPORT(w: World) -> dict[str, Any]:
    # An open report of the organisation's need by the reviewer persona: only staff may act on it.
    from techpaten.moderation.models import Report

    report = Report.objects.filter(kind="need", object_id=w.need.pk).first() or Report.objects.create(
        reporter=w.users["reviewer"], kind="need", object_id=w.need.pk, title=w.need.title, reason="spam"
    )
    return {"pk": report.pk}


def SUSPENDED(w: World) -> dict[str, Any]:
    from django.utils import timezone

    from techpaten.accounts.models import User

    user = User.objects.filter(email="gesperrt@example.org").first() or User.objects.create_user(
        "gesperrt@example.org", is_active=False, suspended_at=timezone.now(), suspension_reason="Spam"
    )
    return {"pk": user.pk}


def VERIFICATION(w: World) -> dict[str, Any]:
    from techpaten.organisations.models import Verification

    found = Verification.objects.filter(organisation=w.organisation).first() or Verification.objects.create(
        organisation=w.organisation, method="document", note="Vereinsregister", verified_by=w.users["staff"]
    )
    return {"slug": w.organisation.slug, "pk": found.pk}


def INFORMAL_ORG(w: World) -> dict[str, Any]:
    # A shared flat nobody in the world belongs to: trusted volunteers (here: staff) may vouch for it.
    from techpaten.organisations.models import Organisation
    from tests import factories

    group = Organisation.objects.filter(slug="wg-lindenstrasse").first() or factories.make_organisation(
        name="WG Lindenstraße", slug="wg-lindenstrasse", is_formal=False
    )
    return {"slug": group.slug}


def VERIFICATION_TOKEN(w: World) -> dict[str, Any]:
    from django.core import signing

    from techpaten.organisations.verification import SALT

    return {"token": signing.dumps({"o": w.organisation.pk, "d": "kita-sonnenschein.de", "u": None}, salt=SALT)}


def UNSUBSCRIBE(w: World) -> dict[str, Any]:
    # The volunteer's link from a mail about new messages: the signed token, not a login, is the permission.
    from techpaten.mail import kinds, preferences

    volunteer = w.users["volunteer"]
    assert volunteer is not None
    return {"token": preferences.unsubscribe_token(volunteer.pk, kinds.get("mail/new_message"))}


def UNSUBSCRIBE_FORGED(w: World) -> dict[str, Any]:
    return {"token": UNSUBSCRIBE(w)["token"][:-3] + "abc"}
