#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into the database named by DATABASE_URL.
# Stop the web process and the worker first. The target may be a fresh, empty database (createdb NAME, then migrate
# is NOT needed: the backup brings the schema) or the old one (its tables are replaced).
#   PostgreSQL: pg_restore in one transaction: it either restores everything or changes nothing.
#   SQLite: `manage.py restore_sqlite`, which checks the backup first.
# Usage: scripts/restore.sh FILE
set -euo pipefail
cd "$(dirname "$0")/.."
in="${1:?usage: scripts/restore.sh FILE}"
python="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}"
url="${DATABASE_URL:-}"
[ -f "$in" ] || { echo "No backup at $in" >&2; exit 2; }

case "$url" in
  postgres://*|postgresql://*)
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
      --dbname="$url" "$in"
    echo "Database restored from $in."
    ;;
  ""|sqlite://*)
    "$python" manage.py restore_sqlite "$in"
    ;;
  *)
    echo "Unknown DATABASE_URL scheme: ${url%%://*}" >&2
    exit 2
    ;;
esac
