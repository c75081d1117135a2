"""A demo database whose WALC2026 rule exercises every branch of the register formulas."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def walc_db(run_cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from lacworkshop.model import (
        Attendance,
        ExcusedPolicy,
        LatePolicy,
        Participation,
        Workshop,
    )
    from lacworkshop.storage import open_database

    path = tmp_path / "walc.sqlite3"
    run_cli("demo", "--people", "150", "--workshops", "3", db=path, check=True)
    db = open_database(path)
    try:
        with db.session() as s:
            w = s.scalar(select(Workshop).where(Workshop.code == "WALC2026"))
            assert w is not None
            w.min_share = 0.8
            w.late_policy = LatePolicy.FRACTION
            w.late_fraction = 0.5
            w.excused_policy = ExcusedPolicy.EXCLUDE
            parts = list(
                s.scalars(
                    select(Participation)
                    .where(Participation.workshop_id == w.id)
                    .order_by(Participation.id)
                )
            )
            parts[-1].eligibility_override = True
            parts[-1].override_reason = "Certificado médico"
            # Some sessions not marked yet, as on a Wednesday.
            marks = list(
                s.scalars(
                    select(Attendance)
                    .join(Participation)
                    .where(Participation.workshop_id == w.id)
                    .order_by(Attendance.id)
                )
            )
            for a in marks[::7]:
                s.delete(a)
    finally:
        db.close()
    return path
