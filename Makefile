# The two commands a new machine needs: `make run` (demo at http://127.0.0.1:8000) and `make test` (everything).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
DEV_ENV := DEBUG=1 TASKS_BACKEND=immediate
HOST ?= 127.0.0.1:8000

.PHONY: run test test-unit test-browser lint messages venv demo worker bench clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-dev.txt $(BIN)/activate
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed

messages: venv
	$(PY) scripts/compile_messages.py

## make run: install, migrate, load the demo once, serve at http://127.0.0.1:8000 (mails print to this terminal).
run: messages
	mkdir -p var
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py createcachetable
	$(DEV_ENV) $(PY) manage.py seed_demo
	$(DEV_ENV) $(PY) manage.py runserver $(HOST)

## make worker: the background worker that sends queued mails (production mode, TASKS_BACKEND=database).
worker: messages
	DEBUG=1 $(PY) manage.py db_worker

## make test: linters, type check, migrations check, the whole test suite, then the browser tests.
test: lint test-unit test-browser

lint: messages
	$(BIN)/ruff check .
	$(BIN)/ruff format --check techpaten tests scripts
	$(PY) scripts/check_messages.py
	$(BIN)/mypy techpaten
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
	DEBUG=1 $(PY) manage.py check
	@# Django's deployment checklist with production settings (a fresh random key each run): no warning allowed.
	DEBUG=0 SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') ALLOWED_HOSTS=techpaten.example \
	  SITE_URL=https://techpaten.example $(PY) manage.py check --deploy --fail-level WARNING

test-unit: messages
	@{ command -v nginx || test -x /usr/sbin/nginx; } >/dev/null && command -v systemd-analyze >/dev/null || { echo "The deploy tests need nginx and systemd: sudo apt-get install nginx-light systemd"; exit 1; }
	$(BIN)/pytest -m "not browser" -n 2 $(PYTEST_ARGS)

test-browser: messages
	@test -x /usr/bin/chromium || { echo "Browser tests need Debian's Chromium: sudo apt-get install chromium"; exit 1; }
	$(BIN)/pytest -m browser $(PYTEST_ARGS)

## make bench: the benchmark (issue 9): gunicorn on a seeded PostgreSQL database (100,000 needs), every page under
## wrk, a Markdown table. BENCH_ARGS="--sqlite" for SQLite with 10,000 needs; see scripts/bench.py --help.
bench: messages
	$(PY) scripts/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var staticfiles
