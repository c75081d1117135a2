"""Creating and editing workshops and their tracks, with validation at the field."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lacworkshop.model import (
    ExcusedPolicy,
    Language,
    LatePolicy,
    Participation,
    Slot,
    Track,
    Workshop,
    WorkshopStatus,
)
from lacworkshop.services import audit
from lacworkshop.services.errors import Conflict, NotFoundError, ValidationError
from lacworkshop.services.lookup import require
from lacworkshop.storage import Database

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
LANGUAGES = tuple(lang.value for lang in Language)
DEFAULT_TRACK = "General"


@dataclass(frozen=True)
class WorkshopData:
    """Every editable field of a workshop."""

    code: str
    title: str
    start_date: date
    end_date: date
    series: str | None = None
    edition: str | None = None
    venue: str | None = None
    city: str | None = None
    country: str | None = None
    host: str | None = None
    languages: str = "es"
    status: WorkshopStatus = WorkshopStatus.DRAFT
    description: str | None = None
    min_share: float = 0.75
    late_policy: LatePolicy = LatePolicy.PRESENT
    late_fraction: float = 0.5
    excused_policy: ExcusedPolicy = ExcusedPolicy.ABSENT
    certificate_language: str = "auto"
    tracks: tuple[str, ...] = field(default=())
    # The row's version when it was read (get_workshop): saving over a newer one is refused.
    version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class TrackRow:
    id: int
    name: str
    position: int
    slots: int
    participants: int


_FIELDS = [f for f in WorkshopData.__dataclass_fields__ if f not in ("tracks", "version")]


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def normalise(data: WorkshopData) -> WorkshopData:
    """Trim text fields and tidy codes so validation and storage see the same thing."""
    langs = [p.strip().lower() for p in (data.languages or "").replace(";", ",").split(",")]
    return replace(
        data,
        code=(data.code or "").strip(),
        title=(data.title or "").strip(),
        series=_clean(data.series),
        edition=_clean(data.edition),
        venue=_clean(data.venue),
        city=_clean(data.city),
        country=(_clean(data.country) or "").upper() or None,
        host=_clean(data.host),
        description=_clean(data.description),
        languages=",".join(dict.fromkeys(p for p in langs if p)),
        # Qt hands enum members back as plain strings.
        status=WorkshopStatus(data.status),
        late_policy=LatePolicy(data.late_policy),
        excused_policy=ExcusedPolicy(data.excused_policy),
        min_share=float(data.min_share),
        late_fraction=float(data.late_fraction),
    )


def validate(session: Session, data: WorkshopData, workshop_id: int | None = None) -> None:
    """Raise ValidationError naming the first field that breaks a rule."""
    if not data.code:
        raise ValidationError("workshop.code_missing", "code")
    if not _CODE.match(data.code) or len(data.code) > 40:
        raise ValidationError("workshop.code_characters", "code")
    clash = session.scalar(
        select(Workshop.id).where(func.upper(Workshop.code) == data.code.upper())
    )
    if clash is not None and clash != workshop_id:
        raise ValidationError("workshop.code_taken", "code", code=data.code)
    if not data.title:
        raise ValidationError("workshop.title_missing", "title")
    if data.end_date < data.start_date:
        raise ValidationError("workshop.ends_before_start", "end_date")
    if data.country and not re.fullmatch(r"[A-Z]{2}", data.country):
        raise ValidationError("choose.country", "country")
    langs = [p for p in data.languages.split(",") if p]
    if not langs:
        raise ValidationError("workshop.no_language", "languages")
    bad = [p for p in langs if p not in LANGUAGES]
    if bad:
        raise ValidationError(
            "workshop.unknown_language",
            "languages",
            language=bad[0],
            languages=", ".join(LANGUAGES),
        )
    if not 0 <= data.min_share <= 1:
        raise ValidationError("workshop.min_share_range", "min_share")
    if not 0 <= data.late_fraction <= 1:
        raise ValidationError("workshop.late_range", "late_fraction")
    if data.certificate_language not in ("auto", *LANGUAGES):
        raise ValidationError("workshop.unknown_certificate_language", "certificate_language")


def _to_data(w: Workshop, tracks: list[str]) -> WorkshopData:
    values = {name: getattr(w, name) for name in _FIELDS}
    return WorkshopData(**values, tracks=tuple(tracks), version=w.version)


def get_workshop(db: Database, workshop_id: int) -> WorkshopData:
    """All fields of one workshop, with its track names in order."""
    with db.session() as session:
        w = require(session, Workshop, workshop_id, "workshop.gone")
        return _to_data(w, [t.name for t in w.tracks])


def create_workshop(db: Database, data: WorkshopData) -> int:
    """Insert a workshop with its tracks (one named "General" when none is given)."""
    data = normalise(data)
    with db.session() as session:
        validate(session, data)
        w = Workshop(**{name: getattr(data, name) for name in _FIELDS})
        session.add(w)
        session.flush()
        names = [n.strip() for n in data.tracks if n.strip()] or [DEFAULT_TRACK]
        for pos, name in enumerate(dict.fromkeys(names)):
            session.add(Track(workshop_id=w.id, name=name, position=pos))
        audit.record(session, "create", "workshop", w.id, f"Created workshop {w.code}")
        return w.id


def update_workshop(db: Database, workshop_id: int, data: WorkshopData) -> None:
    """Save every field of the workshop (tracks are edited separately)."""
    data = normalise(data)
    with db.session() as session:
        w = require(session, Workshop, workshop_id, "workshop.gone")
        if data.version is not None and data.version != w.version:
            # Someone saved this workshop since the form was filled: never write over it.
            raise Conflict("db.edited_elsewhere")
        validate(session, data, workshop_id)
        changes = {}
        for name in _FIELDS:
            old, new = getattr(w, name), getattr(data, name)
            if old != new:
                changes[name] = [old, new]
                setattr(w, name, new)
        if changes:
            audit.record(session, "update", "workshop", w.id, f"Edited workshop {w.code}", changes)


def as_dict(data: WorkshopData) -> dict[str, object]:
    values = asdict(data)
    values.pop("version", None)  # the row's counter, not a field of the workshop
    return values


# ----- tracks ---------------------------------------------------------------
def list_tracks(db: Database, workshop_id: int) -> list[TrackRow]:
    """The workshop's tracks in order, with how many slots and people each has."""
    slots = select(func.count(Slot.id)).where(Slot.track_id == Track.id).scalar_subquery()
    people = (
        select(func.count(Participation.id))
        .where(Participation.track_id == Track.id)
        .scalar_subquery()
    )
    stmt = (
        select(Track.id, Track.name, Track.position, slots, people)
        .where(Track.workshop_id == workshop_id)
        .order_by(Track.position, Track.id)
    )
    with db.session() as session:
        return [TrackRow(*row) for row in session.execute(stmt)]


