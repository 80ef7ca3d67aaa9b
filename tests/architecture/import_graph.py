"""The project's import graph, read from the source (AST): every import of every module, also inside functions.

Apps form layers (README, "How the code is laid out"). An app may import from its own layer or below, never from
above; no two apps import each other, directly or round a longer cycle; no app imports another app's views or
template tags. Templates count too: `{% load %}` only the app's own template tags or core's, and `{% include %}` /
`{% extends %}` only templates of the app itself, of apps below or beside it, or of the project.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "techpaten"
ROOT = Path(__file__).resolve().parents[2] / PACKAGE

# Lowest first. An app may import from its own layer and from the layers before it.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("infrastructure", frozenset({"core", "places", "mail", "taxonomy", "accounts"})),
    ("organisations and the catalogue", frozenset({"organisations", "catalogue"})),
    ("volunteers and needs", frozenset({"volunteers", "needs"})),
    ("saved searches, digests and feeds of needs", frozenset({"alerts"})),
    ("offers", frozenset({"offers"})),
    ("engagements", frozenset({"engagements"})),
    (
        "on top of engagements",
        frozenset(
            {"conversations", "meetings", "costs", "inventory", "feedback", "compliance", "paperwork", "vouches"}
        ),
    ),
    ("the knowledge base (articles about solutions, requirements and use cases)", frozenset({"knowledge"})),
    # The API sits beside privacy: privacy exports and deletes its tokens (api.privacy), the API reads statistics.
    (
        "flows, statistics, privacy, moderation, the start pages, the API",
        frozenset({"flows", "impact", "privacy", "moderation", "dashboard", "api"}),
    ),
    ("the demo and the benchmark's data", frozenset({"demo", "benchmark"})),
)
LAYER_OF = {app: index for index, (_name, apps) in enumerate(LAYERS) for app in apps}
# Modules of an app that no other app may import.
PRIVATE_MODULES = ("views", "templatetags")


@dataclass(frozen=True)
class Import:
    source: str  # the importing app
    target: str  # the imported app
    module: str  # the imported module, dotted, below the app (e.g. "access", "views.team")
    where: str  # file:line


def apps(root: Path = ROOT) -> list[str]:
    return sorted(p.name for p in root.iterdir() if (p / "__init__.py").exists() and (p / "apps.py").exists())


def _modules(node: ast.AST) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        # `from techpaten.x import views` imports the module techpaten.x.views: keep the name to see it.
        yield from (f"{node.module}.{alias.name}" for alias in node.names)


def python_imports(root: Path = ROOT) -> list[Import]:
    found = []
    known = set(apps(root))
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).parts
        if len(parts) < 2 or "migrations" in parts:
            continue  # the project modules (urls, settings) wire the apps together; migrations are history
        source = parts[0]
        # ast.walk sees every import: at the top, inside functions, under `if TYPE_CHECKING:`.
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            for dotted in _modules(node):
                names = dotted.split(".")
                if names[0] != PACKAGE or len(names) < 2 or names[1] == source or names[1] not in known:
                    continue
                where = f"{path.relative_to(root.parent)}:{node.lineno}"
                found.append(Import(source, names[1], ".".join(names[2:]), where))
    return found


_TAG = re.compile(r"{%\s*(load|include|extends)\s+([^%]*?)\s*%}")


def template_references() -> list[tuple[str, str, str, str]]:
    """(app, kind, name, where) for every {% load %}, {% include "…" %} and {% extends "…" %} in an app's templates."""
    found = []
    for path in sorted(ROOT.glob("*/templates/**/*")):
        if not path.is_file():
            continue
        app = path.relative_to(ROOT).parts[0]
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            for kind, argument in _TAG.findall(line):
                where = f"{path.relative_to(ROOT.parent)}:{number}"
                if kind == "load":
                    words = argument.split()
                    libraries = words[words.index("from") + 1 :] if "from" in words else words
                    found.extend((app, "load", library, where) for library in libraries)
                elif argument[:1] in "\"'":
                    found.append((app, kind, argument.split()[0].strip("\"'"), where))
    return found


def template_libraries() -> dict[str, str]:
    """Template tag library name → the app that defines it."""
    return {
        module.stem: module.relative_to(ROOT).parts[0]
        for module in ROOT.glob("*/templatetags/*.py")
        if module.stem != "__init__"
    }


def template_owner(name: str) -> str | None:
    """The app a template belongs to: the app whose templates folder holds it (None: the project's own)."""
    owners = sorted(p.relative_to(ROOT).parts[0] for p in ROOT.glob(f"*/templates/{name}"))
    return owners[0] if owners else None


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one app (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups
