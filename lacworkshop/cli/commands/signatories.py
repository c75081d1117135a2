"""``lacworkshop signatories list|add|delete``: who signs the certificates, with their scan."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table, say, text_for
from lacworkshop.cli.subcommands import add_yes, group_example, subcommand

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry


def register(registry: Registry) -> None:
    group = registry.group("signatories", "who signs the certificates: list, add, delete")
    p = subcommand(
        group,
        "list",
        "list signatories (id first): the workshop's, then those for every workshop",
        "lacworkshop signatories list --workshop WALC2027",
        run_list,
    )
    p.add_argument("--workshop", metavar="CODE", help="workshop code (default: every workshop)")
    p = subcommand(
        group,
        "add",
        "add a signatory with a scan of the signature (PNG or JPEG)",
        "lacworkshop signatories add 'María Fernández' --title Directora "
        "--organisation LACNIC --signature firma.png --workshop WALC2027",
        run_add,
    )
    p.add_argument("name", help="the signatory's name as printed")
    p.add_argument("--title", default="", help="their title, e.g. Directora")
    p.add_argument("--organisation", default="", help="their organisation")
    p.add_argument("--signature", metavar="IMAGE", help="PNG or JPEG scan of the signature")
    p.add_argument(
        "--workshop", metavar="CODE", help="only this workshop's certificates (default: every)"
    )
    p = subcommand(
        group, "delete", "delete a signatory", "lacworkshop signatories delete 3 --yes", run_delete
    )
    p.add_argument("id", type=int, help="the signatory's id (see signatories list)")
    add_yes(p)
    group_example(registry, "signatories", "lacworkshop signatories list --workshop WALC2027")


def _workshop(ctx: Context, code: str | None) -> int | None:
    from lacworkshop.services.workshops import workshop_id_for_code

    return workshop_id_for_code(ctx.db, code) if code else None


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.certificates import list_signatories

    rows = list_signatories(ctx.db, _workshop(ctx, args.workshop))
    print_table(
        ["id", "name", "title", "organisation", "signature", "for"],
        (
            (
                s.id,
                s.name,
                s.title,
                s.organisation,
                "yes" if s.has_image else "no",
                "this workshop" if s.workshop_id is not None else "every workshop",
            )
            for s in rows
        ),
    )
    return 0


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.certificates import add_signatory

    image = Path(args.signature).read_bytes() if args.signature else None
    sid = add_signatory(
        ctx.db, _workshop(ctx, args.workshop), args.name, args.title, args.organisation, image
    )
    say("cli.signatory_added", name=args.name.strip(), id=sid)
    return 0


def run_delete(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.cli.confirm import backup_first, confirm
    from lacworkshop.services.certificates import delete_signatory, list_signatories
    from lacworkshop.services.errors import NotFoundError

    everyone = {s.id: s for s in list_signatories(ctx.db, None)}
    found = everyone.get(args.id)
    if found is None:
        # A workshop's own signatory is listed with that workshop only.
        from sqlalchemy import select

        from lacworkshop.model import Signatory

        with ctx.db.session() as session:
            name = session.scalar(select(Signatory.name).where(Signatory.id == args.id))
        if name is None:
            raise NotFoundError("signatory.no_id", id=args.id)
    else:
        name = found.name
    what = text_for("cli.signatory_about", name=name)
    confirm(what, args.yes)
    backup_first(ctx.db)
    delete_signatory(ctx.db, args.id)
    say("cli.deleted", what=what)
    return 0
