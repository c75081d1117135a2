"""``lacworkshop person add|edit|merge|delete``: one person's record and place in a workshop."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from lacworkshop.cli.context import Context
from lacworkshop.cli.output import say, text_for
from lacworkshop.cli.subcommands import add_yes, group_example, subcommand

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry
    from lacworkshop.model import Role

ROLES = ("attendee", "trainer", "organiser", "staff")
STATUSES = ("registered", "confirmed", "waitlisted", "cancelled")
# Option -> PersonData field.
_FIELDS = {
    "given": "given_names",
    "family": "family_names",
    "preferred": "preferred_name",
    "email": "email",
    "phone": "phone",
    "organisation": "organisation",
    "country": "country",
    "gender": "gender",
    "document": "document_id",
    "language": "language",
    "notes": "notes",
}


def _person_options(p: argparse.ArgumentParser, adding: bool) -> None:
    p.add_argument("--given", required=adding, metavar="NAMES", help="given names")
    p.add_argument("--family", metavar="NAMES", help="family names (both surnames)")
    p.add_argument("--preferred", metavar="NAME", help="preferred or social name, as printed")
    p.add_argument("--email")
    p.add_argument("--phone")
    p.add_argument("--organisation")
    p.add_argument("--country", metavar="CC", help="ISO country code, e.g. BO")
    p.add_argument("--gender", help="self-described (optional)")
    p.add_argument("--document", metavar="ID", help="document id")
    p.add_argument("--language", choices=("es", "pt", "en", "fr"))
    p.add_argument("--notes")
    place = p.add_argument_group("place in a workshop")
    place.add_argument("--workshop", metavar="CODE", help="add to (or change in) this workshop")
    place.add_argument(
        "--role",
        choices=ROLES,
        help="default: attendee when adding, else the person's one role in the workshop",
    )
    where = place.add_mutually_exclusive_group()
    where.add_argument("--track", metavar="NAME", help="the track they follow")
    where.add_argument("--no-track", action="store_true", help="take them out of their track")
    place.add_argument("--status", choices=STATUSES)


def register(registry: Registry) -> None:
    group = registry.group("person", "one person: add, edit, merge two, delete")
    p = subcommand(
        group,
        "add",
        "add a person (and their place in a workshop); prints the new id",
        "lacworkshop person add --given 'María José' --family 'Pérez Núñez' "
        "--email mj@example.org --country BO --workshop WALC2027 --track Routing\n"
        'lacworkshop person add --given Ana --family "D\'Souza" --email ana@example.org '
        "--workshop WALC2027 --role trainer --track Routing",
        run_add,
    )
    _person_options(p, adding=True)
    p.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="add even when someone has the same email, or the same name and country",
    )
    p = subcommand(
        group,
        "edit",
        "change a person's fields (only those given) or their place in a workshop",
        "lacworkshop person edit mj@example.org --organisation 'ABC Telecom'\n"
        "lacworkshop person edit 31 --workshop WALC2027 --track Security",
        run_edit,
    )
    p.add_argument("person", metavar="ID|EMAIL")
    _person_options(p, adding=False)
    p.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="save even when the new email, or name and country, are someone else's",
    )
    p = subcommand(
        group,
        "merge",
        "merge two records of the same person: the second's places, marks and certificates "
        "move to the first, which keeps its fields and fills its empty ones",
        "lacworkshop person merge 31 87 --yes",
        run_merge,
    )
    p.add_argument("keep", metavar="KEEP", help="id or email of the record to keep")
    p.add_argument("other", metavar="OTHER", help="id or email of the record merged away")
    add_yes(p)
    p = subcommand(
        group,
        "delete",
        "delete a person with their places in workshops, marks and certificates",
        "lacworkshop person delete 87 --yes",
        run_delete,
    )
    p.add_argument("person", metavar="ID|EMAIL")
    add_yes(p)
    group_example(
        registry, "person", "lacworkshop person edit ana@example.org --organisation LACNIC"
    )


def _values(args: argparse.Namespace) -> dict[str, Any]:
    return {
        field: getattr(args, option)
        for option, field in _FIELDS.items()
        if getattr(args, option) is not None
    }


def _place(args: argparse.Namespace, ctx: Context) -> Callable[[int], None]:
    """Check the workshop options now; the returned step gives the person their place.

    Checked before anything is saved, so a mistyped track adds no person.
    """
    from lacworkshop.model import ParticipationStatus, Role
    from lacworkshop.services.people import KEEP, set_place
    from lacworkshop.services.workshops import track_id_for_name, workshop_id_for_code

    if not args.workshop:
        if args.track or args.no_track or args.status:
            from lacworkshop.services.errors import ValidationError

            raise ValidationError("cli.place_needs_workshop")
        return lambda _person_id: None
    wid = workshop_id_for_code(ctx.db, args.workshop)
    track: object = KEEP
    if args.track:
        track = track_id_for_name(ctx.db, wid, args.track)
    elif args.no_track:
        track = None
    status = ParticipationStatus(args.status) if args.status else None

    def give(person_id: int) -> None:
        role = Role(args.role) if args.role else _current_role(ctx, wid, person_id)
        _pid, added = set_place(ctx.db, wid, person_id, role, track, status)
        # stderr: ``person add`` prints only the new id on stdout, for ID=$(lacworkshop person add)
        say(
            "cli.person_placed_added" if added else "cli.person_placed_updated",
            sys.stderr,
            id=person_id,
            code=args.workshop.upper(),
            role=role.value,
        )

    return give


def _current_role(ctx: Context, workshop_id: int, person_id: int) -> Role:
    """The person's role in the workshop when they have exactly one; attendee when none."""
    from lacworkshop.model import Role
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.services.people import list_participants

    roles = [p.role for p in list_participants(ctx.db, workshop_id) if p.person_id == person_id]
    if len(roles) > 1:
        raise ValidationError(
            "cli.person_several_roles", id=person_id, roles=", ".join(r.value for r in roles)
        )
    return roles[0] if roles else Role.ATTENDEE


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.people import PersonData, save_person

    data = PersonData(**_values(args))
    place = _place(args, ctx)
    saved = save_person(ctx.db, data, allow_duplicates=args.allow_duplicate).value
    if saved.refused:
        _refuse_look_alikes(saved.duplicates)
    pid = saved.person_id
    assert pid is not None
    print(pid)
    place(pid)
    return 0


