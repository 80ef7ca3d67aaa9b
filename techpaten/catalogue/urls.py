from __future__ import annotations

from django.urls import path

from . import views

app_name = "catalogue"
urlpatterns = [
    path("solutions/", views.listing, name="list"),
    path("solutions/<slug:slug>/", views.detail, name="detail"),
    path("solutions/<slug:slug>/reviews/new/", views.review_create, name="review_create"),
    path("reviews/<int:pk>/edit/", views.review_edit, name="review_edit"),
]
