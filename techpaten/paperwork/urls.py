from __future__ import annotations

from django.urls import path

from . import views

app_name = "paperwork"
urlpatterns = [
    path("engagements/<int:pk>/documents/", views.index, name="index"),
    path("engagements/<int:pk>/documents/details/", views.details, name="details"),
    path("engagements/<int:pk>/documents/<slug:kind>/", views.document, name="document"),
    path("engagements/<int:pk>/documents/<slug:kind>.<str:fmt>", views.download, name="download"),
]
