"""The command line: badges, tents and check-in from standard input, as a door script would."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.badges.test_badge_qr_checkin import read_qr_codes


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    from lacworkshop.services.demo.create import populate
    from lacworkshop.storage import open_database

    path = tmp_path / "demo.sqlite3"
    db = open_database(path)
    populate(db, people=40, workshops=1)
    # The demo has marked its sessions already; the door starts from an empty first session.
    from sqlalchemy import select

    from lacworkshop.model import Slot
    from lacworkshop.services.attendance.grid import clear_slot

    with db.session() as session:
        first = session.execute(
            select(Slot.workshop_id, Slot.id).order_by(Slot.date, Slot.start_time, Slot.id)
        ).first()
    assert first is not None
    clear_slot(db, first[0], first[1])
    db.close()
    return path


def _workshop_and_session(run_cli, db: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    code = run_cli("workshops", db=db, check=True).stdout.splitlines()[1].split("\t")[0]
    sessions = run_cli(
        "sessions", "list", "--workshop", code, db=db, check=True
    ).stdout.splitlines()
    return code, sessions[1].split("\t")[0]


@pytest.mark.slow
def test_badges_then_checkin_from_stdin_then_already(
    run_cli, demo_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    code, session = _workshop_and_session(run_cli, demo_file)
    out = tmp_path / "badges.pdf"
    made = run_cli(
        "badges",
        "--workshop",
        code,
        "--layout",
        "avery-l7163",
        "-o",
        str(out),
        db=demo_file,
        check=True,
    )
    assert "badge(s) on" in made.stdout and out.exists()
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert "Type 3" not in fonts and all(" yes " in line for line in fonts.splitlines()[2:])
    codes = read_qr_codes(out, tmp_path)
    assert codes
    first = run_cli(
        "checkin",
        "--workshop",
        code,
        "--session",
        session,
        db=demo_file,
        input="\n".join(codes) + "\n",
    )
    outcomes = [
        line.split("\t")[0] for line in first.stdout.splitlines() if not line.startswith("\t")
    ]
    assert len(outcomes) == len(codes)
    # The clock is today's, long after the demo's session started: late, not present.
    assert "late" in outcomes
    assert set(outcomes) <= {"present", "late", "welcome", "wrong_track"}
    second = run_cli("checkin", "--workshop", code, "--session", session, *codes[:3], db=demo_file)
    assert second.returncode == 3 or "already checked in" in second.stdout
    for line, outcome in zip(second.stdout.splitlines(), outcomes[:3], strict=True):
        if outcome in ("present", "late"):
            assert "already checked in" in line

    tents = tmp_path / "tents.pdf"
    made = run_cli(
        "tents",
        "--workshop",
        code,
        "--role",
        "attendee",
        "-o",
        str(tents),
        db=demo_file,
        check=True,
    )
    assert "table tent(s)" in made.stdout
    text = subprocess.run(
        ["pdftotext", str(tents), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.strip()


def test_unknown_layout_is_one_line(run_cli, demo_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _session = _workshop_and_session(run_cli, demo_file)
    proc = run_cli(
        "badges",
        "--workshop",
        code,
        "--layout",
        "postcard",
        "-o",
        str(tmp_path / "x.pdf"),
        db=demo_file,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "avery-5395" in proc.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_badge_settings_change_and_refuse_plainly(run_cli, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    code, _session = _workshop_and_session(run_cli, demo_file)
    shown = run_cli(
        "badge-settings",
        "--workshop",
        code,
        "--fields",
        "organisation,qr",
        "--colour",
        "staff=#56B4E9",
        "--late-after",
        "20",
        db=demo_file,
        check=True,
    )
    rows = dict(line.split("\t") for line in shown.stdout.splitlines()[1:])
    assert rows["fields"] == "organisation,qr" and rows["colour.staff"] == "#56B4E9"
    assert rows["late_after_minutes"] == "20"
    bad = run_cli("badge-settings", "--workshop", code, "--colour", "staff=pink", db=demo_file)
    assert bad.returncode == 1 and "#RRGGBB" in bad.stderr and bad.stderr.count("\n") == 1
    unknown = run_cli("badge-settings", "--workshop", code, "--fields", "photo", db=demo_file)
    assert unknown.returncode == 1 and "photo" in unknown.stderr and "{" not in unknown.stderr


def test_a_workshop_logo_goes_on_its_badges(run_cli, demo_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    code, _session = _workshop_and_session(run_cli, demo_file)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (97, 31), (204, 121, 167)).save(logo)
    shown = run_cli(
        "badge-settings", "--workshop", code, "--logo", str(logo), db=demo_file, check=True
    )
    assert "badge-logo-" in shown.stdout
    out = tmp_path / "b.pdf"
    run_cli(
        "badges", "--workshop", code, "--layout", "a6", "-o", str(out), db=demo_file, check=True
    )
    images = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    )
    assert any(line.split()[3:5] == ["97", "31"] for line in images.stdout.splitlines()[2:])
    bad = tmp_path / "not-an-image.png"
    bad.write_text("hello")
    refused = run_cli("badge-settings", "--workshop", code, "--logo", str(bad), db=demo_file)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
