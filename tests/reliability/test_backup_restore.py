"""Backup and restore as the README tells an operator: the demo data goes in, a fresh database gets the same rows.

SQLite: `scripts/backup.sh` (online backup API via `manage.py backup_sqlite`) from one file database, and
`scripts/restore.sh` (`manage.py restore_sqlite`) into a fresh one. PostgreSQL: the same scripts, i.e. `pg_dump -Fc`
of the test database and `pg_restore` into a database created for the test and dropped afterwards.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing
from io import StringIO
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
# A few values that must survive, besides the row counts.
SAMPLES = {
    "users": "SELECT email FROM accounts_user ORDER BY email",
    "organisations": "SELECT slug, name FROM organisations_organisation ORDER BY slug",
    "offers": "SELECT id, status, message FROM offers_offer ORDER BY id",
}


def run(command: list[str], database_url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url, "PYTHON": sys.executable}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)  # noqa: S603


def check(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def sqlite_snapshot(path: Path) -> tuple[dict[str, int], dict[str, list[tuple]]]:
    with closing(sqlite3.connect(path)) as db:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        counts = {table: db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}  # noqa: S608
        samples = {key: db.execute(sql).fetchall() for key, sql in SAMPLES.items()}
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return counts, samples


def sqlite_tables(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as db:
        return [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def test_an_sqlite_backup_restored_into_a_fresh_database_has_the_same_rows(tmp_path):
    source = tmp_path / "live.sqlite3"
    backup = tmp_path / "backups" / "techpaten.sqlite3"
    fresh = tmp_path / "fresh.sqlite3"
    fill = "from django.core.management import call_command as c; c('migrate', verbosity=0); c('seed_demo', force=True)"
    check(run([sys.executable, "manage.py", "shell", "-c", fill], f"sqlite:///{source}"))

    check(run(["scripts/backup.sh", str(backup)], f"sqlite:///{source}"))
    assert oct(backup.stat().st_mode & 0o777) == "0o600"  # personal data: readable by the owner only
    check(run(["scripts/restore.sh", str(backup)], f"sqlite:///{fresh}"))

    counts, samples = sqlite_snapshot(source)
    assert counts["accounts_user"] > 50 and counts["offers_offer"] > 100  # the demo is in
    assert counts["django_migrations"] > 10
    assert sqlite_snapshot(fresh) == (counts, samples)


def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(tmp_path):
    fresh = tmp_path / "fresh.sqlite3"
    sqlite3.connect(fresh).close()
    garbage = tmp_path / "notes.txt"
    garbage.write_text("not a database\n" * 100)

    result = run(["scripts/restore.sh", str(garbage)], f"sqlite:///{fresh}")

    assert result.returncode != 0
    assert "not an SQLite database" in result.stderr
    assert sqlite_tables(fresh) == []


def test_backup_sqlite_tells_a_postgresql_operator_to_use_pg_dump():
    result = run([sys.executable, "manage.py", "backup_sqlite", "/nonexistent/x"], "postgres://u@127.0.0.1:1/x")
    assert result.returncode != 0
    assert "pg_dump" in result.stderr


# PostgreSQL --------------------------------------------------------------------------------------------------------


def postgres_url(name: str) -> str:
    db = settings.DATABASES["default"]
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgresql://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


def postgres_snapshot(url: str) -> tuple[dict[str, int], dict[str, list[tuple]]]:
    with psycopg.connect(url) as db:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
            )
        ]
        counts = {table: db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}  # type: ignore[index]  # noqa: S608
        samples = {key: db.execute(sql).fetchall() for key, sql in SAMPLES.items()}  # type: ignore[arg-type]
    return counts, samples


@pytest.fixture
def fresh_postgres_database() -> Iterator[str]:
    """An empty database with a unique name (parallel test runs never meet), dropped afterwards."""
    name = f"techpaten_restore_{uuid.uuid4().hex[:12]}"
    maintenance = postgres_url("postgres")
    with psycopg.connect(maintenance, autocommit=True) as db:
        db.execute(f'CREATE DATABASE "{name}"')
    try:
        yield postgres_url(name)
    finally:
        with psycopg.connect(maintenance, autocommit=True) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_pg_dump_restored_into_a_fresh_database_has_the_same_rows(tmp_path, fresh_postgres_database):
    call_command("seed_demo", force=True, stdout=StringIO())  # committed: pg_dump sees it from its own connection
    live = postgres_url(connection.settings_dict["NAME"])
    backup = tmp_path / "techpaten.dump"

    check(run(["scripts/backup.sh", str(backup)], live))
    assert backup.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    check(run(["scripts/restore.sh", str(backup)], fresh_postgres_database))

    counts, samples = postgres_snapshot(live)
    assert counts["accounts_user"] > 50 and counts["offers_offer"] > 100
    assert postgres_snapshot(fresh_postgres_database) == (counts, samples)
    with psycopg.connect(fresh_postgres_database) as db:
        # Sequences come along: the next row gets a new id, not one of the restored ones.
        next_id = db.execute("SELECT nextval(pg_get_serial_sequence('accounts_user', 'id'))").fetchone()[0]  # type: ignore[index]
        assert next_id > db.execute("SELECT max(id) FROM accounts_user").fetchone()[0]  # type: ignore[index]
