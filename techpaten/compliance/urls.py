from __future__ import annotations

from django.urls import path

from .views import checklists, decisions, sets

app_name = "compliance"
urlpatterns = [
    # Checklists of a need and of an engagement (the organisation's members and the active team)
    path("needs/<int:pk>/checklist/", checklists.need_checklist, name="need_checklist"),
    path("needs/<int:pk>/checklist/print/", checklists.need_checklist_print, name="need_checklist_print"),
    path("needs/<int:pk>/checklist/context/", checklists.need_context, name="need_context"),
    path("needs/<int:pk>/checklist/<slug:code>/", checklists.mark_item, name="mark_item"),
    path("engagements/<int:pk>/checklist/", checklists.engagement_checklist, name="engagement_checklist"),
    # Requirement sets and requirements (public); reviewers approve a version
    path("requirements/", sets.listing, name="requirement_sets"),
    path("requirements/<int:pk>/", sets.detail, name="requirement_set"),
    path("requirements/<int:pk>/approve/", sets.approve, name="approve_set"),
    path("requirements/r/<slug:code>/", sets.requirement, name="requirement"),
    path("requirements/r/<slug:code>/sources/check/", sets.check_source, name="check_source"),
    # Guided decisions and plain words
    path("data-protection/", decisions.hub, name="hub"),
    path("data-protection/roles/", decisions.role_finder, name="role_finder"),
    path("engagements/<int:pk>/role/", decisions.store_role, name="store_role"),
    path("data-protection/liability/", decisions.liability, name="liability"),
    path("needs/<int:pk>/dsfa/", decisions.dsfa_screening, name="dsfa"),
]
