"""The accessibility tests walk the small world of the security tests: every persona, one object of each kind."""

from __future__ import annotations

from tests.security.conftest import world  # noqa: F401  (the fixture, shared)
