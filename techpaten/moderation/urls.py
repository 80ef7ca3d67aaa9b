from __future__ import annotations

from django.urls import path

from . import views

app_name = "moderation"
urlpatterns = [
    path("report/<slug:kind>/<int:pk>/", views.report, name="report"),
    path("moderation/", views.queue, name="queue"),
    path("moderation/reports/<int:pk>/", views.report_detail, name="report_detail"),
    path("moderation/audit/", views.audit, name="audit"),
    path("moderation/suspended/", views.suspended, name="suspended"),
    path("moderation/suspended/<int:pk>/lift/", views.lift_suspension, name="lift_suspension"),
]
