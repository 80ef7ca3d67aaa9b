from __future__ import annotations

from django.urls import path

from . import feeds, views

app_name = "alerts"
urlpatterns = [
    path("saved-searches/", views.saved_list, name="list"),
    path("saved-searches/save/", views.save, name="save"),
    path("saved-searches/<int:pk>/change/", views.change, name="change"),
    path("saved-searches/<int:pk>/delete/", views.delete, name="delete"),
    path("saved-searches/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("saved-searches/unsubscribe/<str:token>/one-click/", views.one_click, name="one_click"),
    path("needs/feed.atom", feeds.needs_feed, name="feed"),
]
