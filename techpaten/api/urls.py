from __future__ import annotations

from django.urls import path

from . import views

app_name = "api_pages"

urlpatterns = [
    path("accounts/api-tokens/", views.tokens, name="tokens"),
    path("accounts/api-tokens/<int:pk>/revoke/", views.revoke, name="revoke"),
    path("engagements/<int:pk>/publish-services/", views.publish_services, name="publish_services"),
]
