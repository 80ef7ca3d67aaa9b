#!/usr/bin/env python
"""The benchmark of issue 9: the app under gunicorn on a seeded database, every page measured with wrk in one run.

    make bench                                  # PostgreSQL, 100,000 needs (the README's table)
    .venv/bin/python scripts/bench.py --needs 1000000 --organisations 20000 --volunteers 200000 ...
    .venv/bin/python scripts/bench.py --sqlite  # SQLite, 10,000 needs
    .venv/bin/python scripts/bench.py --duration 20 --output var/bench.md
    .venv/bin/python scripts/bench.py --pages home --digests  # also time send_digests (issue 13)

What it does:
1. a database of its own (PostgreSQL `techpaten_bench_<needs>` on DATABASE_URL's server, default 127.0.0.1:5432;
   with --sqlite `var/bench-<needs>.sqlite3`), created, migrated and filled by `manage.py seed_bench` if missing
   (--reseed starts over); static files collected into var/bench-static;
2. gunicorn with 2 sync workers and production settings (DEBUG off, whitenoise, the database cache, CONN_MAX_AGE=60;
   HTTPS redirect off since wrk speaks plain HTTP) and BENCHMARK=1, which routes the no-op view;
3. per page: queries (counted in this process through Django's test client, same database), HTML bytes, bytes sent
   with `Accept-Encoding: gzip, br`, first-load bytes (the page and the CSS, JS and images it references); then wrk
   at -c4 for --duration seconds (longer for pages slower than a quarter of it) with scripts/bench.lua for p95;
4. a Markdown table with date and machine, printed and with --output written to a file.

Timing here is information, never a pass/fail test. Needs wrk (`apt-get install wrk`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import io
import math
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
LUA = ROOT / "scripts" / "bench.lua"
PG_SIZES = {"organisations": 2_000, "needs": 100_000, "volunteers": 20_000, "offers": 50_000, "messages": 200_000}
SQLITE_SIZES = {"organisations": 200, "needs": 10_000, "volunteers": 2_000, "offers": 5_000, "messages": 20_000}


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sqlite", action="store_true", help="SQLite instead of PostgreSQL (default 10,000 needs)")
    for name in PG_SIZES:
        parser.add_argument(f"--{name}", type=int, help=f"how many {name} (default {PG_SIZES[name]:,} on PostgreSQL)")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--database", help="database name (PostgreSQL) or file (SQLite); default from the sizes")
    parser.add_argument("--reseed", action="store_true", help="drop the benchmark database and fill it again")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page (default 10)")
    parser.add_argument("--connections", type=int, default=4, help="concurrent connections (default 4)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2)")
    parser.add_argument("--pages", help="comma-separated page keys to measure (default: all)")
    parser.add_argument("--output", type=Path, help="also write the table (Markdown) to this file")
    parser.add_argument(
        "--digests",
        action="store_true",
        help="also time send_digests once with a different saved search per volunteer (rolled back)",
    )
    parser.add_argument(
        "--page-cache",
        type=int,
        default=60,
        help="seconds anonymous pages are cached (default 60, as in production); 0 measures every page cold",
    )
    args = parser.parse_args()
    defaults = SQLITE_SIZES if args.sqlite else PG_SIZES
    for name, default in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, default)
    return args


# The database ---------------------------------------------------------------------------------------------------


def database_url(args: argparse.Namespace) -> str:
    if args.sqlite:
        path = Path(args.database or ROOT / "var" / f"bench-{args.needs}.sqlite3").resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        if args.reseed:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg

    base = urlsplit(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"))
    if base.scheme not in {"postgres", "postgresql"}:
        base = urlsplit("postgres://postgres@127.0.0.1:5432/postgres")
    name = args.database or f"techpaten_bench_{args.needs}"
    with psycopg.connect(urlunsplit(base._replace(path="/postgres")), autocommit=True) as db:
        if args.reseed:
            db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            say(f"creating database {name}")
            db.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(base._replace(path=f"/{name}"))


def app_environment(args: argparse.Namespace, url: str, port: int) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "techpaten.settings",
        "DATABASE_URL": url,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",  # testserver: the in-process query count
        "SITE_URL": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "0",  # wrk speaks plain HTTP; everything else stays as in production
        "SECURE_COOKIES": "0",
        "CONN_MAX_AGE": "60",
        "STATIC_ROOT": str(ROOT / "var" / "bench-static"),
        "BENCHMARK": "1",
        "LOG_LEVEL": "ERROR",
        # wrk asks for the same address again and again: with the cache on, anonymous pages are mostly cache hits.
        "PAGE_CACHE_SECONDS": str(args.page_cache),
        # wrk sends thousands of API requests a minute from one address: the API's limit would measure 429s.
        "API_RATE_LIMIT_IP": "100000000/m/ip",
    }


def prepare(args: argparse.Namespace) -> None:
    """Migrate, fill (if empty) and collect static files, in this process (Django set up with the app's env)."""
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command
    from django.db import connections

    from techpaten.benchmark.seeding import is_seeded

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    if not is_seeded():
        say("filling the database (seed_bench)")
        sizes = [f"--{name}={getattr(args, name)}" for name in PG_SIZES]
        call_command("seed_bench", *sizes, f"--seed={args.seed}")
    call_command("collectstatic", verbosity=0, interactive=False)
    if connections["default"].vendor == "postgresql":
        # Planner statistics for the fresh rows, as autovacuum would gather them a little later.
        with connections["default"].cursor() as cursor:
            cursor.execute("ANALYZE")
    connections.close_all()


# The server -----------------------------------------------------------------------------------------------------


class Server:
    def __init__(self, env: dict[str, str], port: int, workers: int) -> None:
        self.port, self.workers = port, workers
        command = [
            str(BIN / "gunicorn"), "techpaten.wsgi", "--workers", str(workers), "--worker-class", "sync",
            "--bind", f"127.0.0.1:{port}", "--timeout", "300", "--log-level", "warning",
        ]  # fmt: skip
        self.process = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603

    def fetch(self, path: str, cookie: str = "") -> tuple[int, dict[str, str], bytes]:
        from techpaten.benchmark.measure import ACCEPT_ENCODING

        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        try:
            headers = {"Accept-Encoding": ACCEPT_ENCODING, **({"Cookie": cookie} if cookie else {})}
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def wait_up(self, path: str) -> None:
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise SystemExit("bench: gunicorn stopped")
            try:
                if self.fetch(path)[0] == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("bench: gunicorn did not answer within 60 s")
            time.sleep(0.2)

    def wait_idle(self) -> None:
        """Until `workers` no-op requests at once are all answered quickly: no worker is busy any more."""
        from concurrent.futures import ThreadPoolExecutor

        from techpaten.benchmark.pages import NOOP_PATH

        workers = self.workers
        deadline = time.monotonic() + 600
        with ThreadPoolExecutor(workers) as pool:
            while time.monotonic() < deadline:
                started = time.monotonic()
                list(pool.map(lambda _: self.fetch(NOOP_PATH), range(workers)))
                if time.monotonic() - started < 0.25:
                    return
                time.sleep(0.5)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def wrk(args: argparse.Namespace, port: int, path: str, cookie: str, seconds: int) -> str:
    from techpaten.benchmark.measure import ACCEPT_ENCODING

    command = [
        "wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{seconds}s", "--timeout", "300s",
        "-s", str(LUA), "-H", f"Accept-Encoding: {ACCEPT_ENCODING}",
    ]  # fmt: skip
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    command.append(f"http://127.0.0.1:{port}{path}")
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout  # noqa: S603


# The run --------------------------------------------------------------------------------------------------------


def measure(args: argparse.Namespace, server: Server) -> list:
    from techpaten.benchmark import measure as m
    from techpaten.benchmark.pages import pages, session_cookie

    wanted = set(args.pages.split(",")) if args.pages else None
    results = []
    for page in pages():
        if wanted is not None and page.key not in wanted and page.key != "noop":
            continue
        result = m.Result(page.key, page.label, page.path)
        results.append(result)
        if page.path is None:
            continue
        cookie = session_cookie(page.login)
        result.status, result.queries, html = m.count_queries(page.path, cookie)
        result.html_bytes = len(html)
        if result.status != 200:
            raise SystemExit(f"bench: {page.path} answered {result.status} in-process, expected 200")
        started = time.monotonic()
        m.count_queries(page.path, cookie)  # the same work in this process, timed: does the page need longer?
        single = time.monotonic() - started
        server.wait_idle()
        status, result.transferred_bytes, result.first_load_bytes, result.assets = m.first_load(
            server.fetch, page.path, cookie
        )
        if status != 200:
            raise SystemExit(f"bench: {page.path} answered {status} from gunicorn, expected 200")
        # A page slower than a quarter of the duration gets time for a few rounds of requests on every connection.
        seconds = max(args.duration, min(300, math.ceil(single * 4 * args.connections / args.workers)))
        if seconds > args.duration:
            result.note = f"{seconds} s of wrk"
        if single < 0.5:
            wrk(args, server.port, page.path, cookie, 2)  # warm-up, thrown away
            server.wait_idle()
        say(f"{page.key}: {result.queries} queries, {result.html_bytes:,} bytes; wrk {seconds} s")
        m.apply_wrk(result, m.parse_wrk(wrk(args, server.port, page.path, cookie, seconds)))
        # Requests wrk gave up on at the end still run on the server: the next page starts when they are done.
        server.wait_idle()
    return results


def header(args: argparse.Namespace) -> str:
    from django.db import connection

    from techpaten.conversations.models import Message
    from techpaten.needs.models import Need
    from techpaten.offers.models import Offer
    from techpaten.organisations.models import Organisation
    from techpaten.volunteers.models import VolunteerProfile

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        "unknown CPU",
    )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    listed = Need.objects.filter(status__in=Need.LISTED_STATUSES).count()
    database = "PostgreSQL" if connection.vendor == "postgresql" else "SQLite"
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            database += " " + cursor.fetchone()[0].split()[0]
    return (
        f"Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, commit {commit or '?'}, on {os.cpu_count()} cores "
        f"({cpu}); {database}; {Organisation.objects.count():,} organisations, {Need.objects.count():,} needs "
        f"({listed:,} listed), {VolunteerProfile.objects.count():,} volunteers, {Offer.objects.count():,} offers, "
        f"{Message.objects.count():,} messages. gunicorn {args.workers} sync workers, DEBUG off; wrk -t{args.threads} "
        f"-c{args.connections}, {args.duration} s per page; "
        + (f"anonymous pages cached for {args.page_cache} s" if args.page_cache else "page cache off (every page cold)")
        + ". Ratio: req/s of the page ÷ req/s of the no-op view in the "
        'same run; queries counted in-process; sizes uncompressed, "sent" with Accept-Encoding gzip/br; first '
        "load: the page and the CSS, JS and images it references."
    )


def main() -> int:
    args = arguments()
    if shutil.which("wrk") is None:
        say("wrk is missing: apt-get install wrk")
        return 2
    port = free_port()
    url = database_url(args)
    os.environ.update(app_environment(args, url, port))
    prepare(args)
    server = Server(dict(os.environ), port, args.workers)
    try:
        from techpaten.benchmark.pages import NOOP_PATH

        server.wait_up(NOOP_PATH)
        results = measure(args, server)
    finally:
        server.stop()
    from techpaten.benchmark.measure import table

    report = f"{header(args)}\n\n{table(results)}\n"
    if args.digests:
        from django.core.management import call_command

        say("timing send_digests (bench_digests)")
        out = io.StringIO()
        call_command("bench_digests", stdout=out)
        report += f"\n{out.getvalue().strip()}\n"
    print(report)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(report, encoding="utf-8")
        say(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
