from __future__ import annotations

from django.urls import path

from . import views

app_name = "knowledge"
urlpatterns = [
    path("knowledge/", views.listing, name="list"),
    path("knowledge/new/", views.create, name="create"),
    path("knowledge/mine/", views.mine, name="mine"),
    path("knowledge/<slug:slug>/", views.detail, name="detail"),
    path("knowledge/<slug:slug>/edit/", views.edit, name="edit"),
    path("knowledge/<slug:slug>/publish/", views.publish, name="publish"),
    path("knowledge/<slug:slug>/helpful/", views.vote, name="vote"),
    path("knowledge/<slug:slug>/history/", views.history, name="history"),
    path("knowledge/<slug:slug>/history/compare/", views.compare, name="compare"),
    path("knowledge/<slug:slug>/history/<int:number>/", views.revision, name="revision"),
    path("knowledge/<slug:slug>/history/<int:number>/restore/", views.restore, name="restore"),
]
