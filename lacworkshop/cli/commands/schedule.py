"""``lacworkshop schedule generate|export|check``: the week at once, and as a calendar."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.arguments import block, iso_date, weekdays
from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table, say
from lacworkshop.cli.subcommands import add_allow_problems, group_example, subcommand

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def register(registry: Registry) -> None:
    group = registry.group(
        "schedule", "a workshop's schedule: generate days x blocks, check it, export it"
    )
    p = subcommand(
        group,
        "generate",
        "create a session for every day x daily block x track, like the window's generator",
        "lacworkshop schedule generate --workshop WALC2027 --block 09:00-12:30 "
        "--block 14:00-17:30 --skip-weekdays sat,sun --skip-date 2027-05-19",
        run_generate,
        description="Create a session for every day of the range (default: the workshop's "
        "dates) x every daily block x every chosen track (default: each track). "
        "Overlaps with existing sessions are refused unless --allow-problems; topics can "
        "be set afterwards with 'sessions edit'.",
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument("--from", dest="first", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="last", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument(
        "--block",
        type=block,
        action="append",
        metavar="HH:MM-HH:MM",
        help="a daily block (repeat; default 09:00-12:30 and 14:00-17:30)",
    )
    p.add_argument(
        "--skip-weekdays",
        type=weekdays,
        default=[5, 6],
        metavar="DAYS",
        help="weekdays without sessions, e.g. sat,sun (the default); '' for none",
    )
    p.add_argument("--skip-date", type=iso_date, action="append", default=[], metavar="YYYY-MM-DD")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--track", action="append", metavar="NAME", help="only this track (repeat)")
    where.add_argument("--plenary", action="store_true", help="one session for all tracks together")
    p.add_argument("--topic", default="", help="topic of every generated session")
    add_allow_problems(p)

    p = subcommand(
        group,
        "export",
        "write the schedule as an iCalendar file (.ics) for trainers' calendars",
        "lacworkshop schedule export --workshop WALC2027 -o walc2027.ics\n"
        "lacworkshop schedule export --workshop WALC2027 --trainer ana@example.org -o ana.ics",
        run_export,
        description="Write every session (or one trainer's) as calendar events. Times are in "
        "the workshop's time zone, found from its country and city; when they do not settle "
        "it, the times are local ('floating') and the calendar says so.",
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.add_argument("--trainer", metavar="ID|EMAIL", help="only this trainer's sessions")
    p.add_argument("--language", choices=("es", "pt", "en", "fr"), help="default: the workshop's")

    p = subcommand(
        group,
        "check",
        "list the problems of the schedule as it is (overlaps, trainers in two places, "
        "empty topics, dates outside the workshop)",
        "lacworkshop schedule check --workshop WALC2027",
        run_check,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    group_example(
        registry,
        "schedule",
        "lacworkshop schedule generate --workshop WALC2027 --block 09:00-12:30",
    )


def run_generate(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.cli.schedule_problems import report
    from lacworkshop.services.workshops import (
        DEFAULT_BLOCKS,
        SessionPlan,
        generate_sessions,
        get_workshop,
        list_tracks,
        track_id_for_name,
        workshop_id_for_code,
    )

    wid = workshop_id_for_code(ctx.db, args.workshop)
    w = get_workshop(ctx.db, wid)
    tracks: list[int | None]
    if args.plenary:
        tracks = [None]
    elif args.track:
        tracks = [track_id_for_name(ctx.db, wid, name) for name in args.track]
    else:
        tracks = [t.id for t in list_tracks(ctx.db, wid)]
    plan = SessionPlan(
        first=args.first or w.start_date,
        last=args.last or w.end_date,
        blocks=args.block or list(DEFAULT_BLOCKS),
        skip_weekdays=args.skip_weekdays,
        skip_dates=args.skip_date,
        track_ids=tracks,
        topic=args.topic,
    )
    generated = generate_sessions(ctx.db, wid, plan, allow_problems=args.allow_problems).value
    if not report(generated.problems, args.allow_problems):
        return 1
    created = generated.created
    say("cli.sessions_generated", n=len(created), first=created[0], last=created[-1])
    return 0


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.people import person_id_for
    from lacworkshop.services.workshops import export_schedule_ics, workshop_id_for_code

    wid = workshop_id_for_code(ctx.db, args.workshop)
    trainer = person_id_for(ctx.db, args.trainer) if args.trainer else None
    result = export_schedule_ics(ctx.db, wid, args.output, trainer, args.language)
    if result.timezone:
        say("cli.calendar_written", n=result.events, path=result.path, zone=result.timezone)
    else:
        say("cli.calendar_written_floating", n=result.events, path=result.path)
    return 0


def run_check(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.workshops import schedule_problems, workshop_id_for_code

    problems = schedule_problems(ctx.db, workshop_id_for_code(ctx.db, args.workshop))
    print_table(
        ["problem", "session", "other", "message"],
        ((p.kind, p.slot_id, p.other_slot_id, p.message) for p in problems),
    )
    return 1 if problems else 0
