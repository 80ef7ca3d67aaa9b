from __future__ import annotations

from django.urls import path

from . import views

app_name = "needs"
urlpatterns = [
    path("needs/", views.listing, name="list"),
    path("needs/for-you/", views.for_you, name="for_you"),
    path("needs/<int:pk>/", views.detail, name="detail"),
    path("needs/<int:pk>/edit/", views.edit, name="edit"),
    path("needs/<int:pk>/status/", views.change_status, name="change_status"),
    path("organisations/<slug:slug>/needs/new/", views.create, name="create"),
]
