"""Fail when the German catalogue is out of step with the code: a string the code marks for translation that the
catalogue lacks, a catalogue entry without (or with a fuzzy) translation, or a gettext call inside an f-string.

xgettext never sees a call inside an f-string (`f"{_('Yes')} …"`): the string is not extracted, so it stays English
in every language. Such calls are found by walking the syntax tree of every module.

Runs `makemessages` on a throw-away copy of the project, so the working tree is never touched.
Fix with: python scripts/update_translations.py, then translate what it lists in techpaten/locale/de/.../django.po.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = Path("techpaten") / "locale" / "de" / "LC_MESSAGES" / "django.po"


# The names the project's modules import the gettext functions under.
GETTEXT_NAMES = frozenset(
    {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy", "npgettext"}
)


def _called_name(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name):
            return node.func.id
        if isinstance(node.func, ast.Attribute):
            return node.func.attr
    return ""


def gettext_in_fstrings(source: str, filename: str = "<string>") -> list[str]:
    """Every gettext call inside an f-string of `source`, as "file:line: name(...)"."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for part in node.values:
            for inner in ast.walk(part):
                name = _called_name(inner)
                if name in GETTEXT_NAMES:
                    found.append(f"{filename}:{inner.lineno}: {name}() inside an f-string is never extracted")
    return found


def fstring_problems(root: Path) -> list[str]:
    problems: list[str] = []
    for path in sorted((root / "techpaten").rglob("*.py")):
        problems += gettext_in_fstrings(path.read_text(encoding="utf-8"), str(path.relative_to(root)))
    return problems


def msgids(po: polib.POFile) -> set[tuple[str, str]]:
    return {(entry.msgctxt or "", entry.msgid) for entry in po if not entry.obsolete}


def main() -> int:
    if shutil.which("xgettext") is None:
        print("check_messages: GNU gettext is missing (apt-get install gettext)")
        return 1
    committed = polib.pofile(str(ROOT / CATALOGUE))
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(
            ROOT / "techpaten", Path(tmp) / "techpaten", ignore=shutil.ignore_patterns("__pycache__", "*.mo")
        )
        shutil.copy(ROOT / "manage.py", tmp)
        subprocess.run(
            [sys.executable, "manage.py", "makemessages", "-l", "de", "--no-location"],
            cwd=tmp, env={**os.environ, "DEBUG": "1"}, check=True, capture_output=True,
        )  # fmt: skip
        fresh = polib.pofile(str(Path(tmp) / CATALOGUE))
    problems = [f"not in the catalogue: {msgid!r}" for _ctx, msgid in sorted(msgids(fresh) - msgids(committed))]
    problems += [f"untranslated: {e.msgid!r}" for e in committed.untranslated_entries() if not e.obsolete]
    problems += [f"fuzzy: {e.msgid!r}" for e in committed.fuzzy_entries() if not e.obsolete]
    problems += fstring_problems(ROOT)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problems; run scripts/update_translations.py and translate")
        return 1
    print(f"translations complete: {len(msgids(committed))} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
