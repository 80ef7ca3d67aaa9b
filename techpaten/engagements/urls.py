from __future__ import annotations

from django.urls import path

from . import views

app_name = "engagements"
urlpatterns = [
    path("engagements/<int:pk>/", views.detail, name="detail"),
]
