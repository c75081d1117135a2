"""Deleting from the command line: say what goes with it, then ask (or take --yes)."""

from __future__ import annotations

import sys

from lacworkshop.services.deletion import Impact
from lacworkshop.services.errors import ServiceError
from lacworkshop.storage import Database


class NotConfirmed(ServiceError):
    """A deletion that was neither confirmed at the prompt nor given --yes."""


def describe(impact: Impact) -> str:
    """'session 2026-05-18 09:00–12:30 Routing, with 40 attendance marks and 2 trainer links'."""
    parts = [
        (impact.tracks, "track(s)"),
        (impact.slots, "session(s)"),
        (impact.participations, "participation(s)"),
        (impact.marks, "attendance mark(s)"),
        (impact.certificates, "certificate(s)"),
        (impact.trainer_links, "trainer assignment(s)"),
    ]
    goes = ", ".join(f"{n} {what}" for n, what in parts if n)
    return f"{impact.entity} {impact.label}" + (f", with {goes}" if goes else "")


def confirm(what: str, yes: bool) -> None:
    """Ask on the terminal whether to go on; without a terminal only --yes goes on."""
    print(f"about to delete {what}", file=sys.stderr)
    if yes:
        return
    if not sys.stdin.isatty():
        raise NotConfirmed(f"not deleted: {what}; add --yes to delete without asking")
    answer = input("delete? [y/N] ").strip().lower()
    if answer not in ("y", "yes", "s", "si", "sí", "sim", "o", "oui"):
        raise NotConfirmed("not deleted")


def backup_first(db: Database) -> None:
    """The command line has no undo: keep a copy of the database before the change."""
    from lacworkshop.services.backups import backup_now

    print(f"backup before the change: {backup_now(db, 'before-delete')}", file=sys.stderr)
