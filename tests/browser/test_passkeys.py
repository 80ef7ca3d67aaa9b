"""Passkeys end to end: Chromium with a virtual authenticator adds a passkey, then logs in with it alone.

Part of the account security tests (tests/security_accounts); here for the shared Chromium of the browser tests.
"""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from .. import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_passkey_is_added_and_then_logs_in_without_a_password(new_page, settings):
    settings.MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True  # the live server speaks http on localhost
    user = factories.make_user("passkey@example.org", name="Pia Passkey")
    page = new_page()
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    options = {"protocol": "ctap2", "transport": "internal", "hasResidentKey": True, "hasUserVerification": True}
    cdp.send("WebAuthn.addVirtualAuthenticator", {"options": {**options, "isUserVerified": True}})

    page.goto("/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", factories.PASSWORD)
    page.click("main form button[type=submit]")
    # The login seconds ago counts as recent authentication (issue 12): no password again before adding the passkey.
    page.goto("/accounts/2fa/webauthn/add/")
    expect(page.locator("input[name=password]")).to_have_count(0)
    page.check("input[name=passwordless]")
    page.click("#mfa_webauthn_add")
    page.wait_for_url("**/accounts/2fa/recovery-codes/")
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.WEBAUTHN).exists()

    page.goto("/accounts/logout/")
    page.click("main form button[type=submit]")
    page.goto("/accounts/login/")
    page.click("#passkey_login")
    page.wait_for_url("**/accounts/me/")
    assert "Pia" in page.content()
