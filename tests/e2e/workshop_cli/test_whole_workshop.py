"""A two-track workshop built with the command line alone, from `workshops add` to
`certificates`, gives the same papers as the same workshop built the window's way
(the service calls its dialogs and grid make)."""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lacworkshop.cli import main

CODE = "WALC2027"
CODE_RE = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b")
PEOPLE = [
    # given, family, email, country, role, track
    ("Ana", "D'Souza Pérez", "ana@example.org", "BR", "trainer", "Routing"),
    ("João", "Leão", "joao@example.org", "BR", "trainer", "Seguridad"),
    ("María José", "Núñez Ñandú", "mj@example.org", "BO", "attendee", "Routing"),
    ("Zoë", "<O'Brien & Co>", "zoe@example.org", "AR", "attendee", "Seguridad"),
    ("Łukasz", "Şahin", "lukasz@example.org", "UY", "attendee", "Routing"),
]


def _pdftext(pdf: Path) -> str:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Codes differ, and so does their printed width, which shifts the layout's columns.
    return "\n".join(" ".join(line.split()) for line in CODE_RE.sub("CODE", text).splitlines())


def _cells(xlsx: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every cell value (formulas as written) of every sheet, less the database's own token."""
    wb = load_workbook(xlsx)
    return {
        ws.title: [
            tuple(row) for row in ws.iter_rows(values_only=True) if row[0] != "workshop_token"
        ]
        for ws in wb
    }


def _build_with_cli(run_cli, db: Path, out: Path, logo: Path, signature: Path) -> None:  # type: ignore[no-untyped-def]
    def cli(*args: str, input: str | None = None) -> str:
        # The entry point in this process (the same code as the `lacworkshop` script, without
        # thirty interpreter start-ups); the stdin case is also run as a real process below.
        stdout = io.StringIO()
        old_stdin = sys.stdin
        sys.stdin = io.StringIO(input or "")
        try:
            with contextlib.redirect_stdout(stdout):
                code = main(["--db", str(db), *args])
        finally:
            sys.stdin = old_stdin
        assert code == 0, (args, stdout.getvalue())
        return stdout.getvalue()

    cli(
        "workshops", "add", CODE, "--title", "WALC 2027 — Taller de Redes",
        "--start", "2027-05-17", "--end", "2027-05-21", "--city", "Asunción",
        "--country", "PY", "--languages", "es,pt", "--min-share", "75%",
    )  # fmt: skip
    cli("tracks", "add", "--workshop", CODE, "Routing", "Seguridad")
    cli("organisation", "--name", "LACNIC", "--logo", str(logo))
    cli(
        "schedule", "generate", "--workshop", CODE, "--block", "09:00-12:30",
        "--block", "14:00-17:30", "--skip-date", "2027-05-19", "--topic", "Laboratorio",
    )  # fmt: skip
    cli(
        "sessions", "add", "--workshop", CODE, "--date", "2027-05-17", "--start", "08:00",
        "--end", "09:00", "--plenary", "--topic", "Apertura",
    )  # fmt: skip
    for given, family, email, country, role, track in PEOPLE:
        new_id = cli(
            "person", "add", "--given", given, "--family", family, "--email", email,
            "--country", country, "--workshop", CODE, "--role", role, "--track", track,
        )  # fmt: skip
        assert new_id.strip().isdigit()
    cli(
        "trainers",
        "assign",
        "--workshop",
        CODE,
        "--track",
        "Routing",
        "--trainer",
        "ana@example.org",
    )
    cli(
        "trainers",
        "assign",
        "--workshop",
        CODE,
        "--track",
        "Seguridad",
        "--trainer",
        "joao@example.org",
    )
    cli(
        "signatories", "add", "Rosa Martínez", "--title", "Directora", "--signature",
        str(signature), "--workshop", CODE,
    )  # fmt: skip
    listing = cli("sessions", "list", "--workshop", CODE).splitlines()
    rows = [line.split("\t") for line in listing[1:]]
    routing = [r[0] for r in rows if r[5] in ("Routing", "(all tracks)")]
    security = [r[0] for r in rows if r[5] == "Seguridad"]
    # Everyone of Routing present everywhere, from stdin; Łukasz late on the first three.
    for sid in routing:
        cli(
            "attendance", "mark", "--session", sid, input="mj@example.org P\nlukasz@example.org P\n"
        )
    # The same again as a separate process reading a pipe: nothing changes.
    again = run_cli(
        "attendance", "mark", "--session", routing[0], db=db, check=True,
        input="# one per line\nmj@example.org\tP\n\nlukasz@example.org P\n",
    )  # fmt: skip
    assert f"session {routing[0]}: 0 mark(s) changed, 2 unchanged" in again.stdout
    cli(
        "attendance",
        "mark",
        "--session",
        *routing[:3],
        "--person",
        "lukasz@example.org",
        "--mark",
        "L",
    )
    cli(
        "attendance",
        "mark",
        "--session",
        *security[:2],
        "--person",
        "zoe@example.org",
        "--mark",
        "E",
    )
    cli(
        "override", "set", "--workshop", CODE, "--person", "zoe@example.org", "--grant",
        "--reason", "corte de luz en la sede",
    )  # fmt: skip
    cli(
        "certificates",
        "issue",
        "--workshop",
        CODE,
        "--before-end",
        "-o",
        str(out / "certificates.pdf"),
    )
    cli("signin-sheets", "--workshop", CODE, "-o", str(out / "signin.pdf"))
    cli("export", "attendance", "--workshop", CODE, "-o", str(out / "register.xlsx"))


def _build_like_the_window(db_path: Path, out: Path, logo: Path, signature: Path) -> None:
    """The calls the workshop form, schedule panel, dialogs and grid make, in order."""
    from lacworkshop.model import CertificateKind, Mark, Role
    from lacworkshop.services.attendance.grid import CellState, set_cells
    from lacworkshop.services.attendance.overrides import set_override
    from lacworkshop.services.attendance.register import export_register
    from lacworkshop.services.attendance.signin_sheets import write_signin_sheets
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.certificates.output import write_merged
    from lacworkshop.services.certificates.templates import add_signatory
    from lacworkshop.services.organisation import set_organisation_logo, set_organisation_name
    from lacworkshop.services.people.directory import PersonData, create_person
    from lacworkshop.services.people.participation import add_participants, list_participants
    from lacworkshop.services.workshops import schedule
    from lacworkshop.services.workshops.editing import (
        WorkshopData,
        add_track,
        create_workshop,
        list_tracks,
        rename_track,
    )
    from lacworkshop.storage import open_database

    db = open_database(db_path)
    try:
        wid = create_workshop(
            db,
            WorkshopData(
                code=CODE,
                title="WALC 2027 — Taller de Redes",
                start_date=date(2027, 5, 17),
                end_date=date(2027, 5, 21),
                city="Asunción",
                country="PY",
                languages="es,pt",
                min_share=0.75,
            ),
        )
        # The schedule panel renames the unused "General" for the first track it adds.
        rename_track(db, list_tracks(db, wid)[0].id, "Routing")
        add_track(db, wid, "Seguridad")
        set_organisation_name(db, "LACNIC")
        set_organisation_logo(db, logo.read_bytes())
        tracks = {t.name: t.id for t in list_tracks(db, wid)}
        schedule.generate_slots(
            db,
            wid,
            date(2027, 5, 17),
            date(2027, 5, 21),
            [(time(9), time(12, 30)), (time(14), time(17, 30))],
            skip_weekdays=[5, 6],
            skip_dates=[date(2027, 5, 19)],
            track_ids=list(tracks.values()),
            topic="Laboratorio",
        )
        schedule.create_slot(
            db, wid, schedule.SlotData(date(2027, 5, 17), time(8), time(9), "Apertura")
        )
        ids = {}
        for given, family, email, country, role, track in PEOPLE:
            pid = create_person(db, PersonData(given, family, email=email, country=country))
            add_participants(db, wid, [pid], Role(role), tracks[track])
            ids[email] = pid
        slots = schedule.list_slots(db, wid)
        for email, track in (("ana@example.org", "Routing"), ("joao@example.org", "Seguridad")):
            own = [s.id for s in slots if s.track_id == tracks[track]]
            schedule.assign_trainers(db, wid, own, [ids[email]])
        add_signatory(db, wid, "Rosa Martínez", "Directora", "", signature.read_bytes())
        part = {p.email: p.id for p in list_participants(db, wid, Role.ATTENDEE)}
        routing = [s.id for s in slots if s.track_id in (None, tracks["Routing"])]
        security = [s.id for s in slots if s.track_id == tracks["Seguridad"]]
        cells = {
            (part[e], sid): CellState(Mark.PRESENT)
            for sid in routing
            for e in ("mj@example.org", "lukasz@example.org")
        }
        cells.update(
            {(part["lukasz@example.org"], sid): CellState(Mark.LATE) for sid in routing[:3]}
        )
        cells.update(
            {(part["zoe@example.org"], sid): CellState(Mark.EXCUSED) for sid in security[:2]}
        )
        set_cells(db, wid, cells)
        set_override(db, part["zoe@example.org"], True, "corte de luz en la sede")
        report = issue_certificates(
            db, wid, CertificateKind.PARTICIPATION, None, "auto", before_end=True
        )
        write_merged(
            db, report.certificates, out / "certificates.pdf", wid, title=f"{CODE} certificates"
        )
        write_signin_sheets(db, wid, out / "signin.pdf")
        export_register(db, wid, out / "register.xlsx")
    finally:
        db.close()


@pytest.mark.slow
def test_cli_workshop_gives_the_window_papers(
    run_cli, tmp_path: Path, monkeypatch, own_images
) -> None:  # type: ignore[no-untyped-def]
    # The command line's messages follow LANG; these assertions read the English ones.
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    logo, signature = own_images
    by_cli, by_window = tmp_path / "cli", tmp_path / "window"
    by_cli.mkdir()
    by_window.mkdir()
    _build_with_cli(run_cli, tmp_path / "cli.sqlite3", by_cli, logo, signature)
    _build_like_the_window(tmp_path / "window.sqlite3", by_window, logo, signature)

    cli_certs = _pdftext(by_cli / "certificates.pdf")
    assert cli_certs == _pdftext(by_window / "certificates.pdf")
    # Three certificates: two by attendance, Zoë by the override; names print literally.
    for name in ("María José Núñez Ñandú", "Zoë <O'Brien & Co>", "Łukasz Şahin"):
        assert name in cli_certs
    assert cli_certs.count("CODE") >= 3

    cli_sheets = _pdftext(by_cli / "signin.pdf")
    assert cli_sheets == _pdftext(by_window / "signin.pdf")
    assert "Apertura" in cli_sheets and "Ana D'Souza Pérez" in cli_sheets

    cli_register = _cells(by_cli / "register.xlsx")
    window_register = _cells(by_window / "register.xlsx")
    assert set(cli_register) == set(window_register)
    for sheet, rows in cli_register.items():
        assert rows == window_register[sheet], sheet
    assert {"Routing", "Seguridad"} <= set(cli_register)
