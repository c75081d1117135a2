"""Printing badges and table tents: gather the people, give codes, draw, record the print."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from lacworkshop.errors import message_text
from lacworkshop.formats.badges import (
    Badge,
    BadgeDesign,
    BadgeLayout,
    display_code,
    get_layout,
    new_code,
    render_badges,
    render_tents,
)
from lacworkshop.formats.catalogue import text as doc_text
from lacworkshop.formats.text import country_name
from lacworkshop.model import Asset, Participation, Person, Role, Track
from lacworkshop.model.base import utcnow
from lacworkshop.services import audit
from lacworkshop.services.attendance import document_language
from lacworkshop.services.badges.selection import EVERYONE, BadgeSelection, selection_query
from lacworkshop.services.badges.settings import BadgeSettings, badge_settings
from lacworkshop.services.certificates import SAMPLE_LOGO
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.lookup import require_workshop
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, Progress
from lacworkshop.services.organisation import LOGO_ASSET
from lacworkshop.storage import Database


@dataclass(frozen=True)
class PrintResult:
    """What a print made: how many badges, pages, and who could not be printed (and why)."""

    badges: int
    pages: int
    layout: str
    skipped: tuple[str, ...]  # "name: characters" lines, for a warning each


def _assign_codes(session: Session, parts: list[Participation]) -> None:
    """Give a check-in code to each participation that has none, unique across the file."""
    missing = [p for p in parts if not p.checkin_code]
    if not missing:
        return
    taken: set[str] = {
        code
        for code in session.scalars(
            select(Participation.checkin_code).where(Participation.checkin_code.is_not(None))
        )
        if code
    }
    for part in missing:
        code = new_code(taken)
        part.checkin_code = code
        taken.add(code)
    session.flush()


def _logo(session: Session, settings: BadgeSettings) -> bytes | None:
    names = [n for n in (settings.logo, LOGO_ASSET, SAMPLE_LOGO) if n]
    found = {a.name: a.data for a in session.scalars(select(Asset).where(Asset.name.in_(names)))}
    return next((found[n] for n in names if n in found), None)


def _track_id(session: Session, workshop_id: int, name: str | None) -> int | None:
    if name is None:
        return None
    tracks = session.execute(
        select(Track.id, Track.name).where(Track.workshop_id == workshop_id)
    ).all()
    for tid, tname in tracks:
        if tname.casefold() == name.strip().casefold():
            return int(tid)
    names = ", ".join(t for _i, t in tracks) or "none"
    raise ValidationError("track.unknown", track=name, tracks=names)


def _badge(
    part: Participation, person: Person, track: Track | None, language: str, n_tracks: int
) -> Badge:
    code = part.checkin_code or ""
    return Badge(
        key=part.id,
        preferred_name=(person.preferred_name or person.given_names).strip(),
        family_name=(person.family_names or "").strip(),
        organisation=(person.organisation or "").strip(),
        country=country_name(person.country, language) if person.country else "",
        role=part.role.value,
        role_label=doc_text(f"badge.role.{part.role.value}", language),
        track=doc_text("badge.track", language, track=track.name)
        if track is not None and n_tracks > 1
        else "",
        qr_text=code,
        code_label=display_code(code),
        person=f"{person.given_names} {person.family_names}".strip(),
    )


@dataclass(frozen=True)
class _Gathered:
    badges: list[Badge]
    design: BadgeDesign
    title: str


def _gather(
    db: Database,
    workshop_id: int,
    selection: BadgeSelection,
    language: str,
    roles: tuple[Role, ...] | None = None,
) -> _Gathered:
    settings = badge_settings(db, workshop_id)
    with db.session() as session:
        ws = require_workshop(session, workshop_id)
        track_id = _track_id(session, workshop_id, selection.track)
        n_tracks = (
            session.scalar(select(func.count(Track.id)).where(Track.workshop_id == workshop_id))
            or 0
        )
        stmt = selection_query(workshop_id, selection)
        if track_id is not None:
            stmt = stmt.where(Participation.track_id == track_id)
        if roles is not None:
            stmt = stmt.where(Participation.role.in_(roles))
        rows = session.execute(stmt).all()
        _assign_codes(session, [r[0] for r in rows])
        badges = [_badge(part, person, track, language, n_tracks) for part, person, track in rows]
        design = BadgeDesign(
            fields=frozenset(settings.fields),
            colours=dict(settings.colours),
            logo=_logo(session, settings),
            title=ws.code,
        )
        return _Gathered(badges, design, ws.title)


def _record(db: Database, workshop_id: int, keys: list[int], what: str) -> None:
    with db.session() as session:
        for i in range(0, len(keys), 400):
            session.execute(
                update(Participation)
                .where(Participation.id.in_(keys[i : i + 400]))
                .values(badge_printed_at=utcnow())
            )
        audit.record(
            session,
            "print",
            "workshop",
            workshop_id,
            f"{len(keys)} {what} printed",
            {"count": len(keys)},
        )


def print_badges(
    db: Database,
    workshop_id: int,
    target: Path | str | BinaryIO,
    layout: str | None = None,
    selection: BadgeSelection = EVERYONE,
    language: str | None = None,
    record: bool = True,
    progress: Progress = NO_PROGRESS,
) -> OpResult[PrintResult]:
    """Write the selected people's badges to *target* as one PDF; note them as printed.

    People get their check-in code here the first time. A preview passes
    ``record=False`` so that "new arrivals" still finds them afterwards.
    """
    lang = document_language(db, workshop_id, language)
    chosen: BadgeLayout = get_layout(layout or badge_settings(db, workshop_id).layout)
    progress.report(0, 2)
    gathered = _gather(db, workshop_id, selection, lang)
    if not gathered.badges:
        raise ValidationError("badges.nobody")
    progress.check()
    report = render_badges(gathered.badges, chosen, gathered.design, target, gathered.title)
    skipped = {key for key, _p, _c in report.skipped}
    if record:
        _record(db, workshop_id, [b.key for b in gathered.badges if b.key not in skipped], "badges")
    progress.report(2, 2)
    result = PrintResult(
        report.badges,
        report.pages,
        chosen.name,
        tuple(message_text("badges.skipped", person=p, chars=c) for _k, p, c in report.skipped),
    )
    return OpResult(result, frozenset({Change.PARTICIPATIONS}))


def print_tents(
    db: Database,
    workshop_id: int,
    target: Path | str | BinaryIO,
    paper: str = "a4",
    selection: BadgeSelection = EVERYONE,
    language: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> OpResult[PrintResult]:
    """Table tents (one folded sheet each) for the trainers and organisers, or a selection."""
    if paper not in ("a4", "letter"):
        raise ValidationError("signin.paper", "paper", paper=paper)
    lang = document_language(db, workshop_id, language)
    roles = (
        None
        if selection.role or selection.participation_ids or selection.person_ids
        else (
            Role.TRAINER,
            Role.ORGANISER,
        )
    )
    progress.report(0, 1)
    gathered = _gather(db, workshop_id, selection, lang, roles)
    if not gathered.badges:
        raise ValidationError("badges.nobody")
    report = render_tents(gathered.badges, paper, gathered.design, target, gathered.title)
    progress.report(1, 1)
    result = PrintResult(
        report.badges,
        report.pages,
        f"tent-{paper}",
        tuple(message_text("badges.skipped", person=p, chars=c) for _k, p, c in report.skipped),
    )
    return OpResult(result, frozenset({Change.PARTICIPATIONS}))
