from __future__ import annotations

from django.urls import path

from . import views

app_name = "costs"
urlpatterns = [
    path("organisations/<slug:slug>/costs/", views.organisation, name="organisation"),
    path("organisations/<slug:slug>/costs/pledge/", views.pledge, name="pledge"),
    path("organisations/<slug:slug>/costs/pledges/", views.pledges, name="pledges"),
    path("pledges/<int:pk>/confirm/", views.confirm_pledge, name="confirm_pledge"),
    path("pledges/confirm-address/<str:token>/", views.confirm_pledge_email, name="confirm_pledge_email"),
    path("pledges/<int:pk>/end/", views.end_pledge, name="end_pledge"),
    path("engagements/<int:pk>/costs/", views.engagement, name="engagement"),
    path("engagements/<int:pk>/costs/new/", views.create, name="create"),
    path("costs/<int:pk>/edit/", views.edit, name="edit"),
]
