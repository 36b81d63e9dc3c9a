# The network portal's commands. `make run` and `make test` work from a fresh clone.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint format migrations-check migrate-forward scan audit messages lock bench clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 12) and "Python 3.12 or newer is required (see .python-version)")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	touch $(STAMP)

# The Nu HTML Checker for the tests, pinned in package-lock.json: `make test`
# installs it, `make run` does not need it.
$(NODE_STAMP): package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: apt-get install nodejs npm" >&2; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $(NODE_STAMP)

install: $(STAMP)
	@command -v msgfmt >/dev/null || { echo "msgfmt is missing: apt-get install gettext" >&2; exit 1; }
	DJANGO_DEBUG=1 $(BIN)/python manage.py compilemessages --ignore=.venv --verbosity=0

run: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DJANGO_DEBUG=1 $(BIN)/python manage.py seed_demo --once $(if $(DEMO_PASSWORD),--password $(DEMO_PASSWORD))
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest --quiet --no-header -p no:cacheprovider tests/test_layers.py
	DJANGO_DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run

# Every test, in as many processes as the machine has cores (pytest-xdist);
# TEST_WORKERS=0 runs them in this one.
TEST_WORKERS ?= auto
test: lint $(NODE_STAMP)
	$(BIN)/python -m pytest --numprocesses=$(TEST_WORKERS) $(PYTEST_ARGS)

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run

# The demo network made by the code before the latest migrations, migrated
# forward by the code as it is (DATABASE_URL for PostgreSQL).
migrate-forward: install
	scripts/migrate_forward.sh

# A web vulnerability scan (wapiti) of the portal served as in production.
scan: install
	scripts/scan.sh

# Known vulnerabilities in the pinned dependencies (needs PyPI's JSON API).
audit:
	[ -x .venv-audit/bin/pip-audit ] || { $(PYTHON) -m venv .venv-audit && .venv-audit/bin/python -m pip install --quiet "pip-audit==2.10.1"; }
	.venv-audit/bin/pip-audit --requirement requirements.lock --no-deps --disable-pip --strict

# The benchmark: public pages against Django's floor, at the demo size and at
# 100 times the data (scripts/benchmark.py; BENCH_ARGS="--scale 10" for less).
bench: install
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
	$(BIN)/python scripts/benchmark.py $(BENCH_ARGS)

# Update the catalogues from the code. English repeats the source text, but
# where the catalogue words it otherwise (a library's "Sign In" as "Sign in"),
# that stays; a changed source text is repeated anew.
messages: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py makemessages --locale=bg --locale=en --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=scripts --no-obsolete
	msgattrib --clear-fuzzy --empty locale/en/LC_MESSAGES/django.po -o locale/en/LC_MESSAGES/django.po.tmp
	msgen locale/en/LC_MESSAGES/django.po.tmp -o locale/en/LC_MESSAGES/django.po
	rm locale/en/LC_MESSAGES/django.po.tmp

# Re-pin every dependency from pyproject.toml into requirements.lock.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	$(PYTHON) scripts/requirements.py > .lock-venv/requirements.in
	.lock-venv/bin/python -m pip install --quiet -r .lock-venv/requirements.in
	.lock-venv/bin/python scripts/lock.py > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache
