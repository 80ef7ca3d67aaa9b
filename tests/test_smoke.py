from __future__ import annotations

from django.urls import reverse


def test_home_page_renders_in_german(client, db):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert response.headers["Content-Language"] == "de"
