#!/usr/bin/env python
"""Restart PostgreSQL under a running app: clean 503 pages during the outage, full recovery without restarting the app.

What it does, against the local cluster that serves DATABASE_URL's host and port (default 127.0.0.1:5432):
1. creates a database of its own (unique name), migrates it, creates a user with a session;
2. starts the app twice with `runserver`: once without persistent connections (CONN_MAX_AGE=0) and once with them
   (CONN_MAX_AGE=60, single-threaded so one connection is reused; CONN_HEALTH_CHECKS notices that it broke);
3. checks pages answer 200 (anonymous home page, logged-in dashboard), stops the cluster, checks both answer 503
   with Retry-After and no internals, starts the cluster, checks both answer 200 again at the first request;
   restarts the cluster between two requests and checks the next request answers 200 (the health check's case);
4. restarts the cluster while requests keep coming: every answer is 200 or 503, never 500 or a dropped connection;
5. always: starts the cluster again if it is down, stops the servers, drops its database.

Run by .ci/run after the PostgreSQL suite, NOT inside pytest: a restart in the middle of the suite would break the
tests running in parallel on the same cluster. Needs root (pg_ctlcluster). Usage:
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/techpaten .venv/bin/python scripts/db_outage_check.py
"""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = "techpaten.settings_test"  # production settings without HTTPS redirects; see techpaten/settings_test.py
OUTAGE_TEXT = "Techpaten ist gleich wieder da."
INTERNALS = ["Traceback", "OperationalError", "InterfaceError", "psycopg", "5432"]


class CheckFailed(Exception):
    pass


def say(message: str) -> None:
    print(f"db-outage-check: {message}", flush=True)


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


# The cluster ----------------------------------------------------------------------------------------------------


