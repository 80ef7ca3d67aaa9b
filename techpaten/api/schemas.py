"""What the API returns and takes: typed schemas, from which django-ninja writes the OpenAPI document.

Nothing here holds an organisation's contact details: they are never part of the API before a match, and the
organisation's public schema has no field for them at all.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from ninja import Field, Schema


class Term(Schema):
    slug: str
    name: str


class OrganisationRef(Schema):
    slug: str
    name: str
    plz: str
    town: str
    sector: str


class Organisation(Schema):
    slug: str
    name: str
    sector: Term
    description: str
    plz: str
    town: str
    url: str


class NeedSummary(Schema):
    id: int
    title: str
    status: str
    remote_ok: bool
    published_at: datetime | None
    summary: str
    organisation: OrganisationRef
    use_cases: list[Term]
    distance_km: float | None = None
    url: str


class Need(Schema):
    id: int
    title: str
    description: str
    status: str
    kind: str
    size: str
    urgency: str
    remote_ok: bool
    monthly_budget_cents: int
    published_at: datetime | None
    organisation: OrganisationRef
    use_cases: list[Term]
    skills: list[Term]
    url: str


class Review(Schema):
    status: str
    reviewer_name: str
    reviewer_qualification: str
    reviewed_on: date | None
    valid_until: date | None
    scope: str
    findings: str
    profile: str | None


class SolutionSummary(Schema):
    slug: str
    name: str
    software: str
    summary: str
    eu_hosting: bool
    cost_min_cents: int
    cost_max_cents: int
    project_url: str
    url: str


class Solution(SolutionSummary):
    hosting_notes: str
    use_cases: list[Term]
    sectors: list[Term]
    reviews: list[Review]


class RequirementSetSummary(Schema):
    id: int
    sector: Term
    use_case: Term
    version: int
    status: str
    approved_by_name: str
    approved_at: datetime | None
    url: str


class RequirementItem(Schema):
    code: str
    title: str
    level: str
    legal_basis: str


class RequirementSet(RequirementSetSummary):
    notes: str
    requirements: list[RequirementItem]
    versions: list[RequirementSetSummary]


class Bar(Schema):
    label: str
    value: int


class MonthHours(Schema):
    month: date
    hours: str


class Statistics(Schema):
    organisations_helped: int
    active_engagements: int
    organisations_per_sector: list[Bar]
    active_engagements_per_sector: list[Bar]
    hours_per_month: list[MonthHours]
    services_running: int
    monthly_costs_cents: int
    monthly_costs_covered_cents: int
    monthly_costs_open_cents: int


class ArticleSummary(Schema):
    slug: str
    title: str
    summary: str
    author: str | None = Field(description="The author's display name; null once the account is deleted.")
    published_at: datetime | None
    updated_at: datetime
    helpful_count: int = Field(description="How many readers found it helpful (as the article page shows).")
    use_cases: list[Term]
    url: str


class SolutionRef(Schema):
    slug: str
    name: str


class RequirementRef(Schema):
    code: str
    title: str


class Article(ArticleSummary):
    body_markdown: str = Field(description="The text as written, in Markdown.")
    body_html: str = Field(description="The text as the article page shows it: rendered and sanitised HTML.")
    solutions: list[SolutionRef]
    requirements: list[RequirementRef]
    sectors: list[Term]
    skills: list[Term]
    tags: list[str]


# --- with a token ---------------------------------------------------------------------------------------------------


class NeedRef(Schema):
    id: int
    title: str
    status: str
    organisation: OrganisationRef


class Offer(Schema):
    id: int
    need: NeedRef
    status: str
    message: str
    hours_per_month: int | None
    created_at: datetime
    expires_at: datetime
    decided_at: datetime | None
    decision_message: str
    volunteer: str


class OfferDetail(Offer):
    """What the person may do with it now: asked of the same rules as the offer page (offers.services.may)."""

    may_withdraw: bool
    may_accept: bool
    may_decline: bool
    may_write: bool


class Message(Schema):
    id: int
    author: str
    mine: bool
    body: str
    created_at: datetime


class MemberNeed(Need):
    allowed_actions: list[str]


class OfferIn(Schema):
    need_id: int = Field(ge=1, le=2**63 - 1)
    message: str = Field(max_length=3000)
    hours_per_month: int | None = Field(None, ge=1, le=160)


class MessageIn(Schema):
    body: str = Field(max_length=5000)


class AnswerIn(Schema):
    message: str = Field("", max_length=2000)


class NeedIn(Schema):
    """The fields of the need form (needs.forms.NeedForm), which checks them; terms by slug."""

    title: str = Field(max_length=120)
    description: str = Field(max_length=5000)
    use_cases: list[str] = Field(min_length=1, max_length=50)
    skills: list[str] = Field([], max_length=50)
    kind: Literal["one_off", "ongoing"] = "one_off"
    size: Literal["small", "medium", "large"] = "small"
    urgency: Literal["low", "normal", "high"] = "normal"
    remote_ok: bool = False
    monthly_budget_cents: int = Field(0, ge=0, le=10_000_000)


class NewNeedIn(NeedIn):
    organisation: str
    publish: bool = False


class StatusIn(Schema):
    action: Literal["publish", "mark_matched", "reopen", "close"]


# --- pages of a list: `next` and `previous` are absolute links, None at either end ----------------------------------


class PageInfo(Schema):
    count: int
    more_than_count: bool
    next: str | None
    previous: str | None


class NeedPage(PageInfo):
    results: list[NeedSummary]


class OrganisationPage(PageInfo):
    results: list[Organisation]


class SolutionPage(PageInfo):
    results: list[SolutionSummary]


class RequirementSetPage(PageInfo):
    results: list[RequirementSetSummary]


class OfferPage(PageInfo):
    results: list[Offer]


class MessagePage(PageInfo):
    results: list[Message]


class ArticlePage(PageInfo):
    results: list[ArticleSummary]


class MemberNeedPage(PageInfo):
    results: list[MemberNeed]
