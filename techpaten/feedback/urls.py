from __future__ import annotations

from django.urls import path

from . import views

app_name = "feedback"
urlpatterns = [
    path("needs/<int:need_pk>/review/volunteer/<int:user_pk>/", views.review_volunteer, name="review_volunteer"),
    path("needs/<int:need_pk>/review/organisation/", views.review_organisation, name="review_organisation"),
    path("feedback/<int:pk>/reply/", views.reply, name="reply"),
]
