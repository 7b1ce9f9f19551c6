# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: demo test lint venv clean bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,server]"
	rm -f $(VENV)/.installed-*
	touch $@

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

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
