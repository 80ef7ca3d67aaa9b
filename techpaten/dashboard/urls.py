from __future__ import annotations

from django.urls import path

from . import views

urlpatterns = [
    path("me/", views.dashboard, name="dashboard"),
    path("me/offers/", views.my_offers, name="dashboard_offers"),
    path("me/waiting-offers/", views.incoming_offers, name="dashboard_incoming"),
    path("me/needs/", views.organisation_needs, name="dashboard_needs"),
    path("me/engagements/", views.engagements, name="dashboard_engagements"),
]
