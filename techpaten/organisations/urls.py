from __future__ import annotations

from django.urls import path

from . import views

app_name = "organisations"
urlpatterns = [
    path("organisations/new/", views.create, name="create"),
    path("organisations/<slug:slug>/", views.detail, name="detail"),
    path("organisations/<slug:slug>/edit/", views.edit, name="edit"),
    path("organisations/<slug:slug>/members/", views.members, name="members"),
    path("organisations/<slug:slug>/members/invite/", views.invite, name="invite"),
    path("organisations/<slug:slug>/members/<int:membership_id>/remove/", views.remove_member, name="remove_member"),
    path("organisations/<slug:slug>/members/<int:membership_id>/role/", views.change_role, name="change_role"),
    path("invitations/<str:token>/", views.accept_invitation, name="accept_invitation"),
]
