"""Schemathesis against the API's own schema, in-process (WSGI), with all its checks: no server error, answers
that match the schema (status, content type, headers, body), invalid input refused, valid input accepted, no
operation that ignores its authentication, nothing readable after it was deleted.

Bounded and deterministic: a fixed number of examples per operation, derandomised, so it runs in well under two
minutes on either database.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from techpaten.api import tokens
from tests import factories

_django = get_wsgi_application()


def app(environ, start_response):
    """Django behind a server: werkzeug's test client leaves out the client address, which every server sets, and
    does not unpack gzip, which every HTTP client does (so the answers are asked for uncompressed)."""
    environ.setdefault("REMOTE_ADDR", "192.0.2.10")
    environ.pop("HTTP_ACCEPT_ENCODING", None)
    return _django(environ, start_response)


# 422 is the answer to input that is well formed by the schema but means nothing here: a postcode that does not
# exist, a use case slug nobody defined, sorting by distance without a postcode. The page's form says the same
# (needs.forms.NeedSearchForm); the schema cannot know the data, so for these operations a 422 counts as accepted.
CONFIG = SchemathesisConfig.from_str(
    """
[[operations]]
include-path-regex = "^/api/v1/(needs|knowledge|me/needs.*|me/offers)$"

[operations.checks.positive_data_acceptance]
expected-statuses = ["2xx", "3xx", "401", "403", "404", "409", "422", "429"]
"""
)
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app, config=CONFIG)

EXAMPLES = 8


@pytest.fixture
def _connections_kept():
    """As Django's test client does: a request must not close the connection that holds the test's transaction
    (on PostgreSQL the WSGI handler would close it at every request's start and end)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_world(_connections_kept, db, organisation, org_admin, volunteer, need, settings):
    """A listed need with an offer and a token for the organisation's admin, and generous rate limits."""
    settings.API_RATE_LIMITS = {"ip": "100000/m/ip", "token": "100000/m/key"}
    cache.clear()
    factories.make_offer(need, volunteer)
    _token, secret = tokens.create_token(org_admin, "schemathesis", "write")
    return {"Authorization": f"Bearer {secret}"}


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_the_api_keeps_the_promises_of_its_schema(case, api_world):
    case.call_and_validate(headers=api_world)
