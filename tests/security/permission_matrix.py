"""Who may GET what: every named URL of the project and persona → the status code, as a table.

A URL pattern without a row here fails tests/security/test_permissions.py, so every new page has to say who may see
it. Columns are the personas of tests/security/conftest.py:

- anonymous: not logged in
- volunteer: has a volunteer profile and a pending offer on the organisation's need (no match yet)
- member / admin: plain member / admin of the organisation that owns the need, the offer and the invitation
- outsider: admin of another organisation
- staff: platform staff (no membership)
- reviewer: a registered data-protection reviewer (no membership)

Every logged-in persona has just confirmed the password, so pages behind allauth's re-authentication answer too.

LOGIN means a redirect to the login page; 302 another redirect (e.g. a logged-in person away from the sign-up).
`writes` marks views that change state on POST: their GET must answer 405 or only show a page (a form or a
confirmation), and their POST without CSRF token is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .conftest import PERSONAS, World

LOGIN = "login"
Status = int | str
Kwargs = Callable[[World], dict[str, Any]]


@dataclass(frozen=True)
class Row:
    kwargs: Kwargs
    statuses: tuple[Status, ...]
    writes: bool = False

    def __post_init__(self) -> None:
        assert len(self.statuses) == len(PERSONAS), self

    def expected(self, persona: str) -> Status:
        return self.statuses[PERSONAS.index(persona)]


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
    return {**ENGAGEMENT(w), "kind": "avv"}


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
        cost_item=_cost_item(w), defaults={"name": "Paula Pate", "email": "paula@example.org", "amount_cents": 500}
    )
    return {"pk": pledge.pk}


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


# Django's admin is generated per model; test_permissions walks all of it with its own rule (only staff get in).
COVERED_ELSEWHERE = {"admin": "test_the_admin_lets_in_nobody_but_staff walks every admin URL"}

# fmt: off
MATRIX: dict[str, Row] = {
    #                                              kwargs       anon   vol  member admin other staff reviewer
    # core
    "home":                                   Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "imprint":                                Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "privacy":                                Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "set_language":                           Row(NONE,       (405,   405, 405,  405,  405,  405,  405), writes=True),
    # accounts (ours)
    "dashboard":                              Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "account_settings":                       Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    # accounts (allauth)
    "account_login":                          Row(NONE,       (200,   302, 302,  302,  302,  302,  302), writes=True),
    "account_logout":                         Row(NONE,       (302,   200, 200,  200,  200,  200,  200), writes=True),
    "account_inactive":                       Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "account_signup":                         Row(NONE,       (200,   302, 302,  302,  302,  302,  302), writes=True),
    "account_reauthenticate":                 Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "account_request_reauthentication_code":  Row(NONE,       (LOGIN, 403, 403,  403,  403,  403,  403), writes=True),
    "account_confirm_reauthentication_code":  Row(NONE,       (LOGIN, 403, 403,  403,  403,  403,  403), writes=True),
    "account_email":                          Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "account_email_verification_sent":        Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "account_change_password":                Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "account_set_password":                   Row(NONE,       (LOGIN, 302, 302,  302,  302,  302,  302), writes=True),
    "account_reset_password":                 Row(NONE,       (200,   200, 200,  200,  200,  200,  200), writes=True),
    "account_confirm_login_code":             Row(NONE,       (LOGIN, 302, 302,  302,  302,  302,  302), writes=True),
    "account_confirm_email":                  Row(EMAIL_KEY,  (200,   200, 200,  200,  200,  200,  200), writes=True),
    "account_reset_password_from_key_done":   Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "account_reset_password_from_key":        Row(RESET_KEY,  (200,   200, 200,  200,  200,  200,  200), writes=True),
    "account_reset_password_done":            Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    # accounts (allauth: second factor; staff and reviewers have an authenticator app, the others none yet)
    "mfa_index":                              Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "mfa_authenticate":                       Row(NONE,       (LOGIN, 302, 302,  302,  302,  302,  302), writes=True),
    "mfa_reauthenticate":                     Row(NONE,       (LOGIN, 302, 302,  302,  302,  200,  200), writes=True),
    "mfa_activate_totp":                      Row(NONE,       (LOGIN, 200, 200,  200,  200,  302,  302), writes=True),
    "mfa_deactivate_totp":                    Row(NONE,       (LOGIN, 404, 404,  404,  404,  200,  200), writes=True),
    "mfa_view_recovery_codes":                Row(NONE,       (LOGIN, 404, 404,  404,  404,  404,  404)),
    "mfa_generate_recovery_codes":            Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "mfa_download_recovery_codes":            Row(NONE,       (LOGIN, 404, 404,  404,  404,  404,  404)),
    "mfa_list_webauthn":                      Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "mfa_add_webauthn":                       Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "mfa_reauthenticate_webauthn":            Row(NONE,       (LOGIN, 302, 302,  302,  302,  302,  302), writes=True),
    "mfa_login_webauthn":                     Row(NONE,       (LOGIN, 302, 302,  302,  302,  302,  302), writes=True),
    "mfa_edit_webauthn":                      Row(STAFF_KEY,  (LOGIN, 404, 404,  404,  404,  404,  404), writes=True),
    "mfa_remove_webauthn":                    Row(STAFF_KEY,  (LOGIN, 404, 404,  404,  404,  404,  404), writes=True),
    # engagements: the organisation's members and the active team only
    "engagements:detail":                     Row(ENGAGEMENT, (LOGIN, 404, 200,  200,  404,  404,  404)),
    # catalogue of solutions: public; reviews are written by registered reviewers, edited by their author only
    "catalogue:list":                         Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "catalogue:detail":                       Row(SOLUTION,   (200,   200, 200,  200,  200,  200,  200)),
    "catalogue:review_create":                Row(SOLUTION,   (LOGIN, 404, 404,  404,  404,  404,  200), writes=True),
    "catalogue:review_edit":                  Row(REVIEW,     (LOGIN, 404, 404,  404,  404,  404,  200), writes=True),
    # compliance: checklists for the organisation's members and the need's active team
    "compliance:need_checklist":              Row(NEED,       (LOGIN, 404, 200,  200,  404,  404,  404)),
    "compliance:need_context":                Row(NEED,       (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "compliance:mark_item":                   Row(NEED_REQUIREMENT, (LOGIN, 405, 405, 405, 405, 405, 405), writes=True),
    "compliance:engagement_checklist":        Row(ENGAGEMENT, (LOGIN, 404, 200,  200,  404,  404,  404)),
    "compliance:dsfa":                        Row(NEED,       (LOGIN, 404, 200,  200,  404,  404,  404), writes=True),
    # compliance: requirement sets are public; reviewers approve a version
    "compliance:requirement_sets":            Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "compliance:requirement_set":             Row(REQUIREMENT_SET, (200, 200, 200, 200,  200,  200,  200)),
    "compliance:approve_set":                 Row(REQUIREMENT_SET, (405, 405, 405, 405,  405,  405,  405), writes=True),
    "compliance:requirement":                 Row(REQUIREMENT, (200,  200, 200,  200,  200,  200,  200)),
    "compliance:hub":                         Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "compliance:role_finder":                 Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "compliance:liability":                   Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    # paperwork: the engagement's documents, for the organisation's members and the active team
    "paperwork:index":                        Row(ENGAGEMENT, (LOGIN, 404, 200,  200,  404,  404,  404)),
    "paperwork:details":                      Row(ENGAGEMENT, (LOGIN, 404, 200,  200,  404,  404,  404), writes=True),
    "paperwork:document":                     Row(DOCUMENT_KIND, (LOGIN, 404, 200, 200, 404,  404,  404)),
    "paperwork:download":                     Row(DOCUMENT_FILE, (LOGIN, 404, 200, 200, 404,  404,  404)),
    # --- issue 5: engagements (team, backup, handover, paid work, hours) — rows added here ---
    "engagements:change_status":              Row(ENGAGEMENT, (405,   405, 405,  405,  405,  405,  405), writes=True),
    "engagements:change_role":                Row(TEAM_MEMBER, (405,  405, 405,  405,  405,  405,  405), writes=True),
    "engagements:reopen_for_backup":          Row(TEAM_NEED,  (405,   405, 405,  405,  405,  405,  405), writes=True),
    # the team's own pages (the organisation's members see the engagement but do not act for the team: 403)
    "engagements:leave":                      Row(ENGAGEMENT, (LOGIN, 404, 403,  403,  404,  404,  404), writes=True),
    "engagements:propose_paid_work":          Row(ENGAGEMENT, (LOGIN, 404, 403,  403,  404,  404,  404), writes=True),
    "engagements:answer_paid_work":           Row(PAID_WORK,  (405,   405, 405,  405,  405,  405,  405), writes=True),
    "engagements:withdraw_paid_work":         Row(PAID_WORK,  (405,   405, 405,  405,  405,  405,  405), writes=True),
    "engagements:report_hours":               Row(ENGAGEMENT, (LOGIN, 404, 403,  403,  404,  404,  404), writes=True),
    "engagements:delete_hours":               Row(HOURS_REPORT, (405, 405, 405,  405,  405,  405,  405), writes=True),
    # --- issue 5: meetings (Kennenlernen) — rows added here ---
    "meetings:propose":                       Row(OFFER_PK,   (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "meetings:confirm":                       Row(MEETING,    (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "meetings:decline":                       Row(MEETING,    (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "meetings:cancel":                        Row(MEETING,    (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "meetings:ical":                          Row(MEETING,    (LOGIN, 200, 200,  200,  404,  404,  404)),
    # --- issue 5: inventory — rows added here ---
    # inventory: the organisation's members and the active team of its active or paused engagements
    "inventory:list":                         Row(ORG,        (LOGIN, 404, 200,  200,  404,  404,  404)),
    "inventory:create":                       Row(ORG,        (LOGIN, 404, 200,  200,  404,  404,  404), writes=True),
    "inventory:handbook":                     Row(ORG,        (LOGIN, 404, 200,  200,  404,  404,  404)),
    "inventory:handbook_markdown":            Row(ORG,        (LOGIN, 404, 200,  200,  404,  404,  404)),
    "inventory:detail":                       Row(SERVICE,    (LOGIN, 404, 200,  200,  404,  404,  404)),
    "inventory:edit":                         Row(SERVICE,    (LOGIN, 404, 200,  200,  404,  404,  404), writes=True),
    "inventory:retire":                       Row(SERVICE,    (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    # --- issue 5: costs and pledges — rows added here ---
    # costs: the transparency page and pledging are public; pledges (names, addresses) for the admins; the items
    # for the organisation's members and the active team, edited by the admins and the team
    "costs:organisation":                     Row(COSTS_ORG,  (200,   200, 200,  200,  200,  200,  200)),
    "costs:pledge":                           Row(COSTS_ORG,  (200,   200, 200,  200,  200,  200,  200), writes=True),
    "costs:pledges":                          Row(ORG,        (LOGIN, 404, 403,  200,  404,  404,  404)),
    "costs:confirm_pledge":                   Row(PLEDGE,     (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "costs:end_pledge":                       Row(PLEDGE,     (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "costs:engagement":                       Row(ENGAGEMENT, (LOGIN, 404, 200,  200,  404,  404,  404)),
    "costs:create":                           Row(ENGAGEMENT, (LOGIN, 404, 403,  200,  404,  404,  404), writes=True),
    "costs:edit":                             Row(COST_ITEM,  (LOGIN, 404, 403,  200,  404,  404,  404), writes=True),
    # --- issue 5: feedback and impact — rows added here ---
    # feedback: reviews after a closed need, by its admins and its accepted helpers; the reviewed side replies once
    "feedback:review_volunteer":              Row(REVIEW_VOLUNTEER, (LOGIN, 404, 404, 200, 404, 404, 404), writes=True),
    "feedback:review_organisation":           Row(REVIEW_ORG, (LOGIN, 200, 404,  404,  404,  404,  404), writes=True),
    "feedback:reply":                         Row(FEEDBACK,   (LOGIN, 404, 404,  200,  404,  404,  404), writes=True),
    # impact: the public statistics page
    "impact:statistics":                      Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    # privacy: one's own data and account
    "privacy:my_data":                        Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "privacy:download":                       Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "privacy:delete_account":                 Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    # organisations
    "organisations:create":                   Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "organisations:detail":                   Row(ORG,        (200,   200, 200,  200,  200,  200,  200)),
    "organisations:edit":                     Row(ORG,        (LOGIN, 404, 403,  200,  404,  404,  404), writes=True),
    "organisations:members":                  Row(ORG,        (LOGIN, 404, 200,  200,  404,  404,  404)),
    "organisations:invite":                   Row(ORG,        (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "organisations:remove_member":            Row(MEMBERSHIP, (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "organisations:change_role":              Row(MEMBERSHIP, (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "organisations:accept_invitation":        Row(INVITATION, (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    # volunteers
    "volunteers:edit_profile":                Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "volunteers:detail":                      Row(PROFILE,    (LOGIN, 200, 200,  200,  200,  200,  200)),
    # needs
    "needs:list":                             Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "needs:for_you":                          Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "needs:detail":                           Row(NEED,       (200,   200, 200,  200,  200,  200,  200)),
    "needs:edit":                             Row(NEED,       (LOGIN, 404, 200,  200,  404,  404,  404), writes=True),
    "needs:change_status":                    Row(NEED,       (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "needs:create":                           Row(ORG,        (LOGIN, 404, 200,  200,  404,  404,  404), writes=True),
    # offers and their conversation
    "offers:create":                          Row(NEED_PK,    (LOGIN, 200, 302,  302,  302,  302,  302), writes=True),
    "offers:detail":                          Row(OFFER,      (LOGIN, 200, 200,  200,  404,  404,  404)),
    "offers:accept":                          Row(OFFER,      (405,   405, 405,  405,  405,  405,  405), writes=True),
    "offers:decline":                         Row(OFFER,      (405,   405, 405,  405,  405,  405,  405), writes=True),
    "offers:withdraw":                        Row(OFFER,      (405,   405, 405,  405,  405,  405,  405), writes=True),
    "conversations:post":                     Row(OFFER_PK,   (405,   405, 405,  405,  405,  405,  405), writes=True),
}
# fmt: on
