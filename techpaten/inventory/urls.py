from __future__ import annotations

from django.urls import path

from . import views

app_name = "inventory"
urlpatterns = [
    path("organisations/<slug:slug>/services/", views.service_list, name="list"),
    path("organisations/<slug:slug>/services/new/", views.service_create, name="create"),
    path("organisations/<slug:slug>/services/handbook/", views.handbook_print, name="handbook"),
    path("organisations/<slug:slug>/services/handbook.md", views.handbook_markdown, name="handbook_markdown"),
    path("services/<int:pk>/", views.service_detail, name="detail"),
    path("services/<int:pk>/edit/", views.service_edit, name="edit"),
    path("services/<int:pk>/retire/", views.service_retire, name="retire"),
]
