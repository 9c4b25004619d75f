# Two commands for a fresh machine: `make run` and `make test`. Both create .venv on first use.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# Local development secrets live in var/ (ignored by git); created once.
var/dev.env: | $(STAMP)
	mkdir -p var
	$(BIN)/ankommen keys dev-env > var/dev.env.tmp && mv var/dev.env.tmp var/dev.env

# Pango and fonts for the letters (PDF); Chromium for the browser tests (see ensure_packages.sh)
RUN_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-core fonts-dejavu-core
TEST_PACKAGES := $(RUN_PACKAGES) chromium

run: $(STAMP) var/dev.env
	bash ensure_packages.sh $(RUN_PACKAGES)
	set -a; . ./var/dev.env; set +a; $(BIN)/ankommen serve --demo

lint: $(STAMP)
	$(BIN)/ruff check .

check: $(STAMP)
	$(BIN)/ankommen dialogs check
	$(BIN)/ankommen locales check

test: $(STAMP) lint check
	bash ensure_packages.sh $(TEST_PACKAGES)
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) var .pytest_cache

# Figures for the notes: outbox against Telegram's limits, inbound updates under load (see bench/run.py).
bench: $(STAMP)
	$(BIN)/python bench/run.py
