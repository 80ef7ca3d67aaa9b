from __future__ import annotations

import copy
from pathlib import Path

import pytest

TEMPLATE = "mail/test_greeting"


@pytest.fixture(autouse=True)
def mail_test_templates(settings):
    """Adds tests/mail/templates, which holds the small `mail/test_greeting_*` templates."""
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], Path(__file__).parent / "templates"]
    settings.TEMPLATES = templates


@pytest.fixture(autouse=True)
def test_greeting_kind(monkeypatch):
    """The test templates' kind, registered for these tests only (the real registry must not name it)."""
    from techpaten.mail import kinds

    monkeypatch.setitem(kinds.REGISTRY, TEMPLATE, kinds.MailKind(TEMPLATE, "Test greeting", kinds.MESSAGES))
