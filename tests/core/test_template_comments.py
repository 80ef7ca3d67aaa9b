"""Django's `{# … #}` comment ends at the line's end: one spread over lines is sent to the browser as text, and
words like `<id>` in it become elements that swallow the rest of the form (a decline button inside the accept form)."""

from __future__ import annotations

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "techpaten"


def test_no_template_comment_spans_lines():
    spread = [
        f"{path.relative_to(TEMPLATES)}:{text[: found.start()].count(chr(10)) + 1}"
        for path in sorted(TEMPLATES.rglob("templates/**/*"))
        if path.is_file() and path.suffix in {".html", ".txt", ".xml"}
        for text in [path.read_text(encoding="utf-8")]
        for found in re.finditer(r"\{#(.*?)#\}", text, re.S)
        if "\n" in found.group(1)
    ]
    assert spread == []
