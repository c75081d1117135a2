"""The import itself: one transaction that creates people and their participations.

All or nothing: a failure, a Cancel or a killed process leaves the database as
it was. New people go in with bulk Core inserts (keys computed here, as the ORM
would), updates of existing people go through the ORM so their keys refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from lacworkshop.errors import message_text
from lacworkshop.model import Participation, Person, Role
from lacworkshop.model.text_keys import search_key, sort_key
from lacworkshop.services import audit
from lacworkshop.services.data_safety import backup_before
from lacworkshop.services.import_plan import mark_first_session
from lacworkshop.services.importing.mapping import remember_mapping
from lacworkshop.services.importing.places import Places
from lacworkshop.services.importing.preview import Candidate, Decision, Preview
from lacworkshop.services.importing.reasons import why_text
from lacworkshop.services.operations import NO_PROGRESS, Change, OpResult, changes
from lacworkshop.services.operations import Progress as OpProgress
from lacworkshop.services.privacy import person_column_value
from lacworkshop.storage import Database

BATCH = 1000
person_table = Person.metadata.tables["person"]
participation_table = Participation.metadata.tables["participation"]
ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class RowOutcome:
    row: int
    name: str
    email: str | None
    outcome: str  # created, linked, updated, skipped
    reason: str = ""


@dataclass
class ImportSummary:
    source: str
    workshop_code: str
    dry_run: bool = False
    created: int = 0
    linked: int = 0
    updated: int = 0
    participations: int = 0
    already_enrolled: int = 0  # linked or updated people who were in the workshop already
    moved: int = 0  # of those, updated ones whose participation took this import's track or role
    checked_in_marked: int = 0  # first-session marks from the platform's check-in
    backup: Path | None = None  # the copy of the database made just before writing
    outcomes: list[RowOutcome] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)

    @property
    def skipped(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.outcome == "skipped"]

    def line(self) -> str:
        """The summary in one line, in the current message language."""
        dry = "_dry" if self.dry_run else ""
        return (
            message_text(
                f"import.summary{dry}",
                source=self.source,
                code=self.workshop_code,
                created=self.created,
                linked=self.linked,
                updated=self.updated,
                skipped=len(self.skipped),
                added=self.participations,
            )
            + (
                message_text("import.summary_already", n=self.already_enrolled)
                if self.already_enrolled
                else ""
            )
            + (message_text(f"import.summary_moved{dry}", n=self.moved) if self.moved else "")
            + (
                message_text("import.checked_in_marked", n=self.checked_in_marked)
                if self.checked_in_marked
                else ""
            )
        )


class _DryRun(Exception):
    """Raised at the end of a dry run so the unit of work rolls back."""


def _person_row(c: Candidate) -> dict[str, object]:
    values = c.values
    given = values.get("given_names") or ""
    family = values.get("family_names") or ""
    row: dict[str, object] = {k: person_column_value(k, v) for k, v in values.items()}
    row["given_names"], row["family_names"] = given, family
    # The same keys Person.refresh_keys() computes on an ORM write.
    row["email_key"] = c.email_key
    row["name_key"] = c.name_key
    row["sort_key"] = sort_key(given, family)
    row["search_key"] = search_key(
        given,
        family,
        values.get("preferred_name"),
        values.get("email"),
        values.get("organisation"),
        values.get("document_id"),
    )
    return row


def _merge_into(target: Candidate, later: Candidate) -> None:
    """A later row of the same person fills in (and wins over) the earlier one."""
    for key, value in later.values.items():
        if value:
            target.values[key] = value
    if later.notes:
        target.notes = f"{target.notes}; {later.notes}" if target.notes else later.notes
    target.refresh_keys()


@dataclass
class _Plan:
    """Every row decided before anything is written: created, linked or skipped."""

    to_create: list[Candidate] = field(default_factory=list)
    to_link: list[tuple[Candidate, int]] = field(default_factory=list)
    outcome: dict[int, RowOutcome] = field(default_factory=dict)


@dataclass
class _Steps:
    """Progress through the rows, and the place where a Cancel is honoured."""

    report: ProgressFn
    check: Callable[[], None]
    total: int
    done: int = 0

    def advance(self, n: int, what: str, every: int = 1) -> None:
        self.done += n
        if self.done % every == 0:
            self.report(self.done, self.total, what)


def _outcome(c: Candidate, kind: str, reason: str = "") -> RowOutcome:
    return RowOutcome(c.row, c.display_name, c.values.get("email"), kind, reason)


def _skip_reason(c: Candidate) -> str | None:
    """Why row *c* is not written, in the message language; None when it is."""
    if c.blocked:
        return "; ".join(p.message for p in c.problems if p.blocking)
    if c.same_as_row is not None:
        key = "import.row_merged" if c.decision is Decision.UPDATE else "import.row_same_person"
        return message_text(key, row=c.same_as_row, why=why_text(c.same_reason))
    if c.match is not None and c.decision is Decision.SKIP:
        return message_text(
            "import.row_skipped_by_choice", name=c.match.display_name, why=why_text(c.match.reason)
        )
    return None


def _plan(preview: Preview, warnings: list[tuple[int, str]]) -> _Plan:
    """Decide every row; a later row of the same person chosen to update fills in the first."""
    plan = _Plan()
    by_row = {c.row: c for c in preview.candidates}
    for c in preview.candidates:
        warnings.extend((c.row, p.message) for p in c.problems if not p.blocking)
        reason = _skip_reason(c)
        if reason is not None:
            if not c.blocked and c.same_as_row is not None and c.decision is Decision.UPDATE:
                _merge_into(by_row[c.same_as_row], c)
            plan.outcome[c.row] = _outcome(c, "skipped", reason)
        elif c.match is not None:
            plan.to_link.append((c, c.match.person_id))
        else:
            plan.to_create.append(c)
    return plan


def _insert_people(
    session: Session, plan: _Plan, summary: ImportSummary, steps: _Steps
) -> dict[int, int]:
    """New people in batches of Core inserts; their ids by row."""
    person_of: dict[int, int] = {}
    for start in range(0, len(plan.to_create), BATCH):
        steps.check()
        batch = plan.to_create[start : start + BATCH]
        # Core on the unit of work's connection: no ORM bookkeeping for new rows.
        ids = (
            session.connection()
            .execute(
                insert(person_table).returning(person_table.c.id, sort_by_parameter_order=True),
                [_person_row(c) for c in batch],
            )
            .scalars()
            .all()
        )
        for c, pid in zip(batch, ids, strict=True):
            person_of[c.row] = pid
            plan.outcome[c.row] = _outcome(c, "created")
        summary.created += len(batch)
        steps.advance(len(batch), "people")
    return person_of


def _link_people(
    session: Session, plan: _Plan, summary: ImportSummary, steps: _Steps
) -> dict[int, int]:
    """People already in the database: linked as they are, or updated from the row."""
    person_of: dict[int, int] = {}
    for c, pid in plan.to_link:
        steps.check()
        if c.decision is Decision.UPDATE:
            person = session.get(Person, pid)
            assert person is not None
            for key, value in c.values.items():
                if value:
                    setattr(person, key, person_column_value(key, value))
            summary.updated += 1
            kind = "updated"
        else:
            summary.linked += 1
            kind = "linked"
        person_of[c.row] = pid
        reason = (
            message_text(
                "import.row_matched", why=why_text(c.match.reason), name=c.match.display_name
            )
            if c.match
            else ""
        )
        plan.outcome[c.row] = _outcome(c, kind, reason)
        steps.advance(1, "people", every=BATCH)
    return person_of


def _participation_rows(
    session: Session,
    preview: Preview,
    person_of: dict[int, int],
    outcome: dict[int, RowOutcome],
    summary: ImportSummary,
) -> list[dict[str, object]]:
    """The participations to insert; people already in the workshop keep theirs."""
    places = Places(session, preview.workshop_id, preview.workshop_code)
    parts: list[dict[str, object]] = []
    for c in preview.candidates:
        pid = person_of.get(c.row)
        if pid is None:
            continue
        updating = c.match is not None and c.decision is Decision.UPDATE
        placed = places.place(pid, c.role, c.track_id, updating)
        if placed.note:
            o = outcome[c.row]
            joined = "; ".join(x for x in (o.reason, placed.note) if x)
            outcome[c.row] = RowOutcome(o.row, o.name, o.email, o.outcome, joined)
        summary.moved += placed.moved
        if not placed.inserted:
            summary.already_enrolled += 1
            if c.external_ref:
                _keep_ref(session, preview.workshop_id, pid, c.external_ref)
            continue
        parts.append(
            {
                "workshop_id": preview.workshop_id,
                "person_id": pid,
                "role": c.role,
                "track_id": c.track_id,
                "source": preview.source[:300],
                "notes": c.notes,
                "external_ref": c.external_ref,
            }
        )
    return parts


def _insert_participations(session: Session, parts: list[dict[str, object]], steps: _Steps) -> None:
    for start in range(0, len(parts), BATCH):
        steps.check()
        session.connection().execute(insert(participation_table), parts[start : start + BATCH])
        steps.report(steps.done, steps.total, "participations")


def _record(session: Session, preview: Preview, summary: ImportSummary) -> None:
    """The audit line of the import, with its counts."""
    audit.record(
        session,
        "import",
        "workshop",
        preview.workshop_id,
        summary.line(),
        {
            "file": preview.source,
            "sheet": preview.sheet,
            "created": summary.created,
            "linked": summary.linked,
            "updated": summary.updated,
            "moved": summary.moved,
            "skipped": len(summary.skipped),
        },
    )


def _write(
    session: Session,
    preview: Preview,
    plan: _Plan,
    summary: ImportSummary,
    steps: _Steps,
    checked_in_attendance: bool,
) -> None:
    """Every write of the import, inside the caller's unit of work."""
    person_of = _insert_people(session, plan, summary, steps)
    person_of.update(_link_people(session, plan, summary, steps))
    session.flush()
    parts = _participation_rows(session, preview, person_of, plan.outcome, summary)
    _insert_participations(session, parts, steps)
    summary.participations = len(parts)
    if checked_in_attendance:
        came = [person_of[c.row] for c in preview.candidates if c.checked_in and c.row in person_of]
        summary.checked_in_marked = mark_first_session(session, preview.workshop_id, came)
    summary.outcomes = [plan.outcome[c.row] for c in preview.candidates]
    _record(session, preview, summary)
    steps.check()
    steps.report(steps.total, steps.total, "saving")


