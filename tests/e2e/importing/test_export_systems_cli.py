"""``lacworkshop import`` names the system that wrote the file, says which of two competing
columns it used and how to choose the other, and seeds first-session attendance from the
platform's check-in only when asked."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def _write(path: Path, lines: list[str]) -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def _query(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


HEADER = "Order #,First Name,Last Name,Email,Ticket Type,Attendee #,Attendee Status,Work email"
ROWS = [
    "81,Ana Lucía,Gómez Herrera,ana.gomez@gmail.com,General Admission,5001,Checked In,"
    "agomez@cenditel.gob.ve",
    "82,Jean-Baptiste,Théodore,jbt@yahoo.fr,General Admission,5002,Attending,jbt@ahtic.ht",
    "83,Chantal,D'Souza,chantal@gmail.com,Student,5003,Refunded,cdsouza@gta.gd",
]


def test_system_named_competing_columns_said_and_check_in_on_request(
    run_cli, walc_db: Path, tmp_path: Path
) -> None:
    path = _write(tmp_path / "attendees.csv", [HEADER, *ROWS])
    args = ("import", str(path), "--workshop", "WALC2026", "--track", "none")
    dry = run_cli(*args, "--dry-run", db=walc_db, check=True)
    assert "attendees.csv: exported from Eventbrite" in dry.stdout
    assert (
        "several columns could be 'email': 'Email', 'Work email'; 'Email' is used "
        '(to change it: --map "Work email=email")' in dry.stdout
    )
    assert "registration refunded ('Refunded' in 'Attendee Status'); not imported" in dry.stdout

    done = run_cli(
        *args, "--map", "Work email=email", "--checked-in-attends", db=walc_db, check=True
    )
    assert "present at the first session (checked in) 1" in done.stdout
    assert _query(
        walc_db,
        "SELECT p.given_names, p.family_names, p.email, p.document_id, pa.role, pa.external_ref "
        "FROM person p JOIN participation pa ON pa.person_id = p.id ORDER BY p.email",
    ) == [
        ("Ana Lucía", "Gómez Herrera", "agomez@cenditel.gob.ve", None, "attendee", "5001"),
        ("Jean-Baptiste", "Théodore", "jbt@ahtic.ht", None, "attendee", "5002"),
    ]
    first = _query(
        walc_db,
        "SELECT p.email FROM attendance a JOIN participation pa ON pa.id = a.participation_id "
        "JOIN person p ON p.id = pa.person_id WHERE a.mark = 'present' AND a.slot_id = "
        "(SELECT id FROM slot ORDER BY date, start_time, id LIMIT 1)",
    )
    assert first == [("agomez@cenditel.gob.ve",)]
