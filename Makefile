# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= var/demo.db
SHARED ?= ../shared
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo demo-data test test-fast bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo-data: install
	mkdir -p $(dir $(DEMO_DB))
	$(BIN)/newsdesk --db $(DEMO_DB) ingest --now 2025-06-01T12:00:00Z src/newsdesk/demo/aggregator-page.txt
	if [ -f $(SHARED)/eval/stories/news-cluster.jsonl ]; then \
	  $(BIN)/newsdesk --db $(DEMO_DB) ingest $(SHARED)/eval/stories/news-cluster.jsonl; fi

demo: demo-data
	$(BIN)/newsdesk --db $(DEMO_DB) serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: install
	$(BIN)/python -m pytest -m "not slow and not browser" $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var .pytest_cache
