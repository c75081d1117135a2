"""``lacworkshop import`` again on people already in the workshop: update moves, link keeps."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def _write(path: Path, lines: list[str]) -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def _held(db: Path) -> list[tuple[str, str, str | None]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT p.email, pa.role, t.name FROM participation pa "
            "JOIN person p ON p.id = pa.person_id LEFT JOIN track t ON t.id = pa.track_id "
            "ORDER BY p.email, pa.role"
        ).fetchall()
    finally:
        con.close()


PEOPLE = [
    "Ana,Pérez Íñiguez,ana@example.org,Perú",
    "João,D'Ávila Conceição,joao@nic.br,Brasil",
    "Marie-Hélène,N'Diaye,mh@example.ht,Haïti",
]


def test_update_moves_participations_and_link_leaves_them(
    run_cli, walc_db: Path, tmp_path: Path
) -> None:
    first = _write(tmp_path / "inscritos.csv", ["Nombre,Apellido,Correo,País", *PEOPLE])
    run_cli(
        "import", str(first), "--workshop", "WALC2026", "--track", "Routing and BGP",
        db=walc_db, check=True,
    )  # fmt: skip
    assert [t for _e, _r, t in _held(walc_db)] == ["Routing and BGP"] * 3

    # The file's own Track and Role columns win over --track for their rows.
    second = _write(
        tmp_path / "asignaciones.csv",
        [
            "Nombre,Apellido,Correo,País,Track,Rol",
            PEOPLE[0] + ",Network security,",
            PEOPLE[1] + ",,Instructor",
            PEOPLE[2] + ",Routing and BGP,",
        ],
    )
    linked = run_cli(
        "import", str(second), "--workshop", "WALC2026", "--track", "DNS and DNSSEC",
        db=walc_db, check=True,
    )  # fmt: skip
    assert "linked 3" in linked.stdout and "moved" not in linked.stdout
    assert "added to the workshop 1 (2 were in it already)" in linked.stdout  # João also teaches
    assert _held(walc_db) == [
        ("ana@example.org", "attendee", "Routing and BGP"),
        ("joao@nic.br", "attendee", "Routing and BGP"),
        ("joao@nic.br", "trainer", "DNS and DNSSEC"),
        ("mh@example.ht", "attendee", "Routing and BGP"),
    ]

    walc = tmp_path / "walc-update.sqlite3"
    run_cli("demo", "--people", "0", "--workshops", "1", db=walc, check=True)
    run_cli(
        "import", str(first), "--workshop", "WALC2026", "--track", "Routing and BGP",
        db=walc, check=True,
    )  # fmt: skip
    updated = run_cli(
        "import", str(second), "--workshop", "WALC2026", "--track", "DNS and DNSSEC",
        "--on-duplicate", "update", "--report", str(tmp_path / "resumen.xlsx"),
        db=walc, check=True,
    )  # fmt: skip
    assert "updated 3" in updated.stdout
    assert (
        "added to the workshop 0 (3 were in it already); moved to this import's track or role 2"
        in updated.stdout
    )
    assert _held(walc) == [
        ("ana@example.org", "attendee", "Network security"),
        ("joao@nic.br", "trainer", "DNS and DNSSEC"),
        ("mh@example.ht", "attendee", "Routing and BGP"),
    ]
    from openpyxl import load_workbook

    text = " | ".join(
        str(c.value)
        for ws in load_workbook(tmp_path / "resumen.xlsx").worksheets
        for row in ws.iter_rows()
        for c in row
        if c.value
    )
    assert "moved from track Routing and BGP to track Network security" in text
    assert "moved to trainer on track DNS and DNSSEC" in text
