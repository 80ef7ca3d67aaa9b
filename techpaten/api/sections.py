"""What the API app adds to the engagement page (core/sections.py): the admins' switch for the public service list."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.urls import reverse

from techpaten.core.sections import Section, register
from techpaten.engagements.models import Engagement
from techpaten.organisations.access import is_admin

from .models import ServicePublication


@register("engagements.detail", order=90)
def service_publication(request: HttpRequest, engagement: Engagement, state: Mapping[str, Any]) -> Section | None:
    if not is_admin(request.user, engagement.organisation_id):
        return None
    published = ServicePublication.objects.filter(engagement=engagement).exists()
    return Section(
        "api/_publication_section.html",
        {
            "engagement": engagement,
            "published": published,
            "document_url": request.build_absolute_uri(reverse("api:engagement_services", args=[engagement.pk])),
        },
    )
