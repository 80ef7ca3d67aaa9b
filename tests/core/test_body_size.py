"""Request bodies are capped (techpaten/core/body_size.py): a clear bilingual 413 page, nothing read or written."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from techpaten.needs.models import Need
from tests.needs.test_editing import create_url, form_data


def test_a_form_larger_than_the_limit_gets_the_413_page_in_both_languages_and_writes_nothing(
    member_client, organisation
):
    response = member_client.post(
        create_url(organisation), form_data(description="x" * (settings.MAX_REQUEST_BODY_BYTES + 1))
    )
    assert response.status_code == 413
    html = response.content.decode()
    assert "Das war zu viel auf einmal." in html
    assert "That was too much at once." in html
    assert f"{settings.MAX_REQUEST_BODY_BYTES // 1024} KiB" in html
    assert not Need.objects.exists()


def test_a_long_form_below_the_limit_reaches_the_view_and_its_own_validation(member_client, organisation):
    response = member_client.post(create_url(organisation), form_data(description="x" * 100_000))
    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    assert not Need.objects.exists()


def test_a_request_for_another_host_gets_our_bilingual_400_page(client, db):
    response = client.get(reverse("home"), headers={"host": "evil.example"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Diese Anfrage können wir nicht beantworten." in html
    assert "We cannot answer this request." in html
