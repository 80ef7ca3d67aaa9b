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
confirmation), their POST without CSRF token is refused, and post_matrix.py says what each persona's POST with a
valid token does (the POST column).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .conftest import PERSONAS, World
from .objects import (
    API_TOKEN,
    ARTICLE,
    ARTICLE_REVISION,
    BAD_TOKEN,
    COST_ITEM,
    COSTS_ORG,
    DOCUMENT_FILE,
    DOCUMENT_KIND,
    EMAIL_KEY,
    ENGAGEMENT,
    FEEDBACK,
    HOURS_REPORT,
    INFORMAL_ORG,
    INVITATION,
    MEETING,
    MEMBERSHIP,
    NEED,
    NEED_PK,
    NEED_REQUIREMENT,
    NONE,
    OFFER,
    OFFER_PK,
    ORG,
    PAID_WORK,
    PLEDGE,
    PLEDGE_TOKEN,
    PROFILE,
    PUBLISHED_ENGAGEMENT,
    REPORT,
    REPORTED_NEED,
    REQUIREMENT,
    REQUIREMENT_SET,
    RESET_KEY,
    REVIEW,
    REVIEW_ORG,
    REVIEW_VOLUNTEER,
    SAVED_SEARCH,
    SERVICE,
    SOLUTION,
    STAFF_KEY,
    SUSPENDED,
    TEAM_MEMBER,
    TEAM_NEED,
    UNSUBSCRIBE,
    UNSUBSCRIBE_TOKEN,
    VERIFICATION,
    VERIFICATION_TOKEN,
)

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
    "dashboard_offers":                       Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "dashboard_incoming":                     Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "dashboard_needs":                        Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "dashboard_engagements":                  Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "account_settings":                       Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "account_notifications":                  Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    # The signed token in a mail's unsubscribe link is the permission (RFC 8058): anybody holding it, logged in or not.
    "mail:unsubscribe":                       Row(UNSUBSCRIBE, (200,  200, 200,  200,  200,  200,  200), writes=True),
    "account_kept_form":                      Row(NONE,       (LOGIN, 302, 302,  302,  302,  302,  302)),
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
    "compliance:need_checklist_print":        Row(NEED,       (LOGIN, 404, 200,  200,  404,  404,  404)),
    "compliance:need_context":                Row(NEED,       (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "compliance:mark_item":                   Row(NEED_REQUIREMENT, (LOGIN, 405, 405, 405, 405, 405, 405), writes=True),
    "compliance:engagement_checklist":        Row(ENGAGEMENT, (LOGIN, 404, 200,  200,  404,  404,  404)),
    "compliance:dsfa":                        Row(NEED,       (LOGIN, 404, 200,  200,  404,  404,  404), writes=True),
    # compliance: requirement sets are public; reviewers approve a version
    "compliance:requirement_sets":            Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "compliance:requirement_set":             Row(REQUIREMENT_SET, (200, 200, 200, 200,  200,  200,  200)),
    "compliance:approve_set":                 Row(REQUIREMENT_SET, (LOGIN, 405, 405, 405, 405, 405, 405), writes=True),
    "compliance:requirement":                 Row(REQUIREMENT, (200,  200, 200,  200,  200,  200,  200)),
    "compliance:check_source":                Row(REQUIREMENT, (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "compliance:hub":                         Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "compliance:role_finder":                 Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "compliance:store_role":                  Row(ENGAGEMENT, (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "compliance:liability":                   Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    # paperwork: the engagement's documents, for the organisation's members and the active team
    "paperwork:index":                        Row(ENGAGEMENT, (LOGIN, 404, 200,  200,  404,  404,  404)),
    "paperwork:details":                      Row(ENGAGEMENT, (LOGIN, 404, 200,  200,  404,  404,  404), writes=True),
    "paperwork:document":                     Row(DOCUMENT_KIND, (LOGIN, 404, 200, 200, 404,  404,  404)),
    "paperwork:download":                     Row(DOCUMENT_FILE, (LOGIN, 404, 200, 200, 404,  404,  404)),
    # --- issue 5: engagements (team, backup, handover, paid work, hours) — rows added here ---
    "engagements:change_status":              Row(ENGAGEMENT, (LOGIN,   405, 405,  405,  405,  405,  405), writes=True),
    "engagements:change_role":                Row(TEAM_MEMBER, (LOGIN,  405, 405,  405,  405,  405,  405), writes=True),
    "engagements:reopen_for_backup":          Row(TEAM_NEED,  (LOGIN,   405, 405,  405,  405,  405,  405), writes=True),
    # the team's own pages (the organisation's members see the engagement but do not act for the team: 403)
    "engagements:leave":                      Row(ENGAGEMENT, (LOGIN, 404, 403,  403,  404,  404,  404), writes=True),
    "engagements:propose_paid_work":          Row(ENGAGEMENT, (LOGIN, 404, 403,  403,  404,  404,  404), writes=True),
    "engagements:answer_paid_work":           Row(PAID_WORK,  (LOGIN,   405, 405,  405,  405,  405,  405), writes=True),
    "engagements:withdraw_paid_work":         Row(PAID_WORK,  (LOGIN,   405, 405,  405,  405,  405,  405), writes=True),
    "engagements:report_hours":               Row(ENGAGEMENT, (LOGIN, 404, 403,  403,  404,  404,  404), writes=True),
    "engagements:delete_hours":               Row(HOURS_REPORT, (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
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
    # the link in the supporter's mail: whoever holds it confirms the address it was sent to (the token is the key)
    "costs:confirm_pledge_email":             Row(PLEDGE_TOKEN, (200, 200, 200,  200,  200,  200,  200), writes=True),
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
    # --- issue 14: the API. Public reads answer everybody; what needs a token answers 401 to a session (the API
    # takes tokens only); who may do what with a token is tests/security/api_matrix.py (the token personas). ---
    "api_pages:tokens":                      Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "api_pages:revoke":                      Row(API_TOKEN,  (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "api_pages:publish_services":             Row(ENGAGEMENT, (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "api:engagement_services":                Row(PUBLISHED_ENGAGEMENT, (200, 200, 200, 200, 200, 200,  200)),
    "api:api-root":                           Row(NONE,       (404,   404, 404,  404,  404,  404,  404)),
    "api:openapi-json":                       Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "api:openapi-view":                       Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "api:needs":                              Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "api:need":                               Row(NEED,       (200,   200, 200,  200,  200,  200,  200)),
    "api:organisations":                      Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "api:organisation":                       Row(ORG,        (200,   200, 200,  200,  200,  200,  200)),
    "api:solutions":                          Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "api:solution":                           Row(SOLUTION,   (200,   200, 200,  200,  200,  200,  200)),
    "api:requirement_sets":                   Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "api:requirement_set":                    Row(REQUIREMENT_SET, (200, 200, 200, 200,  200,  200,  200)),
    "api:statistics":                         Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "api:articles":                           Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "api:article":                            Row(ARTICLE,    (200,   200, 200,  200,  200,  200,  200)),
    "api:my_offers":                          Row(NONE,       (401,   401, 401,  401,  401,  401,  401)),
    "api:make_offer":                         Row(NONE,       (401,   401, 401,  401,  401,  401,  401)),
    "api:my_offer":                           Row(OFFER,      (401,   401, 401,  401,  401,  401,  401)),
    "api:withdraw_offer":                     Row(OFFER,      (405,   405, 405,  405,  405,  405,  405)),
    "api:accept_offer":                       Row(OFFER,      (405,   405, 405,  405,  405,  405,  405)),
    "api:decline_offer":                      Row(OFFER,      (405,   405, 405,  405,  405,  405,  405)),
    "api:messages":                           Row(OFFER,      (401,   401, 401,  401,  401,  401,  401)),
    "api:send_message":                       Row(OFFER,      (401,   401, 401,  401,  401,  401,  401)),
    "api:my_needs":                           Row(NONE,       (401,   401, 401,  401,  401,  401,  401)),
    "api:create_need":                        Row(NONE,       (401,   401, 401,  401,  401,  401,  401)),
    "api:my_need":                            Row(NEED,       (401,   401, 401,  401,  401,  401,  401)),
    "api:edit_need":                          Row(NEED,       (401,   401, 401,  401,  401,  401,  401)),
    "api:change_need_status":                 Row(NEED,       (405,   405, 405,  405,  405,  405,  405)),
    "api:need_offers":                        Row(NEED,       (401,   401, 401,  401,  401,  401,  401)),
    # privacy: one's own data and account
    "privacy:my_data":                        Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "privacy:download":                       Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "privacy:delete_account":                 Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "privacy:hand_over":                      Row(ORG,        (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    # knowledge base: published articles are public; volunteers and staff write; a published article is edited
    # like a wiki by any volunteer and staff (a draft by its author and staff only)
    "knowledge:list":                         Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "knowledge:create":                       Row(NONE,       (LOGIN, 200, 404,  404,  404,  200,  404), writes=True),
    "knowledge:mine":                         Row(NONE,       (LOGIN, 200, 404,  404,  404,  200,  404)),
    "knowledge:detail":                       Row(ARTICLE,    (200,   200, 200,  200,  200,  200,  200)),
    "knowledge:edit":                         Row(ARTICLE,    (LOGIN, 200, 404,  404,  404,  200,  404), writes=True),
    "knowledge:publish":                      Row(ARTICLE,    (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "knowledge:vote":                         Row(ARTICLE,    (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "knowledge:history":                      Row(ARTICLE,    (200,   200, 200,  200,  200,  200,  200)),
    "knowledge:compare":                      Row(ARTICLE,    (200,   200, 200,  200,  200,  200,  200)),
    "knowledge:revision":                     Row(ARTICLE_REVISION, (200, 200, 200, 200,  200,  200,  200)),
    "knowledge:restore":                      Row(ARTICLE_REVISION, (LOGIN, 405, 405, 405, 405, 405, 405), writes=True),
    # organisations
    "organisations:create":                   Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "organisations:detail":                   Row(ORG,        (200,   200, 200,  200,  200,  200,  200)),
    "organisations:edit":                     Row(ORG,        (LOGIN, 404, 403,  200,  404,  404,  404), writes=True),
    "organisations:members":                  Row(ORG,        (LOGIN, 404, 200,  200,  404,  404,  404)),
    "organisations:invite":                   Row(ORG,        (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "organisations:remove_member":            Row(MEMBERSHIP, (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "organisations:change_role":              Row(MEMBERSHIP, (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "organisations:accept_invitation":        Row(INVITATION, (LOGIN, 403, 403,  403,  403,  403,  403), writes=True),
    "organisations:verification":             Row(ORG,        (LOGIN, 404, 403,  200,  404,  200,  404)),
    "organisations:start_verification_mail":  Row(ORG,        (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "organisations:verify_by_document":       Row(ORG,        (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "organisations:revoke_verification":      Row(VERIFICATION, (LOGIN, 405, 405, 405,  405,  405,  405), writes=True),
    "organisations:vouch":                    Row(INFORMAL_ORG, (LOGIN, 404, 404, 404,  404,  200,  404), writes=True),
    "organisations:confirm_verification":     Row(VERIFICATION_TOKEN, (200, 200, 200, 200, 200, 200, 200), writes=True),
    # volunteers
    "volunteers:edit_profile":                Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200), writes=True),
    "volunteers:detail":                      Row(PROFILE,    (LOGIN, 200, 200,  200,  200,  200,  200)),
    # vouches: only for a volunteer one shared an engagement's team with (no persona shares one with the volunteer)
    "vouches:edit":                           Row(PROFILE,    (LOGIN, 404, 404,  404,  404,  404,  404), writes=True),
    "vouches:withdraw":                       Row(PROFILE,    (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    # needs
    "needs:list":                             Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    "needs:for_you":                          Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "needs:detail":                           Row(NEED,       (200,   200, 200,  200,  200,  200,  200)),
    "needs:edit":                             Row(NEED,       (LOGIN, 404, 200,  200,  404,  404,  404), writes=True),
    "needs:change_status":                    Row(NEED,       (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "needs:create":                           Row(ORG,        (LOGIN, 404, 200,  200,  404,  404,  404), writes=True),
    # alerts: one's own saved searches; the unsubscribe links work for whoever holds the signed token; feeds public
    "alerts:list":                            Row(NONE,       (LOGIN, 200, 200,  200,  200,  200,  200)),
    "alerts:save":                            Row(NONE,       (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
    "alerts:change":                          Row(SAVED_SEARCH, (LOGIN, 405, 405, 405, 405,  405,  405), writes=True),
    "alerts:delete":                          Row(SAVED_SEARCH, (LOGIN, 405, 405, 405, 405,  405,  405), writes=True),
    "alerts:unsubscribe":                     Row(UNSUBSCRIBE_TOKEN, (200, 200, 200, 200, 200, 200,  200), writes=True),
    # RFC 8058's one-click POST carries no CSRF token (test_permissions.CSRF_FREE); a GET goes to the page above
    "alerts:one_click":                       Row(BAD_TOKEN,  (302,   302, 302,  302,  302,  302,  302), writes=True),
    "alerts:feed":                            Row(NONE,       (200,   200, 200,  200,  200,  200,  200)),
    # offers and their conversation
    "offers:create":                          Row(NEED_PK,    (LOGIN, 200, 302,  302,  302,  302,  302), writes=True),
    "offers:detail":                          Row(OFFER,      (LOGIN, 200, 200,  200,  404,  404,  404)),
    "offers:accept":                          Row(OFFER,      (LOGIN,   405, 405,  405,  405,  405,  405), writes=True),
    "offers:decline":                         Row(OFFER,      (LOGIN,   405, 405,  405,  405,  405,  405), writes=True),
    "offers:withdraw":                        Row(OFFER,      (LOGIN,   405, 405,  405,  405,  405,  405), writes=True),
    "conversations:inbox":                    Row(NONE,       (LOGIN,   200, 200,  200,  200,  200,  200)),
    "conversations:post":                     Row(OFFER_PK,   (LOGIN,   405, 405,  405,  405,  405,  405), writes=True),
    # moderation: anyone logged in reports what they may see; staff work the queue
    "moderation:report":                      Row(REPORTED_NEED, (LOGIN, 200, 200, 200, 200,  200,  200), writes=True),
    "moderation:queue":                       Row(NONE,       (LOGIN, 404, 404,  404,  404,  200,  404)),
    "moderation:report_detail":               Row(REPORT,     (LOGIN, 404, 404,  404,  404,  200,  404), writes=True),
    "moderation:audit":                       Row(NONE,       (LOGIN, 404, 404,  404,  404,  200,  404)),
    "moderation:suspended":                   Row(NONE,       (LOGIN, 404, 404,  404,  404,  200,  404)),
    "moderation:lift_suspension":             Row(SUSPENDED,  (LOGIN, 405, 405,  405,  405,  405,  405), writes=True),
}
# fmt: on
