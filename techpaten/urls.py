from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from techpaten.api.api import api

urlpatterns = [
    path("", include("techpaten.core.urls")),
    path("accounts/", include("techpaten.dashboard.urls")),
    path("accounts/", include("techpaten.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include("techpaten.organisations.urls")),
    path("", include("techpaten.volunteers.urls")),
    path("", include("techpaten.needs.urls")),
    path("", include("techpaten.alerts.urls")),
    path("", include("techpaten.offers.urls")),
    path("", include("techpaten.conversations.urls")),
    path("", include("techpaten.engagements.urls")),
    path("", include("techpaten.privacy.urls")),
    path("", include("techpaten.catalogue.urls")),
    path("", include("techpaten.compliance.urls")),
    path("", include("techpaten.paperwork.urls")),
    path("", include("techpaten.costs.urls")),
    path("", include("techpaten.inventory.urls")),
    path("", include("techpaten.meetings.urls")),
    path("", include("techpaten.feedback.urls")),
    path("", include("techpaten.knowledge.urls")),
    path("", include("techpaten.impact.urls")),
    path("", include("techpaten.api.urls")),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]
if settings.BENCHMARK:
    # The benchmark's no-op view (scripts/bench.py): only when BENCHMARK=1, so it has no permission-matrix row.
    urlpatterns.append(path("", include("techpaten.benchmark.urls")))

handler404 = "techpaten.core.views.page_not_found"
handler500 = "techpaten.core.db_outage.server_error"  # 503 page for a database outage, else our 500 page
