"""``lacworkshop templates list|export|import``: certificate templates as files to share."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table, say
from lacworkshop.cli.subcommands import group_example, subcommand

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def register(registry: Registry) -> None:
    group = registry.group(
        "templates", "certificate templates: list, and share them as files between organisers"
    )
    subcommand(
        group,
        "list",
        "list the certificate templates (name first, tab-separated)",
        "lacworkshop templates list",
        run_list,
    )
    p = subcommand(
        group,
        "export",
        "write a template, with its logos and background, to one .zip file",
        "lacworkshop templates export 'LACNIC 2027' -o lacnic-2027.zip",
        run_export,
    )
    p.add_argument("name", help="the template's name (see templates list)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    p = subcommand(
        group,
        "import",
        "add a template from a file written by 'templates export'",
        "lacworkshop templates import lacnic-2027.zip --name 'LACNIC 2027 (copy)'",
        run_import,
    )
    p.add_argument("file", metavar="FILE.zip")
    p.add_argument("--name", help="store it under this name (default: its own)")
    p.add_argument("--replace", action="store_true", help="replace a template of the same name")
    group_example(registry, "templates", "lacworkshop templates list")


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.certificates import list_templates

    print_table(
        ["name", "style", "kind", "page", "orientation", "built_in"],
        (
            (
                t.name,
                t.style,
                t.kind.value,
                t.page_size,
                t.orientation,
                "yes" if t.builtin else "no",
            )
            for t in list_templates(ctx.db)
        ),
    )
    return 0


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.certificates import export_template

    path = export_template(ctx.db, args.name, args.output)
    say("cli.template_written", template=args.name, path=path)
    return 0


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.certificates import import_template

    result = import_template(ctx.db, args.file, args.name, args.replace)
    say("cli.template_replaced" if result.replaced else "cli.template_added", template=result.name)
    return 0
