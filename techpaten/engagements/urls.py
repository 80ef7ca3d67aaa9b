from __future__ import annotations

from django.urls import path

from . import views

app_name = "engagements"
urlpatterns = [
    path("engagements/<int:pk>/", views.detail, name="detail"),
    path("engagements/<int:pk>/status/", views.change_status, name="change_status"),
    path("engagements/<int:pk>/team/<int:member_pk>/role/", views.change_role, name="change_role"),
    path("engagements/<int:pk>/needs/<int:need_pk>/backup/", views.reopen_for_backup, name="reopen_for_backup"),
    path("engagements/<int:pk>/leave/", views.leave, name="leave"),
    path("engagements/<int:pk>/paid-work/new/", views.propose_paid_work, name="propose_paid_work"),
    path("engagements/<int:pk>/paid-work/<int:offer_pk>/answer/", views.answer_paid_work, name="answer_paid_work"),
    path(
        "engagements/<int:pk>/paid-work/<int:offer_pk>/withdraw/", views.withdraw_paid_work, name="withdraw_paid_work"
    ),
    path("engagements/<int:pk>/hours/new/", views.report_hours, name="report_hours"),
    path("engagements/<int:pk>/hours/<int:report_pk>/delete/", views.delete_hours, name="delete_hours"),
]
