# The single entry point: `make run` serves the app, `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format migrate demo compile messages worker beat bench bench-extraction bench-ingest bench-pages bench-flood score lock lock-upgrade clean

# Installs only what the locks name, each file checked against its hash; `pip check` must be clean.
PIP_INSTALL := $(PY) -m pip install --quiet --require-hashes --no-deps

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -r requirements.txt
	$(PY) -m pip check
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PIP_INSTALL) -r requirements-dev.txt
	$(PY) -m pip check
	touch $@

# requirements.in / requirements-dev.in -> the locks (every package pinned, with hashes).
# `make lock` keeps the versions already locked where the .in files allow; `make lock-upgrade`
# moves every package to the newest version the .in files allow.
PIP_COMPILE := $(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-find-links --no-emit-index-url

lock: $(VENV)/.dev
	$(PIP_COMPILE) --output-file requirements.txt requirements.in
	$(PIP_COMPILE) --output-file requirements-dev.txt requirements-dev.in

lock-upgrade: $(VENV)/.dev
	$(PIP_COMPILE) --upgrade --output-file requirements.txt requirements.in
	$(PIP_COMPILE) --upgrade --output-file requirements-dev.txt requirements-dev.in

migrate: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py loaddemo

# the extraction engine compiled with Cython (same sources, about a quarter faster); without a
# C compiler it says so and the engine runs as pure Python
compile: $(VENV)/.runtime
	$(PY) -m tracker.extraction.build --optional

# The German and English catalogues: makemessages gathers every marked string into
# locale/*/LC_MESSAGES/django.po (xgettext from Debian's gettext, installed when missing), then
# tracker.translations compiles the .mo files in pure Python. Both are committed; translate the
# new entries in locale/de (and locale/en) and run it again. tests/i18n fails on a gap.
MESSAGES_IGNORE := -i ".venv/*" -i "tests/*" -i "bench/*" -i "demo/*" -i "node_modules/*" -i "staticfiles/*" -i "tracker/extraction/*" -i "artifacts/*" -i "test-artifacts/*"
messages: $(VENV)/.dev
	command -v xgettext >/dev/null || apt-get install -y --no-install-recommends gettext || (apt-get update && apt-get install -y --no-install-recommends gettext)
	$(PY) manage.py makemessages -l de -l en --no-location --no-obsolete $(MESSAGES_IGNORE)
	$(PY) -m tracker.translations

run: demo compile
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(PY) manage.py runserver $(HOST):$(PORT)

# axe-core for the browser tests' accessibility checks, exactly as package-lock.json pins it
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

test: $(VENV)/.dev compile node_modules/.installed
	$(PY) -m pytest

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --lint

format: $(VENV)/.dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

worker: $(VENV)/.runtime compile
	$(VENV)/bin/celery -A tracker worker -Q extraction,default -l info

beat: $(VENV)/.runtime
	$(VENV)/bin/celery -A tracker beat -l info

# the project's own scorer (tracker/evaluation) on the seed and the answer keys; more folders of
# keys: make score KEYS="path/to/keys ..." (META="path/to/sources.json" for their dates)
KEYS ?= tests/extraction/seed tests/extraction/cases/de tests/extraction/cases/en
score: $(VENV)/.runtime compile
	$(PY) -m tracker.evaluation -v $(foreach m,$(META),--meta $(m)) $(KEYS)

bench-extraction: $(VENV)/.runtime compile
	$(PY) bench/extraction.py

bench-ingest: $(VENV)/.runtime compile
	$(PY) bench/ingest.py

bench-pages: $(VENV)/.runtime
	$(PY) bench/pages.py

bench-flood: $(VENV)/.runtime compile
	$(PY) bench/flood.py

bench: bench-extraction bench-ingest bench-pages

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache test-artifacts artifacts node_modules tracker/extraction/_compiled
