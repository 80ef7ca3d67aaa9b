"""Model instances → the API's data (schemas.py). Only public fields; contact details have no place here."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from techpaten.catalogue.models import Review, Solution
from techpaten.compliance.models import RequirementSet
from techpaten.conversations import services as conversations
from techpaten.conversations.models import Message
from techpaten.core.markdown import render_article
from techpaten.knowledge.models import Article
from techpaten.needs import services as needs
from techpaten.needs.models import Need
from techpaten.offers import services as offers
from techpaten.offers.models import Offer
from techpaten.organisations.models import Organisation
from techpaten.taxonomy.models import Term


def term(value: Term) -> dict[str, str]:
    return {"slug": value.slug, "name": value.name}


def organisation_ref(organisation: Organisation) -> dict[str, Any]:
    return {
        "slug": organisation.slug,
        "name": organisation.name,
        "plz": organisation.plz,
        "town": organisation.town,
        "sector": organisation.sector.name,
    }


def organisation(value: Organisation) -> dict[str, Any]:
    return {
        "slug": value.slug,
        "name": value.name,
        "sector": term(value.sector),
        "description": value.description,
        "plz": value.plz,
        "town": value.town,
        "url": reverse("organisations:detail", args=[value.slug]),
    }


def need_summary(need: Need) -> dict[str, Any]:
    distance = getattr(need, "distance", None)
    return {
        "id": need.pk,
        "title": need.title,
        "status": need.status,
        "remote_ok": need.remote_ok,
        "published_at": need.published_at,
        "summary": need.summary,  # type: ignore[attr-defined]  # annotated by needs.queries.with_row_data
        "organisation": organisation_ref(need.organisation),
        "use_cases": [term(use_case) for use_case in need.use_cases.all()],
        "distance_km": round(distance, 1) if distance is not None else None,
        "url": reverse("needs:detail", args=[need.pk]),
    }


def need(value: Need) -> dict[str, Any]:
    return {
        "id": value.pk,
        "title": value.title,
        "description": value.description,
        "status": value.status,
        "kind": value.kind,
        "size": value.size,
        "urgency": value.urgency,
        "remote_ok": value.remote_ok,
        "monthly_budget_cents": value.monthly_budget_cents,
        "published_at": value.published_at,
        "organisation": organisation_ref(value.organisation),
        "use_cases": [term(use_case) for use_case in value.use_cases.all()],
        "skills": [term(skill) for skill in value.skills.all()],
        "url": reverse("needs:detail", args=[value.pk]),
    }


def solution_summary(value: Solution) -> dict[str, Any]:
    return {
        "slug": value.slug,
        "name": value.display_name,
        "software": value.software,
        "summary": value.summary,
        "eu_hosting": value.eu_hosting,
        "cost_min_cents": value.cost_min_cents,
        "cost_max_cents": value.cost_max_cents,
        "project_url": value.project_url,
        "url": reverse("catalogue:detail", args=[value.slug]),
    }


def review(value: Review) -> dict[str, Any]:
    return {
        "status": value.current_status,
        "reviewer_name": value.reviewer_name,
        "reviewer_qualification": value.reviewer_qualification,
        "reviewed_on": value.reviewed_on,
        "valid_until": value.valid_until,
        "scope": value.scope,
        "findings": value.findings,
        "profile": value.profile.display_name if value.profile is not None else None,
    }


def requirement_set_summary(value: RequirementSet) -> dict[str, Any]:
    return {
        "id": value.pk,
        "sector": term(value.sector),
        "use_case": term(value.use_case),
        "version": value.version,
        "status": value.status,
        "approved_by_name": value.approved_by_name,
        "approved_at": value.approved_at,
        "url": reverse("compliance:requirement_set", args=[value.pk]),
    }


def offer(value: Offer) -> dict[str, Any]:
    need_value = value.need
    return {
        "id": value.pk,
        "need": {
            "id": need_value.pk,
            "title": need_value.title,
            "status": need_value.status,
            "organisation": organisation_ref(need_value.organisation),
        },
        "status": value.status,
        "message": value.message,
        "hours_per_month": value.hours_per_month,
        "created_at": value.created_at,
        "expires_at": value.expires_at,
        "decided_at": value.decided_at,
        "decision_message": value.decision_message,
        "volunteer": value.volunteer.display_name if value.volunteer is not None else "",
    }


def offer_detail(value: Offer, user: Any) -> dict[str, Any]:
    """With what `user` may do now, asked of the offer and conversation rules (as the offer page does)."""
    return {
        **offer(value),
        "may_withdraw": offers.may(user, value, "withdraw"),
        "may_accept": offers.may(user, value, "accept"),
        "may_decline": offers.may(user, value, "decline"),
        "may_write": conversations.may_post(user, value),
    }


def message(value: Message, user: Any) -> dict[str, Any]:
    return {
        "id": value.pk,
        "author": value.author.display_name if value.author is not None else "",
        "mine": value.author_id == user.pk,
        "body": value.body,
        "created_at": value.created_at,
    }


def member_need(value: Need) -> dict[str, Any]:
    return {**need(value), "allowed_actions": needs.allowed_actions(value)}


def article_summary(value: Article) -> dict[str, Any]:
    """What a row of the knowledge base's list shows (knowledge/_summary.html)."""
    return {
        "slug": value.slug,
        "title": value.title,
        "summary": value.summary,
        "author": value.author.display_name if value.author is not None else None,
        "published_at": value.published_at,
        "updated_at": value.updated_at,
        "helpful_count": value.helpful_count,
        "use_cases": [term(use_case) for use_case in value.use_cases.all()],
        "url": reverse("knowledge:detail", args=[value.slug]),
    }


def article(value: Article) -> dict[str, Any]:
    """What the article page shows: the text rendered and sanitised as there (core.markdown), and its source."""
    return {
        **article_summary(value),
        "body_markdown": value.body,
        "body_html": str(render_article(value.body).html),
        "solutions": [{"slug": s.slug, "name": s.display_name} for s in value.solutions.order_by("position", "name")],
        "requirements": [{"code": r.code, "title": r.title} for r in value.requirements.order_by("position", "code")],
        "sectors": [term(sector) for sector in value.sectors.all()],
        "skills": [term(skill) for skill in value.skills.all()],
        "tags": [tag.name for tag in value.tags.all()],
    }
