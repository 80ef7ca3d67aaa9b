"""Settings for Techpaten, read from environment variables.

Every value has a safe development default; production sets DEBUG=0, SECRET_KEY (or SECRET_KEY_FILE),
ALLOWED_HOSTS and DATABASE_URL. See README.md.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def envsecret(name: str, default: str = "") -> str:
    """A secret from X, or from the file named by X_FILE (for systemd credentials and containers)."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return os.environ.get(name, default)


DEBUG = envbool("DEBUG", False)
SECRET_KEY = envsecret("SECRET_KEY", "dev-only-insecure-key-change-me" if DEBUG else "")
if not SECRET_KEY:
    # Refuse to start in production without a secret rather than run with a known one.
    raise RuntimeError("SECRET_KEY (or SECRET_KEY_FILE) must be set when DEBUG is off.")
ALLOWED_HOSTS = [h for h in env("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = [SITE_URL]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Before allauth: its page and mail templates are overridden in techpaten/accounts/templates/.
    "techpaten.accounts",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "techpaten.core",
    "techpaten.taxonomy",
    "techpaten.places",
    "techpaten.mail",
    "techpaten.organisations",
    "techpaten.volunteers",
    "techpaten.needs",
    "techpaten.alerts",
    "techpaten.offers",
    "techpaten.conversations",
    "techpaten.engagements",
    "techpaten.catalogue",
    "techpaten.compliance",
    "techpaten.paperwork",
    "techpaten.meetings",
    "techpaten.inventory",
    "techpaten.costs",
    "techpaten.feedback",
    "techpaten.knowledge",
    "techpaten.vouches",
    "techpaten.impact",
    "techpaten.privacy",
    "techpaten.dashboard",
    "techpaten.flows",
    "techpaten.moderation",
    "techpaten.api",
    # django-ninja: its swagger-ui files are served from our static files (no CDN); after our app so that
    # techpaten/api/templates/ninja/ overrides its page template.
    "ninja",
    "techpaten.demo",
    "techpaten.benchmark",
]

MIDDLEWARE = [
    # Outermost: static files (WhiteNoise) and the 400 page for a bad Host header (raised by SecurityMiddleware's
    # https redirect or CommonMiddleware) get the CSP and our other headers too.
    "csp.middleware.CSPMiddleware",
    "techpaten.core.security_headers.security_headers",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Request bodies over MAX_REQUEST_BODY_BYTES: a 413 page before anything reads them (core/body_size.py).
    "techpaten.core.body_size.limit_body_size",
    # Below WhiteNoise, which serves static files pre-compressed; see techpaten/core/compression.py for BREACH.
    "techpaten.core.compression.CompressionMiddleware",
    # A database outage in a view → a clean 503 page (outside views: handler500 in urls.py does the same).
    "techpaten.core.db_outage.DatabaseOutageMiddleware",
    # /api/: rate limits, errors as problem details, ETag and CORS for public reads (techpaten/api/middleware.py).
    "techpaten.api.middleware.api_http",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Responses to a logged-in person: Cache-Control private, no-store (shared computers; core/private_cache.py).
    "techpaten.core.private_cache.private_no_store",
    "techpaten.core.null_characters.reject_null_characters",
    "techpaten.accounts.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Account security (techpaten/accounts/security.py): log 403s, end idle/old sessions, MFA for staff.
    "techpaten.accounts.security.SecurityLogMiddleware",
    "techpaten.accounts.security.SessionTimeoutMiddleware",
    "techpaten.accounts.security.MfaRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "techpaten.urls"
# scripts/bench.py sets BENCHMARK=1 to route its no-op view (the ceiling the pages are measured against).
BENCHMARK = envbool("BENCHMARK", False)
WSGI_APPLICATION = "techpaten.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "techpaten" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "csp.context_processors.nonce",
                "techpaten.core.context_processors.site",
                "techpaten.conversations.context_processors.unread_conversations",
                "techpaten.moderation.context_processors.moderation_link",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'techpaten.sqlite3'}"),
        conn_max_age=envint("CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the worker write while the web process reads; IMMEDIATE avoids
    # "database is locked" upgrades in the middle of a transaction.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
    }
    DATABASES["default"]["TEST"] = {"NAME": ""}  # in-memory for tests
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation: it pays off for long analytical queries, and here only adds its start-up (up to a second)
    # to a page's short query whenever the planner's cost estimate crosses jit_above_cost.
    # random_page_cost 1.1 (default 4, tuned for spinning disks): on SSDs an index probe costs about what a sequential
    # read does; with the default the planner hashes all 17,000 pending offers (20 to 30 ms) instead of probing the
    # index once per need of one organisation (1.4 ms; benchmark data, dashboard).
    DATABASES["default"]["OPTIONS"] = {"options": "-c jit=off -c random_page_cost=1.1"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds allauth's rate-limit counters (and whatever pages cache). It must be shared by every process on
# every app server (a per-process memory cache would multiply the limits): the database by default
# (`manage.py createcachetable`), Redis when REDIS_URL is set (several app servers, README "Run your own").
REDIS_URL = env("REDIS_URL")
CACHE_KEY_PREFIX = env("CACHE_KEY_PREFIX", "techpaten")  # several sites (or test runs) can share one Redis
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            # Short timeouts: a Redis that hangs must not hold every worker for the default minute.
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 2, "SOCKET_TIMEOUT": 2},
        }
    }
    # Sessions are read from Redis (no database query per request) and written through to the database, which
    # stays the list of a person's sessions: "end all sessions" (account deletion) finds them there, and a Redis
    # restart logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": env("CACHE_BACKEND", "django.core.cache.backends.db.DatabaseCache"),
            "LOCATION": env("CACHE_LOCATION", "techpaten_cache"),
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        }
    }
