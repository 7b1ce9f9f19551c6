# Two commands on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Every install comes from the lock file (exact versions, checked by hash); pyproject.toml keeps
# compatible ranges for people who install the package into an environment of their own.
LOCK := requirements.lock
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) | cksum | cut -d' ' -f1)
# pip's own lines worth showing during the install: one per package, with its size when downloaded.
PIP_PROGRESS := ^(Collecting|Downloading|Successfully installed|ERROR)

.PHONY: demo test lint venv clean bench lock

$(STAMP): pyproject.toml $(LOCK)
	@test -x $(BIN)/python || { echo "==> creating $(VENV) with $$($(PYTHON) --version)"; $(PYTHON) -m venv $(VENV); }
	@echo "==> installing $$(grep -c '^[A-Za-z0-9]' $(LOCK)) pinned packages from $(LOCK), each checked by hash"
	@echo "    (about 230 MB on disk, spaCy's English model included; a minute or two on first install)"
	@$(BIN)/python -m pip install --disable-pip-version-check --require-hashes --no-deps -r $(LOCK) 2>&1 \
	  | { grep -E --line-buffered '$(PIP_PROGRESS)' || true; }
	@echo "==> installing newsevents itself (editable)"
	@$(BIN)/python -m pip install --disable-pip-version-check --quiet --no-deps --no-build-isolation -e . 2>&1 \
	  | { grep -vE 'is ignored: it is neither a file nor a directory' || true; }
	@$(BIN)/python -m pip check
	@rm -f $(VENV)/.installed-*
	@touch $@

venv: $(STAMP)

DEMO_DB := demo.duckdb

demo: $(STAMP)
	$(BIN)/newsevents extract examples/seed-article.txt --meta examples/seed-article.meta.json
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/newsevents ingest examples/seed-article.txt --meta examples/seed-article.meta.json --db $(DEMO_DB)
	@echo "--- events with a Russian actor (newsevents query --db $(DEMO_DB) --actor RUS):"
	$(BIN)/newsevents query --db $(DEMO_DB) --actor RUS
	@echo "--- explore it in a browser (read-only, this machine only; Ctrl-C stops):"
	@echo "$(BIN)/newsevents serve --db $(DEMO_DB)   # then open http://127.0.0.1:8000/"

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

# Re-resolve the lock file after changing dependencies in pyproject.toml (needs PyPI).
lock:
	@test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet uv
	printf 'setuptools>=77\nwheel\n' | $(BIN)/uv pip compile pyproject.toml - --extra dev --extra server \
	  --extra dask --generate-hashes --python-version 3.10 --universal -o $(LOCK)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
