"""Where an imported person ends up in the workshop: a new participation, or the one they hold.

A person already in the workshop keeps their participation when the row links
them; when the row updates them, that participation follows the import: its
track (when the import names one), and its role too. A participation in the row's role is the one moved
when the person holds several, so a role change never meets the unique
(workshop, person, role) of another participation. Every outcome is
worded for the import summary, in the message language.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lacworkshop.errors import message_text
from lacworkshop.model import Participation, Role, Track
from lacworkshop.services.importing.reasons import role_text

participation_table = Participation.metadata.tables["participation"]


@dataclass
class _Held:
    id: int | None  # None: added by this import, not written yet
    role: Role
    track_id: int | None
    claimed: bool = False  # a row of this import already placed the person here


@dataclass(frozen=True)
class Placed:
    inserted: bool  # a new participation is to be added
    moved: bool = False  # an existing participation changed track or role
    note: str = ""


class Places:
    """The workshop's participations, as the import changes them row by row."""

    def __init__(self, session: Session, workshop_id: int, workshop_code: str) -> None:
        self.session = session
        self.code = workshop_code
        self.held: dict[int, list[_Held]] = {}
        rows = session.execute(
            select(
                Participation.id,
                Participation.person_id,
                Participation.role,
                Participation.track_id,
            )
            .where(Participation.workshop_id == workshop_id)
            .order_by(Participation.id)
        )
        for part_id, person_id, role, track_id in rows:
            self.held.setdefault(person_id, []).append(_Held(part_id, role, track_id))
        self.track_names: dict[int, str] = {
            tid: name
            for tid, name in session.execute(
                select(Track.id, Track.name).where(Track.workshop_id == workshop_id)
            )
        }

    def _track(self, track_id: int | None) -> str:
        if track_id is None:
            return message_text("import.place_no_track")
        return message_text("import.place_track", track=self.track_names.get(track_id, track_id))

    def _role_on(self, role: Role, track_id: int | None) -> str:
        return message_text(
            "import.place_role_on", role=role_text(role), track=self._track(track_id)
        )

    def place(self, person_id: int, role: Role, track_id: int | None, update_: bool) -> Placed:
        held = self.held.setdefault(person_id, [])
        keep_track = track_id is None  # the import names no track: a track held stays
        same = next((h for h in held if h.role is role), None)
        if same is not None:
            return self._same_role(same, role, same.track_id if keep_track else track_id, update_)
        free = next((h for h in held if not h.claimed and h.id is not None), None)
        if update_ and free is not None:
            return self._move(free, role, free.track_id if keep_track else track_id)
        others = [h for h in held if h.id is not None]
        held.append(_Held(None, role, track_id, claimed=True))
        if not others:
            return Placed(inserted=True)
        roles = ", ".join(self._role_on(h.role, h.track_id) for h in others)
        return Placed(True, note=message_text("import.place_also", code=self.code, roles=roles))

    def _same_role(self, h: _Held, role: Role, track_id: int | None, update_: bool) -> Placed:
        note = message_text("import.place_already", code=self.code, role=role_text(role))
        if h.track_id == track_id or h.claimed:
            h.claimed = h.claimed or update_
            return Placed(False, note=note)
        if not update_:
            return Placed(
                False,
                note=message_text(
                    "import.place_left",
                    already=note,
                    held=self._track(h.track_id),
                    wanted=self._track(track_id),
                ),
            )
        assert h.id is not None  # rows added by this import are claimed
        self._write(h.id, track_id=track_id)
        before = self._track(h.track_id)
        h.track_id, h.claimed = track_id, True
        moved = message_text(
            "import.place_moved_track", already=note, before=before, after=self._track(track_id)
        )
        return Placed(False, True, moved)

    def _move(self, h: _Held, role: Role, track_id: int | None) -> Placed:
        # place() looked for the same role first, so taking *role* breaks no uniqueness.
        assert h.id is not None
        before = self._role_on(h.role, h.track_id)
        h.claimed = True
        self._write(h.id, track_id=track_id, role=role)
        h.role, h.track_id = role, track_id
        after = self._role_on(role, track_id)
        return Placed(
            False,
            True,
            message_text("import.place_moved_role", code=self.code, before=before, after=after),
        )

    def _write(self, participation_id: int, **values: object) -> None:
        self.session.execute(
            update(participation_table)
            .where(participation_table.c.id == participation_id)
            .values(**values)
        )