class Cluster:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        listing = ["pg_lsclusters", "--no-header"]
        rows = subprocess.run(listing, check=True, capture_output=True, text=True).stdout.splitlines()  # noqa: S603
        matching = [row.split() for row in rows if len(row.split()) > 2 and row.split()[2] == str(port)]
        if not matching:
            raise CheckFailed(f"no local PostgreSQL cluster on port {port} (pg_lsclusters: {rows})")
        self.version, self.name = matching[0][0], matching[0][1]

    def ctl(self, action: str, *extra: str) -> None:
        say(f"pg_ctlcluster {self.version} {self.name} {action}")
        subprocess.run(  # noqa: S603
            ["pg_ctlcluster", "--skip-systemctl-redirect", self.version, self.name, action, *extra],  # noqa: S607
            check=True,
        )

    def ready(self) -> bool:
        probe = ["pg_isready", "-q", "-h", self.host, "-p", str(self.port)]
        return subprocess.run(probe, check=False).returncode == 0  # noqa: S603

    def wait_ready(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not self.ready():
            if time.monotonic() > deadline:
                raise CheckFailed("PostgreSQL did not come back")
            time.sleep(0.2)

    def ensure_running(self) -> None:
        if not self.ready():
            self.ctl("start")
            self.wait_ready()


# The app --------------------------------------------------------------------------------------------------------


class App:
    def __init__(self, label: str, database_url: str, conn_max_age: int, threaded: bool) -> None:
        self.label = label
        self.port = free_port()
        self.log: IO[str] = tempfile.TemporaryFile("w+")  # noqa: SIM115 - kept open while the server runs
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "DATABASE_URL": database_url,
            "CONN_MAX_AGE": str(conn_max_age),
            "DEBUG": "0",
            "LOG_LEVEL": "WARNING",
        }
        command = [sys.executable, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload", "--skip-checks"]
        if not threaded:
            command.append("--nothreading")
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)  # noqa: S603

    def get(self, path: str, cookie: str = "") -> tuple[int, dict[str, str], str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
        finally:
            connection.close()

    def wait_up(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while True:
            if self.process.poll() is not None:
                raise CheckFailed(f"{self.label}: the server stopped:\n{self.output()}")
            try:
                self.get("/")
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise CheckFailed(f"{self.label}: the server did not start:\n{self.output()}") from None
                time.sleep(0.2)

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read()[-4000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# The checks -----------------------------------------------------------------------------------------------------


def prepare_database(database_url: str) -> tuple[str, str]:
    """Migrate the check's database; return the dashboard's path and the session cookie of a user who may see it."""
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    os.environ["DATABASE_URL"] = database_url
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections
    from django.test import Client
    from django.urls import reverse

    from techpaten.accounts.models import User

    call_command("migrate", verbosity=0)
    user = User.objects.create_user(email="outage.check@example.org", password=uuid.uuid4().hex)
    client = Client()
    client.force_login(user)
    cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    connections.close_all()  # this process holds no connection while the cluster restarts
    return reverse("dashboard"), cookie


def check_serving(apps: list[App], pages: list[tuple[str, str]], when: str) -> None:
    for app in apps:
        for path, with_cookie in pages:
            status, _headers, body = app.get(path, with_cookie)
            expect(status == 200, f"{when}: {app.label} GET {path} answered {status}, expected 200:\n{app.output()}")
            expect(OUTAGE_TEXT not in body, f"{when}: {app.label} GET {path} shows the outage page")
    say(f"{when}: every page answers 200")


def check_outage(apps: list[App], pages: list[tuple[str, str]]) -> None:
    for app in apps:
        for path, with_cookie in pages:
            status, headers, body = app.get(path, with_cookie)
            where = f"during the outage: {app.label} GET {path}"
            expect(status == 503, f"{where} answered {status}, expected 503:\n{body[:2000]}")
            expect(headers.get("Retry-After", "").isdigit(), f"{where}: no Retry-After header")
            expect(OUTAGE_TEXT in body, f"{where}: not the outage page")
            leaked = [word for word in INTERNALS if word in body]
            expect(not leaked, f"{where}: the page shows internals {leaked}")
    say("during the outage: every page answers 503 with Retry-After and no internals")


def check_restart_under_load(apps: list[App], cluster: Cluster) -> None:
    """While the cluster restarts, requests keep coming: each gets 200 or 503, none fails otherwise."""
    answers: list[tuple[str, int | str]] = []
    stop = threading.Event()

    def hammer(app: App) -> None:
        deadline = time.monotonic() + 120  # bounded even if the main thread hangs
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                answers.append((app.label, app.get("/")[0]))
            except OSError as error:
                answers.append((app.label, type(error).__name__))
            time.sleep(0.05)

    threads = [threading.Thread(target=hammer, args=(app,)) for app in apps]
    for thread in threads:
        thread.start()
    try:
        time.sleep(0.5)
        cluster.ctl("restart", "-m", "fast")
        cluster.wait_ready()
        time.sleep(1)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    bad = [answer for answer in answers if answer[1] not in (200, 503)]
    expect(not bad, f"restart under load: answers other than 200/503: {bad[:10]}")
    outage = sum(1 for answer in answers if answer[1] == 503)
    say(f"restart under load: {len(answers)} requests, {outage} answered 503, none failed otherwise")
    for app in apps:
        last = [status for label, status in answers if label == app.label][-1]
        expect(last == 200, f"restart under load: {app.label} still answers {last} after the restart")


def main() -> int:
    base = urlsplit(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/techpaten"))
    if base.scheme not in {"postgres", "postgresql"}:
        say("DATABASE_URL must point at PostgreSQL")
        return 2
    host, port = base.hostname or "127.0.0.1", base.port or 5432
    name = f"techpaten_outage_{uuid.uuid4().hex[:12]}"
    maintenance = urlunsplit(base._replace(path="/postgres"))
    database_url = urlunsplit(base._replace(path=f"/{name}"))
    cluster = Cluster(host, port)
    say(f"cluster {cluster.version}/{cluster.name} on {host}:{port}, database {name}")
    apps: list[App] = []
    try:
        cluster.ensure_running()
        with psycopg.connect(maintenance, autocommit=True) as db:
            db.execute(f'CREATE DATABASE "{name}"')
        dashboard, cookie = prepare_database(database_url)
        # Anonymous: the database is first needed in the view. Logged in: already in the middleware (session, user).
        pages = [("/", ""), (dashboard, cookie)]
        apps = [
            App("CONN_MAX_AGE=0", database_url, conn_max_age=0, threaded=True),
            App("CONN_MAX_AGE=60", database_url, conn_max_age=60, threaded=False),
        ]
        for app in apps:
            app.wait_up()
        check_serving(apps, pages, "before")
        check_serving(apps, pages, "before, persistent connections in use")

        cluster.ctl("stop", "-m", "fast")
        check_outage(apps, pages)
        cluster.ctl("start")
        cluster.wait_ready()
        check_serving(apps, pages, "after the restart, without restarting the app")

        # A restart between two requests leaves the persistent connection dead without anyone noticing; the
        # health check at the next request's first query must replace it, or that request fails.
        cluster.ctl("restart", "-m", "fast")
        cluster.wait_ready()
        check_serving(apps, pages, "after a restart between requests")

        check_restart_under_load(apps, cluster)
        check_serving(apps, pages, "after the restart under load")
    except CheckFailed as failure:
        say(f"FAILED: {failure}")
        return 1
    finally:
        try:
            cluster.ensure_running()  # whatever happened, the cluster is left running
        finally:
            for app in apps:
                app.stop()
            with psycopg.connect(maintenance, autocommit=True) as db:
                db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    say("passed")
    return 0


if __name__ == "__main__":
    # A CI that ends the script still gets the cluster back: SIGTERM unwinds through main's `finally`.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(1))
    sys.exit(main())
