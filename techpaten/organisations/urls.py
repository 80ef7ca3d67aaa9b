from __future__ import annotations

from django.urls import path

from . import verification_views, views

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
    path("organisations/<slug:slug>/verification/", verification_views.overview, name="verification"),
    path(
        "organisations/<slug:slug>/verification/mail/",
        verification_views.start_mail,
        name="start_verification_mail",
    ),
    path(
        "organisations/<slug:slug>/verification/document/",
        verification_views.verify_by_document,
        name="verify_by_document",
    ),
    path(
        "organisations/<slug:slug>/verification/<int:pk>/revoke/",
        verification_views.revoke,
        name="revoke_verification",
    ),
    path("organisations/<slug:slug>/vouch/", verification_views.vouch, name="vouch"),
    path("verify/<str:token>/", verification_views.confirm, name="confirm_verification"),
]
