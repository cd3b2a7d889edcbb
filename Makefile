# wirewatch: `make demo` sets up and runs the main job; `make test` sets up and runs lint, types and tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: setup demo test lint bench clean browser vendor

setup: $(VENV)/.installed

# Idempotent: re-runs only when the pinned requirements change.
$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[dev,ray,postgres]'
	touch $@

# `make demo` ends by serving the web UI on the demo store; `make demo SERVE=0` stops before that.
SERVE ?= 1
demo: setup
	SERVE=$(SERVE) bash scripts/demo.sh

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src

test: lint browser
	$(BIN)/python -m pytest

# The browser tests drive Debian's chromium (Playwright's own download does not work here).
browser:
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

# Re-fetch the vendored JavaScript (src/wirewatch/web/static/vendor/README.md); needs npm. Not run by
# setup: the files are committed, so nothing is fetched at install or run time.
VENDOR := src/wirewatch/web/static/vendor
vendor:
	rm -rf build/npm && mkdir -p build/npm
	cd build/npm && npm pack vega@6.4.0 vega-lite@6.5.0 vega-embed@7.3.0 htmx.org@2.0.11 --silent
	cd build/npm && for f in *.tgz; do mkdir -p "$${f%.tgz}" && tar xzf "$$f" -C "$${f%.tgz}"; done
	cp build/npm/vega-6.4.0/package/build/vega.min.js build/npm/vega-lite-6.5.0/package/build/vega-lite.min.js \
	   build/npm/vega-embed-7.3.0/package/build/vega-embed.min.js build/npm/htmx.org-2.0.11/package/dist/htmx.min.js $(VENDOR)/
	cd build/npm && sha256sum *.tgz

bench: setup
	$(BIN)/python benchmarks/run_all.py --shared $(SHARED)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info wirewatch.db*
