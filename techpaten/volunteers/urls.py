from __future__ import annotations

from django.urls import path

from . import views

app_name = "volunteers"
urlpatterns = [
    path("volunteer/profile/", views.edit_profile, name="edit_profile"),
    path("volunteers/<int:pk>/", views.detail, name="detail"),
]
