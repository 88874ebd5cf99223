# The single entry point: `make run` serves the app, `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format migrate demo compile worker beat bench bench-extraction bench-ingest bench-pages score clean

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

migrate: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py loaddemo

# the extraction engine compiled with Cython (same sources, about a quarter faster); without a
# C compiler it says so and the engine runs as pure Python
compile: $(VENV)/.runtime
	$(PY) -m tracker.extraction.build --optional

run: demo compile
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.dev compile
	$(PY) -m pytest

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

worker: $(VENV)/.runtime compile
	$(VENV)/bin/celery -A tracker worker -Q extraction,default -l info

beat: $(VENV)/.runtime
	$(VENV)/bin/celery -A tracker beat -l info

score: $(VENV)/.runtime
	$(PY) ../shared/tools/score_extraction.py -v \
		--cmd "$(PY) manage.py extract {file} --lang {lang} --published {published}" \
		../shared/data/seed tests/extraction/cases/de tests/extraction/cases/en

bench-extraction: $(VENV)/.runtime compile
	$(PY) bench/extraction.py

bench-ingest: $(VENV)/.runtime compile
	$(PY) bench/ingest.py

bench-pages: $(VENV)/.runtime
	$(PY) bench/pages.py

bench: bench-extraction bench-ingest bench-pages

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache test-artifacts tracker/extraction/_compiled