def run_import(
    db: Database,
    preview: Preview,
    *,
    progress: ProgressFn | None = None,
    check_cancel: Callable[[], None] | None = None,
    dry_run: bool = False,
    backup: bool = False,
    checked_in_attendance: bool = False,
) -> ImportSummary:
    """Write *preview* as decided, in one transaction; returns what happened to every row.

    With *backup*, the database is first copied to its backup folder, so even a
    confirmed import can be taken back by restoring that copy. With
    *checked_in_attendance*, people the platform shows as checked in are marked present
    at the first session.
    """
    summary = ImportSummary(preview.source, preview.workshop_code, dry_run)
    steps = _Steps(
        progress or (lambda _d, _t, _m: None),
        check_cancel or (lambda: None),
        len(preview.candidates),
    )
    plan = _plan(preview, summary.warnings)
    if backup and not dry_run and (plan.to_create or plan.to_link):
        steps.check()
        summary.backup = backup_before(db, "import")
    try:
        with db.session() as session:
            _write(session, preview, plan, summary, steps, checked_in_attendance)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    return summary


def _keep_ref(session: Session, workshop_id: int, person_id: int, ref: str) -> None:
    """A person already in the workshop gets the platform's number where none was kept."""
    session.execute(
        update(participation_table)
        .where(
            participation_table.c.workshop_id == workshop_id,
            participation_table.c.person_id == person_id,
            participation_table.c.external_ref.is_(None),
        )
        .values(external_ref=ref)
    )


