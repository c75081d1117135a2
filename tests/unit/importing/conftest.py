"""Fixtures for import tests: a workshop with tracks, the test workbooks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

IMPORT_DATA = Path(__file__).resolve().parents[2] / "data" / "importing"


@pytest.fixture
def import_data() -> Path:
    return IMPORT_DATA


@pytest.fixture
def workshop_id(db) -> int:  # type: ignore[no-untyped-def]
    from lacworkshop.model import Track, Workshop

    with db.session() as session:
        ws = Workshop(
            code="DNSSEC2026",
            title="Taller de DNSSEC",
            start_date=dt.date(2026, 11, 23),
            end_date=dt.date(2026, 11, 25),
        )
        session.add(ws)
        session.flush()
        session.add_all(
            [
                Track(workshop_id=ws.id, name="Operadores", position=0),
                Track(workshop_id=ws.id, name="Registradores", position=1),
            ]
        )
        return ws.id
