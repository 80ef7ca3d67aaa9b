from __future__ import annotations

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    # allauth keeps its rate limits (e.g. one confirmation mail per address every few minutes) in the cache.
    cache.clear()
    yield
    cache.clear()
