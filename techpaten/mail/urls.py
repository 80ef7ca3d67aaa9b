from __future__ import annotations

from django.urls import path

from . import views

app_name = "mail"
urlpatterns = [
    path("mail/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
