# wirewatch: `make demo` sets up and runs the main job; `make test` sets up and runs lint, types and tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: setup demo test lint bench clean

setup: $(VENV)/.installed

# Idempotent: re-runs only when the pinned requirements change.
$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[dev,postgres]'
	touch $@

demo: setup
	bash scripts/demo.sh

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src

test: lint
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/run_all.py --shared $(SHARED)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info wirewatch.db*
