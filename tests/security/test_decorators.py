"""Decorators of views in one order everywhere: caching, then who (login), then how (the HTTP method), then the rest.

Two orders existed side by side (`@require_POST @login_required` and the reverse), so an anonymous GET of a
POST-only address answered 405 on some and the login page on others.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "techpaten"
ORDER = {
    "never_cache": 0,
    "login_required": 1,
    "verified_email_required": 1,
    "require_POST": 2,
    "require_GET": 2,
    "require_http_methods": 2,
}


def _name(decorator: ast.expr) -> str:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")


def test_view_decorators_come_in_one_order():
    wrong = []
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.FunctionDef):
                continue
            ranks = [ORDER.get(_name(d), 3) for d in node.decorator_list]
            if ranks != sorted(ranks):
                wrong.append(f"{path.relative_to(ROOT.parent)}: {node.name} {[_name(d) for d in node.decorator_list]}")
    assert wrong == []
