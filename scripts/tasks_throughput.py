#!/usr/bin/env python
"""How fast one and two `db_worker`s empty the mail queue on PostgreSQL, and whether any mail goes out twice.

    .venv/bin/python scripts/tasks_throughput.py [--mails 500]

Creates a database of its own on DATABASE_URL's server (default 127.0.0.1:5432), queues --mails mails through the
app's outbox (one task each, Django's tasks API on the database backend), starts 1, then 2 workers (`db_worker
--batch`: they stop when the queue is empty) and counts what a real SMTP server (aiosmtpd on 127.0.0.1) receives.
Prints mails per second for each and the number of duplicates (expected: 0). Drops its database at the end.
Information for the README's choice of task backend, not a test (tests/reliability/test_two_servers.py is the test).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--mails", type=int, default=500)
    args = parser.parse_args()
    base = urlsplit(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"))
    if base.scheme not in {"postgres", "postgresql"}:
        base = urlsplit("postgres://postgres@127.0.0.1:5432/postgres")
    name = f"techpaten_tasks_{uuid.uuid4().hex[:10]}"
    maintenance = urlunsplit(base._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as db:
        db.execute(f'CREATE DATABASE "{name}"')
    try:
        return measure(args.mails, urlunsplit(base._replace(path=f"/{name}")))
    finally:
        with psycopg.connect(maintenance, autocommit=True) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def measure(mails: int, database_url: str) -> int:
    sys.path.insert(0, str(ROOT))
    from tests.reliability.smtp import SmtpServer

    smtp = SmtpServer()
    smtp.start()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.reliability.settings_servers",
        "DEBUG": "0",
        "SECRET_KEY": "throughput-" + "x" * 40,
        "DATABASE_URL": database_url,
        "TASKS_BACKEND": "database",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp.port),
        "LOG_LEVEL": "ERROR",
    }
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    from techpaten.mail import outbox

    call_command("migrate", verbosity=0)
    for workers in (1, 2):
        smtp.inbox.recipients.clear()
        expected = [f"w{workers}-{n}@example.org" for n in range(mails)]
        for address in expected:
            outbox.queue(kind="mail/test", to=address, language="de", subject="Test", text="Hallo", html="")
        connections.close_all()
        started = time.monotonic()
        command = [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload", "-v0"]
        processes = [subprocess.Popen(command, cwd=ROOT, env=env) for _ in range(workers)]  # noqa: S603
        for process in processes:
            process.wait()
        seconds = time.monotonic() - started
        received = Counter(address for recipients in smtp.inbox.recipients for address in recipients)
        duplicates = sum(count - 1 for count in received.values() if count > 1)
        missing = len(set(expected) - set(received))
        print(
            f"{workers} worker(s): {mails} mails in {seconds:.1f} s = {mails / seconds:.0f} mails/s; "
            f"duplicates {duplicates}, missing {missing}",
            flush=True,
        )
    smtp.stop()
    connections.close_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
