"""Cache keys are keyed hashes, so the cache holds no client IP address and no e-mail address in readable form.

allauth names its rate-limit counters after what they count: `allauth:rl:account:login:20/60/ip:203.0.113.7`, or
a plain SHA-256 of the e-mail address (which anyone can recompute for an address they know). In the database cache
these keys are rows that backups keep. Django builds every cache key through KEY_FUNCTION, whatever the backend
(database, Redis, memory), so this one place turns each into an HMAC with SECRET_KEY: the counters still work (the
same request gives the same key), but a row, a backup or a Redis dump no longer says who or which address it was.
"""

from __future__ import annotations

from django.utils.crypto import salted_hmac

SALT = "techpaten.core.cache_keys"


def hashed_key(key: str, key_prefix: str, version: int) -> str:
    return f"{key_prefix}:{version}:{salted_hmac(SALT, key, algorithm='sha256').hexdigest()}"
