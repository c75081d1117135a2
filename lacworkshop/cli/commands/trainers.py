"""``lacworkshop trainers assign``: give many sessions their trainers at once."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say
from lacworkshop.cli.subcommands import add_allow_problems, group_example, subcommand

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def register(registry: Registry) -> None:
    group = registry.group("trainers", "trainers of a workshop's sessions: assign many at once")
    p = subcommand(
        group,
        "assign",
        "assign trainers to every session of a track, or to the sessions given",
        "lacworkshop trainers assign --workshop WALC2027 --track Routing "
        "--trainer ana@example.org --trainer 12\n"
        "lacworkshop trainers assign --workshop WALC2027 --session 3 4 7 --trainer 12 --replace",
        run_assign,
        description="Add the trainers to the sessions' own (or, with --replace, put them "
        "instead). The trainers must have the trainer role in the workshop. A trainer who "
        "would be in two places at once is refused unless --allow-problems.",
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--track", metavar="NAME", help="every session of this track")
    which.add_argument(
        "--session", type=int, nargs="+", metavar="ID", help="these sessions (see sessions list)"
    )
    p.add_argument(
        "--trainer",
        action="append",
        required=True,
        metavar="ID|EMAIL",
        help="a trainer (repeat)",
    )
    p.add_argument(
        "--replace", action="store_true", help="the sessions' trainers become exactly these"
    )
    add_allow_problems(p)
    group_example(
        registry,
        "trainers",
        "lacworkshop trainers assign --workshop WALC2027 --track Routing --trainer ana@example.org",
    )


def run_assign(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.cli.schedule_problems import report
    from lacworkshop.services.people import person_id_for
    from lacworkshop.services.workshops import (
        ScheduleProblemsError,
        assign_trainers,
        list_slots,
        track_id_for_name,
        workshop_id_for_code,
    )

    wid = workshop_id_for_code(ctx.db, args.workshop)
    if args.track:
        tid = track_id_for_name(ctx.db, wid, args.track)
        slot_ids = [s.id for s in list_slots(ctx.db, wid) if s.track_id == tid]
    else:
        slot_ids = list(args.session)
    trainers = [person_id_for(ctx.db, ref) for ref in args.trainer]
    try:
        assign_trainers(
            ctx.db,
            wid,
            slot_ids,
            trainers,
            replace_existing=args.replace,
            allow_problems=args.allow_problems,
        )
    except ScheduleProblemsError as exc:
        report(exc.problems, allowed=False)
        return 1
    say("cli.trainers_assigned", trainers=len(trainers), sessions=len(slot_ids))
    return 0
