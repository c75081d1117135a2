"""``lacworkshop privacy``: a person's data exported (access request) or erased (erasure request)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from lacworkshop.cli.context import Context

if TYPE_CHECKING:
    from lacworkshop.cli.app import Registry

RESTORE_WARNING = (
    "Restoring one of those backups (or any older copy of the database) brings the erased "
    "data back: erase the person again after any restore."
)


def register(registry: Registry) -> None:
    sub = registry.group(
        "privacy", "a person's personal data: export everything held about them, or erase it"
    )
    export = sub.add_parser(
        "export",
        help="write everything held about one person to a JSON file",
        description=(
            "Write everything held about one person (profile, consent, participations, "
            "attendance, notes, certificates with their printed text, and the audit entries "
            "about them) to a UTF-8 JSON file, as data-protection law (LGPD, Ley 25.326, "
            "GDPR) lets them ask."
        ),
    )
    export.add_argument("--person", metavar="EMAIL|ID", required=True, help="their email or id")
    export.add_argument("-o", "--output", metavar="FILE.json", required=True, help="where to write")
    export.set_defaults(handler=run_export)

    erase = sub.add_parser(
        "erase",
        help="erase one person's personal data everywhere, keeping the counts",
        description=(
            "Erase one person's personal data: names, email, phone, organisation, document id, "
            "language, notes and consent, everywhere they were copied (attendance notes, "
            "certificate texts, the audit log). Their participations, attendance marks, "
            "country and gender stay, anonymised, so counts and statistics do not change; their "
            "certificates stay verifiable as issued, with the holder's data erased. The "
            "database file and its WAL are rewritten so no byte of the data is left, a backup "
            "is taken afterwards, and the older backups that still hold the person are listed."
        ),
    )
    erase.add_argument("--person", metavar="EMAIL|ID", required=True, help="their email or id")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(handler=run_erase)


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.privacy import export_personal_data

    result = export_personal_data(ctx.db, args.person, args.output).value
    print(
        f"wrote {result.path}: person #{result.person_id}, {result.participations} "
        f"participation(s), {result.attendance_marks} attendance mark(s), "
        f"{result.certificates} certificate(s), {result.messages} email message(s), "
        f"{result.audit_entries} audit entr(ies)"
    )
    return 0


def run_erase(args: argparse.Namespace, ctx: Context) -> int:
    from lacworkshop.services.errors import ValidationError
    from lacworkshop.services.privacy import erase_personal_data, plan_erasure

    plan = plan_erasure(ctx.db, args.person).value
    if plan.already_erased:
        raise ValidationError("privacy.already_erased", id=plan.person_id)
    print(
        f"Person #{plan.person_id}: erasing names, email, phone, organisation, document id, "
        f"language, notes and consent; keeping {plan.participations} participation(s) and "
        f"{plan.attendance_marks} attendance mark(s) anonymised (country and gender kept for "
        f"statistics), {plan.certificates} certificate(s) verifiable as issued with the "
        f"holder's data erased; {plan.audit_entries} audit entr(ies) lose their values; "
        f"{len(plan.backups_holding)} backup(s) still hold them."
    )
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError("privacy.confirm_with_yes")
        answer = input(f"Erase person #{plan.person_id}? This cannot be undone. [y/N] ")
        if answer.strip().casefold() not in ("y", "yes", "s", "si", "sí", "sim", "o", "oui"):
            print("nothing erased")
            return 1
    result = erase_personal_data(ctx.db, plan.person_id).value
    print(
        f"erased person #{result.person_id}: {result.participations} participation(s), "
        f"{result.attendance_marks} attendance mark(s), {result.certificates} certificate(s) "
        f"kept anonymised; {result.audit_entries} audit entr(ies) stripped"
    )
    if not result.file_purged:
        print(
            "lacworkshop: warning: another program has the database open; its write-ahead "
            "log still holds old pages until it is closed",
            file=sys.stderr,
        )
    if result.backup is not None:
        print(f"backup taken after the erasure: {result.backup}")
    if result.held:
        print(f"backups that still hold this person ({len(result.held)}):")
        for held in result.held:
            print(
                f"  {held.path}: removed by rotation after {held.backups_until_removed} more "
                f"backup(s) (keeping {result.backups_kept}), about "
                f"{held.removed_by.isoformat()} if one is taken every day"
            )
        print(RESTORE_WARNING)
    else:
        print("no older backup holds this person")
    return 0
