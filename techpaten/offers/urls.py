from __future__ import annotations

from django.urls import path

from . import views

app_name = "offers"
urlpatterns = [
    path("needs/<int:need_pk>/offer/", views.create, name="create"),
    path("offers/<int:pk>/", views.detail, name="detail"),
    path("offers/<int:pk>/accept/", views.accept, name="accept"),
    path("offers/<int:pk>/decline/", views.decline, name="decline"),
    path("offers/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
]
