"""Fixtures for the exports of registration systems: a workshop with two tracks and two
plenary sessions."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def workshop_id(db) -> int:  # type: ignore[no-untyped-def]
    from lacworkshop.model import Slot, Track, Workshop

    with db.session() as session:
        ws = Workshop(
            code="LACNIC46",
            title="Tutoriales LACNIC 46",
            start_date=dt.date(2026, 11, 23),
            end_date=dt.date(2026, 11, 24),
        )
        session.add(ws)
        session.flush()
        track = Track(workshop_id=ws.id, name="IPv6", position=0)
        session.add_all([track, Track(workshop_id=ws.id, name="RPKI", position=1)])
        session.flush()
        # The second session is put in first: "first" is by date and time, not by id.
        for day, start in ((dt.date(2026, 11, 24), 9), (dt.date(2026, 11, 23), 9)):
            session.add(
                Slot(
                    workshop_id=ws.id,
                    track_id=None,
                    date=day,
                    start_time=dt.time(start),
                    end_time=dt.time(start + 3),
                    topic="Plenaria",
                )
            )
        return ws.id
