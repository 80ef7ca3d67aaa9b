"""A form sent just after the idle logout is not lost: after logging in again it is shown to send again (one click,
no JavaScript) — only with a valid CSRF token, only to the same account, never with passwords."""

from __future__ import annotations

from django.conf import settings
from django.test import Client
from django.urls import reverse

from techpaten.accounts import security
from techpaten.accounts.kept_form import KEPT
from tests import factories
from tests.texts import de, shown

from .helpers import log_in
from .test_sessions import age_session

SETTINGS = reverse("account_settings")
KEPT_PAGE = reverse("account_kept_form")


def expired_client(user) -> Client:
    """A browser with a real CSRF cookie whose session has been idle too long."""
    client = Client(enforce_csrf_checks=True)
    client.get(reverse("account_login"))
    log_in(client, user, HTTP_X_CSRFTOKEN=client.cookies[settings.CSRF_COOKIE_NAME].value)
    age_session(client, **{security.SEEN_AT: settings.SESSION_IDLE_TIMEOUT + 60})
    return client


def send_settings(client: Client, **extra: str):
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    data = {"name": "Vera mit neuem Namen", "language": "de", "csrfmiddlewaretoken": token, **extra}
    return client.post(SETTINGS, data)


def test_what_was_typed_waits_for_the_login_and_is_sent_with_one_click(volunteer):
    client = expired_client(volunteer)
    response = send_settings(client)
    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next={KEPT_PAGE}"
    volunteer.refresh_from_db()
    assert volunteer.name == "Vera Volunteer"  # nothing written behind the person's back

    login = log_in(client, volunteer, HTTP_X_CSRFTOKEN=client.cookies[settings.CSRF_COOKIE_NAME].value, next=KEPT_PAGE)
    assert login.status_code == 302
    page = client.get(KEPT_PAGE)
    html = page.content.decode()
    assert page.status_code == 200
    assert shown(page, de("Send your form again"))
    assert f'action="{SETTINGS}"' in html
    assert 'name="name" value="Vera mit neuem Namen"' in html
    assert 'name="csrfmiddlewaretoken" value="' in html and html.count('name="csrfmiddlewaretoken"') >= 1
    assert KEPT not in client.session  # shown once, then gone

    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    client.post(SETTINGS, {"name": "Vera mit neuem Namen", "language": "de", "csrfmiddlewaretoken": token})
    volunteer.refresh_from_db()
    assert volunteer.name == "Vera mit neuem Namen"


def test_a_post_without_a_valid_csrf_token_is_not_kept(volunteer):
    client = expired_client(volunteer)
    response = client.post(SETTINGS, {"name": "Untergeschoben", "language": "de", "csrfmiddlewaretoken": "x" * 64})
    assert response.url == reverse("account_login")
    assert KEPT not in client.session


def test_another_account_logging_in_on_the_same_browser_never_sees_it(volunteer, org_admin):
    client = expired_client(volunteer)
    send_settings(client)
    log_in(client, org_admin, HTTP_X_CSRFTOKEN=client.cookies[settings.CSRF_COOKIE_NAME].value)
    response = client.get(KEPT_PAGE)
    assert response.status_code == 302 and response.url == reverse("dashboard")


def test_passwords_are_never_kept(volunteer):
    client = expired_client(volunteer)
    send_settings(client, password="geheim geheim geheim")
    assert [name for name, _ in client.session[KEPT]["fields"]] == ["name", "language"]


def test_without_a_kept_form_the_page_leads_to_my_area(client, db):
    user = factories.make_user("ohne@example.org")
    client.force_login(user)
    response = client.get(KEPT_PAGE)
    assert response.status_code == 302 and response.url == reverse("dashboard")