# Every cache key becomes an HMAC with SECRET_KEY: allauth's rate-limit keys name client IP addresses and e-mail
# hashes, which must not sit readable in cache rows, Redis dumps and backups (techpaten/core/cache_keys.py).
CACHES["default"]["KEY_FUNCTION"] = "techpaten.core.cache_keys.hashed_key"

# Never compressed: pages that show one-time secrets next to what a person typed (BREACH, core/compression.py).
COMPRESSION_EXCLUDED_PATHS = ["/accounts/"]
# ... except one's start page and its lists ("My area"), which show no secret and reflect nothing a visitor sends but
# a page number; CSRF tokens are masked anew in every response.
COMPRESSION_ALLOWED_PATHS = ["/accounts/me/"]

# Public pages are served from the cache to anonymous visitors for this many seconds (0: off); a change to any of
# these models invalidates them at once (techpaten/core/page_cache.py).
PAGE_CACHE_SECONDS = envint("PAGE_CACHE_SECONDS", 60)
PAGE_CACHE_CONTENT = [
    "core.Page",
    "taxonomy.Sector",
    "taxonomy.Skill",
    "taxonomy.UseCase",
    "organisations.Organisation",
    "needs.Need",
    "engagements.EngagementNeed",  # "backup wanted" on a listed need
    "feedback.Feedback",  # reviews on an organisation's page
    "volunteers.VolunteerProfile",  # reviewers' display names there
    "knowledge.Article",  # suggested on the need page
]

