from __future__ import annotations

from django.urls import path

from . import views

app_name = "impact"
urlpatterns = [
    path("impact/", views.statistics, name="statistics"),
]
