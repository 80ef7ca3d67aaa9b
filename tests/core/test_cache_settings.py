"""Rate-limit counters must be shared by every process: production keeps the cache in the database."""

from __future__ import annotations

import os
import subprocess
import sys


def test_production_settings_keep_the_cache_in_the_database():
    env = {k: v for k, v in os.environ.items() if k not in {"CACHE_BACKEND", "DJANGO_SETTINGS_MODULE"}}
    env.update(DEBUG="0", SECRET_KEY="x" * 50)
    code = "import techpaten.settings as s; print(s.CACHES['default']['BACKEND'])"
    backend = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    ).stdout.strip()
    assert backend == "django.core.cache.backends.db.DatabaseCache"
