from __future__ import annotations

from django.urls import path

from . import views

app_name = "vouches"
urlpatterns = [
    path("volunteers/<int:pk>/vouch/", views.edit, name="edit"),
    path("volunteers/<int:pk>/vouch/withdraw/", views.withdraw, name="withdraw"),
]
