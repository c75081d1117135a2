"""The command line on a real database file: reprints that keep every code valid, dry runs,
the refusal to issue before the end, exit status 3 when blocked, French typography."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, time, timedelta
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


@pytest.fixture
def copy_db(walc_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.sqlite3"
    shutil.copyfile(walc_db, path)
    return path


def _payloads(db_path: Path) -> dict[str, str]:
    from lacworkshop.services.certificates.issuing import list_certificates
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    try:
        rows = list_certificates(db, workshop_id_for_code(db, "WALC2026"))
        return {r.code: r.payload for r in rows}
    finally:
        db.close()


def _layout_lines(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def test_reprinting_in_other_languages_keeps_every_earlier_code_valid(
    copy_db: Path, run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = run_cli(
        "certificates",
        "issue",
        "--workshop",
        "WALC2026",
        "--language",
        "es",
        "-o",
        str(tmp_path / "es.pdf"),
        db=copy_db,
    )
    assert first.returncode == 3, first.stderr  # the one name no font can print
    sent = _payloads(copy_db)
    assert sent
    for language in ("fr", "pt", "en"):
        again = run_cli(
            "certificates",
            "issue",
            "--workshop",
            "WALC2026",
            "--language",
            language,
            "-o",
            str(tmp_path / f"{language}.pdf"),
            db=copy_db,
        )
        assert f"0 issued, 0 reused, {len(sent)} reprinted, 0 superseded" in again.stdout
    assert _payloads(copy_db) == sent  # same codes, same QR texts: nothing superseded
    for code, payload in list(sent.items())[:5]:
        for text in (code, payload):
            proc = run_cli("verify", text, db=copy_db)
            assert proc.returncode == 0 and proc.stdout.startswith("VALID"), proc.stdout
    listing = run_cli("certificates", "list", "--workshop", "WALC2026", db=copy_db).stdout
    rows = [line.split("\t") for line in listing.splitlines()[1:]]
    assert len(rows) == len(sent) and all(r[1] == "1" and r[6] == "en" for r in rows)


def test_dry_run_lists_and_writes_nothing(copy_db: Path, run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dry = run_cli("certificates", "issue", "--workshop", "WALC2026", "--dry-run", db=copy_db)
    assert dry.returncode == 3
    lines = dry.stdout.splitlines()
    assert "would be issued" in lines[0] and "Nothing was written (dry run)." in lines[0]
    n = int(re.search(r"(\d+) would be issued", lines[0]).group(1))  # type: ignore[union-attr]
    assert len([x for x in lines if x.startswith("issue: ")]) == n > 0
    not_eligible = [x for x in lines if x.startswith("not eligible: ")]
    assert not_eligible and all(
        re.search(r": attended [\d.]+ of [\d.]+ h$", x) for x in not_eligible
    )
    assert [x for x in lines if x.startswith("blocked: ")]
    assert _payloads(copy_db) == {}
    run_cli(
        "certificates",
        "issue",
        "--workshop",
        "WALC2026",
        "-o",
        str(tmp_path / "a.pdf"),
        db=copy_db,
    )
    plan = run_cli(
        "certificates",
        "issue",
        "--workshop",
        "WALC2026",
        "--language",
        "fr",
        "--dry-run",
        db=copy_db,
    ).stdout
    assert f"{n} would be reprinted" in plan or "would be reprinted" in plan
    assert len([x for x in plan.splitlines() if x.startswith(("reprint: ", "unchanged: "))]) == n
    listing = run_cli("certificates", "list", "--workshop", "WALC2026", db=copy_db).stdout
    assert "\tfr\t" not in listing or "\tfr\t" in listing.split("\n", 1)[1]


def test_issuing_before_the_last_session_ended_is_refused(
    copy_db: Path, run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from lacworkshop.model import Slot, Workshop
    from lacworkshop.storage import open_database

    db = open_database(copy_db)
    try:
        with db.session() as session:
            ws = session.scalar(select(Workshop).where(Workshop.code == "WALC2026"))
            assert ws is not None
            later = date.today() + timedelta(days=30)
            session.add(
                Slot(
                    workshop_id=ws.id,
                    track_id=None,
                    date=later,
                    start_time=time(9, 0),
                    end_time=time(10, 0),
                    topic="Clausura",
                )
            )
            ws.end_date = later
    finally:
        db.close()
    args = ("certificates", "issue", "--workshop", "WALC2026", "-o", str(tmp_path / "x.pdf"))
    refused = run_cli(*args, db=copy_db)
    assert refused.returncode == 1 and "--before-end" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "x.pdf").exists()
    confirmed = run_cli(*args, "--before-end", db=copy_db)
    assert confirmed.returncode in (0, 3) and (tmp_path / "x.pdf").exists()


def test_french_certificates_never_break_at_guillemets(
    copy_db: Path, run_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    for kind in ("participation", "trainer", "completion"):
        pdf = tmp_path / f"{kind}.pdf"
        run_cli(
            "certificates",
            "issue",
            "--workshop",
            "WALC2026",
            "--kind",
            kind,
            "--language",
            "fr",
            "-o",
            str(pdf),
            db=copy_db,
        )
        lines = _layout_lines(pdf)
        assert any("«" in line for line in lines)
        for line, following in zip(lines, [*lines[1:], ""], strict=True):
            assert not line.startswith("»") and not line.endswith("«"), line
            # "3,5 heures": the number never ends a line without its unit.
            assert not following.startswith("heures"), (line, following)
