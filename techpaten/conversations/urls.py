from __future__ import annotations

from django.urls import path

from . import views

app_name = "conversations"
urlpatterns = [
    path("offers/<int:offer_pk>/messages/", views.post_message, name="post"),
    path("messages/", views.inbox_view, name="inbox"),
]
