"""Deleting with everything that goes with it, and putting it all back (undo).

A deletion first copies every dependent row (tracks, slots, trainer links,
participations, attendance marks, certificates, signatories) into a
:class:`Snapshot`, then deletes in one transaction. ``restore`` re-inserts the
snapshot with the original ids in one transaction, so nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lacworkshop.model import (
    Attendance,
    Certificate,
    Participation,
    Person,
    Signatory,
    Slot,
    Track,
    Workshop,
    slot_trainer,
)
from lacworkshop.services import audit
from lacworkshop.services.errors import Conflict, ValidationError
from lacworkshop.services.lookup import require
from lacworkshop.services.operations import (
    NO_PROGRESS,
    Change,
    Changes,
    OpResult,
    Progress,
    changes,
)
from lacworkshop.storage import Database

# Insert order: parents before children.
_ORDER: list[Any] = [
    Workshop.__table__,
    Person.__table__,
    Track.__table__,
    Slot.__table__,
    Participation.__table__,
    slot_trainer,
    Attendance.__table__,
    Certificate.__table__,
    Signatory.__table__,
]


@dataclass(frozen=True)
class Impact:
    """What goes with a deletion, to tell the person before asking."""

    entity: str
    entity_id: int
    label: str
    tracks: int = 0
    slots: int = 0
    participations: int = 0
    marks: int = 0
    certificates: int = 0
    trainer_links: int = 0


@dataclass
class Snapshot:
    entity: str
    entity_id: int
    label: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


def _rows(session: Session, table: Any, where: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in session.execute(select(table).where(where))]


def _ids(rows: list[dict[str, Any]]) -> list[int]:
    return [r["id"] for r in rows]


def _tables(*models: Any) -> list[Any]:
    return [m.__table__ for m in models]


def _gather(session: Session, entity: str, entity_id: int) -> Snapshot:
    wt, pt, tt, st = _tables(Workshop, Person, Track, Slot)
    part_t, att_t, cert_t, sig_t = _tables(Participation, Attendance, Certificate, Signatory)
    rows: dict[str, list[dict[str, Any]]] = {}
    if entity == "workshop":
        w = require(session, Workshop, entity_id, "workshop.gone")
        label = f"{w.code} — {w.title}"
        rows["workshop"] = _rows(session, wt, wt.c.id == entity_id)
        rows["track"] = _rows(session, tt, tt.c.workshop_id == entity_id)
        rows["slot"] = _rows(session, st, st.c.workshop_id == entity_id)
        rows["participation"] = _rows(session, part_t, part_t.c.workshop_id == entity_id)
        rows["signatory"] = _rows(session, sig_t, sig_t.c.workshop_id == entity_id)
        slot_ids, part_ids = _ids(rows["slot"]), _ids(rows["participation"])
        rows["slot_trainer"] = _rows(session, slot_trainer, slot_trainer.c.slot_id.in_(slot_ids))
        rows["attendance"] = _rows(
            session,
            att_t,
            att_t.c.participation_id.in_(part_ids) | att_t.c.slot_id.in_(slot_ids),
        )
        rows["certificate"] = _rows(session, cert_t, cert_t.c.participation_id.in_(part_ids))
    elif entity == "person":
        p = require(session, Person, entity_id, "person.gone")
        label = p.display_name
        rows["person"] = _rows(session, pt, pt.c.id == entity_id)
        rows["participation"] = _rows(session, part_t, part_t.c.person_id == entity_id)
        part_ids = _ids(rows["participation"])
        rows["slot_trainer"] = _rows(session, slot_trainer, slot_trainer.c.person_id == entity_id)
        rows["attendance"] = _rows(session, att_t, att_t.c.participation_id.in_(part_ids))
        rows["certificate"] = _rows(session, cert_t, cert_t.c.participation_id.in_(part_ids))
    elif entity == "slot":
        s = require(session, Slot, entity_id, "session.gone")
        label = f"{s.date.isoformat()} {s.start_time:%H:%M}–{s.end_time:%H:%M} {s.topic}".strip()
        rows["slot"] = _rows(session, st, st.c.id == entity_id)
        rows["slot_trainer"] = _rows(session, slot_trainer, slot_trainer.c.slot_id == entity_id)
        rows["attendance"] = _rows(session, att_t, att_t.c.slot_id == entity_id)
    elif entity == "track":
        t = require(session, Track, entity_id, "track.gone")
        label = t.name
        rows["track"] = _rows(session, tt, tt.c.id == entity_id)
        rows["slot"] = _rows(session, st, st.c.track_id == entity_id)
        slot_ids = _ids(rows["slot"])
        rows["slot_trainer"] = _rows(session, slot_trainer, slot_trainer.c.slot_id.in_(slot_ids))
        rows["attendance"] = _rows(session, att_t, att_t.c.slot_id.in_(slot_ids))
        # Participations are kept; they lose the track (ON DELETE SET NULL), undo puts it back.
        rows["participation_track"] = [
            {"id": pid}
            for pid in session.scalars(
                select(Participation.id).where(Participation.track_id == entity_id)
            )
        ]
    elif entity == "participation":
        part = require(session, Participation, entity_id, "participation.gone")
        label = f"{part.person.display_name} ({part.role.value})"
        rows["participation"] = _rows(session, part_t, part_t.c.id == entity_id)
        rows["attendance"] = _rows(session, att_t, att_t.c.participation_id == entity_id)
        rows["certificate"] = _rows(session, cert_t, cert_t.c.participation_id == entity_id)
    else:
        raise ValueError(entity)
    return Snapshot(entity, entity_id, label, rows)


def impact(db: Database, entity: str, entity_id: int) -> Impact:
    """Count what would go with deleting *entity* (workshop, person, slot, track, participation)."""
    with db.session() as session:
        snap = _gather(session, entity, entity_id)
    return Impact(
        entity,
        entity_id,
        snap.label,
        tracks=snap.count("track") if entity == "workshop" else 0,
        slots=snap.count("slot") if entity != "slot" else 0,
        participations=snap.count("participation"),
        marks=snap.count("attendance"),
        certificates=snap.count("certificate"),
        trainer_links=snap.count("slot_trainer"),
    )


def _delete_root(session: Session, entity: str, entity_id: int) -> None:
    model: Any = {
        "workshop": Workshop,
        "person": Person,
        "slot": Slot,
        "track": Track,
        "participation": Participation,
    }[entity]
    session.execute(delete(model).where(model.id == entity_id))


def delete_entity(db: Database, entity: str, entity_id: int) -> Snapshot:
    """Delete *entity* and its dependants in one transaction; returns what to restore."""
    with db.session() as session:
        snap = _gather(session, entity, entity_id)
        if entity == "track":
            left = session.scalar(
                select(func.count(Track.id)).where(
                    Track.workshop_id == snap.rows["track"][0]["workshop_id"]
                )
            )
            if (left or 0) <= 1:
                raise ValidationError("track.keep_one", "track")
        # Certificates can point at each other (superseded_by): let the cascade handle them.
        _delete_root(session, entity, entity_id)
        audit.record(
            session,
            "delete",
            entity,
            entity_id,
            f"Deleted {entity} {snap.label}",
            {name: len(rows) for name, rows in snap.rows.items()},
        )
    return snap


def restore(db: Database, snap: Snapshot) -> None:
    """Re-insert every row of *snap* with its original id, in one transaction.

    Raises ServiceError (and changes nothing) when a row it needs is gone since,
    e.g. the person a restored participation belonged to was merged away.
    """
    try:
        _restore(db, snap)
    except IntegrityError as exc:
        raise Conflict("undo.restore_conflict", entity=snap.entity, label=snap.label) from exc


def _restore(db: Database, snap: Snapshot) -> None:
    with db.session() as session:
        for table in _ORDER:
            rows = snap.rows.get(table.name, [])
            if not rows:
                continue
            if table.name == "certificate":
                # Insert without the self-references first, then link them again.
                first = [{**r, "superseded_by_id": None} for r in rows]
                session.execute(insert(table), first)
                for r in rows:
                    if r["superseded_by_id"] is not None:
                        session.execute(
                            update(table)
                            .where(table.c.id == r["id"])
                            .values(superseded_by_id=r["superseded_by_id"])
                        )
            else:
                session.execute(insert(table), rows)
        moved = [r["id"] for r in snap.rows.get("participation_track", [])]
        if moved:
            session.execute(
                update(Participation)
                .where(Participation.id.in_(moved))
                .values(track_id=snap.entity_id)
            )
        audit.record(
            session,
            "restore",
            snap.entity,
            snap.entity_id,
            f"Restored {snap.entity} {snap.label}",
            {name: len(rows) for name, rows in snap.rows.items()},
        )


# What deleting (or restoring) each kind of row touches, so pages know what to refresh.
DELETION_CHANGES: dict[str, Changes] = {
    "workshop": changes(
        Change.WORKSHOPS,
        Change.PARTICIPATIONS,
        Change.SLOTS,
        Change.ATTENDANCE,
        Change.CERTIFICATES,
    ),
    "person": changes(
        Change.PEOPLE, Change.PARTICIPATIONS, Change.ATTENDANCE, Change.CERTIFICATES, Change.SLOTS
    ),
    "participation": changes(Change.PARTICIPATIONS, Change.ATTENDANCE, Change.CERTIFICATES),
    "track": changes(Change.WORKSHOPS, Change.SLOTS, Change.PARTICIPATIONS, Change.ATTENDANCE),
    "slot": changes(Change.SLOTS, Change.ATTENDANCE),
}


def delete_row(
    db: Database, entity: str, entity_id: int, progress: Progress = NO_PROGRESS
) -> OpResult[Snapshot]:
    """Delete one row and what hangs on it as one action; the snapshot lets Undo restore it."""
    progress.check()
    return OpResult(delete_entity(db, entity, entity_id), DELETION_CHANGES[entity])


def delete_rows(
    db: Database, entity: str, entity_ids: list[int], progress: Progress = NO_PROGRESS
) -> OpResult[list[Snapshot]]:
    """Delete several rows of one kind (each with its dependants); one snapshot per row.

    Not cancellable half-way: every row deleted must come back with its snapshot
    for Undo, so the list runs to its end (or stops at a refusal, raising it).
    """
    snapshots = []
    for done, entity_id in enumerate(entity_ids, 1):
        snapshots.append(delete_entity(db, entity, entity_id))
        progress.report(done, len(entity_ids))
    return OpResult(snapshots, DELETION_CHANGES[entity])
