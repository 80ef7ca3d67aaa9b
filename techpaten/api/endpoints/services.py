"""An engagement's services as a small public JSON document, for federations of small hosters to list them.

In the spirit of the CHATONS "ChatonsInfos" properties files (file, organization, service, software, host), as
JSON. Only where the organisation's admin agreed (models.ServicePublication), and only the public parts of the
service inventory: name, address, status, software (with its version, when one was entered) and host. Never who
holds admin rights, where credentials are kept, backups or notes.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Router, Schema

from techpaten.inventory.models import Service

from ..models import ServicePublication
from ..problems import Problem

router = Router(tags=["public"])

# ChatonsInfos' service.status.level: OK for a running service, OVER for one that was switched off.
STATUS_RUNNING, STATUS_ENDED = "OK", "OVER"


class Named(Schema):
    name: str
    website: str | None = None


class ServiceStatus(Schema):
    level: str


class ServiceInfo(Schema):
    name: str
    website: str | None
    status: ServiceStatus


class SoftwareInfo(Schema):
    name: str | None
    version: str | None = Field(description="The version entered in the inventory; null when none was entered.")
    website: str | None


class HostInfo(Schema):
    name: str | None
    country: str | None


class ServiceEntry(Schema):
    service: ServiceInfo
    software: SoftwareInfo
    host: HostInfo


class ServiceDocument(Schema):
    file: dict[str, str]
    organization: Named
    services: list[ServiceEntry]


@router.get(
    "/engagements/{pk}/services.json",
    response={200: ServiceDocument, **dict.fromkeys((400, 404, 422, 429), Problem)},
    url_name="engagement_services",
    summary="An engagement's published services (ChatonsInfos-like)",
)
def engagement_services(request: HttpRequest, pk: int) -> dict[str, Any]:
    publication = ServicePublication.objects.select_related("engagement__organisation").filter(engagement_id=pk).first()
    if publication is None:
        raise Http404
    engagement = publication.engagement
    rows = Service.objects.filter(engagement=engagement).select_related("solution").order_by("name", "pk")
    return {
        "file": {
            "class": "services",
            "protocol": "ChatonsInfos-like JSON, Techpaten 1",
            "datetime": timezone.now().isoformat(timespec="seconds"),
        },
        "organization": {
            "name": engagement.organisation.name,
            "website": request.build_absolute_uri(reverse("organisations:detail", args=[engagement.organisation.slug])),
        },
        "services": [_entry(service) for service in rows],
    }


def _entry(service: Service) -> dict[str, Any]:
    solution = service.solution
    return {
        "service": {
            "name": service.name,
            "website": f"https://{service.domain}/" if service.domain else None,
            "status": {"level": STATUS_RUNNING if service.is_active else STATUS_ENDED},
        },
        "software": {
            "name": solution.software if solution is not None else None,
            "version": service.software_version or None,
            "website": (solution.project_url or None) if solution is not None else None,
        },
        "host": {"name": service.hoster or None, "country": service.country or None},
    }
