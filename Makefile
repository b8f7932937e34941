# Two commands on a fresh machine: `make serve` and `make test`.
# Everything runs from .venv, which the first target that needs it creates.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ADDR ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup generate check release serve site dist test lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

generate: $(STAMP)
	$(PY) -m generator

check: $(STAMP)
	$(PY) -m generator --check

# Freeze the current catalog version in releases/: its codes are then published for good.
release: $(STAMP)
	$(PY) -m generator --release

# The watcher regenerates on every save of errors.yaml or a template; mkdocs serve
# reloads the pages that changed. Stopping mkdocs (Ctrl+C) stops the watcher too.
# SITE_LANG=zh previews the Chinese site instead, at /zh/ (the switcher's English links
# need the whole site: make site, then serve site/ with any static server).
SITE_LANG ?= en
SITE_CONFIG := $(if $(filter en,$(SITE_LANG)),mkdocs.yml,mkdocs.$(SITE_LANG).yml)
serve: generate
	$(PY) -m generator --watch & watcher=$$!; \
	trap 'kill $$watcher 2>/dev/null' EXIT INT TERM; \
	$(VENV)/bin/mkdocs serve --dev-addr $(ADDR) -f $(SITE_CONFIG)

# The same docs with Zensical, Material's successor: make site ENGINE=zensical
ENGINE ?= mkdocs
# English into site/, then each other language into site/<lang>/ (English first: its build empties site/).
LANG_CONFIGS := $(sort $(wildcard mkdocs.*.yml))
site: generate
ifeq ($(ENGINE),zensical)
	$(VENV)/bin/zensical build --strict -f mkdocs.yml
	$(foreach config,$(LANG_CONFIGS),$(VENV)/bin/zensical build --strict -f $(config) &&) true
else
	$(VENV)/bin/mkdocs build --strict
	$(foreach config,$(LANG_CONFIGS),$(VENV)/bin/mkdocs build --strict -f $(config) &&) true
endif

# The sdist and the wheel (built from that sdist, as pip would) into dist/, checked for PyPI.
DIST ?= dist
dist: $(STAMP)
	rm -rf $(DIST)
	$(PY) -m build $(BUILD_FLAGS) --outdir $(DIST) .
	$(VENV)/bin/twine check --strict $(DIST)/*

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/pyright

test: $(STAMP) lint
	$(PY) -m generator --check
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) benchmarks/bench.py $(BENCH_ARGS)

clean:
	rm -rf site dist .pytest_cache .mypy_cache .ruff_cache
