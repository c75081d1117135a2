"""``lacworkshop tracks list|add|rename|delete``: a workshop's parallel tracks."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table, say, text_for
from lacworkshop.cli.subcommands import add_yes, group_example, subcommand

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def register(registry: Registry) -> None:
    group = registry.group("tracks", "a workshop's parallel tracks: list, add, rename, delete")
    p = subcommand(
        group,
        "list",
        "list the tracks (id first, tab-separated) with their sessions and people",
        "lacworkshop tracks list --workshop WALC2027",
        run_list,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p = subcommand(
        group,
        "add",
        "add one or more tracks (the first replaces a new workshop's unused 'General')",
        "lacworkshop tracks add --workshop WALC2027 Routing Security",
        run_add,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument("names", nargs="+", metavar="NAME", help="track name")
    p = subcommand(
        group,
        "rename",
        "rename a track",
        "lacworkshop tracks rename --workshop WALC2027 Security 'Network security'",
        run_rename,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument("old", metavar="NAME", help="the track's name now")
    p.add_argument("new", metavar="NEW", help="its new name")
    p = subcommand(
        group,
        "delete",
        "delete a track with its sessions and their marks (its people stay, without a track)",
        "lacworkshop tracks delete --workshop WALC2027 Security --yes",
        run_delete,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code")
    p.add_argument("name", metavar="NAME", help="the track's name")
    add_yes(p)
    group_example(registry, "tracks", "lacworkshop tracks list --workshop WALC2027")


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.workshops import list_tracks, workshop_id_for_code

    rows = list_tracks(ctx.db, workshop_id_for_code(ctx.db, args.workshop))
    print_table(
        ["id", "name", "sessions", "people"],
        ((t.id, t.name, t.slots, t.participants) for t in rows),
    )
    return 0


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.workshops import add_track_claiming_default, workshop_id_for_code

    wid = workshop_id_for_code(ctx.db, args.workshop)
    for name in args.names:
        tid, renamed = add_track_claiming_default(ctx.db, wid, name)
        key = "cli.track_added_in_place" if renamed else "cli.track_added"
        say(key, name=name.strip(), id=tid)
    return 0


def run_rename(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.workshops import rename_track, track_id_for_name, workshop_id_for_code

    wid = workshop_id_for_code(ctx.db, args.workshop)
    rename_track(ctx.db, track_id_for_name(ctx.db, wid, args.old), args.new)
    say("cli.track_renamed", old=args.old, new=args.new.strip())
    return 0


def run_delete(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.cli.confirm import delete_after_asking, describe
    from lacworkshop.services.data_safety import impact
    from lacworkshop.services.workshops import list_tracks, track_id_for_name, workshop_id_for_code

    wid = workshop_id_for_code(ctx.db, args.workshop)
    tid = track_id_for_name(ctx.db, wid, args.name)
    what = describe(impact(ctx.db, "track", tid))
    people = next(t.participants for t in list_tracks(ctx.db, wid) if t.id == tid)
    if people:
        what = text_for("cli.track_people_stay", what=what, n=people)
    delete_after_asking(ctx.db, "track", tid, what, args.yes)
    return 0
