"""``lacworkshop checkin``: check people in from badge codes, as the door's scanner would."""

from __future__ import annotations

import argparse
import sys

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say


def register(registry) -> None:  # type: ignore[no-untyped-def]
    p = registry.command(
        "checkin",
        "check people in at a session from their badge's QR text, code or name "
        "(arguments, or one per line on standard input)",
        run,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument(
        "--session",
        type=int,
        metavar="ID",
        help="session id (default: the one under way by the workshop's clock)",
    )
    p.add_argument("codes", nargs="*", metavar="QR-OR-CODE", help="what the badge says")


def _inputs(args: argparse.Namespace) -> list[str]:
    if args.codes:
        return [c for c in args.codes if c.strip()]
    return [line.rstrip("\r\n") for line in sys.stdin if line.strip()]


def run(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.errors import Invalid
    from lacworkshop.services.checkin import check_in, checkin_sessions, current_session
    from lacworkshop.services.workshops import workshop_id_for_code

    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    slot_id = args.session if args.session is not None else current_session(ctx.db, workshop_id)
    if slot_id is None:
        raise Invalid("checkin.no_session_now")
    chosen = next((s for s in checkin_sessions(ctx.db, workshop_id) if s.id == slot_id), None)
    if chosen is not None:
        say(
            "cli.checkin_session",
            sys.stderr,
            id=chosen.id,
            day=chosen.date.isoformat(),
            start=chosen.start.strftime("%H:%M"),
            end=chosen.end.strftime("%H:%M"),
            topic=chosen.topic,
        )
    all_good = True
    for text in _inputs(args):
        result = check_in(ctx.db, workshop_id, slot_id, text).value
        all_good = all_good and result.outcome.good
        print(f"{result.outcome.value}\t{result.message}", flush=True)
        for candidate in result.candidates:
            print(f"\t{candidate.name}\t{candidate.organisation}\t{candidate.track}")
    return 0 if all_good else 3
