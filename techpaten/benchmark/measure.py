"""What the benchmark measures besides speed: queries per page, HTML bytes, first-load bytes; and its table.

Speed comes from wrk (`scripts/bench.py`); everything here also runs in-process against Django's test client, so the
test suite checks it at a tiny size (tests/benchmark/). Timing is reported, never asserted.
"""

from __future__ import annotations

import gzip
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

# (status, headers with lower-case names, body as transferred) for a GET of `path` with the given Cookie header.
Fetch = Callable[[str, str], tuple[int, dict[str, str], bytes]]
ACCEPT_ENCODING = "gzip, br"  # what browsers send; compressed answers count as transferred


@dataclass
class Result:
    key: str
    label: str
    path: str | None
    status: int = 0
    queries: int | None = None
    html_bytes: int | None = None
    transferred_bytes: int | None = None  # the HTML as sent with Accept-Encoding (equal when not compressed)
    first_load_bytes: int | None = None
    assets: list[str] = field(default_factory=list)
    requests_per_second: float | None = None
    p50_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None
    errors: int = 0
    note: str = ""


def count_queries(path: str, cookie: str = "") -> tuple[int, int, bytes]:
    """(status, number of SQL queries, HTML) of one GET through the whole stack, in this process."""
    client = Client(HTTP_COOKIE=cookie) if cookie else Client()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response.status_code, len(queries.captured_queries), response.content


class _Assets(HTMLParser):
    """Same-origin stylesheets, scripts, icons and images a page references."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and (values.get("rel") or "").lower() in {"stylesheet", "icon", "shortcut icon", "preload"}:
            self.urls.append(values.get("href") or "")
        elif tag in {"script", "img"} and values.get("src"):
            self.urls.append(values["src"] or "")


CSS_URL = re.compile(rb"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def _local(base: str, url: str) -> str | None:
    """The path of a same-origin URL (no third-party request is ever counted, or made), else None."""
    if not url or url.startswith(("data:", "#")):
        return None
    absolute = urlsplit(urljoin(f"http://self{base}", url))
    if absolute.netloc != "self":
        return None
    return absolute.path + (f"?{absolute.query}" if absolute.query else "")


def decoded(headers: dict[str, str], body: bytes) -> bytes:
    return gzip.decompress(body) if headers.get("content-encoding") == "gzip" else body


def first_load(fetch: Fetch, path: str, cookie: str = "") -> tuple[int, int, int, list[str]]:
    """(status, HTML bytes as transferred, first-load bytes, assets): the page plus everything it pulls in once.

    Stylesheets are read for their own url(…) references (fonts, images). Each asset counts once.
    """
    status, headers, body = fetch(path, cookie)
    html = decoded(headers, body)
    parser = _Assets()
    parser.feed(html.decode("utf-8", "replace"))
    total = len(body)
    seen: list[str] = []
    queue = [(path, url) for url in parser.urls]
    while queue:
        base, url = queue.pop(0)
        local = _local(base, url)
        if local is None or local in seen:
            continue
        seen.append(local)
        _status, asset_headers, asset = fetch(local, cookie)
        total += len(asset)
        if local.split("?")[0].endswith(".css"):
            queue += [(local, match.decode()) for match in CSS_URL.findall(decoded(asset_headers, asset))]
    return status, len(body), total, seen


def client_fetch(path: str, cookie: str) -> tuple[int, dict[str, str], bytes]:
    """`Fetch` through Django's test client (for the tests); streams (static files) are read whole."""
    client = Client(HTTP_COOKIE=cookie, HTTP_ACCEPT_ENCODING=ACCEPT_ENCODING) if cookie else Client()
    response = client.get(path, HTTP_ACCEPT_ENCODING=ACCEPT_ENCODING)
    body = b"".join(response.streaming_content) if response.streaming else response.content  # type: ignore[attr-defined]
    # Reading a streamed answer to its end closes it (and the static file) the way the test client expects;
    # closing it here again would fire request_finished and close the database connection in the middle of a test.
    return response.status_code, {k.lower(): v for k, v in response.headers.items()}, body


# wrk ------------------------------------------------------------------------------------------------------------

WRK_LINE = re.compile(r"^BENCH (.*)$", re.MULTILINE)


def parse_wrk(output: str) -> dict[str, float]:
    """The numbers `scripts/bench.lua` prints after a wrk run (one line starting with BENCH, key=value pairs)."""
    match = WRK_LINE.search(output)
    if match is None:
        raise ValueError(f"no BENCH line in the wrk output:\n{output}")
    return {key: float(value) for key, value in (pair.split("=", 1) for pair in match.group(1).split())}


def apply_wrk(result: Result, numbers: dict[str, float]) -> None:
    seconds = numbers["duration_us"] / 1e6
    result.requests_per_second = numbers["requests"] / seconds if seconds else 0.0
    result.p50_ms, result.p95_ms, result.p99_ms = (numbers[f"p{p}_us"] / 1000 for p in (50, 95, 99))
    result.errors = int(numbers["status_errors"] + numbers["socket_errors"])


# The table ------------------------------------------------------------------------------------------------------


def _kb(value: int | None) -> str:
    return "—" if value is None else f"{value / 1024:.1f} KB"


def _ms(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.0f} ms" if value >= 10 else f"{value:.1f} ms"


def _rate(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else (f"{value:.1f}" if value >= 1 else f"{value:.2f}")


def _ratio(value: float) -> str:
    """Three decimals, or two significant digits below 0.01 (a ratio of 0.00008 is not 0)."""
    if value >= 0.01 or value <= 0:
        return f"{value:.3f}"
    return f"{value:.{1 - math.floor(math.log10(value))}f}"


def table(results: Iterable[Result]) -> str:
    """A Markdown table; ratios are requests/s relative to the no-op view of the same run."""
    rows = list(results)
    ceiling = next((r.requests_per_second for r in rows if r.key == "noop"), None)
    lines = [
        "| page | req/s | ratio to no-op | p50 | p95 | p99 | queries | HTML | sent (gzip) | first load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        if r.path is None:
            lines.append(f"| {r.label} | — | — | — | — | — | — | — | — | — |")
            continue
        rps = "—" if r.requests_per_second is None else _rate(r.requests_per_second)
        ratio = (
            _ratio(r.requests_per_second / ceiling)
            if ceiling and r.requests_per_second is not None and r.key != "noop"
            else ("1" if r.key == "noop" else "—")
        )
        sent = _kb(r.transferred_bytes) if r.transferred_bytes != r.html_bytes else "not compressed"
        label = r.label + (f" ({r.note})" if r.note else "") + (f" — {r.errors} errors" if r.errors else "")
        queries = "—" if r.queries is None else str(r.queries)
        lines.append(
            f"| {label} | {rps} | {ratio} | {_ms(r.p50_ms)} | {_ms(r.p95_ms)} | {_ms(r.p99_ms)} | {queries} | "
            f"{_kb(r.html_bytes)} | {sent} | {_kb(r.first_load_bytes)} |"
        )
    return "\n".join(lines)
