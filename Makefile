# Online Safety Policy Lab. The two commands: `make lab` and `make test`.
# Both create .venv from the pinned requirements.txt the first time (about a minute).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.policylab-installed
# Parallel notebook runs: 2 workers, a notebook per worker (see docs/deployment.md).
WORKERS ?= 2

.PHONY: help lab test exercises outputs check-exercises data-readme bench site lint clean hub-env hub-test

help:
	@echo "make lab        open the pack in JupyterLab (sets up .venv the first time)"
	@echo "make test       run every test (sets up .venv the first time)"
	@echo "make exercises  rebuild exercises/ from solutions/"
	@echo "make outputs    re-run notebooks/ and solutions/ and store their outputs, then rebuild exercises/"
	@echo "make data-readme  regenerate data/README.md from data/datapackage.json"
	@echo "make bench      time every notebook and its kernel memory against the import floor"
	@echo "make site       build a static, offline HTML site of the pack in _site/"
	@echo "make hub-test   a class of 24 on a real JupyterHub on 127.0.0.1 -> bench/hub.md"
	@echo "make clean      remove .venv and caches"

$(STAMP): requirements.txt pyproject.toml config/jupyterlab-overrides.json
	@$(PYTHON) -c 'import sys; v = sys.version_info; sys.exit(0 if v >= (3, 11) else "Python 3.11 or newer is needed; this is " + sys.version.split()[0] + ". Run: make PYTHON=python3.12 ...")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m compileall -q src
	mkdir -p $(VENV)/share/jupyter/lab/settings
	cp config/jupyterlab-overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	touch $(STAMP)

# Jupyter refuses to run as root unless told; containers and some hubs run as root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root,)

lab: $(STAMP)
	$(BIN)/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir="$(CURDIR)" \
		--LabApp.default_url=/lab/tree/notebooks/00-orientation.ipynb

test: $(STAMP)
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
bench: $(STAMP)
	$(BIN)/python bench/run.py

# A static HTML site (lessons run afresh, exercises, guides, data README) that works offline
site: $(STAMP)
	$(BIN)/policylab build-site --out _site

lint: $(STAMP)
	$(BIN)/python -m ruff check src tests bench

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