def write_summary_report(summary: ImportSummary, path: Path | str, language: str = "en") -> Path:
    """Save the summary as an xlsx workbook: the counts and one line per row."""
    from lacworkshop.formats.import_report import write_import_report

    return write_import_report(
        path,
        language,
        source=summary.source,
        workshop=summary.workshop_code,
        counts=[
            ("created", summary.created),
            ("linked", summary.linked),
            ("updated", summary.updated),
            ("skipped", len(summary.skipped)),
            ("participations", summary.participations),
        ],
        rows=[(o.row, o.name, o.email or "", o.outcome, o.reason) for o in summary.outcomes],
        warnings=summary.warnings,
    )


def default_role(value: str | None) -> Role:
    return Role(value) if value else Role.ATTENDEE


def import_registrations(
    db: Database,
    preview: Preview,
    headers: list[str],
    mapping: list[str | None],
    *,
    dry_run: bool = False,
    checked_in_attendance: bool = False,
    progress: OpProgress = NO_PROGRESS,
) -> OpResult[ImportSummary]:
    """Import *preview* as one action: back up, write every row, remember the mapping.

    The window's import wizard and ``lacworkshop import`` both call this. A dry
    run writes nothing and remembers nothing.
    """
    summary = run_import(
        db,
        preview,
        progress=progress.report,
        check_cancel=progress.check,
        dry_run=dry_run,
        backup=True,
        checked_in_attendance=checked_in_attendance,
    )
    if dry_run:
        return OpResult(summary)
    # The same headers next time get the columns this person chose, unasked.
    remember_mapping(db, headers, mapping)
    done = changes(Change.PEOPLE, Change.PARTICIPATIONS, Change.SETTINGS)
    if checked_in_attendance:
        done |= changes(Change.ATTENDANCE)
    return OpResult(summary, done)