def _refuse_look_alikes(twins: list[Any]) -> None:
    """List the people a save would duplicate, then refuse it."""
    from lacworkshop.services.errors import ValidationError

    for d in twins:
        print(f"  {d.person_id}\t{d.name}\t{d.email or ''}\t{d.country or ''}", file=sys.stderr)
    if twins[0].reason == "email":
        raise ValidationError("cli.person_duplicate_email", n=len(twins))
    raise ValidationError("cli.person_duplicate_name", n=len(twins))


# Fields that say who a person is: changing one may make them someone else's twin.
_IDENTITY = frozenset({"email", "given_names", "family_names", "country"})


def run_edit(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.people import get_person, person_id_for, save_person

    pid = person_id_for(ctx.db, args.person)
    place = _place(args, ctx)
    values = _values(args)
    if values:
        # As in the window: an edit that would make them look like someone else is
        # refused with the look-alikes listed, unless --allow-duplicate.
        allow = args.allow_duplicate or not (_IDENTITY & values.keys())
        data = replace(get_person(ctx.db, pid), **values)
        saved = save_person(ctx.db, data, pid, allow_duplicates=allow).value
        if saved.refused:
            _refuse_look_alikes(saved.duplicates)
        say("cli.person_saved", id=pid)
    place(pid)
    if not values and not args.workshop:
        say("cli.nothing_to_change")
    return 0


def run_merge(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.cli.confirm import backup_first, confirm
    from lacworkshop.services.people import get_person, merge_people, person_id_for

    keep, other = person_id_for(ctx.db, args.keep), person_id_for(ctx.db, args.other)
    a, b = get_person(ctx.db, keep), get_person(ctx.db, other)
    about = text_for(
        "cli.merge_about",
        other=other,
        other_name=f"{b.given_names} {b.family_names}".strip(),
        keep=keep,
        keep_name=f"{a.given_names} {a.family_names}".strip(),
    )
    confirm(about, args.yes)
    backup_first(ctx.db)
    r = merge_people(ctx.db, keep, other)
    say(
        "cli.people_merged",
        removed=r.removed_id,
        kept=r.kept_id,
        moved=r.participations_moved,
        combined=r.participations_combined,
        marks=r.marks_moved,
        certificates=r.certificates_moved,
    )
    return 0


def run_delete(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.cli.confirm import delete_after_asking, describe
    from lacworkshop.services.data_safety import impact
    from lacworkshop.services.people import person_id_for

    pid = person_id_for(ctx.db, args.person)
    what = describe(impact(ctx.db, "person", pid))
    delete_after_asking(ctx.db, "person", pid, what, args.yes)
    return 0
