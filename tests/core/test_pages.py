"""Imprint and privacy notice: editable Markdown pages, rendered safely."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse

from techpaten.core.models import Page


@pytest.mark.parametrize(("name", "slug"), [("imprint", "imprint"), ("privacy", "privacy")])
def test_the_legal_pages_render_their_seeded_text(client, db, name, slug):
    page = Page.objects.get(slug=slug)
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert page.title_de in response.content.decode()


def test_the_privacy_notice_covers_what_the_platform_stores(db):
    body = Page.objects.get(slug="privacy").body_de
    for words in ["Art. 6 Abs. 1 lit. b", "lit. f", "14 Tagen", "Art. 15", "Art. 77", "sessionid", "csrftoken"]:
        assert words in body
    english = Page.objects.get(slug="privacy").body_en
    for words in ["Art. 6(1)(b)", "14 days", "Art. 77", "no tracking"]:
        assert words in english


def test_markdown_is_rendered_and_html_in_it_is_not(client, db):
    Page.objects.filter(slug="privacy").update(
        body_de="**Fett** und <script>alert('x')</script> und [Link](javascript:alert(1))"
    )
    html = client.get(reverse("privacy")).content.decode()
    assert "<strong>Fett</strong>" in html
    assert "<script>alert" not in html
    assert 'href="javascript:' not in html


def test_staff_edits_change_the_page(client, db):
    Page.objects.filter(slug="imprint").update(title_de="Impressum des Vereins", body_de="Betrieben von *Muster e.V.*")
    html = client.get(reverse("imprint")).content.decode()
    assert "Impressum des Vereins" in html
    assert "<em>Muster e.V.</em>" in html


def test_the_page_follows_the_language(client, db):
    Page.objects.filter(slug="imprint").update(title_en="Legal notice of the club", body_en="Run by *Example*")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(reverse("imprint"))
    assert response.headers["Content-Language"] == "en"
    assert "Legal notice of the club" in response.content.decode()
