"""``lacworkshop sessions list|add|edit|delete``: the scheduled sessions of a workshop."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from lacworkshop.cli.arguments import clock_time, iso_date
from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table, say
from lacworkshop.cli.subcommands import add_allow_problems, add_yes, group_example, subcommand

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry
    from lacworkshop.services.workshops import SlotData


def _slot_options(p: argparse.ArgumentParser, adding: bool) -> None:
    p.add_argument("--date", type=iso_date, required=adding, metavar="YYYY-MM-DD")
    p.add_argument("--start", type=clock_time, required=adding, metavar="HH:MM")
    p.add_argument("--end", type=clock_time, required=adding, metavar="HH:MM")
    p.add_argument("--topic", help="what the session is about")
    p.add_argument("--room", help="room")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--track", metavar="NAME", help="the track it belongs to")
    where.add_argument(
        "--plenary", action="store_true", help="for every track (the default when adding)"
    )
    p.add_argument(
        "--trainer",
        action="append",
        default=None,
        metavar="ID|EMAIL",
        help="a trainer of the workshop (repeat; on edit, replaces the session's trainers)",
    )
    add_allow_problems(p)


def register(registry: Registry) -> None:
    group = registry.group("sessions", "a workshop's sessions: list, add, edit, delete")
    p = subcommand(
        group,
        "list",
        "list the sessions in time order (id first, tab-separated)",
        "lacworkshop sessions list --workshop WALC2027 --track Routing",
        run_list,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument("--track", metavar="NAME", help="only this track's sessions and the plenaries")
    p = subcommand(
        group,
        "add",
        "add one session; overlaps, double-booked trainers and an empty topic are refused "
        "unless --allow-problems",
        "lacworkshop sessions add --workshop WALC2027 --date 2027-05-17 --start 09:00 "
        "--end 12:30 --track Routing --topic 'BGP basics' --trainer ana@example.org",
        run_add,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    _slot_options(p, adding=True)
    p = subcommand(
        group,
        "edit",
        "change a session (only the options given)",
        "lacworkshop sessions edit 12 --topic 'BGP security' --start 09:30",
        run_edit,
    )
    p.add_argument("id", type=int, help="the session's id (see sessions list)")
    _slot_options(p, adding=False)
    p = subcommand(
        group,
        "delete",
        "delete sessions with their attendance marks",
        "lacworkshop sessions delete 12 13 --yes",
        run_delete,
    )
    p.add_argument("ids", type=int, nargs="+", metavar="ID", help="session id")
    add_yes(p)
    group_example(registry, "sessions", "lacworkshop sessions list --workshop WALC2027")


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.workshops import list_slots, track_id_for_name, workshop_id_for_code

    wid = workshop_id_for_code(ctx.db, args.workshop)
    only = track_id_for_name(ctx.db, wid, args.track) if args.track else None
    rows = [s for s in list_slots(ctx.db, wid) if only is None or s.track_id in (None, only)]
    print_table(
        ["id", "date", "start", "end", "hours", "track", "topic", "room", "trainers"],
        (
            (
                s.id,
                s.date.isoformat(),
                f"{s.start_time:%H:%M}",
                f"{s.end_time:%H:%M}",
                f"{s.hours:g}",
                s.track_name or "(all tracks)",
                s.topic,
                s.room,
                "; ".join(s.trainer_names),
            )
            for s in rows
        ),
    )
    return 0


def _trainers(ctx: Context, workshop_id: int, refs: list[str] | None) -> tuple[int, ...] | None:
    """The people named, who must be trainers of the workshop (the window offers only those)."""
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.services.people import person_id_for
    from lacworkshop.services.workshops import trainers_of

    if refs is None:
        return None
    teaching = {pid for pid, _name in trainers_of(ctx.db, workshop_id)}
    ids = tuple(person_id_for(ctx.db, r) for r in refs)
    for ref, pid in zip(refs, ids, strict=True):
        if pid not in teaching:
            raise ValidationError("cli.not_a_trainer", "trainer_ids", who=ref)
    return ids


def _track(ctx: Context, workshop_id: int, args: argparse.Namespace) -> tuple[bool, int | None]:
    """(whether the options say where, the track id or None for every track)."""
    from lacworkshop.services.workshops import track_id_for_name

    if args.plenary:
        return True, None
    if args.track:
        return True, track_id_for_name(ctx.db, workshop_id, args.track)
    return False, None


def _save(
    ctx: Context, workshop_id: int, data: SlotData, slot_id: int | None, allow: bool
) -> int | None:
    from lacworkshop.cli.schedule_problems import report
    from lacworkshop.services.workshops import save_session

    saved = save_session(ctx.db, workshop_id, data, slot_id, allow_problems=allow).value
    if not report(saved.problems, allow):
        return None
    return saved.slot_id


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.workshops import SlotData, workshop_id_for_code

    wid = workshop_id_for_code(ctx.db, args.workshop)
    _given, track_id = _track(ctx, wid, args)
    data = SlotData(
        args.date,
        args.start,
        args.end,
        args.topic or "",
        track_id,
        args.room,
        _trainers(ctx, wid, args.trainer) or (),
    )
    sid = _save(ctx, wid, data, None, args.allow_problems)
    if sid is None:
        return 1
    say("cli.session_added", id=sid)
    return 0


def run_edit(args: argparse.Namespace, ctx: Context) -> int:
    from sqlalchemy import select

    from lacworkshop.model import Slot
    from lacworkshop.services.errors import NotFoundError
    from lacworkshop.services.workshops import get_slot

    current = get_slot(ctx.db, args.id)
    with ctx.db.session() as session:
        wid = session.scalar(select(Slot.workshop_id).where(Slot.id == args.id))
    if wid is None:
        raise NotFoundError("session.no_id", id=args.id)
    given, track_id = _track(ctx, wid, args)
    changes: dict[str, Any] = {
        name: value
        for name, value in (
            ("date", args.date),
            ("start_time", args.start),
            ("end_time", args.end),
            ("topic", args.topic),
            ("room", args.room),
            ("trainer_ids", _trainers(ctx, wid, args.trainer)),
        )
        if value is not None
    }
    if given:
        changes["track_id"] = track_id
    if _save(ctx, wid, replace(current, **changes), args.id, args.allow_problems) is None:
        return 1
    say("cli.session_saved", id=args.id)
    return 0


def run_delete(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.cli.confirm import backup_first, confirm, describe
    from lacworkshop.services.data_safety import delete_entity, impact

    whats = [describe(impact(ctx.db, "slot", sid)) for sid in dict.fromkeys(args.ids)]
    confirm("; ".join(whats), args.yes)
    backup_first(ctx.db)
    for sid, what in zip(dict.fromkeys(args.ids), whats, strict=True):
        delete_entity(ctx.db, "slot", sid)
        say("cli.deleted", what=what)
    return 0
