"""Who may POST what: every state-changing URL of the permission matrix, posted by every persona with a valid CSRF
token and data that would do it, → what happens, as a table (tests/security/test_post_permissions.py).

DONE: the request changed the database (and answered 200 or a redirect); LOGIN: a redirect to the login page; a
number: that status, and nothing written (403: a participant without the right role, 404: an outsider, 302 or 200:
refused with a message or the form shown again). Each persona posts on the same fresh world (the test rolls back).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.utils import timezone

from .conftest import PERSONAS, World
from .objects import DRAFT_ARTICLE, DRAFT_SET, ITEM, PROPOSAL, UNSUBSCRIBE_TOKEN
from .permission_matrix import LOGIN, Kwargs, Status

DONE = "done"
Data = Callable[[World], dict[str, Any]]


@dataclass(frozen=True)
class Post:
    statuses: tuple[Status, ...]
    data: Data
    kwargs: Kwargs | None = None  # another object than the GET row's, when only this one can be changed

    def __post_init__(self) -> None:
        assert len(self.statuses) == len(PERSONAS), self

    def expected(self, persona: str) -> Status:
        return self.statuses[PERSONAS.index(persona)]


def NOTHING(w: World) -> dict[str, Any]:
    return {}


def LANGUAGE(w: World) -> dict[str, Any]:
    return {"language": "en", "next": "/"}


def SETTINGS(w: World) -> dict[str, Any]:
    return {"name": "Neuer Name", "language": "en"}


def API_TOKEN_FORM(w: World) -> dict[str, Any]:
    return {"name": "Kalender-Skript", "scope": "read"}


def PUBLISH(w: World) -> dict[str, Any]:
    return {"publish": "1"}


def LOGIN_DATA(w: World) -> dict[str, Any]:
    return {"login": "nobody@example.org", "password": "falsch falsch falsch"}


def ARTICLE_FORM(w: World) -> dict[str, Any]:
    return {
        "title": "Updates mit unattended-upgrades",
        "summary": "Sicherheitsupdates automatisch einspielen.",
        "body": "## Einrichten\n\n```\napt install unattended-upgrades\n```",
        "note": "Neu geschrieben",
        "tags": "updates",
    }


def HELPFUL(w: World) -> dict[str, Any]:
    return {"helpful": "yes"}


def REVIEW_FORM(w: World) -> dict[str, Any]:
    today = timezone.localdate()
    return {
        "profile": "",
        "reviewer_qualification": "Datenschutzbeauftragte (TÜV)",
        "status": "approved",
        "reviewed_on": today.isoformat(),
        "valid_until": (today + timedelta(days=365)).isoformat(),
        "scope": "Nextcloud 32 bei einem deutschen Anbieter",
        "findings": "Keine Einwände.",
    }


def CONTEXT(w: World) -> dict[str, Any]:
    return {"children_data": "yes"}


def ROLE_ANSWERS(w: World) -> dict[str, Any]:
    # A Verein's volunteer who hosts the service: a processor (Art. 28 GDPR).
    return {
        "body": "private",
        "household": "no",
        "beyond_household": "no",
        "member": "no",
        "access": "yes",
        "hoster": "organisation",
    }


def SOURCE(w: World) -> dict[str, Any]:
    return {"source": "0", "note": "Gelesen."}


def MARK(w: World) -> dict[str, Any]:
    return {"done": "on", "evidence_note": "Vertrag vom 3. März"}


def NOTES(w: World) -> dict[str, Any]:
    return {"notes": "Kinderfotos, aber nur in der Gruppe."}


def DETAILS(w: World) -> dict[str, Any]:
    return {"purposes": "Fotos teilen", "data_subjects": "Kinder", "data_categories": "Fotos", "hoster_name": "X"}


def PAUSE(w: World) -> dict[str, Any]:
    return {"action": "pause"}


def ROLE(w: World) -> dict[str, Any]:
    return {"role": "backup"}


def LEAVE(w: World) -> dict[str, Any]:
    return {"inventory_updated": "on", "admin_rights_passed": "on", "backups_verified": "on", "reason": "Umzug"}


def PAID_WORK_FORM(w: World) -> dict[str, Any]:
    return {"scope": "Umzug der Nextcloud auf einen neuen Server.", "hours": "10", "rate": "40"}


def ACCEPT(w: World) -> dict[str, Any]:
    return {"action": "accept", "note": ""}


def HOURS(w: World) -> dict[str, Any]:
    return {"month": timezone.localdate().strftime("%Y-%m"), "hours": "3", "note": "Updates"}


def MEETING_FORM(w: World) -> dict[str, Any]:
    day = timezone.localdate() + timedelta(days=6)
    return {
        "meeting-date": day.isoformat(),
        "meeting-time": "16:30",
        "meeting-duration_minutes": "30",
        "meeting-place": "Sonnenallee 1",
    }


def SERVICE_FORM(w: World) -> dict[str, Any]:
    return {"name": "Dateiablage", "hoster": "Hetzner", "country": "Deutschland"}


def PLEDGE_FORM(w: World) -> dict[str, Any]:
    from techpaten.costs.models import CostItem

    item = CostItem.objects.filter(organisation=w.organisation).first()
    return {"cost_item": item.pk if item else "", "amount": "5", "name": "Paula", "email": "paula@example.org"}


def COST_ITEM_FORM(w: World) -> dict[str, Any]:
    return {"kind": "domain", "description": "Domain", "amount": "12", "period": "year", "covered_by": "organisation"}


def REVIEW_TEXT(w: World) -> dict[str, Any]:
    return {"text": "Zuverlässig, freundlich und gut erklärt."}


def CONFIRM(w: World) -> dict[str, Any]:
    return {"confirm": "on"}


def ORGANISATION_FORM(w: World) -> dict[str, Any]:
    from techpaten.taxonomy.models import Sector

    return {
        "name": "Kita Regenbogen",
        "sector": str(Sector.objects.get(slug="kita").pk),
        "description": "Zwei Gruppen.",
        "plz": "14467",
        "town": "Potsdam",
    }


def ORGANISATION_EDIT(w: World) -> dict[str, Any]:
    return {**ORGANISATION_FORM(w), "name": "Kita Sonnenschein e.V.", "plz": "10115", "town": "Berlin"}


def INVITE(w: World) -> dict[str, Any]:
    return {"email": "neue.kollegin@kita.example", "role": "member"}


def MEMBER_ROLE(w: World) -> dict[str, Any]:
    return {"role": "admin"}


def PROFILE_FORM(w: World) -> dict[str, Any]:
    return {"display_name": "Paul", "plz": "10115", "radius_km": "15", "hours_per_month": "6", "remote_ok": "on"}


def NEED_FORM(w: World) -> dict[str, Any]:
    from techpaten.taxonomy.models import UseCase

    return {
        "title": "Eine Cloud für unsere Dateien",
        "description": "Wir legen alles auf USB-Sticks ab.",
        "use_cases": [str(UseCase.objects.get(slug="files").pk)],
        "kind": "ongoing",
        "size": "medium",
        "urgency": "normal",
        "monthly_budget": "0",
    }


def MATCHED(w: World) -> dict[str, Any]:
    return {"action": "mark_matched"}


def OFFER_FORM(w: World) -> dict[str, Any]:
    return {"message": "Ich kann Nextcloud aufsetzen und betreuen, etwa vier Stunden im Monat."}


def DECISION(w: World) -> dict[str, Any]:
    return {"accept-message": "Willkommen!", "decline-message": "Danke!"}


def WITHDRAW(w: World) -> dict[str, Any]:
    return {"withdraw-confirm": "on"}


def MESSAGE(w: World) -> dict[str, Any]:
    return {"body": "Hallo, passt Dienstag?"}


def SEARCH(w: World) -> dict[str, Any]:
    return {"q": "nextcloud", "plz": "10115", "radius": "30", "name": "", "frequency": "weekly"}


def FREQUENCY(w: World) -> dict[str, Any]:
    return {"name": "Nur remote", "frequency": "daily"}


# fmt: off
POSTS: dict[str, Post] = {
    #                                         anon   vol    member admin  other  staff  reviewer
    # core and accounts (ours and allauth's, posted without the secrets they need: a form again, or turned away)
    "set_language":                          Post((302,   DONE,  DONE,  DONE,  DONE,  DONE,  DONE), LANGUAGE),
    "account_settings":                      Post((LOGIN, DONE,  DONE,  DONE,  DONE,  DONE,  DONE), SETTINGS),
    # issue 14: everybody makes their own API tokens; only its owner (the admin here) revokes a token
    "api_pages:tokens":                     Post((LOGIN, DONE,  DONE,  DONE,  DONE,  DONE,  DONE), API_TOKEN_FORM),
    "api_pages:revoke":                     Post((LOGIN, 404,   404,   DONE,  404,   404,   404),  NOTHING),
    # the engagement's public list of services: switched on by the organisation's admins only
    "api_pages:publish_services":           Post((LOGIN, 404,   403,   DONE,  404,   404,   404),  PUBLISH),
    "account_login":                         Post((200,   302,   302,   302,   302,   302,   302), LOGIN_DATA),
    "account_logout":                        Post((302,   302,   302,   302,   302,   302,   302), NOTHING),
    "account_signup":                        Post((200,   302,   302,   302,   302,   302,   302), NOTHING),
    "account_reauthenticate":                Post((LOGIN, 200,   200,   200,   200,   200,   200), LOGIN_DATA),
    "account_request_reauthentication_code": Post((LOGIN, 403,   403,   403,   403,   403,   403), NOTHING),
    "account_confirm_reauthentication_code": Post((LOGIN, 403,   403,   403,   403,   403,   403), NOTHING),
    "account_email":                         Post((LOGIN, 302,   302,   302,   302,   302,   302), NOTHING),
    "account_change_password":               Post((LOGIN, 200,   200,   200,   200,   200,   200), NOTHING),
    "account_set_password":                  Post((LOGIN, 302,   302,   302,   302,   302,   302), NOTHING),
    "account_reset_password":                Post((200,   200,   200,   200,   200,   200,   200), NOTHING),
    "account_confirm_login_code":            Post((LOGIN, 302,   302,   302,   302,   302,   302), NOTHING),
    "account_confirm_email":                 Post((404,   404,   404,   404,   404,   404,   404), NOTHING),
    "account_reset_password_from_key":       Post((200,   200,   200,   200,   200,   200,   200), NOTHING),
    "mfa_authenticate":                      Post((LOGIN, 302,   302,   302,   302,   302,   302), NOTHING),
    "mfa_reauthenticate":                    Post((LOGIN, 302,   302,   302,   302,   200,   200), NOTHING),
    "mfa_activate_totp":                     Post((LOGIN, 200,   200,   200,   200,   302,   302), NOTHING),
    "mfa_deactivate_totp":                   Post((LOGIN, 404,   404,   404,   404,   200,   200), NOTHING),
    "mfa_generate_recovery_codes":           Post((LOGIN, 200,   200,   200,   200,   DONE,  DONE), NOTHING),
    "mfa_add_webauthn":                      Post((LOGIN, 200,   200,   200,   200,   200,   200), NOTHING),
    "mfa_reauthenticate_webauthn":           Post((LOGIN, 302,   302,   302,   302,   302,   302), NOTHING),
    "mfa_login_webauthn":                    Post((LOGIN, 302,   302,   302,   302,   302,   302), NOTHING),
    "mfa_edit_webauthn":                     Post((LOGIN, 404,   404,   404,   404,   404,   404), NOTHING),
    "mfa_remove_webauthn":                   Post((LOGIN, 404,   404,   404,   404,   404,   404), NOTHING),
    # catalogue: registered reviewers only
    "catalogue:review_create":               Post((LOGIN, 404,   404,   404,   404,   404,   DONE), REVIEW_FORM),
    "catalogue:review_edit":                 Post((LOGIN, 404,   404,   404,   404,   404,   DONE), REVIEW_FORM),
    # compliance and paperwork: the organisation's members (the volunteer persona is not on the team)
    # A Kita is asked nothing here (children's data are the rule; no household): the form shows again, writes nothing.
    "compliance:need_context":               Post((LOGIN, 404,   200,   200,   404,   404,   404), CONTEXT),
    "compliance:store_role":                 Post((LOGIN, 404,   DONE,  DONE,  404,   404,   404), ROLE_ANSWERS),
    "compliance:check_source":               Post((LOGIN, 404,   404,   404,   404,   404,   DONE), SOURCE),
    "compliance:mark_item":                  Post((LOGIN, 404,   DONE,  DONE,  404,   404,   404), MARK, ITEM),
    "compliance:dsfa":                       Post((LOGIN, 404,   DONE,  DONE,  404,   404,   404), NOTES),
    "compliance:approve_set":                Post((LOGIN, 404,   404,   404,   404,   404,   DONE), NOTHING, DRAFT_SET),
    "paperwork:details":                     Post((LOGIN, 404,   DONE,  DONE,  404,   404,   404), DETAILS),
    # engagements: the team is Theo (no persona), so what only the team does is refused to every persona (403 to the
    # organisation's members, 404 to others); tests/engagements posts as the team
    "engagements:change_status":             Post((LOGIN, 404,   403,   DONE,  404,   404,   404), PAUSE),
    "engagements:change_role":               Post((LOGIN, 404,   403,   403,   404,   404,   404), ROLE),
    "engagements:reopen_for_backup":         Post((LOGIN, 404,   403,   DONE,  404,   404,   404), NOTHING),
    "engagements:leave":                     Post((LOGIN, 404,   403,   403,   404,   404,   404), LEAVE),
    "engagements:propose_paid_work":         Post((LOGIN, 404,   403,   403,   404,   404,   404), PAID_WORK_FORM),
    "engagements:answer_paid_work":          Post((LOGIN, 404,   403,   DONE,  404,   404,   404), ACCEPT),
    "engagements:withdraw_paid_work":        Post((LOGIN, 404,   403,   403,   404,   404,   404), NOTHING),
    "engagements:report_hours":              Post((LOGIN, 404,   403,   403,   404,   404,   404), HOURS),
    "engagements:delete_hours":              Post((LOGIN, 404,   403,   403,   404,   404,   404), NOTHING),
    # first meetings on the volunteer persona's pending offer; the volunteer proposed: the organisation answers
    "meetings:propose":                      Post((LOGIN, DONE,  DONE,  DONE,  404,   404,   404), MEETING_FORM),
    "meetings:confirm":                      Post((LOGIN, 302,   DONE,  DONE,  404,   404,   404), NOTHING, PROPOSAL),
    "meetings:decline":                      Post((LOGIN, 302,   DONE,  DONE,  404,   404,   404), NOTHING, PROPOSAL),
    "meetings:cancel":                       Post((LOGIN, DONE,  302,   302,   404,   404,   404), NOTHING, PROPOSAL),
    # inventory and costs: the organisation's members (costs: its admins), pledging is public
    "inventory:create":                      Post((LOGIN, 404,   DONE,  DONE,  404,   404,   404), SERVICE_FORM),
    "inventory:edit":                        Post((LOGIN, 404,   DONE,  DONE,  404,   404,   404), SERVICE_FORM),
    "inventory:retire":                      Post((LOGIN, 404,   DONE,  DONE,  404,   404,   404), NOTHING),
    "costs:pledge":                          Post((DONE,  DONE,  DONE,  DONE,  DONE,  DONE,  DONE), PLEDGE_FORM),
    "costs:confirm_pledge":                  Post((LOGIN, 404,   403,   DONE,  404,   404,   404), NOTHING),
    "costs:end_pledge":                      Post((LOGIN, 404,   403,   DONE,  404,   404,   404), NOTHING),
    "costs:create":                          Post((LOGIN, 404,   403,   DONE,  404,   404,   404), COST_ITEM_FORM),
    "costs:edit":                            Post((LOGIN, 404,   403,   DONE,  404,   404,   404), COST_ITEM_FORM),
    # reviews after a closed need
    "feedback:review_volunteer":             Post((LOGIN, 404,   404,   DONE,  404,   404,   404), REVIEW_TEXT),
    "feedback:review_organisation":          Post((LOGIN, DONE,  404,   404,   404,   404,   404), REVIEW_TEXT),
    "feedback:reply":                        Post((LOGIN, 404,   404,   DONE,  404,   404,   404), REVIEW_TEXT),
    # knowledge base: volunteers and staff write; any logged-in reader answers "was this helpful"
    "knowledge:create":                      Post((LOGIN, DONE,  404,   404,   404,   DONE,  404), ARTICLE_FORM),
    "knowledge:edit":                        Post((LOGIN, DONE,  404,   404,   404,   DONE,  404), ARTICLE_FORM),
    "knowledge:publish":                     Post((LOGIN, DONE, 404, 404, 404, DONE, 404), NOTHING, DRAFT_ARTICLE),
    "knowledge:vote":                        Post((LOGIN, DONE,  DONE,  DONE,  DONE,  DONE,  DONE), HELPFUL),
    "knowledge:restore":                     Post((LOGIN, DONE,  404,   404,   404,   DONE,  404), NOTHING),
    # one's own account (the admin is the organisation's last admin: refused with the reason)
    "privacy:delete_account":                Post((LOGIN, DONE,  DONE,  200,   DONE,  DONE,  DONE), CONFIRM),
    # Only for an organisation that would go with the account (its only member): the world's has two members.
    "privacy:hand_over":                     Post((LOGIN, 404,   404,   404,   404,   404,   404), INVITE),
    # saved searches: one's own (the volunteer's search is the one changed); an unsubscribe token is its access
    "alerts:save":                           Post((LOGIN, DONE,  DONE,  DONE,  DONE,  DONE,  DONE), SEARCH),
    "alerts:change":                         Post((LOGIN, DONE,  404,   404,   404,   404,   404), FREQUENCY),
    "alerts:delete":                         Post((LOGIN, DONE,  404,   404,   404,   404,   404), NOTHING),
    "alerts:unsubscribe":                    Post((DONE,  DONE,  DONE,  DONE,  DONE,  DONE,  DONE), NOTHING),
    "alerts:one_click":                      Post((DONE,  DONE,  DONE,  DONE,  DONE,  DONE,  DONE), NOTHING,
                                                  UNSUBSCRIBE_TOKEN),
    # organisations, volunteers, needs (an invitation's token is its access)
    "organisations:create":                  Post((LOGIN, DONE,  DONE,  DONE,  DONE,  DONE,  DONE), ORGANISATION_FORM),
    "organisations:edit":                    Post((LOGIN, 404,   403,   DONE,  404,   404,   404), ORGANISATION_EDIT),
    "organisations:invite":                  Post((LOGIN, 404,   403,   DONE,  404,   404,   404), INVITE),
    "organisations:remove_member":           Post((LOGIN, 404,   403,   DONE,  404,   404,   404), NOTHING),
    "organisations:change_role":             Post((LOGIN, 404,   403,   DONE,  404,   404,   404), MEMBER_ROLE),
    # The invitation is bound to the invited address, which no persona has.
    "organisations:accept_invitation":       Post((LOGIN, 403,   403,   403,   403,   403,   403), NOTHING),
    "volunteers:edit_profile":               Post((LOGIN, DONE,  DONE,  DONE,  DONE,  DONE,  DONE), PROFILE_FORM),
    "needs:edit":                            Post((LOGIN, 404,   DONE,  DONE,  404,   404,   404), NEED_FORM),
    "needs:change_status":                   Post((LOGIN, 404,   DONE,  DONE,  404,   404,   404), MATCHED),
    "needs:create":                          Post((LOGIN, 404,   DONE,  DONE,  404,   404,   404), NEED_FORM),
    # offers and their conversation (the volunteer's offer is pending; without a volunteer profile: off to make one)
    "offers:create":                         Post((LOGIN, 200,   302,   302,   302,   302,   302), OFFER_FORM),
    "offers:accept":                         Post((LOGIN, 403,   403,   DONE,  404,   404,   404), DECISION),
    "offers:decline":                        Post((LOGIN, 403,   403,   DONE,  404,   404,   404), DECISION),
    "offers:withdraw":                       Post((LOGIN, DONE,  403,   403,   404,   404,   404), WITHDRAW),
    "conversations:post":                    Post((LOGIN, DONE,  DONE,  DONE,  404,   404,   404), MESSAGE),
}
# fmt: on