def _check_track_name(session: Session, workshop_id: int, name: str, track_id: int | None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("track.name_missing", "name")
    clash = session.scalar(
        select(Track.id).where(
            Track.workshop_id == workshop_id, func.lower(Track.name) == name.lower()
        )
    )
    if clash is not None and clash != track_id:
        raise ValidationError("track.name_taken", "name", name=name)
    return name


def add_track(db: Database, workshop_id: int, name: str) -> int:
    with db.session() as session:
        if session.get(Workshop, workshop_id) is None:
            raise NotFoundError("workshop.gone")
        name = _check_track_name(session, workshop_id, name, None)
        last = session.scalar(
            select(func.max(Track.position)).where(Track.workshop_id == workshop_id)
        )
        track = Track(workshop_id=workshop_id, name=name, position=(last or 0) + 1)
        session.add(track)
        session.flush()
        audit.record(session, "create", "track", track.id, f"Added track {name}")
        return track.id


def rename_track(db: Database, track_id: int, name: str) -> None:
    with db.session() as session:
        track = require(session, Track, track_id, "track.gone")
        name = _check_track_name(session, track.workshop_id, name, track_id)
        audit.record(session, "update", "track", track_id, f"Renamed track {track.name} to {name}")
        track.name = name


def track_id_for_name(db: Database, workshop_id: int, name: str) -> int:
    """The id of the workshop's track called *name* (case and accents ignored)."""
    from lacworkshop.model.text_keys import fold

    tracks = list_tracks(db, workshop_id)
    for t in tracks:
        if fold(t.name) == fold(name):
            return t.id
    names = ", ".join(t.name for t in tracks) or "-"
    with db.session() as session:
        code = session.scalar(select(Workshop.code).where(Workshop.id == workshop_id))
    raise NotFoundError("track.unknown_in", code=code, track=name, tracks=names)


def add_track_claiming_default(db: Database, workshop_id: int, name: str) -> tuple[int, bool]:
    """Add a track; the first one added takes over the unused "General" a workshop starts with.

    Otherwise an organiser who adds "Routing" and "Security" finds a third, empty track
    that the schedule generator also fills. Returns (track id, whether it was a rename).
    """
    tracks = list_tracks(db, workshop_id)
    if len(tracks) == 1:
        only = tracks[0]
        unused = only.name == DEFAULT_TRACK and not only.slots and not only.participants
        if unused and name.strip().lower() != DEFAULT_TRACK.lower():
            rename_track(db, only.id, name)
            return only.id, True
    return add_track(db, workshop_id, name), False
