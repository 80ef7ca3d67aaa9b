"""Markdown to safe HTML: markdown-it-py renders, nh3 keeps only harmless tags and attributes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import nh3
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language, gettext
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token

_md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote",
    "a", "table", "thead", "tbody", "tr", "th", "td", "hr",
}  # fmt: skip


def render_markdown(text: str) -> SafeString:
    return mark_safe(_render(text or ""))  # nh3 cleaned it


@lru_cache(maxsize=512)
def _render(text: str) -> str:
    # A pure function of the text: pages and descriptions are rendered once per process, not once per request.
    html = _md.render(text)
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    return clean


# Articles (the knowledge base): headings get anchors for a table of contents, "#" becomes h2 (the page's title is
# the only h1), and an image is never loaded (no request to a third party, no tracking pixel): it becomes a link.
ARTICLE_TAGS = ALLOWED_TAGS | {"h5", "h6", "del", "s"}
ARTICLE_ATTRIBUTES = {"a": {"href", "title"}, **{f"h{level}": {"id"} for level in range(2, 7)}}
TOC_LEVELS = ("h2", "h3")


@dataclass(frozen=True)
class Heading:
    level: int
    anchor: str
    text: str


@dataclass(frozen=True)
class RenderedArticle:
    html: SafeString
    headings: tuple[Heading, ...]


def _image_as_link(self: Any, tokens: list[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    source = str(token.attrGet("src") or "")
    alt = self.renderInline(token.children or [], options, env) if token.children else ""
    label = gettext("Image (not loaded): %(description)s") % {"description": alt or escapeHtml(source)}
    return f'<a href="{escapeHtml(source)}">{label}</a>'


_article_md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable(["table", "strikethrough"])
_article_md.add_render_rule("image", _image_as_link)


def render_article(text: str) -> RenderedArticle:
    html, headings = _render_article(text or "", get_language() or "de")
    return RenderedArticle(mark_safe(html), headings)  # nh3 cleaned it


@lru_cache(maxsize=256)
def _render_article(text: str, language: str) -> tuple[str, tuple[Heading, ...]]:
    # Cached per language: the placeholder of an image is translated.
    tokens = _article_md.parse(text)
    headings: list[Heading] = []
    used: dict[str, int] = {}
    for index, token in enumerate(tokens):
        if token.type not in ("heading_open", "heading_close"):
            continue
        if token.tag == "h1":
            token.tag = "h2"
        if token.type == "heading_close":
            continue
        title = "".join(child.content for child in (tokens[index + 1].children or []) if child.type != "softbreak")
        base = "h-" + (slugify(title)[:60] or "section")
        used[base] = used.get(base, 0) + 1
        anchor = base if used[base] == 1 else f"{base}-{used[base]}"
        token.attrSet("id", anchor)
        if token.tag in TOC_LEVELS:
            headings.append(Heading(int(token.tag[1]), anchor, title))
    html = _article_md.renderer.render(tokens, _article_md.options, {})
    clean = nh3.clean(
        html,
        tags=ARTICLE_TAGS,
        attributes=ARTICLE_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    return clean, tuple(headings)
