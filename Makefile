# lacworkshop: `make run` opens the app, `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint typecheck contracts pytest bench clean translations translations-check package

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade --quiet pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/lacworkshop gui

test: lint typecheck contracts pytest

# The quick lane for one's own loop: lint, types, contracts and every test not marked slow.
test-fast: lint typecheck contracts
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check lacworkshop tests benchmarks packaging
	$(BIN)/ruff format --check lacworkshop tests benchmarks packaging

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

# With LACWORKSHOP_TEST_PG_URL set (.ci/run starts a throwaway server) the service and
# end-to-end tests run on PostgreSQL too; without it only the SQLite half runs, and says so.
pytest: $(STAMP)
	@[ -n "$$LACWORKSHOP_TEST_PG_URL" ] || echo "NOTE: LACWORKSHOP_TEST_PG_URL is not set: the PostgreSQL half of the tests will NOT run (SQLite only)."
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The one-folder app for this platform in dist/lacworkshop (PyInstaller); see packaging/.
PACKAGING_STAMP := $(VENV)/.packaging
$(PACKAGING_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $(PACKAGING_STAMP)

package: $(PACKAGING_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/lacworkshop.spec

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py $(CASES)

# Re-extract the interface strings into the .ts catalogues (translations kept),
# then compile the .qm files the application loads. Both are committed.
TS_FILES := $(foreach lang,es pt fr,resources/translations/lacworkshop_$(lang).ts)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find lacworkshop/ui -name '*.py' | LC_ALL=C sort) -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm || exit 1; done

# What the tests check of the translations, alone (the pre-commit hook runs it).
translations-check: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/unit/i18n/test_catalogues.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
