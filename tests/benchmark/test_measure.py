"""The benchmark's measuring code at a tiny size, in-process: the pages resolve, queries and bytes are counted.

No timing is asserted (timing is never a pass/fail test); wrk's output is parsed from a recorded line.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import NoReverseMatch, reverse

from techpaten.benchmark import measure
from techpaten.benchmark.pages import ADMIN, NOOP_PATH, VOLUNTEER, pages, session_cookie

BENCH_URLS = "tests.benchmark.urls_bench"


@pytest.fixture
def bench_urls(settings):
    settings.ROOT_URLCONF = BENCH_URLS


def test_the_noop_view_is_not_routed_unless_the_benchmark_is_on():
    with pytest.raises(NoReverseMatch):
        reverse("bench_noop")
    assert Client().get(NOOP_PATH).status_code == 404


def test_every_page_of_the_benchmark_answers_200_with_its_queries_counted(bench_data, bench_urls):
    results = {}
    for page in pages():
        assert page.path is not None, page  # the API list is there now (issue 14)
        status, queries, html = measure.count_queries(page.path, session_cookie(page.login))
        assert status == 200, page
        results[page.key] = (queries, html)
    assert results["noop"] == (0, b"ok")  # the ceiling does no work of its own
    assert results["imprint"][0] >= 1
    assert all(queries > 0 for key, (queries, _html) in results.items() if key != "noop")
    assert b"Kinderwelt Berlin" in results["organisation"][1]
    assert {page.key for page in pages()} >= {
        "noop", "imprint", "search_filtered", "search_page1", "search_page200", "search_words", "need",
        "organisation", "for_you", "dashboard_volunteer", "conversation",
    }  # fmt: skip


def test_the_sessions_log_in_the_seeded_users(bench_data, bench_urls):
    for login, email in ((VOLUNTEER, "volunteer@"), (ADMIN, "admin@")):
        response = Client(HTTP_COOKIE=session_cookie(login)).get(reverse("dashboard"))
        assert response.status_code == 200
        assert response.wsgi_request.user.email.startswith(email)
    assert session_cookie("") == ""


def test_first_load_counts_the_page_and_each_stylesheet_and_script_once(bench_data, bench_urls):
    status, sent, total, assets = measure.first_load(measure.client_fetch, reverse("imprint"))
    assert status == 200
    html = Client().get(reverse("imprint")).content
    assert 0 < sent < len(html) * 0.75  # what is sent is the gzip-compressed HTML (with up to 100 random bytes)
    assert any(asset.endswith(".css") for asset in assets)
    assert len(assets) == len(set(assets))
    asset_bytes = sum(len(measure.client_fetch(asset, "")[2]) for asset in assets)
    assert total == sent + asset_bytes


def test_first_load_never_fetches_another_origin():
    fetched: list[str] = []
    page = (
        b'<link rel="stylesheet" href="https://cdn.example/x.css"><script src="//cdn.example/a.js"></script>'
        b'<img src="data:image/png;base64,AAAA"><img src="/static/logo.svg"><link rel="icon" href="/favicon.ico">'
    )

    def fetch(path: str, cookie: str) -> tuple[int, dict[str, str], bytes]:
        fetched.append(path)
        return 200, {}, page if path == "/p/" else b"12345"

    status, sent, total, assets = measure.first_load(fetch, "/p/")
    assert fetched == ["/p/", "/static/logo.svg", "/favicon.ico"]
    assert (status, sent, total, assets) == (200, len(page), len(page) + 10, ["/static/logo.svg", "/favicon.ico"])


def test_stylesheets_are_read_for_the_fonts_and_images_they_reference():
    def fetch(path: str, cookie: str) -> tuple[int, dict[str, str], bytes]:
        bodies = {
            "/": b'<link rel="stylesheet" href="/static/site.css">',
            "/static/site.css": b"body{background:url('img/bg.png')} @font-face{src:url(\"/static/f.woff2\")}",
        }
        return 200, {}, bodies.get(path, b"xx")

    _status, _sent, _total, assets = measure.first_load(fetch, "/")
    assert assets == ["/static/site.css", "/static/img/bg.png", "/static/f.woff2"]


def test_the_wrk_line_becomes_requests_per_second_and_percentiles():
    output = (
        "Running 10s test @ http://127.0.0.1:1/\n"
        "BENCH requests=5000 duration_us=10000000 p50_us=1500 p95_us=4000 p99_us=12000 status_errors=0 "
        "socket_errors=2\n"
    )
    result = measure.Result("imprint", "imprint", "/impressum/")
    measure.apply_wrk(result, measure.parse_wrk(output))
    assert (result.requests_per_second, result.p50_ms, result.p95_ms, result.p99_ms) == (500.0, 1.5, 4.0, 12.0)
    assert result.errors == 2
    with pytest.raises(ValueError, match="no BENCH line"):
        measure.parse_wrk("wrk: connection refused")


def test_the_table_gives_ratios_to_the_noop_view_and_keeps_the_api_slot():
    noop = measure.Result("noop", "no-op", "/bench/noop/", requests_per_second=1000.0, queries=0, html_bytes=2)
    page = measure.Result(
        "imprint", "imprint", "/impressum/", requests_per_second=250.0, p50_ms=3.0, p95_ms=8.25, p99_ms=20.0,
        queries=1, html_bytes=3072, transferred_bytes=1024, first_load_bytes=10240,
    )  # fmt: skip
    slot = measure.Result("api_list", "API list (no API yet)", None)
    lines = measure.table([noop, page, slot]).splitlines()
    assert lines[0].startswith("| page | req/s | ratio to no-op | p50 | p95 | p99 | queries |")
    assert lines[3] == "| imprint | 250 | 0.250 | 3.0 ms | 8.2 ms | 20 ms | 1 | 3.0 KB | 1.0 KB | 10.0 KB |"
    assert lines[4].startswith("| API list (no API yet) | — |")
