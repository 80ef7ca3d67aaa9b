from __future__ import annotations

from django.urls import path

from . import views

urlpatterns = [
    path("settings/", views.account_settings, name="account_settings"),
    path("kept-form/", views.resend_kept_form, name="account_kept_form"),
    # Before allauth's own (same path and name): says when a re-sent confirmation mail was held back.
    path("email/", views.email, name="account_email"),
]