# Plain widgets rendered in Python, identical to the templates (techpaten/core/form_rendering.py).
FORM_RENDERER = "techpaten.core.form_rendering.FastWidgetRenderer"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # ASVS 5.0 asks for at least 8 and recommends 15; 12 with no composition rules (so no NumericPasswordValidator:
    # a long all-digit passphrase is fine, the common ones are on Django's bundled list anyway). No maximum.
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    # Long but guessable: a character or word repeated, a sequence, a keyboard row (zxcvbn; accounts/passwords.py).
    {"NAME": "techpaten.accounts.passwords.GuessablePasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"

# django-allauth: e-mail is the login; verification is mandatory before anything else.
ACCOUNT_ADAPTER = "techpaten.accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# One rule for every mail's subject, allauth's and ours: the outbox (techpaten/mail/outbox.py `queue`) puts
# MAIL_SUBJECT_PREFIX in front of each, so allauth adds none itself. Empty by default: the sender's name already says
# "Techpaten" in every inbox list, and a phone shows only ~35 characters of a subject, which belong to the content.
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SITE_URL.startswith("https") else "http"
ACCOUNT_SIGNUP_FORM_CLASS = "techpaten.accounts.forms.SignupExtraForm"
# Account security (issue 3, see techpaten/accounts/security.py). Changing e-mail or MFA, and deleting the account,
# ask for the password (or a second factor) again when the last confirmation is older than 10 minutes.
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_REAUTHENTICATION_TIMEOUT = 10 * 60
ACCOUNT_REAUTHENTICATION_METHODS = ["password", "mfa"]  # no sign-in codes by mail
# allauth keeps these counters in the cache; "key" is the e-mail address (login_failed: the account).
ACCOUNT_RATE_LIMITS = {
    "login": "20/m/ip,200/h/ip",
    "login_failed": "10/m/ip,50/h/ip,5/5m/key,20/h/key",
    "signup": "5/m/ip,20/h/ip",
    "reset_password": "10/m/ip,3/h/key",
    "confirm_email": "1/3m/key,10/d/key",
}
# Behind a reverse proxy the client address is the last hop it adds to X-Forwarded-For.
ALLAUTH_TRUSTED_PROXY_COUNT = 1 if envbool("BEHIND_PROXY", False) else 0
# Two-factor authentication: offered to everyone, required for staff and reviewers (MfaRequiredMiddleware).
MFA_ADAPTER = "techpaten.accounts.adapter.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "webauthn", "recovery_codes"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = "Techpaten"
MFA_TOTP_TOLERANCE = 1  # accept the code of the previous/next 30 s: phone clocks drift (RFC 6238)
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG  # passkeys on http://127.0.0.1 during development only
# Sessions live in the database (logout deletes them). A session ends after 8 hours without a request and at the
# latest 7 days after login; the last activity is written at most every 5 minutes.
SESSION_IDLE_TIMEOUT = envint("SESSION_IDLE_TIMEOUT", 8 * 60 * 60)
SESSION_ABSOLUTE_TIMEOUT = envint("SESSION_ABSOLUTE_TIMEOUT", 7 * 24 * 60 * 60)
SESSION_ACTIVITY_RESOLUTION = 5 * 60
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_TIMEOUT

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "techpaten" / "locale"]
FORMAT_MODULE_PATH = ["techpaten.formats"]  # English dates for Europeans: "13 Nov 2026", 24-hour times
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "techpaten" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Mail: every mail is a row in mail.OutgoingMail, delivered by a task (see techpaten/mail).
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = envsecret("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Techpaten <noreply@techpaten.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MAIL_SUBJECT_PREFIX = env("MAIL_SUBJECT_PREFIX", "")  # see ACCOUNT_EMAIL_SUBJECT_PREFIX

# Background work: "database" in production (db_worker), "immediate" for the demo and tests.
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if env("TASKS_BACKEND", "database") == "immediate"
            else "django_tasks_db.DatabaseBackend"
        ),
    }
}

# Offers that keep the exchange serious (see techpaten/offers/rules.py).
OFFER_MAX_PENDING = envint("OFFER_MAX_PENDING", 5)
OFFER_EXPIRY_DAYS = envint("OFFER_EXPIRY_DAYS", 14)
# At most this many offers / messages per person and hour (counted in the database by the services).
OFFER_RATE_PER_HOUR = envint("OFFER_RATE_PER_HOUR", 10)
MESSAGE_RATE_PER_HOUR = envint("MESSAGE_RATE_PER_HOUR", 60)
# The API's request limits (allauth's rate syntax: amount/period/per), per client address and per token.
API_RATE_LIMITS = {
    "ip": env("API_RATE_LIMIT_IP", "120/m/ip,2000/h/ip"),
    "token": env("API_RATE_LIMIT_TOKEN", "60/m/key,1000/h/key"),
}
INVITATION_EXPIRY_DAYS = 14
# The largest request body we accept. A form of the site is a few kilobytes, the admin's largest (a solution with
# its coverage of every requirement) some 100; nothing is uploaded. Larger bodies get a 413 page unread.
MAX_REQUEST_BODY_BYTES = envint("MAX_REQUEST_BODY_BYTES", 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_REQUEST_BODY_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = MAX_REQUEST_BODY_BYTES

# Security headers. The CSP allows our own origin only; no inline scripts or styles.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# The __Host- prefix makes the browser refuse these cookies unless they are Secure, for path / and without a Domain:
# a sibling subdomain or a plain-http page cannot plant or overwrite them. Development on http keeps plain names.
_HOST_PREFIX = "__Host-" if SESSION_COOKIE_SECURE else ""
SESSION_COOKIE_NAME = f"{_HOST_PREFIX}sessionid"
CSRF_COOKIE_NAME = f"{_HOST_PREFIX}csrftoken"
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if envbool("BEHIND_PROXY", False) else None
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],  # everything not listed below is refused
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Timestamps in UTC, ISO 8601 (2026-01-31T12:00:00.000Z), one line per record.
    "formatters": {
        "plain": {
            "()": "techpaten.accounts.security_log.UTCFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    # Security events (logins, failures, denials, admin actions): user ids and client IPs, never secrets.
    "loggers": {"techpaten.security": {"level": "INFO"}},
}
