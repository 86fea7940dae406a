# Online Safety Policy Lab. The two commands: `make lab` and `make test`.
# `make lab` creates .venv from requirements.txt, the runtime lock, the first time (about a
# minute); `make test` adds requirements-test.txt (pytest, nbval, Playwright, ruff, ...).
# The locks are generated from pyproject.toml by `make locks`; never edit them by hand.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.policylab-installed
TEST_STAMP := $(VENV)/.policylab-test-installed
DEV_STAMP  := $(VENV)/.policylab-dev-installed
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
# Parallel notebook runs: 2 workers, a notebook per worker (see docs/deployment.md).
WORKERS ?= 2

.PHONY: help lab test exercises outputs check-exercises data-readme bench bench-install \
	site slides lint locks check-locks clean hub-env hub-test

help:
	@echo "make lab        open the pack in JupyterLab (sets up .venv the first time)"
	@echo "make test       run every test (sets up .venv the first time)"
	@echo "make exercises  rebuild exercises/ from solutions/"
	@echo "make outputs    re-run notebooks/ and solutions/ and store their outputs, then rebuild exercises/"
	@echo "make data-readme  regenerate data/README.md from data/datapackage.json"
	@echo "make bench      time every notebook and its kernel memory against the import floor"
	@echo "make bench-install  size and install time of make lab's venv against the bare stack"
	@echo "make locks      regenerate the lock files and environment.yml from pyproject.toml"
	@echo "make site       build a static, offline HTML site of the pack in _site/"
	@echo "make slides     build an offline slide deck of each lesson in _slides/"
	@echo "make hub-test   a class of 24 on a real JupyterHub on 127.0.0.1 -> bench/hub.md"
	@echo "make clean      remove .venv and caches"

$(STAMP): requirements.txt pyproject.toml config/jupyterlab-overrides.json
	@$(PYTHON) -c 'import sys; v = sys.version_info; sys.exit(0 if v >= (3, 11) else "Python 3.11 or newer is needed; this is " + sys.version.split()[0] + ". Run: make PYTHON=python3.12 ...")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements.txt
	$(PIP) --no-deps -e .
	$(BIN)/python -m compileall -q src
	mkdir -p $(VENV)/share/jupyter/lab/settings
	cp config/jupyterlab-overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	touch $(STAMP)

# Jupyter refuses to run as root unless told; containers and some hubs run as root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root,)

lab: $(STAMP)
	$(BIN)/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir="$(CURDIR)" \
		--LabApp.default_url=/lab/tree/notebooks/00-orientation.ipynb

# The test and maintainer tools go on top of the runtime set (same versions: the test lock is
# generated with the runtime lock as a constraint).
$(TEST_STAMP): $(STAMP) requirements-test.txt
	$(PIP) -r requirements-test.txt
	touch $(TEST_STAMP)

$(DEV_STAMP): $(TEST_STAMP) requirements-dev.txt
	$(PIP) -r requirements-dev.txt
	touch $(DEV_STAMP)

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadfile

exercises: $(STAMP)
	$(BIN)/policylab build-exercises

check-exercises: $(STAMP)
	$(BIN)/policylab build-exercises --check

# Stored outputs are what nbval compares against; regenerate them after editing a notebook.
outputs: $(STAMP)
	$(BIN)/policylab run-notebooks notebooks solutions lecturer
	$(BIN)/policylab build-exercises

data-readme: $(STAMP)
	$(BIN)/policylab data-readme

# Run time and kernel memory of every notebook against the import floor -> bench/results.md
bench: $(TEST_STAMP)
	$(BIN)/python bench/run.py

# Size on disk and install time of make lab's venv against a venv of the bare stack
# (jupyterlab pandas matplotlib ipywidgets), from a warm package cache -> bench/install.md
bench-install: $(STAMP)
	$(BIN)/python bench/install.py

# A static HTML site (lessons run afresh, exercises, guides, data README) that works offline
site: $(STAMP)
	$(BIN)/policylab build-site --out _site

# A reveal.js deck per lesson from its stored notebook (no code is run): open _slides/index.html
slides: $(STAMP)
	$(BIN)/policylab slides --out _slides

# ruff checks what pyproject.toml's [tool.ruff] names: the package, tests, bench and notebooks
lint: $(TEST_STAMP)
	$(BIN)/python -m ruff check

# The locks, generated from pyproject.toml by uv (from requirements-dev.txt). Each lock is the
# previous one's constraint, so a package has one version in all three; existing pins are kept
# unless UPGRADE=1. The command that made a lock is in its first lines.
UV_COMPILE = $(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 \
	--quiet $(if $(UPGRADE),--upgrade,)
locks: $(DEV_STAMP)
	$(UV_COMPILE) -o requirements.txt
	$(UV_COMPILE) --extra test -c requirements.txt -o requirements-test.txt
	$(UV_COMPILE) --extra dev -c requirements-test.txt -o requirements-dev.txt
	$(BIN)/python tools/environment_yml.py requirements.txt environment.yml
	$(MAKE) check-locks

# Every pin has a wheel for Python 3.11-3.13 on Linux, macOS and Windows (needs PyPI).
check-locks: $(DEV_STAMP)
	for v in 3.11 3.12 3.13; do \
	  for p in x86_64-manylinux_2_28 aarch64-apple-darwin x86_64-pc-windows-msvc; do \
	    $(BIN)/uv pip compile requirements-dev.txt --python-version $$v --python-platform $$p \
	      --only-binary :all: --no-header --quiet -o /dev/null || exit 1; \
	  done; \
	done; echo "every pin has a wheel for Python 3.11-3.13 on Linux, macOS and Windows"

# A JupyterHub for tests (hub/): the pack's runtime lock plus hub/requirements.txt in
# .venv/hub, and the proxy from npm into .venv/hub/node (never installed globally).
HUB := $(VENV)/hub
HUB_STAMP := $(HUB)/.installed
$(HUB_STAMP): requirements.txt hub/requirements.txt hub/package.json hub/package-lock.json pyproject.toml
	test -x $(HUB)/bin/python || $(PYTHON) -m venv $(HUB)
	$(HUB)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -r hub/requirements.txt
	$(HUB)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	mkdir -p $(HUB)/node $(HUB)/share/jupyter/lab/settings
	cp hub/package.json hub/package-lock.json $(HUB)/node/
	cd $(HUB)/node && npm ci --no-audit --no-fund --loglevel=error
	cp config/jupyterlab-overrides.json $(HUB)/share/jupyter/lab/settings/overrides.json
	touch $(HUB_STAMP)

hub-env: $(HUB_STAMP)

# A class of 24 through a real hub (not in CI; tests/test_hub.py runs a class of 3 there)
LEARNERS ?= 24
hub-test: $(HUB_STAMP)
	$(HUB)/bin/python bench/hub.py --learners $(LEARNERS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache src/*.egg-info
