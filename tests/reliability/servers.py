"""Real processes for the multi-server test: gunicorn app servers, `db_worker`s, and a browser with a cookie jar.

Each process logs to a temporary file (shown when something fails) and is stopped by the test, whatever happens.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path
from typing import IO
from urllib.parse import quote, urlencode

from django.db import connection

from .smtp import free_port

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = "tests.reliability.settings_servers"
# The site's name, as the proxy passes it to every app server (nginx: `proxy_set_header Host $host`). It matters:
# allauth keys the per-account login counter by the site's domain, taken from the Host header.
PUBLIC_HOST = "techpaten.test"


def database_url() -> str:
    """The test database (PostgreSQL) as a URL the servers can use."""
    db = connection.settings_dict
    password = f":{quote(db['PASSWORD'], safe='')}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def environment(*, redis_url: str, key_prefix: str, smtp_port: int) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DEBUG": "0",
        "SECRET_KEY": "multi-server-test-" + "k" * 40,  # every server of a site shares the key
        "DATABASE_URL": database_url(),
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": key_prefix,
        "ALLOWED_HOSTS": f"{PUBLIC_HOST},127.0.0.1",
        "SITE_URL": f"http://{PUBLIC_HOST}",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "TASKS_BACKEND": "database",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "EMAIL_TIMEOUT": "5",
        "LOG_LEVEL": "WARNING",
    }


class Process:
    def __init__(self, label: str, command: list[str], env: dict[str, str]) -> None:
        self.label = label
        self.log: IO[str] = tempfile.TemporaryFile("w+")  # noqa: SIM115 - open while the process runs
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)  # noqa: S603

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read()[-4000:]

    def wait_for(self, ready: object, what: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not ready():  # type: ignore[operator]
            if self.process.poll() is not None:
                raise AssertionError(f"{self.label} stopped:\n{self.output()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.label}: {what} not within {seconds} s:\n{self.output()}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


class AppServer(Process):
    def __init__(self, label: str, env: dict[str, str]) -> None:
        self.port = free_port()
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        command = [gunicorn, "techpaten.wsgi", "--workers", "1", "--bind", f"127.0.0.1:{self.port}"]
        super().__init__(label, command, env)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url("/impressum/"), timeout=5):  # noqa: S310 - our own server
                return True
        except (OSError, urllib.error.HTTPError):
            return False


class Worker(Process):
    def __init__(self, worker_id: str, env: dict[str, str]) -> None:
        command = [
            sys.executable, "manage.py", "db_worker", "--worker-id", worker_id, "--interval", "0.1",
            "--no-startup-delay", "--no-reload",
        ]  # fmt: skip
        super().__init__(worker_id, command, env)

    def started(self) -> bool:
        return "Starting worker" in self.output()


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # a redirect is an answer the test looks at, not something to follow


class Browser:
    """One person's browser behind the proxy: one host name and one cookie jar, whichever server answers."""

    def __init__(self) -> None:
        self.jar = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirects)

    def request(self, server: AppServer, path: str, form: dict[str, str] | None = None) -> tuple[int, str, str]:
        """(status, Location header, body) in English."""
        data = urlencode(form).encode() if form is not None else None
        headers = {"Accept-Language": "en", "Host": PUBLIC_HOST}
        request = urllib.request.Request(server.url(path), data=data, headers=headers)  # noqa: S310
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers.get("Location", ""), response.read().decode()
        except urllib.error.HTTPError as answer:  # 3xx (not followed) and 4xx/5xx
            return answer.code, answer.headers.get("Location", ""), answer.read().decode()

    def cookie(self, name: str) -> str:
        return next((c.value or "" for c in self.jar if c.name == name), "")

    def post(self, server: AppServer, path: str, form: dict[str, str]) -> tuple[int, str, str]:
        """A form submission as a browser makes it: the page first (CSRF cookie), then the POST with the token."""
        self.request(server, path)
        return self.request(server, path, {**form, "csrfmiddlewaretoken": self.cookie("csrftoken")})
