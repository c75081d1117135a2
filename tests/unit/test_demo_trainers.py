"""Every trainer of a demo workshop teaches at least one session of their own track."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lacworkshop.model import Participation, Role, Slot, Workshop, slot_trainer
from lacworkshop.services.demo import sample_data as demo_data
from lacworkshop.services.demo.create import populate
from lacworkshop.storage import open_database


def _taught(db) -> dict[str, dict[int, set[int]]]:  # type: ignore[no-untyped-def]
    """Workshop code -> trainer's person id -> the slots of their track they teach."""
    with db.session() as session:
        trainers = session.execute(
            select(Workshop.code, Participation.person_id, Participation.track_id)
            .join(Workshop, Workshop.id == Participation.workshop_id)
            .where(Participation.role == Role.TRAINER)
        ).all()
        links = session.execute(
            select(Slot.workshop_id, Slot.track_id, slot_trainer.c.person_id, Slot.id).join(
                slot_trainer, slot_trainer.c.slot_id == Slot.id
            )
        ).all()
        codes = {i: c for i, c in session.execute(select(Workshop.id, Workshop.code))}
    taught: dict[str, dict[int, set[int]]] = {}
    for code, person_id, _track in trainers:
        taught.setdefault(code, {})[person_id] = set()
    track_of = {(code, pid): track for code, pid, track in trainers}
    for workshop_id, track_id, person_id, slot_id in links:
        code = codes[workshop_id]
        assert track_of[(code, person_id)] == track_id, "a trainer teaches another track"
        taught[code][person_id].add(slot_id)
    return taught


@pytest.mark.parametrize(
    ("people", "workshops"), [(60, 3), (240, 2 * len(demo_data.WORKSHOPS)), (2000, 5)]
)
def test_every_trainer_teaches_a_session(db, people: int, workshops: int) -> None:  # type: ignore[no-untyped-def]
    populate(db, people=people, workshops=workshops)
    taught = _taught(db)
    assert len(taught) == workshops  # every workshop has trainers
    for code, trainers in taught.items():
        idle = [pid for pid, slots in trainers.items() if not slots]
        assert not idle, f"{code}: trainers {idle} teach no session"
    # The two-morning IXP workshop has a single session besides the plenary: all teach it.
    ixp = next(t for code, t in taught.items() if code.startswith("IXP-"))
    assert all(len(slots) == 1 for slots in ixp.values())


def test_the_demo_stays_deterministic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    results = []
    for name in ("a", "b"):
        db = open_database(tmp_path / f"{name}.sqlite3")
        try:
            populate(db, people=200, workshops=4)
            results.append(_taught(db))
        finally:
            db.close()
    assert results[0] == results[1]
