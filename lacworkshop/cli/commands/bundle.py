"""``lacworkshop bundle export|import``: carry a workshop between databases in one file."""

from __future__ import annotations

import argparse
from pathlib import Path

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say, text_for
from lacworkshop.cli.subcommands import subcommand

GROUP_HELP = "bundles: carry a workshop, or one track's attendance, to another database"
# Conflicts were left open: the merge is done, but the organiser still has to choose.
EXIT_OPEN_CONFLICTS = 3
CHOICES = ("mine", "theirs", "newest")


def register(registry) -> None:  # type: ignore[no-untyped-def]
    group = registry.group("bundle", GROUP_HELP)
    p = subcommand(
        group,
        "export",
        "write a workshop (or one track's attendance) to one bundle file",
        "lacworkshop bundle export --workshop WALC2026 --track Routing -o routing.lwbundle",
        run_export,
    )
    p.add_argument("--workshop", required=True, metavar="CODE", help="the workshop's code")
    p.add_argument("--track", metavar="NAME", help="only this track's people and attendance")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the bundle to write")
    p = subcommand(
        group,
        "import",
        "merge a bundle: people, participations and attendance marks",
        "lacworkshop bundle import routing.lwbundle --dry-run\n"
        "lacworkshop bundle import routing.lwbundle --on-conflict newest",
        run_import,
        description="Merge a bundle into this database. People are matched by their "
        "identity, then by email; marks by person and session. A mark changed on both "
        "sides is a conflict, printed with both values, who changed them and when: "
        "--on-conflict mine keeps yours, theirs takes the bundle's, newest the later "
        "change; without it conflicts stay as they are (exit code 3). Merging the same "
        "bundle again changes nothing.",
    )
    p.add_argument("file", metavar="FILE", help="the bundle")
    p.add_argument("--on-conflict", choices=CHOICES, help="how to decide conflicts")
    p.add_argument("--dry-run", action="store_true", help="only show what would merge")


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.bundles import export_bundle

    done = export_bundle(ctx.db, args.workshop, Path(args.output), track=args.track).value
    say(
        "bundle.exported",
        path=str(done.path),
        people=done.people,
        participations=done.participations,
        marks=done.marks,
    )
    return 0


def _shown(value: object, field: str) -> str:
    if value is None and field == "mark":  # the other side cleared the mark
        return text_for("bundle.cleared")
    return "" if value is None else str(value)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.bundles import Side, merge_bundle

    choice = Side(args.on_conflict) if args.on_conflict else None
    report = merge_bundle(ctx.db, Path(args.file), on_conflict=choice, dry_run=args.dry_run).value
    unknown = text_for("bundle.unknown")
    say(
        "bundle.header",
        workshop=report.workshop,
        track=f" ({report.track})" if report.track else "",
        who=report.made_by or unknown,
        when=report.made_at or unknown,
    )
    say(
        "bundle.structure",
        workshop=text_for(
            "bundle.workshop_added" if report.workshop_added else "bundle.workshop_existing"
        ),
        tracks=report.tracks_added,
        slots=report.slots_added,
    )
    for kind, counts in (
        ("workshop", report.workshop_edits),
        ("sessions", report.sessions),
        ("people", report.people),
        ("participations", report.participations),
        ("marks", report.marks),
    ):
        say(
            "bundle.counts",
            what=text_for(f"bundle.kind.{kind}"),
            added=counts.added,
            updated=counts.updated,
            unchanged=counts.unchanged,
        )
    for c in report.conflicts:
        outcome = c.resolution.value if c.resolution is not None else "open"
        for field in c.fields:
            say(
                "bundle.conflict",
                what=c.what,
                field=field,
                mine=_shown(c.mine.get(field), field),
                theirs=_shown(c.theirs.get(field), field),
                mine_by=c.mine_by or unknown,
                mine_at=c.mine_at or unknown,
                theirs_by=c.theirs_by or unknown,
                theirs_at=c.theirs_at or unknown,
                outcome=text_for(f"bundle.outcome.{outcome}"),
            )
    if args.dry_run:
        say("bundle.dry_run")
    if report.open_conflicts:
        say("bundle.open_conflicts", count=len(report.open_conflicts))
        return EXIT_OPEN_CONFLICTS
    return 0
