"""The registry of mail kinds (techpaten/mail/kinds.py) names every mail the platform sends, and nothing else."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from django.template.loader import get_template

from techpaten.mail import kinds, outbox

ROOT = Path(__file__).resolve().parents[2] / "techpaten"
KIND_LITERAL = re.compile(r"^(mail|account/email)/[a-z_]*[a-z]$")  # not an f-string's head ("mail/offer_")


@pytest.fixture(autouse=True)
def test_greeting_kind():
    """The real registry only here: not the test greeting that tests/mail/conftest.py adds for the other tests."""


def template_kinds() -> set[str]:
    """Every mail template set in the source: `mail/<name>_subject.txt` and allauth's `account/email/<name>_…`."""
    found = set()
    for path in ROOT.rglob("*_subject.txt"):
        parts = path.relative_to(ROOT).parts
        templates = parts.index("templates")
        found.add("/".join(parts[templates + 1 :]).removesuffix("_subject.txt"))
    return found


def kind_literals() -> tuple[set[str], set[str]]:
    """String literals and f-string prefixes in the code that name a mail kind (outside the registry itself)."""
    literals, prefixes = set(), set()
    for path in ROOT.rglob("*.py"):
        if path == ROOT / "mail" / "kinds.py" or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and KIND_LITERAL.match(node.value):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                head = str(node.values[0].value)
                if head.startswith("mail/") and head != "mail/" and len(node.values) == 2:
                    prefixes.add(head)
    return literals, prefixes


def test_every_mail_template_has_a_registered_kind():
    assert sorted(template_kinds() - set(kinds.REGISTRY)) == []


def test_every_send_call_names_a_registered_kind():
    literals, prefixes = kind_literals()
    assert sorted(literals - set(kinds.REGISTRY)) == []
    assert [p for p in prefixes if not any(name.startswith(p) for name in kinds.REGISTRY)] == []


def test_every_registered_kind_is_sent_somewhere_and_has_its_templates():
    literals, prefixes = kind_literals()
    ours = template_kinds()
    unused = []
    for name in kinds.REGISTRY:
        get_template(f"{name}_subject.txt")
        if name.startswith("account/email/"):
            # allauth sends these (accounts.adapter); the project's own templates show they are in use.
            used = name in ours
        else:
            used = name in literals or any(name.startswith(prefix) for prefix in prefixes)
        if not used:
            unused.append(name)
    assert unused == []


def test_optional_mails_extend_the_base_that_carries_the_unsubscribe_link():
    for kind in kinds.KINDS:
        if kind.optional:
            for suffix in ("_body.txt", "_body.html"):
                source = Path(get_template(kind.name + suffix).origin.name).read_text(encoding="utf-8")
                assert source.startswith('{% extends "mail/base_body'), kind.name + suffix


def test_a_mail_of_an_unknown_kind_is_refused(db):
    with pytest.raises(kinds.UnknownKind, match=r"kinds\.py"):
        outbox.send("mail/never_registered", "a@example.org", {}, language="de")


def test_every_kind_has_a_label_and_digest_only_for_optional_kinds():
    for kind in kinds.KINDS:
        assert str(kind.label)
        assert not (kind.required and kind.digest), kind.name
    assert len(kinds.REGISTRY) == len(kinds.KINDS)
