from __future__ import annotations

from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("impressum/", views.page, {"slug": "imprint"}, name="imprint"),
    path("datenschutz/", views.page, {"slug": "privacy"}, name="privacy"),
    path("language/", views.set_language, name="set_language"),
]
