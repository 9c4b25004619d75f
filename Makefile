# Two commands for a fresh machine: `make run` and `make test`. Both create .venv on first use.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check bench clean lock

# Every dependency at the version and with the hashes of requirements.lock (pip refuses anything else);
# then the project itself. `make lock` upgrades the lock file (run `make test`, then commit it).
$(STAMP): requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --require-hashes -r requirements.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

lock: $(STAMP)
	$(BIN)/pip-compile -q --upgrade --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links --extra dev --output-file requirements.lock pyproject.toml

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
