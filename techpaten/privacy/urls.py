from __future__ import annotations

from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("my-data/", views.my_data, name="my_data"),
    path("my-data/download/", views.download, name="download"),
    path("delete-account/", views.delete_account, name="delete_account"),
    path("delete-account/hand-over/<slug:slug>/", views.hand_over, name="hand_over"),
]
