"""A team of two for the engagement tests: Vera (the volunteer persona) leads, Kai joins on the same need."""

from __future__ import annotations

import pytest

from techpaten.engagements.models import Engagement

from .helpers import accept, make_volunteer


@pytest.fixture
def kai(db):
    return make_volunteer("kai@example.org", "Kai Backup")


@pytest.fixture
def team(need, volunteer, org_admin, kai) -> Engagement:
    """Vera leads, Kai is a member (and stays on the team when Vera leaves, so the engagement keeps running)."""
    engagement = accept(need, volunteer, org_admin)
    accept(need, kai, org_admin)
    return engagement
