"""``lacworkshop people``: list people, tab-separated, person id first."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import print_table

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lacworkshop.cli.app import Registry

_PAGE = 5000


def register(registry: Registry) -> None:
    p = registry.command("people", "list people (id first, tab-separated)", run)
    p.add_argument(
        "--workshop",
        metavar="CODE",
        help="only people in this workshop, with role, track and status",
    )
    p.add_argument(
        "--search",
        metavar="TEXT",
        help="name, email, organisation or document, accents and case ignored",
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.workshop:
        return _participants(args, ctx)
    from lacworkshop.services.people import PeopleFilter, fetch_people

    flt = PeopleFilter(search=args.search or "")
    header = [
        "id",
        "family_names",
        "given_names",
        "preferred_name",
        "email",
        "organisation",
        "country",
    ]

    def rows() -> Iterator[tuple[object, ...]]:
        offset = 0
        while True:
            chunk = fetch_people(ctx.db, flt, offset, _PAGE)
            for p in chunk:
                yield (
                    p.id,
                    p.family_names,
                    p.given_names,
                    p.preferred_name,
                    p.email,
                    p.organisation,
                    p.country,
                )
            if len(chunk) < _PAGE:
                return
            offset += _PAGE

    print_table(header, rows())
    return 0


def _participants(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.model.text_keys import fold
    from lacworkshop.services.people import list_participants
    from lacworkshop.services.workshops import workshop_id_for_code

    wid = workshop_id_for_code(ctx.db, args.workshop)
    words = fold(args.search).split()
    header = [
        "id",
        "family_names",
        "given_names",
        "preferred_name",
        "email",
        "organisation",
        "country",
        "role",
        "track",
        "status",
    ]
    rows = []
    for p in list_participants(ctx.db, wid):
        if words:
            text = fold(
                " ".join(
                    x or ""
                    for x in (
                        p.given_names,
                        p.family_names,
                        p.preferred_name,
                        p.email,
                        p.organisation,
                    )
                )
            )
            if not all(w in text for w in words):
                continue
        rows.append(
            (
                p.person_id,
                p.family_names,
                p.given_names,
                p.preferred_name,
                p.email,
                p.organisation,
                p.country,
                p.role.value,
                p.track_name,
                p.status.value,
            )
        )
    print_table(header, rows)
    return 0
