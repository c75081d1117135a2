"""Merge a bundle into this database: people, participations and attendance marks.

Rows are matched by their uuid, then by what names them here (a person by
email, a participation by person and role, a mark by participation and
session). For each row of the bundle:

- a version already merged or decided (its digest is in ``sync_seen``) is skipped;
- a row we lack is added; a row equal to ours is left alone;
- our row unchanged since we took it from a bundle yields to the bundle's;
- otherwise both sides changed it: a conflict, shown with both values, who and
  when, and decided by the choice for it (mine, theirs, newest) or left open.

Everything is one unit of work: a failure leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lacworkshop.errors import BadFile
from lacworkshop.formats.bundles import Bundle, read_bundle
from lacworkshop.model import (
    Attendance,
    AttendanceCleared,
    ExcusedPolicy,
    Language,
    LatePolicy,
    Mark,
    Participation,
    ParticipationStatus,
    Person,
    Role,
    Slot,
    SyncBase,
    SyncSeen,
    Track,
    Workshop,
    WorkshopStatus,
)
from lacworkshop.model.base import utcnow
from lacworkshop.model.text_keys import email_key
from lacworkshop.services.bundles import wire
from lacworkshop.services.bundles.bases import load_bases, store_bases, travelling
from lacworkshop.services.bundles.report import Counts, MergeConflict, MergeReport, Side
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress
from lacworkshop.storage import Database
from lacworkshop.storage.actor import keep_author

_CHUNK = 500


class _DryRun(Exception):
    """Unwinds the unit of work of a dry run, so nothing it did is kept."""

    def __init__(self, report: MergeReport) -> None:
        super().__init__("dry run")
        self.report = report


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class _Merger:
    """One merge inside one session: the decisions and the counts."""

    def __init__(
        self,
        session: Session,
        bundle: Bundle,
        choice: Side | None,
        choices: Mapping[str, Side],
        dry_run: bool,
    ) -> None:
        self.session = session
        self.data = bundle.data
        self.choice = choice
        self.choices = choices
        m = bundle.manifest
        self.report = MergeReport(m.workshop, m.track, m.created_by, m.created_at, dry_run)
        self.seen = self._seen_digests()
        self.new_seen: set[str] = set()

    def _seen_digests(self) -> set[str]:
        shapes = [shape for _row, shape in travelling(self.data)]
        wanted = [wire.digest(shape) for shape in shapes]
        self.bases = load_bases(self.session, [shape["uuid"] for shape in shapes])
        self.new_bases: dict[str, str] = {}
        seen: set[str] = set()
        for chunk in _chunks(wanted):
            seen.update(
                self.session.scalars(select(SyncSeen.digest).where(SyncSeen.digest.in_(chunk)))
            )
        return seen

    def _was_seen(self, key: str) -> bool:
        """True when our row is a bundle's version taken (or decided on) before."""
        if key in self.seen:
            return True
        return self.session.get(SyncSeen, key) is not None

    def _base(self, ref: str | None) -> str | None:
        if not ref:
            return None
        if ref in self.new_bases:
            return self.new_bases[ref]
        if ref not in self.bases:
            found = self.session.get(SyncBase, ref)
            self.bases[ref] = found.digest if found is not None else ""
        return self.bases[ref] or None

    def _record(self, key: str, ref: str | None) -> None:
        if key not in self.seen:
            self.new_seen.add(key)
        if ref:
            self.new_bases[ref] = key

    def decide(
        self, kind: str, theirs: dict[str, Any], mine: dict[str, Any], what: str, counts: Counts
    ) -> bool:
        """True when the bundle's values are to be written over ours."""
        key = wire.digest(theirs)
        if key in self.seen or key == self._base(mine["uuid"]):
            # A version we merged before, or the one ours was edited from: old news.
            counts.unchanged += 1
            return False
        if mine["values"] == theirs["values"]:
            self._record(key, mine["uuid"])
            counts.unchanged += 1
            return False
        ours = wire.digest(mine)
        if theirs.get("base") == ours or self._was_seen(ours):
            # Theirs was edited from our version, or ours is a bundle's version nobody
            # changed here since: either way theirs is the newer news.
            self._record(key, mine["uuid"])
            counts.updated += 1
            return True
        pick = self.choices.get(key, self.choice)
        if pick is Side.NEWEST:
            newer = (theirs.get("updated_at") or "") > (mine.get("updated_at") or "")
            pick = Side.THEIRS if newer else Side.MINE
        fields = tuple(f for f in theirs["values"] if theirs["values"][f] != mine["values"].get(f))
        self.report.conflicts.append(
            MergeConflict(
                key=key,
                kind=kind,
                what=what,
                fields=fields,
                mine={f: mine["values"].get(f) for f in fields},
                theirs={f: theirs["values"][f] for f in fields},
                mine_by=mine.get("changed_by"),
                mine_at=mine.get("updated_at"),
                theirs_by=theirs.get("changed_by"),
                theirs_at=theirs.get("updated_at"),
                resolution=pick,
            )
        )
        if pick is None:
            return False
        self._record(key, mine["uuid"])
        if pick is Side.THEIRS:
            counts.updated += 1
            return True
        counts.unchanged += 1
        return False

    def added(self, row: dict[str, Any], counts: Counts, ref: str | None) -> None:
        self._record(wire.digest(row), ref)
        counts.added += 1

    # -- the workshop, its tracks and sessions ------------------------------------

    def workshop(self) -> Workshop:
        row = self.data["workshop"]
        theirs = wire.workshop_sync(row)
        found = self.session.scalar(select(Workshop).where(Workshop.code == row["code"]))
        if found is not None:
            mine = wire.workshop_sync(wire.workshop_row(found))
            if self.decide("workshop", theirs, mine, found.code, self.report.workshop_edits):
                _write_workshop(found, row)
            return found
        workshop = Workshop(code=row["code"])
        _write_workshop(workshop, row)
        self.session.add(workshop)
        self.session.flush()
        self.report.workshop_added = True
        self._record(wire.digest(theirs), theirs["uuid"])
        return workshop

    def tracks(self, workshop: Workshop) -> dict[str, Track]:
        """Our tracks by name, the bundle's missing ones added."""
        ours = list(self.session.scalars(select(Track).where(Track.workshop_id == workshop.id)))
        by_uuid = {t.uuid: t for t in ours if t.uuid}
        by_name = {t.name.casefold(): t for t in ours}
        names: dict[str, Track] = {t.name: t for t in ours}
        for row in self.data.get("tracks", []):
            track = by_uuid.get(row["uuid"]) or by_name.get(row["name"].casefold())
            if track is None:
                taken = self.session.scalar(select(Track.id).where(Track.uuid == row["uuid"]))
                track = Track(
                    workshop_id=workshop.id,
                    name=row["name"],
                    description=row.get("description"),
                    position=row.get("position") or 0,
                    uuid=None if taken else row["uuid"],
                )
                self.session.add(track)
                self.report.tracks_added += 1
            names[row["name"]] = track
        self.session.flush()
        return names

    def slots(self, workshop: Workshop, tracks: Mapping[str, Track]) -> dict[str, Slot]:
        """Our sessions by the bundle's slot uuid, the missing ones added."""
        ours = list(self.session.scalars(select(Slot).where(Slot.workshop_id == workshop.id)))
        by_uuid = {s.uuid: s for s in ours if s.uuid}
        by_when = {(s.date, s.start_time, s.end_time, s.track_id): s for s in ours}
        track_names = {t.id: name for name, t in tracks.items()}
        found: dict[str, Slot] = {}
        for row in self.data.get("slots", []):
            track = tracks.get(row["track"]) if row.get("track") else None
            when = (
                date.fromisoformat(row["date"]),
                time.fromisoformat(row["start_time"]),
                time.fromisoformat(row["end_time"]),
                track.id if track is not None else None,
            )
            slot = by_uuid.get(row["uuid"]) or by_when.get(when)
            if slot is not None:
                self._slot_edits(slot, row, tracks, track_names)
            else:
                taken = self.session.scalar(select(Slot.id).where(Slot.uuid == row["uuid"]))
                slot = Slot(
                    workshop_id=workshop.id,
                    track_id=when[3],
                    date=when[0],
                    start_time=when[1],
                    end_time=when[2],
                    topic=row.get("topic") or "",
                    room=row.get("room"),
                    uuid=None if taken else row["uuid"],
                )
                _write_meta(slot, row)
                self.session.add(slot)
                by_when[when] = slot
                self.report.slots_added += 1
                self._record(wire.digest(wire.slot_sync(row)), slot.uuid)
            found[row["uuid"]] = slot
        self.session.flush()
        return found

    def _slot_edits(
        self,
        slot: Slot,
        row: dict[str, Any],
        tracks: Mapping[str, Track],
        track_names: Mapping[int, str],
    ) -> None:
        """The bundle's edits of a session we have (times, topic, room, track)."""
        track = track_names.get(slot.track_id) if slot.track_id else None
        mine = wire.slot_sync(wire.slot_row(slot, track))
        what = f"{slot.date} {slot.start_time:%H:%M} {slot.topic}"
        if self.decide("session", wire.slot_sync(row), mine, what, self.report.sessions):
            theirs_track = tracks.get(row["track"]) if row.get("track") else None
            slot.track_id = theirs_track.id if theirs_track is not None else None
            slot.date = date.fromisoformat(row["date"])
            slot.start_time = time.fromisoformat(row["start_time"])
            slot.end_time = time.fromisoformat(row["end_time"])
            slot.topic = row.get("topic") or ""
            slot.room = row.get("room")
            _write_meta(slot, row)

    # -- people, participations, marks --------------------------------------------

    def _by_uuid(self, model: Any, uuids: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for chunk in _chunks(uuids):
            out.update(
                (r.uuid, r)
                for r in self.session.scalars(select(model).where(model.uuid.in_(chunk)))
            )
        return out

    def people(self) -> dict[str, Person]:
        rows = self.data.get("people", [])
        by_uuid = self._by_uuid(Person, [r["uuid"] for r in rows])
        keys = [email_key(r["values"].get("email")) for r in rows if r["uuid"] not in by_uuid]
        by_email: dict[str, Person] = {}
        for chunk in _chunks([k for k in keys if k]):
            for p in self.session.scalars(select(Person).where(Person.email_key.in_(chunk))):
                by_email.setdefault(p.email_key or "", p)
        found: dict[str, Person] = {}
        counts = self.report.people
        for row in rows:
            mine = by_uuid.get(row["uuid"]) or by_email.get(
                email_key(row["values"].get("email")) or ""
            )
            if mine is None:
                mine = Person(uuid=row["uuid"])
                self._write_person(mine, row)
                self.session.add(mine)
                self.added(row, counts, mine.uuid)
            elif mine.erased_at is not None:
                # Erased on request here: nothing of that person comes back in.
                counts.unchanged += 1
            elif self.decide("person", row, wire.person_row(mine), mine.display_name, counts):
                self._write_person(mine, row)
            found[row["uuid"]] = mine
        self.session.flush()
        return found

    @staticmethod
    def _write_person(person: Person, row: dict[str, Any]) -> None:
        values = dict(row["values"])
        values["language"] = Language(values["language"]) if values.get("language") else None
        for name, value in values.items():
            setattr(person, name, value)
        _write_meta(person, row)

    def participations(
        self, workshop: Workshop, people: Mapping[str, Person], tracks: Mapping[str, Track]
    ) -> dict[str, Participation]:
        rows = self.data.get("participations", [])
        by_uuid = self._by_uuid(Participation, [r["uuid"] for r in rows])
        ours = {
            (p.person_id, p.role): p
            for p in self.session.scalars(
                select(Participation).where(Participation.workshop_id == workshop.id)
            )
        }
        track_names = {t.id: name for name, t in tracks.items()}
        found: dict[str, Participation] = {}
        counts = self.report.participations
        for row in rows:
            person = people[row["person"]]
            role = Role(row["role"])
            mine = by_uuid.get(row["uuid"]) or ours.get((person.id, role))
            if mine is None:
                mine = Participation(
                    uuid=row["uuid"], workshop_id=workshop.id, person_id=person.id, role=role
                )
                _write_participation(mine, row, tracks)
                self.session.add(mine)
                ours[(person.id, role)] = mine
                self.added(row, counts, mine.uuid)
            else:
                track = track_names.get(mine.track_id) if mine.track_id else None
                current = wire.participation_row(mine, row["person"], track)
                what = f"{person.display_name} ({workshop.code})"
                if self.decide("participation", row, current, what, counts):
                    _write_participation(mine, row, tracks)
            found[row["uuid"]] = mine
        self.session.flush()
        return found

    def marks(self, participations: Mapping[str, Participation], slots: Mapping[str, Slot]) -> None:
        """Marks and cleared marks: a cell holds a mark or a clearing, both versions of it."""
        rows = [*self.data.get("attendance", []), *self.data.get("cleared", [])]
        by_uuid = self._by_uuid(Attendance, [r["uuid"] for r in rows])
        part_ids = [p.id for p in participations.values()]
        ours: dict[tuple[int, int], Attendance] = {}
        ours_cleared: dict[tuple[int, int], AttendanceCleared] = {}
        for chunk in _chunks(part_ids):
            for a in self.session.scalars(
                select(Attendance).where(Attendance.participation_id.in_(chunk))
            ):
                ours[(a.participation_id, a.slot_id)] = a
            for c in self.session.scalars(
                select(AttendanceCleared).where(AttendanceCleared.participation_id.in_(chunk))
            ):
                ours_cleared[(c.participation_id, c.slot_id)] = c
        counts = self.report.marks
        for row in rows:
            part = participations[row["participation"]]
            slot = slots[row["slot"]]
            cell = (part.id, slot.id)
            clearing = row["values"].get("mark") is None
            mark = by_uuid.get(row["uuid"]) or ours.get(cell)
            cleared = None if mark is not None else ours_cleared.get(cell)
            if mark is None and cleared is None:
                if clearing:  # nothing here to clear
                    self._record(wire.digest(row), row["uuid"])
                    counts.unchanged += 1
                    continue
                taken = row["uuid"] in by_uuid
                mark = Attendance(
                    uuid=None if taken else row["uuid"], participation_id=part.id, slot_id=slot.id
                )
                _write_mark(mark, row)
                self.session.add(mark)
                ours[cell] = mark
                self.added(row, counts, mark.uuid)
                continue
            if mark is not None:
                current = wire.attendance_row(mark, row["participation"], row["slot"])
            else:
                assert cleared is not None
                current = wire.cleared_row(cleared, row["participation"], row["slot"])
            what = f"{part.person.display_name}: {slot.date} {slot.start_time:%H:%M} {slot.topic}"
            if not self.decide("attendance", row, current, what, counts):
                continue
            if clearing:
                assert mark is not None  # a clearing over a clearing has equal values
                self.session.delete(mark)
                del ours[cell]
                self.session.flush()
                ours_cleared[cell] = _write_clearing(self.session, cell, row)
            elif mark is not None:
                _write_mark(mark, row)
            else:
                self.session.delete(cleared)
                del ours_cleared[cell]
                self.session.flush()
                mark = Attendance(uuid=row["uuid"], participation_id=part.id, slot_id=slot.id)
                _write_mark(mark, row)
                self.session.add(mark)
                ours[cell] = mark
        self.session.flush()

    def finish(self) -> None:
        for key in sorted(self.new_seen):
            self.session.add(SyncSeen(digest=key))
        store_bases(self.session, self.new_bases)
        self.session.flush()


def _write_meta(row: Any, incoming: dict[str, Any]) -> None:
    """The bundle's author and time go with its values, so the digest meets them again."""
    row.updated_at = _when(incoming.get("updated_at")) or row.updated_at
    row.changed_by = incoming.get("changed_by")
    keep_author(row)


def _write_workshop(workshop: Workshop, row: dict[str, Any]) -> None:
    """The bundle's values of the workshop (its code names it and stays)."""
    values = {name: row[name] for name in wire.WORKSHOP_FIELDS if name != "code" and name in row}
    values["start_date"] = date.fromisoformat(values["start_date"])
    values["end_date"] = date.fromisoformat(values["end_date"])
    values["status"] = WorkshopStatus(values["status"])
    values["late_policy"] = LatePolicy(values["late_policy"])
    values["excused_policy"] = ExcusedPolicy(values["excused_policy"])
    for name, value in values.items():
        setattr(workshop, name, value)
    _write_meta(workshop, row)


def _write_participation(
    part: Participation, row: dict[str, Any], tracks: Mapping[str, Track]
) -> None:
    values = row["values"]
    part.status = ParticipationStatus(values["status"])
    track = tracks.get(values["track"]) if values.get("track") else None
    part.track_id = track.id if track is not None else None
    part.eligibility_override = values.get("eligibility_override")
    part.override_reason = values.get("override_reason")
    part.notes = values.get("notes")
    _write_meta(part, row)


def _write_clearing(
    session: Session, cell: tuple[int, int], row: dict[str, Any]
) -> AttendanceCleared:
    """The bundle's clearing of the mark at *cell*, with who cleared it and when."""
    cleared = AttendanceCleared(
        uuid=row["uuid"],
        participation_id=cell[0],
        slot_id=cell[1],
        cleared_at=_when(row.get("updated_at")) or utcnow(),
        cleared_by=row.get("changed_by"),
    )
    session.add(cleared)
    return cleared


def _write_mark(mark: Attendance, row: dict[str, Any]) -> None:
    mark.mark = Mark(row["values"]["mark"])
    mark.note = row["values"].get("note")
    _write_meta(mark, row)


def _merge(
    session: Session,
    bundle: Bundle,
    choice: Side | None,
    choices: Mapping[str, Side],
    dry_run: bool,
    progress: Progress,
) -> MergeReport:
    merger = _Merger(session, bundle, choice, choices, dry_run)
    workshop = merger.workshop()
    progress.report(1, 6)
    tracks = merger.tracks(workshop)
    slots = merger.slots(workshop, tracks)
    progress.check()
    progress.report(2, 6)
    people = merger.people()
    progress.check()
    progress.report(3, 6)
    parts = merger.participations(workshop, people, tracks)
    progress.check()
    progress.report(4, 6)
    merger.marks(parts, slots)
    progress.report(5, 6)
    merger.finish()
    if dry_run:
        raise _DryRun(merger.report)
    return merger.report


def merge_bundle(
    db: Database,
    path: Path,
    *,
    on_conflict: Side | None = None,
    choices: Mapping[str, Side] | None = None,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> OpResult[MergeReport]:
    """Merge the bundle at *path*; conflicts follow *choices* (by key), else *on_conflict*.

    A conflict with neither is left open: both values stay, and it is reported.
    *dry_run* reports the same and keeps nothing.
    """
    progress.report(0, 6)
    bundle = read_bundle(Path(path))
    try:
        report = db.run(
            lambda session: _merge(session, bundle, on_conflict, choices or {}, dry_run, progress)
        )
    except _DryRun as done:
        return OpResult(done.report)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # The checksum matched, so the file is as it was written, but not by us (or by a
        # build that wrote something else): a row names what the bundle does not hold.
        raise BadFile("bundle.unreadable", name=Path(path).name, reason=repr(exc)[:200]) from exc
    progress.report(6, 6)
    kinds: set[Change] = set()
    if report.workshop_added or report.workshop_edits.updated:
        kinds.add(Change.WORKSHOPS)
    if report.sessions.updated:
        kinds |= {Change.WORKSHOPS, Change.SLOTS}
    if report.tracks_added or report.slots_added:
        kinds |= {Change.WORKSHOPS, Change.SLOTS}
    if report.people.added or report.people.updated:
        kinds.add(Change.PEOPLE)
    if report.participations.added or report.participations.updated:
        kinds.add(Change.PARTICIPATIONS)
    if report.marks.added or report.marks.updated:
        kinds.add(Change.ATTENDANCE)
    return OpResult(report, frozenset(kinds))
