#!/usr/bin/env bash
# Back up the database named by DATABASE_URL (as the app sees it) to one file, while the app runs.
#   PostgreSQL: pg_dump's custom format (compressed; restore with scripts/restore.sh or pg_restore).
#   SQLite (no DATABASE_URL, or sqlite://): SQLite's online backup API through `manage.py backup_sqlite`.
# Usage: scripts/backup.sh FILE     (PYTHON defaults to .venv/bin/python, else python3)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/backup.sh FILE}"
python="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}"
url="${DATABASE_URL:-}"
umask 077  # the backup holds personal data

case "$url" in
  postgres://*|postgresql://*)
    # Written beside the target and renamed at the end: a failed dump never replaces a good one.
    pg_dump --format=custom --no-owner --no-privileges --file="$out.partial" --dbname="$url"
    mv "$out.partial" "$out"
    echo "Backup written to $out ($(wc -c <"$out") bytes)."
    ;;
  ""|sqlite://*)
    "$python" manage.py backup_sqlite "$out"
    ;;
  *)
    echo "Unknown DATABASE_URL scheme: ${url%%://*}" >&2
    exit 2
    ;;
esac
