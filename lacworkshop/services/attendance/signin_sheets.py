"""Sign-in sheets for a workshop's sessions: who is expected, per session and track."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from lacworkshop.formats.attendance import SigninPerson, SigninSection, write_signin_pdf
from lacworkshop.formats.catalogue import text as doc_text
from lacworkshop.model.text_keys import sort_key
from lacworkshop.services.attendance.grid import GridPerson, GridSlot, list_tracks, load_grid
from lacworkshop.services.attendance.register import document_language
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.operations import NO_PROGRESS, NOTHING, OpResult, Progress
from lacworkshop.storage import Database


@dataclass(frozen=True)
class SigninResult:
    sections: int
    pages: int
    warnings: list[str]


def _person(p: GridPerson) -> SigninPerson:
    # The sheet lists family name first, the way people look for themselves on it.
    given = p.preferred_name or p.given_names
    name = f"{p.family_names}, {given}" if p.family_names else given
    return SigninPerson(name=name, organisation=p.organisation or "")


def build_sections(
    db: Database,
    workshop_id: int,
    track: str | None = None,
    day: date | None = None,
    language: str = "es",
) -> list[SigninSection]:
    """One section per session; a plenary session lists every track's people once."""
    choices = list_tracks(db, workshop_id)
    if track is not None:
        wanted = [c for c in choices if c.name.casefold() == track.strip().casefold()]
        if not wanted:
            names = ", ".join(c.name for c in choices if c.name) or "none"
            raise ValidationError("track.unknown", track=track, tracks=names)
        choices = wanted
    plenary_label = doc_text("signin.plenary", language)
    sections: list[tuple[tuple[date, time, str, int], SigninSection]] = []
    plenary: dict[int, tuple[GridSlot, list[GridPerson]]] = {}
    code = title = ""
    for choice in choices:
        grid = load_grid(db, workshop_id, choice.id)
        for slot in grid.slots:
            if day is not None and slot.date != day:
                continue
            if slot.plenary and track is None:
                entry = plenary.setdefault(slot.id, (slot, []))
                entry[1].extend(grid.people)
                continue
            sections.append(
                (
                    (slot.date, slot.start_time, choice.name, slot.id),
                    SigninSection(
                        workshop_code=grid.workshop_code,
                        workshop_title=grid.workshop_title,
                        track=(plenary_label + " · " + choice.name)
                        if slot.plenary
                        else choice.name or plenary_label,
                        day=slot.date,
                        start=slot.start_time,
                        end=slot.end_time,
                        topic=slot.topic,
                        room=slot.room,
                        trainers=slot.trainers,
                        people=[_person(p) for p in grid.people],
                    ),
                )
            )
        code, title = grid.workshop_code, grid.workshop_title
    for slot, people in plenary.values():
        unique = {p.participation_id: p for p in people}.values()
        ordered = sorted(
            unique, key=lambda p: (sort_key(p.given_names, p.family_names), p.person_id)
        )
        sections.append(
            (
                (slot.date, slot.start_time, "", slot.id),
                SigninSection(
                    workshop_code=code,
                    workshop_title=title,
                    track=plenary_label,
                    day=slot.date,
                    start=slot.start_time,
                    end=slot.end_time,
                    topic=slot.topic,
                    room=slot.room,
                    trainers=slot.trainers,
                    people=[_person(p) for p in ordered],
                ),
            )
        )
    sections.sort(key=lambda item: item[0])
    return [s for _key, s in sections]


def write_signin_sheets(
    db: Database,
    workshop_id: int,
    path: Path | str,
    track: str | None = None,
    day: date | None = None,
    paper: str = "a4",
    language: str | None = None,
) -> SigninResult:
    """Write the sign-in sheets to one PDF; warnings name people whose names cannot print."""
    if paper not in ("a4", "letter"):
        raise ValidationError("signin.paper", "paper", paper=paper)
    lang = document_language(db, workshop_id, language)
    sections = build_sections(db, workshop_id, track, day, lang)
    if not sections:
        raise ValidationError("signin.no_session_on" if day else "signin.no_session", day=day)
    report = write_signin_pdf(path, sections, lang, paper)
    return SigninResult(report.sections, report.pages, report.warnings)


def print_signin_sheets(
    db: Database,
    workshop_id: int,
    path: Path | str,
    track: str | None = None,
    day: date | None = None,
    paper: str = "a4",
    language: str | None = None,
    *,
    progress: Progress = NO_PROGRESS,
) -> OpResult[SigninResult]:
    """Write the sign-in sheets (one PDF, a sheet per session and track) to *path*."""
    progress.report(0, 1)
    result = write_signin_sheets(db, workshop_id, path, track, day, paper, language)
    progress.report(1, 1)
    return OpResult(result, NOTHING)
