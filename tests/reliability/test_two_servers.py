"""Beyond one machine (issue 9): two app servers (gunicorn) and two workers (`db_worker`) against one PostgreSQL and
one Redis, as separate processes with production settings.

- a login made on one server holds on the other (sessions in Redis, written through to the database);
- allauth's rate limits count across both servers (counters in Redis, not in each process);
- two workers share the database task queue (SELECT … FOR UPDATE SKIP LOCKED) and each mail reaches the SMTP
  server (aiosmtpd, a real one) exactly once.

PostgreSQL only: the servers and workers need a database they can share with the test, which SQLite's in-memory
test database is not. Redis must run (`.ci/run` starts it); its keys carry a prefix of their own, removed after.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import Argon2PasswordHasher, make_password
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from techpaten.accounts.models import User
from techpaten.mail import outbox
from techpaten.mail.models import OutgoingMail

from .servers import AppServer, Browser, Worker, environment
from .smtp import Inbox, SmtpServer

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
REDIS_URL = "redis://127.0.0.1:6379/1"
PASSWORD = "correct horse battery staple"


class SlowInbox(Inbox):
    """An SMTP server that takes its time, so that both workers are busy at once."""

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await asyncio.sleep(0.2)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def shared_redis() -> Iterator[str]:
    """A key prefix of this test's own in the shared Redis; its keys are deleted afterwards."""
    client = redis.Redis.from_url(REDIS_URL)
    client.ping()  # no Redis is a failure, not a skip: .ci/run starts it
    prefix = f"techpaten-test-{uuid.uuid4().hex[:12]}"
    yield prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
    client.close()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.inbox = SlowInbox()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def env(shared_redis, smtp) -> dict[str, str]:
    return environment(redis_url=REDIS_URL, key_prefix=shared_redis, smtp_port=smtp.port)


@pytest.fixture
def servers(env) -> Iterator[tuple[AppServer, AppServer]]:
    started = [AppServer("server A", env), AppServer("server B", env)]
    try:
        for server in started:
            server.wait_for(server.answers, "an answer")
        yield started[0], started[1]
    finally:
        for server in started:
            server.stop()


@pytest.fixture
def workers(env) -> Iterator[tuple[Worker, Worker]]:
    started = [Worker("worker-1", env), Worker("worker-2", env)]
    try:
        for worker in started:
            worker.wait_for(worker.started, "its start")
        yield started[0], started[1]
    finally:
        for worker in started:
            worker.stop()


def person(email: str, name: str = "") -> User:
    # Argon2, as the servers verify it (the test settings hash with MD5 for speed).
    user = User.objects.create(email=email, name=name, password=make_password(PASSWORD, hasher=Argon2PasswordHasher()))
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def test_a_login_on_one_server_holds_on_the_other(servers, shared_redis):
    server_a, server_b = servers
    person("lena@example.org", name="Lena Lindner")
    browser = Browser()

    form = {"login": "lena@example.org", "password": PASSWORD}
    status, location, _body = browser.post(server_a, "/accounts/login/", form)
    assert (status, location) == (302, reverse("dashboard"))

    status, _location, body = browser.request(server_b, reverse("dashboard"))
    assert status == 200
    assert "Lena Lindner" in body
    assert Browser().request(server_b, reverse("dashboard"))[0] == 302  # without the session: off to the login page
    keys = [key.decode() for key in redis.Redis.from_url(REDIS_URL).scan_iter(f"{shared_redis}:*")]
    assert any("sessions" in key for key in keys)  # the session is read from Redis

    # Logging out on B ends the session on A as well.
    status, _location, _body = browser.post(server_b, "/accounts/logout/", {})
    assert status == 302
    assert browser.request(server_a, reverse("dashboard"))[0] == 302


def test_rate_limits_count_across_both_servers(servers):
    server_a, server_b = servers
    person("target@example.org")
    browser = Browser()
    # allauth allows 5 failed logins per account in 5 minutes: 3 on A and 2 on B are 5 together, fewer than 5 on
    # each. With counters per process (or per server) the sixth attempt would still get through.
    for server in (server_a, server_b, server_a, server_b, server_a):
        status, _location, body = browser.post(
            server, "/accounts/login/", {"login": "target@example.org", "password": "wrong password"}
        )
        assert status == 200
        assert "Too many failed attempts to log in" not in body

    status, _location, body = browser.post(
        server_b, "/accounts/login/", {"login": "target@example.org", "password": PASSWORD}
    )
    assert status == 200  # the form again, not the redirect of a login
    assert "Too many failed attempts to log in" in body
    assert browser.request(server_a, reverse("dashboard"))[0] == 302


def test_two_workers_share_the_queue_and_send_each_mail_exactly_once(servers, workers, smtp, settings):
    server_a, _server_b = servers
    # This process enqueues like an app server: into the database queue the workers poll.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    expected = [f"person{n}@example.org" for n in range(30)]
    for address in expected:
        outbox.queue(kind="mail/test", to=address, language="de", subject="Test", text="Hallo", html="")
    # And one through a server: a password reset request queues its mail there.
    person("forgetful@example.org")
    status, _location, _body = Browser().post(server_a, "/accounts/password/reset/", {"email": "forgetful@example.org"})
    assert status == 302
    expected.append("forgetful@example.org")

    deadline = time.monotonic() + 90
    while OutgoingMail.objects.exclude(status=OutgoingMail.Status.SENT).exists() or OutgoingMail.objects.count() < 31:
        assert time.monotonic() < deadline, [worker.output() for worker in workers]
        time.sleep(0.2)

    received = Counter(address for recipients in smtp.inbox.recipients for address in recipients)
    assert received == Counter(expected)  # every mail arrived, none twice
    assert set(OutgoingMail.objects.values_list("attempts", flat=True)) == {1}
    runs = list(DBTaskResult.objects.values_list("status", "worker_ids"))
    assert len(runs) == 31
    assert {status for status, _ids in runs} == {"SUCCESSFUL"}
    assert all(len(ids) == 1 for _status, ids in runs)  # each task ran once, on one worker
    assert {ids[0] for _status, ids in runs} == {"worker-1", "worker-2"}  # and both workers took part
