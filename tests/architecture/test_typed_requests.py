"""Views behind a login take the typed request (accounts.http.AuthenticatedHttpRequest), so `request.user` is a
User for the type checker: no `Any`, no casts, no ignores where a view reads the person (issue 10)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "techpaten"
LOGIN_DECORATORS = {"login_required", "verified_email_required"}


def _decorator_name(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    return target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")


def test_every_view_behind_a_login_takes_the_authenticated_request_type():
    untyped = []
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef):
                continue
            if not {_decorator_name(d) for d in node.decorator_list} & LOGIN_DECORATORS:
                continue
            annotation = node.args.args[0].annotation if node.args.args else None
            if annotation is None or ast.unparse(annotation) != "AuthenticatedHttpRequest":
                untyped.append(f"{path.relative_to(ROOT)}: {node.name}")
    assert untyped == []


def test_the_check_finds_views_at_all():
    # Guards the test above against walking an empty tree or missing the decorator by a rename.
    found = sum(
        1
        for path in ROOT.rglob("views*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and {_decorator_name(d) for d in node.decorator_list} & LOGIN_DECORATORS
    )
    assert found > 40
