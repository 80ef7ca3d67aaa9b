"""Security headers on every kind of response, and the production settings behind HSTS and secure cookies."""

from __future__ import annotations

import os
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.signals import request_finished
from django.db import close_old_connections
from django.urls import reverse

from techpaten.core.security_headers import DENIED_FEATURES
from tests.factories import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "techpaten.example",
    "SITE_URL": "https://techpaten.example",
}
# Set by techpaten/settings_test.py for the test client's plain http; production leaves them to the defaults.
TEST_ONLY_ENV = ("SECURE_SSL_REDIRECT", "SECURE_COOKIES", "SECURE_HSTS_SECONDS", "DEBUG")


@pytest.fixture
def production(monkeypatch):
    """The settings module as production reads it (DEBUG off, nothing overridden), without touching the test's."""
    for name in TEST_ONLY_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in PRODUCTION_ENV.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "techpaten" / "settings.py"))


def responses(client, need):
    """A page, a redirect, a 404, a form page, a static file, a bad Host header and a body too large."""
    static = client.get("/static/css/site.css")
    # WhiteNoise streams the file; closing the response fires request_finished, which (outside the test client's
    # handler) would close the database connection the test's transaction runs on (PostgreSQL: a 503 after it).
    request_finished.disconnect(close_old_connections)
    try:
        static.close()
    finally:
        request_finished.connect(close_old_connections)
    return {
        "page": client.get(reverse("needs:detail", args=[need.pk])),
        "redirect": client.get(reverse("dashboard")),
        "not found": client.get("/gibt-es-nicht/"),
        "form": client.get(reverse("account_login")),
        "static file": static,
        "bad host": client.get("/", headers={"host": "evil.example"}),
        "too large": client.post(reverse("account_login"), {"login": "x" * (2 * 1024 * 1024)}),
    }


def test_every_response_carries_the_security_headers(client, need):
    for kind, response in responses(client, need).items():
        headers = response.headers
        assert headers["X-Content-Type-Options"] == "nosniff", kind
        assert headers["Referrer-Policy"] == "same-origin", kind
        assert headers["Cross-Origin-Opener-Policy"] == "same-origin", kind
        assert headers["Cross-Origin-Resource-Policy"] == "same-origin", kind
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert f"{feature}=()" in headers["Permissions-Policy"], kind


def test_the_responses_are_what_their_names_say(client, need):
    statuses = {kind: response.status_code for kind, response in responses(client, need).items()}
    assert statuses == {
        "page": 200,
        "redirect": 302,
        "not found": 404,
        "form": 200,
        "static file": 200,
        "bad host": 400,
        "too large": 413,
    }


def test_pages_static_files_and_error_answers_forbid_framing_and_inline_code(client, need):
    for kind, response in responses(client, need).items():
        if kind not in {"static file", "bad host", "too large"}:  # answered before XFrameOptionsMiddleware
            assert response.headers["X-Frame-Options"] == "DENY", kind
        policy = dict(
            [*directive.split(" ", 1), ""][:2] for directive in response.headers["Content-Security-Policy"].split("; ")
        )
        assert policy["default-src"] == "'none'", kind
        assert policy["script-src"] == "'self'", kind
        assert policy["style-src"] == "'self'", kind
        assert policy["frame-ancestors"] == "'none'", kind
        assert policy["object-src"] == "'none'", kind
        assert policy["base-uri"] == "'none'", kind
        assert policy["form-action"] == "'self'", kind


def test_the_permissions_policy_denies_only_features_we_never_use():
    # Passkeys (WebAuthn) are a second factor here: denying them would break MFA.
    assert not [feature for feature in DENIED_FEATURES if feature.startswith("publickey-credentials")]


def test_production_settings_demand_https_for_a_year_with_subdomains_and_secure_cookies(production):
    assert production["DEBUG"] is False
    assert production["SECURE_HSTS_SECONDS"] >= 365 * 24 * 60 * 60
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["CSRF_COOKIE_SECURE"] is True
    assert production["LANGUAGE_COOKIE_SECURE"] is True
    assert production["SESSION_COOKIE_HTTPONLY"] is True


def test_in_production_http_is_redirected_and_https_answers_with_hsts_and_secure_cookies(
    client, db, settings, production
):
    for name in ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD"):
        setattr(settings, name, production[name])
    for name in PRODUCTION_COOKIE_SETTINGS:
        setattr(settings, name, production[name])
    response = client.get(reverse("account_login"))
    assert response.status_code == 301
    assert response["Location"] == "https://testserver" + reverse("account_login")
    response = client.get(reverse("account_login"), secure=True)
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    csrf = response.cookies["__Host-csrftoken"]
    assert csrf["secure"] is True
    assert csrf["samesite"] == "Lax"


PRODUCTION_COOKIE_SETTINGS = (
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
    "SESSION_COOKIE_NAME",
    "CSRF_COOKIE_NAME",
)


def test_in_production_session_and_csrf_cookies_carry_the_host_prefix_and_its_conditions(
    client, settings, production, volunteer
):
    """__Host-: the browser takes the cookie only when it is Secure, for path / and without Domain (RFC 6265bis)."""
    for name in PRODUCTION_COOKIE_SETTINGS:
        setattr(settings, name, production[name])
    response = client.post(reverse("account_login"), {"login": volunteer.email, "password": PASSWORD}, secure=True)
    assert response.status_code == 302
    for name in ("__Host-sessionid", "__Host-csrftoken"):
        cookie = response.cookies[name]
        assert (cookie["secure"], cookie["path"], cookie["domain"]) == (True, "/", ""), name
    assert client.get(reverse("dashboard"), secure=True).status_code == 200  # the session is read back by its name


def test_development_on_http_keeps_the_plain_cookie_names(monkeypatch):
    for name in TEST_ONLY_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DEBUG", "1")
    development = runpy.run_path(str(ROOT / "techpaten" / "settings.py"))
    assert development["SESSION_COOKIE_SECURE"] is False
    assert (development["SESSION_COOKIE_NAME"], development["CSRF_COOKIE_NAME"]) == ("sessionid", "csrftoken")


def test_django_deploy_check_finds_nothing_with_production_settings():
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE is no production setting either (the check warns about it).
    env = {key: value for key, value in os.environ.items() if key not in {*TEST_ONLY_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="techpaten.settings")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
