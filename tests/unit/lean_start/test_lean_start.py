"""A command imports only what it uses, and opening a current database skips Alembic."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from lacworkshop.cli import commands
from lacworkshop.cli.app import Registry
from lacworkshop.storage.migrate import HEAD_REVISION, head_revision

# What listing workshops must never load: the window, the document libraries, Alembic.
# Nor the ORM: the list is read with Core, and building the mapped classes costs more
# than the query.
HEAVY = (
    "PySide6",
    "openpyxl",
    "reportlab",
    "alembic",
    "python_calamine",
    "babel.numbers",
    "sqlalchemy.orm",
    "lacworkshop.model.workshop",
)

PROBE = """
import json, sys
from lacworkshop.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def _run(*argv: str) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=False
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return int(report["code"]), set(report["modules"])


def test_head_revision_constant_is_alembics_head() -> None:
    assert head_revision() == HEAD_REVISION


def test_index_names_every_command_each_module_registers() -> None:
    """The index read from source matches what the modules register when imported."""
    registered: dict[str, set[str]] = {}
    for name in commands.module_names():
        parser = argparse.ArgumentParser()
        registry = Registry(parser.add_subparsers(), None)
        importlib.import_module(f"lacworkshop.cli.commands.{name}").register(registry)
        for word in registry.subparsers.choices:
            registered.setdefault(word, set()).add(name)
    index = {word: set(modules) for word, modules in commands.command_index().items()}
    assert index == registered


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("lean") / "demo.sqlite3"
    code, _ = _run("--db", str(db), "demo")
    assert code == 0
    return db


def test_listing_workshops_loads_no_heavy_library(demo_db: Path) -> None:
    code, modules = _run("--db", str(demo_db), "workshops")
    assert code == 0
    loaded = sorted(m for m in modules if m.split(".")[0] in {h.split(".")[0] for h in HEAVY})
    assert not [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    # Only the workshops commands' modules were imported, not every command's.
    command_modules = {m for m in modules if m.startswith("lacworkshop.cli.commands.")}
    assert command_modules == {
        f"lacworkshop.cli.commands.{name}" for name in commands.command_index()["workshops"]
    }


def test_a_due_migration_still_runs(tmp_path: Path) -> None:
    """A new file has no revision: Alembic is loaded and the schema is made."""
    db = tmp_path / "new.sqlite3"
    code, modules = _run("--db", str(db), "workshops")
    assert code == 0
    assert "alembic" in modules
    code, modules = _run("--db", str(db), "workshops")
    assert code == 0
    assert "alembic" not in modules


def test_an_unknown_command_lists_them_all(capsys: pytest.CaptureFixture[str]) -> None:
    from lacworkshop.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["no-such-command"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    for word in ("workshops", "certificates", "import", "export"):
        assert f"'{word}'" in err
