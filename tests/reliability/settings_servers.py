"""Production settings for the app servers and workers that tests/reliability/test_two_servers.py starts.

Only static files differ: served from the app folders, so the test needs no `collectstatic` (the manifest storage
of production would refuse every page without it). Everything else — DEBUG off, Argon2, SMTP, the database task
queue, Redis from REDIS_URL — is what production runs.
"""

from __future__ import annotations

from techpaten.settings import *  # noqa: F403
from techpaten.settings import STORAGES

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_USE_FINDERS = True
