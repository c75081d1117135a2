"""Shared fixtures: a real SQLite file per test, the registration files organisers receive."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the real user's keyring: the organisation's private key goes to the key-file
# store, in a folder of each test's own (see keys_folder below).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

REPO = Path(__file__).resolve().parent.parent
REGISTRATIONS = REPO / "tests" / "data" / "registrations"
TEST_DATA = REPO / "tests" / "data"


@pytest.fixture(autouse=True, scope="session")
def keys_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The private signing keys of the test run, in a folder of its own (files named by key
    id, so databases shared by the tests of a module keep finding theirs)."""
    folder = tmp_path_factory.mktemp("keys")
    before = os.environ.get("LACWORKSHOP_KEYS_DIR")
    os.environ["LACWORKSHOP_KEYS_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("LACWORKSHOP_KEYS_DIR", None)
    else:
        os.environ["LACWORKSHOP_KEYS_DIR"] = before


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workshops.sqlite3"


PG_URL_VAR = "LACWORKSHOP_TEST_PG_URL"
# The local place of each server database a test opened -> its URL (see run_cli).
SERVER_PLACES: dict[str, str] = {}
# The suites that run on both engines when a PostgreSQL URL is given; the window's
# suite stays on SQLite (the window talks to the same services).
BOTH_ENGINES = ("tests/unit", "tests/e2e")


def pg_url() -> str | None:
    """The PostgreSQL server the tests may use (a throwaway one: databases come and go)."""
    return os.environ.get(PG_URL_VAR) or None


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--pg-url",
        default=None,
        help=f"PostgreSQL server for the second half of the suite (or {PG_URL_VAR})",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--pg-url"):
        os.environ[PG_URL_VAR] = config.getoption("--pg-url")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests on the ``db`` fixture run on SQLite and, given a server, on PostgreSQL too."""
    if "db_engine" not in metafunc.fixturenames or pg_url() is None:
        return
    from tests.sqlite_only import sqlite_only

    where = Path(str(metafunc.definition.path)).relative_to(REPO).as_posix()
    if where.startswith(BOTH_ENGINES) and not sqlite_only(f"{where}::{metafunc.function.__name__}"):
        metafunc.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # type: ignore[no-untyped-def]
    if pg_url() is None:
        terminalreporter.write_line(
            f"PostgreSQL half NOT run: set {PG_URL_VAR} (or --pg-url) to run the service "
            "and end-to-end tests on PostgreSQL too.",
            yellow=True,
            bold=True,
        )


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine under the ``db`` fixture: "sqlite" unless parametrised."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated, empty database on the server; each test's database is copied from it."""
    from tests.pg_databases import template_database

    url = pg_url()
    if url is None:
        pytest.skip(f"{PG_URL_VAR} is not set")
    with template_database(url) as name:
        yield name


@pytest.fixture
def pg_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh PostgreSQL database for one test (copied from the migrated template)."""
    from tests.pg_databases import fresh_database

    url = pg_url()
    if url is None:
        pytest.skip(f"{PG_URL_VAR} is not set")
    template = request.getfixturevalue("pg_template")
    with fresh_database(url, template) as test_url:
        yield test_url


@pytest.fixture
def db(db_path: Path, db_engine: str, request: pytest.FixtureRequest) -> Iterator[object]:
    from lacworkshop.storage import open_database
    from lacworkshop.storage.database import open_server_database

    if db_engine == "postgresql":
        url = request.getfixturevalue("pg_database")
        database = open_server_database(url, place=db_path.with_suffix(".pg"))
        # A test that hands ``db.path`` to the command line means this server database.
        SERVER_PLACES[str(database.path)] = url
    else:
        database = open_database(db_path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def second_db(tmp_path: Path, db_engine: str, request: pytest.FixtureRequest) -> Iterator[object]:
    """Another database on the same engine as ``db`` (the other laptop, the other office)."""
    from lacworkshop.storage import open_database
    from lacworkshop.storage.database import open_server_database

    path = tmp_path / "other" / "workshops.sqlite3"
    if db_engine == "postgresql":
        from tests.pg_databases import fresh_database

        template = request.getfixturevalue("pg_template")
        with fresh_database(str(pg_url()), template) as url:
            database = open_server_database(url, place=path.with_suffix(".pg"))
            try:
                yield database
            finally:
                database.close()
        return
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def demo_db(db):  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.create import populate

    populate(db, people=60, workshops=3)
    return db


@pytest.fixture
def shared_data() -> Path:
    """The registration files as organisers receive them (copied into the repository)."""
    if not REGISTRATIONS.is_dir():
        pytest.fail(f"registration files missing at {REGISTRATIONS}")
    return REGISTRATIONS


@pytest.fixture
def run_cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run ``python -m lacworkshop`` as a separate process, as a user would."""
    import subprocess

    def _run(*args: str, db: Path | None = None, input: str | None = None, check: bool = False):  # type: ignore[no-untyped-def]
        cmd = [sys.executable, "-m", "lacworkshop"]
        if db is not None:
            cmd += ["--db", SERVER_PLACES.get(str(db), str(db))]
        cmd += list(args)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("LACWORKSHOP_DB", None)
        # Messages follow the locale; tests read them in English unless they choose.
        for name in ("LC_ALL", "LC_MESSAGES"):
            env.pop(name, None)
        env["LANG"] = "C.UTF-8"
        proc = subprocess.run(
            cmd, capture_output=True, text=True, input=input, env=env, cwd=tmp_path, timeout=600
        )
        if check and proc.returncode != 0:
            raise AssertionError(f"{cmd} failed ({proc.returncode}):\n{proc.stderr}")
        return proc

    return _run
