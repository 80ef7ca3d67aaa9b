"""The organisation's public page leads to its cost page, so supporters find what is open."""

from __future__ import annotations

from django.urls import reverse


def test_the_public_organisation_page_links_the_cost_page(client, organisation):
    html = client.get(reverse("organisations:detail", args=[organisation.slug])).content.decode()
    assert f'href="{reverse("costs:organisation", args=[organisation.slug])}"' in html
