"""Deleting from the command line: say what goes with it, then ask (or take --yes)."""

from __future__ import annotations

import sys

from lacworkshop.cli.output import text_for
from lacworkshop.services.data_safety import Impact
from lacworkshop.services.errors import ServiceError
from lacworkshop.storage import Database


class NotConfirmed(ServiceError):
    """A deletion that was neither confirmed at the prompt nor given --yes."""


def describe(impact: Impact) -> str:
    """'session 2026-05-18 09:00–12:30 Routing, with 40 attendance mark(s)', in LANG's words."""
    parts = [
        ("cli.impact.tracks", impact.tracks),
        ("cli.impact.slots", impact.slots),
        ("cli.impact.participations", impact.participations),
        ("cli.impact.marks", impact.marks),
        ("cli.impact.certificates", impact.certificates),
        ("cli.impact.trainer_links", impact.trainer_links),
    ]
    what = f"{text_for(f'cli.entity.{impact.entity}')} {impact.label}"
    goes = ", ".join(text_for(key, n=n) for key, n in parts if n)
    return text_for("cli.impact_with", what=what, goes=goes) if goes else what


def confirm(what: str, yes: bool) -> None:
    """Ask on the terminal whether to go on; without a terminal only --yes goes on."""
    print(text_for("cli.about_to_delete", what=what), file=sys.stderr)
    if yes:
        return
    if not sys.stdin.isatty():
        raise NotConfirmed("cli.not_deleted_need_yes", what=what)
    answer = input(text_for("cli.delete_prompt")).strip().lower()
    if answer not in ("y", "yes", "s", "si", "sí", "sim", "o", "oui"):
        raise NotConfirmed("cli.not_deleted")


def backup_first(db: Database) -> None:
    """The command line has no undo: keep a copy of the database before the change."""
    from lacworkshop.services.data_safety import backup_now

    path = backup_now(db, "before-delete")
    print(text_for("cli.backup_before_change", path=path), file=sys.stderr)


def delete_after_asking(db: Database, entity: str, entity_id: int, what: str, yes: bool) -> None:
    """Ask about *what* (or take --yes), keep a backup, delete, and say what went."""
    from lacworkshop.cli.output import say
    from lacworkshop.services.data_safety import delete_entity

    confirm(what, yes)
    backup_first(db)
    delete_entity(db, entity, entity_id)
    say("cli.deleted", what=what)
