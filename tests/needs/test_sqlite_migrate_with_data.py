"""Upgrading an existing SQLite database: migrations that rebuild `needs_need` must not trip over the full-text
triggers (the organisations' trigger names `needs_need`; SQLite checks triggers when a table is renamed). Found by
migrating the benchmark database; the triggers are now dropped before migrations and rebuilt after (needs/apps.py).

Runs `manage.py migrate` in a child process on a database file of its own: first to an older state, then a row of
every kind the triggers touch is written, then the rest of the migrations run."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OLDER = ("needs", "0003_listing_indexes")  # before 0004 rebuilt needs_need (monthly budget in cents)

WRITE_ROWS = """
import django
django.setup()
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

state = MigrationExecutor(connection).loader.project_state([("needs", "0003_listing_indexes")])
apps = state.apps
Sector = apps.get_model("taxonomy", "Sector")
Organisation = apps.get_model("organisations", "Organisation")
Need = apps.get_model("needs", "Need")
sector = Sector.objects.first()
organisation = Organisation.objects.create(
    name="Kita Sonnenschein", slug="kita-sonnenschein", sector=sector, plz="10115", town="Berlin",
    latitude=52.53, longitude=13.38,
)
Need.objects.create(
    organisation=organisation, title="Nextcloud für Fotos", description="Fotos sicher teilen",
    status="open", published_at=timezone.now(), monthly_budget=20,
)
"""


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


def test_migrating_an_existing_sqlite_database_with_needs_keeps_them_searchable(tmp_path):
    database = tmp_path / "old.sqlite3"
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL"}}
    env.update(DEBUG="1", DATABASE_URL=f"sqlite:///{database}", DJANGO_SETTINGS_MODULE="techpaten.settings")

    older = run(env, "manage.py", "migrate", *OLDER, "--noinput")
    assert older.returncode == 0, older.stderr
    rows = run(env, "-c", WRITE_ROWS)
    assert rows.returncode == 0, rows.stderr

    upgrade = run(env, "manage.py", "migrate", "--noinput")

    assert upgrade.returncode == 0, upgrade.stderr[-3000:]
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT monthly_budget_cents FROM needs_need").fetchall() == [(2000,)]
        found = db.execute("SELECT rowid FROM needs_need_fts WHERE needs_need_fts MATCH 'nextcloud'").fetchall()
    assert len(found) == 1
