# errorflow developer commands. Everything installs into .venv from PyPI.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
# Test files run on this many processes (pytest-xdist): one per CPU this process may use, at least
# two (integration tests mostly wait) and at most four (each worker runs its own broker, chDB engine and
# pipeline stacks: 2.5 GB and more at its peak). Measured on two cores: three workers overloaded them.
TEST_WORKERS ?= $(shell $(PYTHON) -c 'import os; print(min(4, max(2, len(os.sched_getaffinity(0)))))' 2>/dev/null || echo 2)
# mypy's incremental cache lives in the checkout (make clean removes it): a cache shared in /tmp is
# rewritten by every other checkout's run (other paths, other sources) and is cold for each of them.
MYPY := cd /tmp && $(abspath $(VENV))/bin/mypy --config-file $(CURDIR)/pyproject.toml --cache-dir $(CURDIR)/.mypy_cache
# Whole files per worker, handed out in collection order: tests/conftest.py puts the slow integration
# files first (xdist's default reordering by test count put them last, and the run ended on one worker).
DIST := -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

.PHONY: install bytecode test lint typecheck unit integration demo bench clean

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Strict editable install: errorflow.<layer> maps to the top-level folders
# (schemas/, streams/, agents/, sinks/) through a link tree that mypy can read.
# Re-run on every call so new modules are linked.
install: $(VENV)/bin/activate
	$(PIP) install --quiet --disable-pip-version-check -e ".[dev]" --config-settings editable_mode=strict
	$(MAKE) --no-print-directory bytecode

# pip compiles the packages it installs to bytecode, but not the editable install's link tree, and where
# PYTHONDONTWRITEBYTECODE is set (CI images, sandboxes) no process writes it either: every `errorflow`
# process a test starts (pipelines, runners, CLI calls) compiled errorflow's modules again, ~0.15 CPU-s
# each. Compiled here once, with each source's hash (checked-hash): Python checks it on every import and
# compiles an edited source afresh, so a .pyc never stands in for a changed source. Test modules are left
# out: pytest rewrites and compiles them itself.
bytecode:
	$(PY) -m compileall -q -j 0 --invalidation-mode checked-hash -x '/(test_[^/]*|conftest)\.py$$' \
		build/__editable__.* tests

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install
	$(MYPY) -p errorflow

unit: install
	$(PY) -m pytest tests/unit -q

integration: install
	$(PY) -m pytest tests/integration -q $(DIST)

# The one command that installs everything and runs every check and test. Integration tests
# spend most of their time waiting for the broker and the pipeline, so test files run on
# TEST_WORKERS processes (pytest-xdist); a file's tests stay on one worker and share its stack.
# --durations: the slowest tests in every run's log, to see where the suite's minutes go as tests are added.
# mypy runs beside the tests (its report follows theirs): the integration files the run starts with
# mostly wait, and a cold mypy run (~10 CPU-s, a fresh checkout has no cache) fits in there. Either failing fails.
test: install lint
	@log=$$(mktemp); ($(MYPY) -p errorflow) >$$log 2>&1 & typing=$$!; \
	$(PY) -m pytest -q $(DIST) --durations=25; tests=$$?; \
	wait $$typing; typed=$$?; echo "mypy (strict):"; cat $$log; rm -f $$log; \
	test $$tests -eq 0 && test $$typed -eq 0

demo: install
	$(VENV)/bin/errorflow demo

bench: install
	$(PIP) install --quiet --disable-pip-version-check -e ".[dev,bench]" --config-settings editable_mode=strict
	$(PY) bench/run_all.py

clean:
	rm -rf build .errorflow .pytest_cache .mypy_cache .ruff_cache
