"""Audit-log entries about a person: found for an export, stripped of their data on erasure.

An entry is about a person when it records a change to their row, to one of
their participations (by id, or among the ids a bulk change lists), or when its
summary or details carry one of their identifying values (a merged duplicate's
email, a name in an override's summary).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lacworkshop.model import AuditLog

ERASED = "(erased)"
_MIN_NEEDLE = 3  # shorter values ("Li", "MX") would match unrelated entries


def needles_pattern(values: Iterable[str | None]) -> re.Pattern[str] | None:
    """A case-insensitive pattern matching any of the identifying *values*, longest first."""
    words = sorted(
        {v.strip() for v in values if v and len(v.strip()) >= _MIN_NEEDLE},
        key=len,
        reverse=True,
    )
    if not words:
        return None
    # Whole words only: erasing "Ana" must not touch "Anabel".
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _participation_ids(details: Any) -> set[int]:
    if isinstance(details, dict):
        ids = details.get("participation_ids")
        if isinstance(ids, list):
            return {i for i in ids if isinstance(i, int)}
    return set()


def load_details(details: str | None) -> Any:
    """The JSON details of an entry, or the raw text when it is not JSON."""
    if not details:
        return None
    try:
        return json.loads(details)
    except ValueError:
        return details


def own_person_ids(session: Session, person_id: int) -> dict[int, int | None]:
    """The person's id and those of duplicate records merged into them, at any depth.

    Each id maps to the audit entry id of its merge (None for the person): ids of
    deleted rows are reused by SQLite, so an entry about a merged id is theirs only
    when it came before that merge.
    """
    ids: dict[int, int | None] = {person_id: None}
    frontier = {person_id}
    while frontier:
        merges = session.execute(
            select(AuditLog.id, AuditLog.details).where(
                AuditLog.action == "merge",
                AuditLog.entity == "person",
                AuditLog.entity_id.in_(frontier),
            )
        )
        found: dict[int, int] = {}
        for entry_id, details in merges:
            data = load_details(details)
            removed = data.get("removed") if isinstance(data, dict) else None
            rid = removed.get("id") if isinstance(removed, dict) else None
            if isinstance(rid, int) and rid not in ids:
                found[rid] = entry_id
        ids.update(found)
        frontier = set(found)
    return ids


def is_own_entry(entry: AuditLog, own: dict[int, int | None]) -> bool:
    """True when *entry* records a change to the person's row or a merged duplicate's."""
    if entry.entity != "person" or entry.entity_id not in own:
        return False
    merged_at = own[entry.entity_id]
    return merged_at is None or entry.id <= merged_at


def entries_about(
    session: Session,
    person_id: int,
    participation_ids: set[int],
    pattern: re.Pattern[str] | None,
) -> list[AuditLog]:
    """Every audit entry about the person (or a duplicate merged into them), oldest first."""
    own = own_person_ids(session, person_id)
    found: list[AuditLog] = []
    for entry in session.scalars(select(AuditLog).order_by(AuditLog.at, AuditLog.id)):
        details = load_details(entry.details)
        if (
            is_own_entry(entry, own)
            or (entry.entity == "participation" and entry.entity_id in participation_ids)
            or (_participation_ids(details) & participation_ids)
            or (
                pattern is not None
                and (pattern.search(entry.summary or "") or pattern.search(entry.details or ""))
            )
        ):
            found.append(entry)
    return found


def scrub_values(value: Any, pattern: re.Pattern[str] | None, blank_all: bool = False) -> Any:
    """*value* with personal strings replaced; *blank_all* replaces every string value."""
    if isinstance(value, dict):
        return {k: scrub_values(v, pattern, blank_all) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_values(v, pattern, blank_all) for v in value]
    if isinstance(value, str):
        if blank_all:
            return ERASED
        return pattern.sub(ERASED, value) if pattern is not None else value
    return value


def strip_entries(
    entries: Iterable[AuditLog],
    own_ids: dict[int, int | None],
    pattern: re.Pattern[str] | None,
) -> int:
    """Remove the person's values from *entries*, keeping action, entity and date.

    Entries about their own rows (*own_ids*: edits, merges, the records of
    duplicates merged into them) lose every value in their details, since old
    values of a field are personal too; other entries lose the identifying
    strings only. Returns how many entries changed.
    """
    changed = 0
    for entry in entries:
        own = is_own_entry(entry, own_ids)
        summary = pattern.sub(ERASED, entry.summary or "") if pattern else entry.summary
        if own:
            summary = f"{entry.action} person #{entry.entity_id} {ERASED}"
        details = load_details(entry.details)
        if details is not None:
            scrubbed = scrub_values(details, pattern, blank_all=own)
            new_details: str | None = json.dumps(scrubbed, ensure_ascii=False, default=str)
        else:
            new_details = None
        if summary != entry.summary or new_details != entry.details:
            entry.summary = summary or ""
            entry.details = new_details
            changed += 1
    return changed
