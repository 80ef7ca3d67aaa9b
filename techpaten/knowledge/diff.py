"""The difference between two revisions, line by line, for the compare page.

Each changed line says what happened in words and signs, not only in colour: removed lines are `<del>` and start
with a minus sign, added lines are `<ins>` and start with "+", and the template adds a visually hidden "removed:" or
"added:" for screen readers. Unchanged lines around a change give context; long unchanged stretches are left out.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

CONTEXT_LINES = 3

SAME = "same"
REMOVED = "removed"
ADDED = "added"


@dataclass(frozen=True)
class Line:
    kind: str  # SAME, REMOVED, ADDED
    text: str
    old_number: int | None
    new_number: int | None


@dataclass(frozen=True)
class Hunk:
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class FieldDiff:
    name: str
    hunks: tuple[Hunk, ...]

    @property
    def changed(self) -> bool:
        return bool(self.hunks)


def hunks(old: str, new: str, context: int = CONTEXT_LINES) -> tuple[Hunk, ...]:
    old_lines, new_lines = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    found = []
    for group in matcher.get_grouped_opcodes(context):
        lines: list[Line] = []
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines.extend(Line(SAME, old_lines[i], i + 1, j1 + i - i1 + 1) for i in range(i1, i2))
                continue
            lines.extend(Line(REMOVED, old_lines[i], i + 1, None) for i in range(i1, i2))
            lines.extend(Line(ADDED, new_lines[j], None, j + 1) for j in range(j1, j2))
        found.append(Hunk(tuple(lines)))
    return tuple(found)


def compare(old: dict[str, str], new: dict[str, str]) -> list[FieldDiff]:
    """Per field (title, summary, body): the hunks that changed, in the order given."""
    return [FieldDiff(name, hunks(old[name], new[name])) for name in old]
