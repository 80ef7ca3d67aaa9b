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


def production_settings(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"CACHE_BACKEND", "DJANGO_SETTINGS_MODULE", "REDIS_URL"}}
    env.update(DEBUG="0", SECRET_KEY="x" * 50, **extra)
    code = (
        "import techpaten.settings as s; c = s.CACHES['default']; "
        "print(c['BACKEND'], c['LOCATION'], c['KEY_PREFIX'], getattr(s, 'SESSION_ENGINE', 'db'))"
    )
    return dict(
        zip(
            ["backend", "location", "prefix", "sessions"],
            subprocess.run(  # noqa: S603 - fixed arguments
                [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
            ).stdout.split(),
            strict=True,
        )
    )


def test_with_redis_url_cache_counters_and_sessions_move_to_redis():
    found = production_settings(REDIS_URL="redis://127.0.0.1:6379/3", CACHE_KEY_PREFIX="site-a")
    assert found == {
        "backend": "django_redis.cache.RedisCache",
        "location": "redis://127.0.0.1:6379/3",
        "prefix": "site-a",
        "sessions": "django.contrib.sessions.backends.cached_db",
    }


def test_without_redis_url_sessions_stay_in_the_database():
    found = production_settings()
    assert (found["backend"], found["sessions"]) == ("django.core.cache.backends.db.DatabaseCache", "db")
