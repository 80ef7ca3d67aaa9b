from __future__ import annotations

from django.urls import path

from . import views

app_name = "meetings"
urlpatterns = [
    path("offers/<int:offer_pk>/meetings/propose/", views.propose, name="propose"),
    path("meetings/<int:pk>/confirm/", views.confirm, name="confirm"),
    path("meetings/<int:pk>/decline/", views.decline, name="decline"),
    path("meetings/<int:pk>/cancel/", views.cancel, name="cancel"),
    path("meetings/<int:pk>/kennenlernen.ics", views.ical, name="ical"),
]
