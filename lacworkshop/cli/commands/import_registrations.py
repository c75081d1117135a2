"""``lacworkshop import FILE --workshop CODE``: registration lists into a workshop."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say, text_for
from lacworkshop.formats.reading import suffix_list

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry
    from lacworkshop.formats.reading import RawTable
    from lacworkshop.services.importing import Layout

ROLES = ("attendee", "trainer", "organiser", "staff")
DELIMITERS = {
    ",": ",",
    ";": ";",
    "tab": "\t",
    "\\t": "\t",
    "\t": "\t",
    "comma": ",",
    "semicolon": ";",
}


def register(registry: Registry) -> None:
    p = registry.command(
        "import",
        f"import a registration list ({suffix_list()}) into a workshop",
        run,
    )
    p.add_argument("file", metavar="FILE", help="the registration list")
    p.add_argument("--workshop", required=True, metavar="CODE", help="workshop code, e.g. WALC2026")
    p.add_argument(
        "--track",
        metavar="NAME",
        help="track for everyone without a Track column value (required when the workshop "
        "has several tracks and the file has no Track column; 'none' keeps them to the "
        "plenaries)",
    )
    p.add_argument(
        "--role", choices=ROLES, default="attendee", help="role unless a Role column says otherwise"
    )
    p.add_argument("--sheet", metavar="NAME", help="sheet of a workbook (default: the first)")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=field",
        help="map a column (header, letter or number) to a field, or to 'ignore'; repeatable",
    )
    p.add_argument(
        "--on-duplicate",
        choices=("link", "update", "skip"),
        default="link",
        help="for people already in the database: link (default; their place in the workshop is left as it is), update their details and move them to this import's track or role, or skip",
    )
    p.add_argument(
        "--header-row", type=int, metavar="N", help="row number of the header (default: found)"
    )
    p.add_argument("--encoding", metavar="NAME", help="text encoding of a CSV (default: detected)")
    p.add_argument(
        "--delimiter",
        choices=sorted(DELIMITERS),
        # The choices hold a real tab: a metavar keeps the usage line readable.
        metavar=",|;|tab",
        help="CSV delimiter: , ; or tab (also comma, semicolon; default: detected)",
    )
    p.add_argument(
        "--checked-in-attends",
        action="store_true",
        help="people the registration system shows as checked in are marked present at the "
        "first session",
    )
    p.add_argument("--report", metavar="FILE.xlsx", help="also save the summary as an xlsx report")
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from pathlib import Path

    from lacworkshop.formats.reading import UnreadableFile, load_table
    from lacworkshop.model import Role
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.services.import_plan import plan_columns
    from lacworkshop.services.importing import (
        Decision,
        apply_overrides,
        build_preview,
        check_mapping,
        import_registrations,
        layout_for,
        write_summary_report,
    )
    from lacworkshop.services.workshops import workshop_id_for_code

    path = Path(args.file)
    delimiter = DELIMITERS[args.delimiter] if args.delimiter else None
    if args.encoding:
        import codecs

        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise ValidationError("import.unknown_encoding", encoding=args.encoding) from None
    try:
        table = load_table(path, sheet=args.sheet, encoding=args.encoding, delimiter=delimiter)
    except UnreadableFile as exc:
        raise ValidationError(exc.key, **exc.values) from None
    if table.kind == "csv" and not table.encoding_certain:
        raise ValidationError("import.encoding_unsure", name=path.name, encoding=table.encoding)
    if not table.rows:
        raise ValidationError("import.sheet_empty", name=path.name, sheet=table.sheet)
    workshop_id = workshop_id_for_code(ctx.db, args.workshop)
    header_index = None
    if args.header_row is not None:
        matches = [i for i, r in enumerate(table.rows) if r.number == args.header_row]
        if not matches:
            raise ValidationError("import.header_row", name=path.name, row=args.header_row)
        header_index = matches[0]
    layout = layout_for(table, header_index)
    plan = plan_columns(ctx.db, table, layout)
    mapping = apply_overrides(layout.headers, plan.mapping, args.map, path.name)
    check_mapping(mapping, path.name)
    track = _chosen_track(ctx, workshop_id, args.track, "track" in mapping)
    preview = build_preview(
        ctx.db,
        table,
        layout,
        mapping,
        workshop_id,
        role=Role(args.role),
        track=track,
        on_duplicate=Decision(args.on_duplicate),
        system=plan.system,
    )
    say("import.system", source=path.name, system=plan.system_name)
    _print_layout(path.name, table, layout, mapping, plan.remembered)
    for note in plan.note_texts(layout.headers):
        print(f"  {note}")
    summary = import_registrations(
        ctx.db,
        preview,
        layout.headers,
        mapping,
        dry_run=args.dry_run,
        checked_in_attendance=args.checked_in_attends,
    ).value
    print(summary.line() + (text_for("cli.dry_run") if args.dry_run else ""))
    if summary.backup is not None:
        say("cli.backup_before_import", path=summary.backup)
    for o in summary.skipped:
        name = o.name or text_for("cli.import_no_name")
        say("cli.import_skipped_row", row=o.row, name=name, reason=o.reason)
    warned = len({row for row, _message in summary.warnings})
    say("cli.with_warnings", count=warned)
    for row, message in summary.warnings:
        say("cli.import_warning_row", row=row, message=message)
    if args.report:
        from lacworkshop.errors import message_language

        # In the language the command speaks, as the reasons in it are.
        written = write_summary_report(summary, args.report, message_language())
        say("cli.report_saved", path=written)
    return 0


def _chosen_track(
    ctx: Context, workshop_id: int, track: str | None, has_column: bool
) -> str | None:
    """The track for rows without one; with several tracks the organiser must choose, as in
    the window, or everyone would silently count only the plenaries."""
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.services.importing import workshop_tracks

    if track is not None and track.strip().lower() == "none":
        return None
    if track is None and not has_column:
        tracks = workshop_tracks(ctx.db, workshop_id)
        if len(tracks) > 1:
            names = ", ".join(name for _tid, name in tracks)
            raise ValidationError("import.choose_track", "track", n=len(tracks), tracks=names)
    return track


def _print_layout(
    name: str, table: RawTable, layout: Layout, mapping: list[str | None], remembered: bool
) -> None:
    where = f"sheet {table.sheet!r}, " if table.kind != "csv" else ""
    extra = ""
    if table.kind == "csv":
        delim = {",": "comma", ";": "semicolon", "\t": "tab"}.get(
            table.delimiter or "", table.delimiter
        )
        extra = f", encoding {table.encoding}, delimiter {delim}"
    print(f"{name}: {where}header on row {layout.header_row}{extra}", file=sys.stdout)
    pairs = [f"{h} -> {f}" for h, f in zip(layout.headers, mapping, strict=True) if f]
    print(("remembered mapping: " if remembered else "mapping: ") + "; ".join(pairs))
