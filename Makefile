# Two commands for a newcomer: `make run` (the site with demo content) and `make test` (the suite).
# Both are idempotent. DATABASE_URL picks the database (default: SQLite file db.sqlite3).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test serve bench install migrate demo lint checks security pytest help worker

help:
	@echo "make run    - install, migrate, load demo content and accounts, serve http://$(HOST):$(PORT)/"
	@echo "make test   - lint, Django checks, migrations check, bandit and the whole test suite"
	@echo "make serve  - the production configuration (nginx, Varnish, gunicorn) on http://$(HOST):$(PORT)/"
	@echo "make bench  - requests/s, p50, p99 of each page type against /healthz, cold and warm"
	@echo "make worker - the production task worker (moderators' emails), beside make serve"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	@$(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV). On Debian: sudo apt-get install python3-venv"; rm -rf $(VENV); exit 1; }

$(INSTALLED): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $@

install: $(INSTALLED)

# axe-core for the browser tests' accessibility checks (pinned in package-lock.json). Without npm
# they are skipped with a message (in CI they fail instead).
NODE_INSTALLED := node_modules/.package-lock.json
.PHONY: node

$(NODE_INSTALLED): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error; \
	else \
		echo "npm not found: the accessibility checks will be skipped (apt-get install npm)"; \
	fi

node: $(NODE_INSTALLED)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py create_demo_accounts
	# Ask a question: passages are built when pages are published; this also builds them for pages
	# loaded before the answers app was installed (idempotent).
	$(BIN)/python manage.py rebuild_passages

run: demo
	@echo ""
	@echo "Two-factor sign-in is off in development (TWO_FACTOR_REQUIRED=false): the demo accounts sign in"
	@echo "with a password. To try it, sign in as admin and open http://$(HOST):$(PORT)/admin/two-factor/set-up/,"
	@echo "scan the QR code with an authenticator app and type its code; or run with TWO_FACTOR_REQUIRED=true"
	@echo "and every administrator and clinical reviewer is asked to set it up at sign-in."
	@echo "Serving the treatment portal on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/). Ctrl-C stops it."
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# The production configuration on this machine: nginx (slow clients, /media/) -> Varnish (the
# shared cache, purged on every change) -> gunicorn + WhiteNoise, production settings, over plain
# HTTP on loopback (LOCAL_HTTP). A random secret key is kept in .local-secret-key. Ctrl-C stops all.
SERVE_ENV = DJANGO_SETTINGS_MODULE=tx_portal.settings.production LOCAL_HTTP=true \
	SECRET_KEY="$$(cat .local-secret-key)" ALLOWED_HOSTS=127.0.0.1,localhost LOG_FORMAT=json \
	TRUSTED_PROXY_HOPS=2

.local-secret-key: | $(BIN)/python
	@$(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

serve: demo .local-secret-key
	@[ -x /usr/sbin/varnishd ] && [ -x /usr/sbin/nginx ] || { \
		echo "make serve needs Varnish and nginx: sudo apt-get install varnish nginx"; exit 1; }
	$(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(SERVE_ENV) PORT=$(PORT) $(BIN)/python -m deploy.stack

# The production task worker: work queued by requests in the database (the moderators' emails, and
# their retries) runs here, after the reader has been answered. `make serve` starts one too.
worker: migrate .local-secret-key
	$(SERVE_ENV) $(BIN)/python manage.py db_worker --backend background --no-reload

# Throughput and latency of the production configuration against a bare Django view and /healthz,
# through Varnish, and the publish storm (needs wrk, Varnish, nginx, Redis).
bench: install
	@command -v wrk >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; \
		else echo "wrk is needed: sudo apt-get install wrk"; exit 1; fi; }
	@[ -x /usr/sbin/varnishd ] || { echo "Varnish is needed: sudo apt-get install varnish"; exit 1; }
	$(BIN)/python bench/run_bench.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

checks: install
	DJANGO_SETTINGS_MODULE=tx_portal.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=tx_portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

# bandit over the project (config in pyproject.toml): any high-severity finding fails the build.
# Medium and low findings are listed by `$(BIN)/bandit -c pyproject.toml -r .`.
security: install
	$(BIN)/bandit -c pyproject.toml -r . --severity-level high --quiet

# The 25 slowest tests are listed at the end: where to look first when the suite grows slow.
pytest: install node
	$(BIN)/python -m pytest --durations=25 $(PYTEST_ARGS)

test: lint checks security pytest
