"""``lacworkshop override set|clear``: an organiser's decision that beats the attendance rule."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say
from lacworkshop.cli.subcommands import group_example, subcommand

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def register(registry: Registry) -> None:
    group = registry.group(
        "override", "grant or withhold a certificate by hand, with a reason; or clear that"
    )
    p = subcommand(
        group,
        "set",
        "grant or withhold eligibility for one attendee, whatever their attendance",
        "lacworkshop override set --workshop WALC2027 --person ana@example.org --grant "
        "--reason 'missed Tuesday for a power cut at the venue'",
        run_set,
    )
    _who(p)
    decision = p.add_mutually_exclusive_group(required=True)
    decision.add_argument("--grant", action="store_true", help="eligible by hand")
    decision.add_argument("--withhold", action="store_true", help="not eligible by hand")
    p.add_argument("--reason", required=True, help="why (required; funders ask for it)")
    p = subcommand(
        group,
        "clear",
        "give the decision back to the attendance rule",
        "lacworkshop override clear --workshop WALC2027 --person ana@example.org",
        run_clear,
    )
    _who(p)
    p.add_argument("--reason", help="why it is cleared (recorded in the audit log)")
    group_example(
        registry,
        "override",
        "lacworkshop override clear --workshop WALC2027 --person ana@example.org",
    )


def _who(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument("--person", required=True, metavar="ID|EMAIL", help="the attendee")


def _participation(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.model import Role
    from lacworkshop.services.people import participation_id_for, person_id_for
    from lacworkshop.services.workshops import workshop_id_for_code

    wid = workshop_id_for_code(ctx.db, args.workshop)
    return participation_id_for(ctx.db, wid, person_id_for(ctx.db, args.person), Role.ATTENDEE)


def run_set(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.attendance import set_override

    set_override(ctx.db, _participation(args, ctx), bool(args.grant), args.reason)
    say("cli.eligibility_granted" if args.grant else "cli.eligibility_withheld")
    return 0


def run_clear(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.attendance import set_override

    before = set_override(ctx.db, _participation(args, ctx), None, args.reason)
    if before.eligible is not None:
        say("cli.eligibility_rule_again")
    else:
        say("cli.eligibility_already_rule")
    return 0
