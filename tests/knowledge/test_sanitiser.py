"""Articles are written by many hands: whatever Markdown or HTML an author types, nothing executable reaches a reader.

Each payload is rendered by the article renderer (and the plain one core uses for pages and descriptions); the result
is parsed, and only the allowed tags and attributes may remain, with links to http, https, mailto or within the page.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from techpaten.core.markdown import ARTICLE_TAGS, render_article, render_markdown

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="data:text/html,<script>alert(1)</script>">',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="#" onclick="alert(1)">x</a>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<base href="javascript:/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<details open ontoggle=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    '<a href="jav&#x0A;ascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](java&#x09;script:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](%6Aavascript:alert(1))",
    "[x](  javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](vbscript:msgbox(1))",
    "[x](VBScript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](file:///etc/passwd)",
    "<javascript:alert(1)>",
    "[x]\n\n[x]: javascript:alert(1)",
    '[x](https://ok.example "title\\" onmouseover=\\"alert(1)")',
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![pixel](https://tracker.example/pixel.gif)",
    '![x" onerror="alert(1)](https://tracker.example/p.png)',
    "## Heading {onclick=alert(1)}\n\n# <img src=x onerror=alert(1)>",
    "`<script>alert(1)</script>` and\n\n```html\n<script>alert(1)</script>\n```",
    "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
]
ALLOWED_ATTRIBUTES = {"href", "title", "id", "rel"}
ALLOWED_SCHEMES = {"", "http", "https", "mailto"}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {name: value or "" for name, value in attrs}))


def _elements(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser.found


def test_the_corpus_is_big_enough():
    assert len(PAYLOADS) >= 30


@pytest.mark.parametrize("render", [lambda text: render_article(text).html, render_markdown], ids=["article", "page"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_nothing_executable_survives(render, payload):
    html = str(render(payload))
    for tag, attributes in _elements(html):
        assert tag in ARTICLE_TAGS, (tag, html)
        assert set(attributes) <= ALLOWED_ATTRIBUTES, (attributes, html)
        href = "".join(attributes.get("href", "").split()).lower()
        assert urlsplit(href).scheme in ALLOWED_SCHEMES, html
        assert "javascript:" not in href and "vbscript:" not in href and "data:" not in href, html
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<svg" not in lowered and "<iframe" not in lowered


def test_a_remote_image_becomes_a_link_and_is_never_loaded():
    html = render_article("![Klassenfoto](https://tracker.example/pixel.gif)").html
    assert "<img" not in html
    assert '<a href="https://tracker.example/pixel.gif" rel="noopener noreferrer nofollow">' in html
    assert "Klassenfoto" in html


def test_links_get_nofollow_and_noopener():
    html = render_article("[restic](https://restic.net/)").html
    assert html.strip() == '<p><a href="https://restic.net/" rel="noopener noreferrer nofollow">restic</a></p>'


def test_headings_get_unique_anchors_and_h1_becomes_h2():
    rendered = render_article("# Backup\n\n## Backup\n\n### Prüfen & testen\n\n#### Klein")
    assert '<h2 id="h-backup">Backup</h2>' in rendered.html
    assert '<h2 id="h-backup-2">Backup</h2>' in rendered.html
    assert '<h3 id="h-prufen-testen">Prüfen &amp; testen</h3>' in rendered.html
    assert [(h.level, h.anchor, h.text) for h in rendered.headings] == [
        (2, "h-backup", "Backup"),
        (2, "h-backup-2", "Backup"),
        (3, "h-prufen-testen", "Prüfen & testen"),
    ]


def test_code_blocks_keep_their_text_escaped():
    html = render_article("```bash\nrestic -r /srv/backup check && echo '<ok>'\n```").html
    assert "<pre><code>restic -r /srv/backup check &amp;&amp; echo '&lt;ok&gt;'\n</code></pre>" in html
