"""The base of each travelling row: the version last exchanged that its edits start from.

A merge takes the bundle's row without asking when that row was edited on top
of exactly our version (its base is our row's digest), and asks when both sides
edited since. The base of a row is the version a merge last took or decided on
here; a row that never came in from elsewhere gets, when first sent out, the
version it had then.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lacworkshop.model import SyncBase
from lacworkshop.services.bundles import wire

_CHUNK = 500


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def load_bases(session: Session, refs: Iterable[str]) -> dict[str, str]:
    """The stored base digest of each of *refs* that has one."""
    wanted = sorted({r for r in refs if r})
    out: dict[str, str] = {}
    for chunk in _chunks(wanted):
        rows = session.execute(select(SyncBase.ref, SyncBase.digest).where(SyncBase.ref.in_(chunk)))
        out.update((ref, digest) for ref, digest in rows)
    return out


def store_bases(session: Session, bases: Mapping[str, str]) -> None:
    """Set the base of each ref in *bases* (replacing what was there)."""
    refs = sorted(bases)
    for chunk in _chunks(refs):
        session.execute(delete(SyncBase).where(SyncBase.ref.in_(chunk)))
    session.add_all(SyncBase(ref=ref, digest=bases[ref]) for ref in refs)
    session.flush()


def travelling(data: dict[str, Any]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(row as stored in the bundle, its travelling shape) for every row that merges."""
    if "workshop" in data:
        yield data["workshop"], wire.workshop_sync(data["workshop"])
    for row in data.get("slots", []):
        yield row, wire.slot_sync(row)
    for kind in ("people", "participations", "attendance", "cleared"):
        for row in data.get(kind, []):
            yield row, row


def attach_bases(session: Session, data: dict[str, Any]) -> None:
    """Give every row of *data* its base; a row sent out for the first time is its own."""
    rows = list(travelling(data))
    known = load_bases(session, [shape["uuid"] for _row, shape in rows])
    first: dict[str, str] = {}
    for row, shape in rows:
        ref = shape["uuid"]
        if ref is None:
            continue
        base = known.get(ref) or first.get(ref)
        if base is None:
            base = first[ref] = wire.digest(shape)
        row["base"] = base
    if first:
        store_bases(session, first)
