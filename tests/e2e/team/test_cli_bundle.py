"""``lacworkshop bundle export|import`` between two databases, as two laptops would,
on SQLite files and, given a server, on PostgreSQL (``--db postgresql://...``)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import pg_url
from tests.unit.team.workshop_setup import CODE, build, ids_by_email, slots_by_topic


@pytest.fixture
def two_databases(
    tmp_path: Path, db_engine: str, request: pytest.FixtureRequest
) -> Iterator[tuple[str, str]]:
    """Laptop A with the workshop built, laptop B empty: as ``--db`` values."""
    from lacworkshop.storage import open_database

    if db_engine == "postgresql":
        from tests.pg_databases import fresh_database

        template = request.getfixturevalue("pg_template")
        with (
            fresh_database(str(pg_url()), template) as a,
            fresh_database(str(pg_url()), template) as b,
        ):
            yield a, b
        return
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    open_database(b).close()
    yield str(a), str(b)


def _open(target: str):  # type: ignore[no-untyped-def]
    from lacworkshop.storage import open_database

    return open_database(target)


def test_two_laptops_merge_on_the_command_line(run_cli, tmp_path: Path, two_databases) -> None:  # type: ignore[no-untyped-def]
    a, b = two_databases
    db = _open(a)
    try:
        build(db)
    finally:
        db.close()

    full = tmp_path / "full.lwbundle"
    out = run_cli("bundle", "export", "--workshop", CODE, "-o", str(full), db=a, check=True)
    assert "4 people, 4 participation(s), 0 attendance mark(s)" in out.stdout
    out = run_cli("bundle", "import", str(full), db=b, check=True)
    assert "workshop: new; tracks added: 2; sessions added: 4" in out.stdout
    assert "people: 4 added, 0 updated, 0 unchanged" in out.stdout

    def ids(target: str) -> tuple[dict[str, int], dict[str, int]]:
        db = _open(target)
        try:
            return ids_by_email(db), slots_by_topic(db)
        finally:
            db.close()

    _pa, sa = ids(a)
    _pb, sb = ids(b)
    run_cli(
        "attendance",
        "mark",
        "--session",
        str(sa["Routing 9"]),
        "--person",
        "ana@example.org",
        "joao@example.org",
        "--mark",
        "P",
        db=a,
        check=True,
    )
    run_cli(
        "attendance",
        "mark",
        "--session",
        str(sb["Routing 9"]),
        "--person",
        "ana@example.org",
        "--mark",
        "A",
        db=b,
        check=True,
    )
    run_cli(
        "attendance",
        "mark",
        "--session",
        str(sb["DNS 14"]),
        "--person",
        "chloe@example.org",
        "--mark",
        "L",
        db=b,
        check=True,
    )

    routing = tmp_path / "routing.lwbundle"
    run_cli(
        "bundle",
        "export",
        "--workshop",
        CODE,
        "--track",
        "Routing",
        "-o",
        str(routing),
        db=a,
        check=True,
    )
    dry = run_cli("bundle", "import", str(routing), "--dry-run", db=b)
    assert dry.returncode == 3, dry.stderr
    lines = dry.stdout.splitlines()
    conflict = [line for line in lines if line.startswith("conflict in")]
    assert len(conflict) == 1
    assert "Ana María Pérez Núñez" in conflict[0] and "mark" in conflict[0]
    assert "yours “absent”" in conflict[0] and "the bundle's “present”" in conflict[0]
    assert "left open" in conflict[0]
    assert "dry run: nothing was written" in dry.stdout
    assert "attendance marks: 1 added, 0 updated, 0 unchanged" in dry.stdout

    done = run_cli("bundle", "import", str(routing), "--on-conflict", "theirs", db=b, check=True)
    assert "the bundle's taken" in done.stdout
    assert "attendance marks: 1 added, 1 updated, 0 unchanged" in done.stdout
    again = run_cli("bundle", "import", str(routing), db=b, check=True)
    assert "attendance marks: 0 added, 0 updated, 2 unchanged" in again.stdout
    assert "conflict" not in again.stdout

    db = _open(b)
    try:
        from tests.unit.team.workshop_setup import marks

        got = marks(db)
    finally:
        db.close()
    assert got == {
        ("ana@example.org", "Routing 9"): "present",
        ("joao@example.org", "Routing 9"): "present",
        ("chloe@example.org", "DNS 14"): "late",
    }


def test_a_bundle_from_a_newer_version_is_refused_in_one_line(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.formats.bundles import FORMAT_VERSION

    newer = tmp_path / "newer.lwbundle"
    with zipfile.ZipFile(newer, "w") as zf:
        zf.writestr(
            "manifest.json",
            json.dumps({"format": "lacworkshop-bundle", "format_version": FORMAT_VERSION + 1}),
        )
        zf.writestr("data.json", "{}")
    out = run_cli("bundle", "import", str(newer), db=tmp_path / "b.sqlite3")
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "newer version of lacworkshop" in out.stderr


def test_a_cleared_mark_and_a_session_edit_travel_on_the_command_line(  # type: ignore[no-untyped-def]
    run_cli, tmp_path: Path, two_databases
) -> None:
    a, b = two_databases
    db = _open(a)
    try:
        build(db)
    finally:
        db.close()
    full = tmp_path / "full.lwbundle"

    def mark(target: str, mark: str) -> None:
        db = _open(target)
        try:
            session = str(slots_by_topic(db)["Routing 9"])
        finally:
            db.close()
        args = ("attendance", "mark", "--session", session, "--person", "ana@example.org")
        run_cli(*args, "--mark", mark, db=target, check=True)

    mark(a, "P")
    run_cli("bundle", "export", "--workshop", CODE, "-o", str(full), db=a, check=True)
    run_cli("bundle", "import", str(full), db=b, check=True)

    # B clears the mark; A changed nothing since: the clearing comes in as an update.
    mark(b, "clear")
    from_b = tmp_path / "b.lwbundle"
    run_cli("bundle", "export", "--workshop", CODE, "-o", str(from_b), db=b, check=True)
    out = run_cli("bundle", "import", str(from_b), db=a, check=True)
    assert "attendance marks: 0 added, 1 updated, 0 unchanged" in out.stdout
    assert "sessions: 0 added, 0 updated, 4 unchanged" in out.stdout
    db = _open(a)
    try:
        from tests.unit.team.workshop_setup import marks

        assert marks(db) == {}
    finally:
        db.close()

    # A marks again while B's clearing is what B has: B is asked, and sees "cleared".
    mark(a, "L")
    mark(b, "E")
    mark(b, "clear")
    from_a = tmp_path / "a.lwbundle"
    run_cli("bundle", "export", "--workshop", CODE, "-o", str(from_a), db=a, check=True)
    asked = run_cli("bundle", "import", str(from_a), db=b)
    assert asked.returncode == 3, asked.stderr
    [line] = [x for x in asked.stdout.splitlines() if x.startswith("conflict in")]
    assert "yours “(mark cleared)”" in line and "the bundle's “late”" in line
