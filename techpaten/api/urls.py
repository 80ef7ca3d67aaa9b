from __future__ import annotations

from django.urls import path

from . import views

app_name = "api_tokens"

urlpatterns = [
    path("accounts/api-tokens/", views.tokens, name="tokens"),
    path("accounts/api-tokens/<int:pk>/revoke/", views.revoke, name="revoke"),
]
