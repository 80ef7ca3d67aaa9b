"""gunicorn settings for production: `gunicorn --config deploy/gunicorn.conf.py` (deploy/systemd/techpaten-web.service).

A host that differs sets GUNICORN_BIND / GUNICORN_WORKERS / GUNICORN_TIMEOUT in /etc/techpaten/env.
"""

from __future__ import annotations

import multiprocessing
import os

wsgi_app = "techpaten.wsgi:application"
# nginx on the same machine talks to us here; on several app servers, bind to the private address the proxy uses.
bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]
# Sync workers: every page is short and the database does the waiting. Two per core plus one, as gunicorn advises;
# each holds one database connection (CONN_MAX_AGE), so workers times app servers must stay below PostgreSQL's
# max_connections (100 by default) with room for the worker and the scheduled commands.
workers = int(os.environ.get("GUNICORN_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
worker_class = "sync"
# A request that takes longer than this is stuck, not slow: the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5  # nginx in front keeps connections to us short
# Replace each worker after about 2,000 requests: a slow leak in a library cannot grow forever.
max_requests = 2000
max_requests_jitter = 200
# X-Forwarded-* only from nginx on this host; Django reads the scheme from it only with BEHIND_PROXY=1.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# No access log: addresses and URLs are personal data the privacy notice does not list (nginx keeps none either).
# Errors go to stderr, i.e. the journal.
accesslog = None
errorlog = "-"
loglevel = "warning"
proc_name = "techpaten"
