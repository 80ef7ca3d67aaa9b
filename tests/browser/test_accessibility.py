"""What assistive technology and keyboards meet: errors read with their field, a sensible tab order, distinct links."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.texts import de

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_screen_reader_hears_the_error_with_its_field(new_page):
    page = new_page()
    page.goto(reverse("account_login"))
    page.fill("#id_login", "kein-at-zeichen")
    page.click("main button[type=submit]")
    field = page.locator("#id_password")
    expect(field).to_have_attribute("aria-invalid", "true")
    error = page.locator("#id_password_error")
    expect(error).to_be_visible()
    expect(field).to_have_accessible_description(re.compile(re.escape(error.inner_text().strip())))


def test_tab_goes_from_the_email_to_the_password_before_forgot_password(new_page):
    page = new_page()
    page.goto(reverse("account_login"))
    page.focus("#id_login")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_password"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == reverse("account_reset_password")


def test_header_and_footer_name_their_two_data_protection_links_differently(new_page):
    page = new_page()
    page.goto("/")
    kit = page.locator(f".main-nav a[href='{reverse('compliance:hub')}']")
    notice = page.locator(f".site-footer a[href='{reverse('privacy')}']")
    assert kit.inner_text() == de("Data protection") == "Datenschutz"
    assert notice.inner_text() == de("Privacy notice") == "Datenschutzerklärung"
