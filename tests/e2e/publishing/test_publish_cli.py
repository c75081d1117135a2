"""``lacworkshop publish`` as a person runs it: one line saying what was published."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.mark.slow
def test_publish_writes_the_folder_and_refuses_a_folder_of_other_files(
    register, run_cli, db_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db, _wid, issued = register
    db.close()  # the command opens the database itself, as a separate process
    db_path = db.path  # on a test server, the place the command line maps to its URL
    out = tmp_path / "sitio web"
    done = run_cli("publish", "--workshop", "walc2026", "-o", str(out), db=db_path)
    assert done.returncode == 0, done.stderr
    listed = (len(issued) + 1) // 2
    assert done.stdout.strip() == (
        f"Published into {out}: 1 workshops, {listed} certificates listed, "
        f"{len(issued) - listed} left out (no consent to being listed), 0 revoked."
    )
    index = json.loads((out / "workshops" / "WALC2026.json").read_text(encoding="utf-8"))
    assert {e["c"] for e in index["certificates"]} == {r.code for r in issued[::2]}

    again = run_cli("publish", "--all", "-o", str(out), db=db_path)
    assert again.returncode == 0 and (out / "verify.html").is_file()

    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "lista.xlsx").write_bytes(b"x")
    refused = run_cli("publish", "--all", "-o", str(papers), db=db_path)
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "holds other files" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert sorted(p.name for p in papers.iterdir()) == ["lista.xlsx"]

    usage = run_cli("publish", "-o", str(out), db=db_path)
    assert usage.returncode == 2 and "--workshop" in usage.stderr
