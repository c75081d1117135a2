"""Data safety: backups and restoring them, deleting with undo.

A backup is taken before anything risky (``backup_before``, ``backup_now``) and
checked before it may push out an older one; ``restore`` brings one back.
Deleting says first what goes with a row (``deletion_impact``) and keeps a
snapshot so that undo (``restore_deleted``) puts it all back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.data_safety.backups import (
        BackupContents,
        backup_before,
        backup_now,
        backups_kept,
        checked_backups,
        daily_backup,
        describe_backup,
        describe_backups,
        find_backup,
        list_backups,
        restore,
        restore_server,
        server_backups,
        set_backups_kept,
    )
    from lacworkshop.services.data_safety.deletion import (
        Impact,
        Snapshot,
        delete_entity,
        delete_row,
        delete_rows,
        impact,
    )
    from lacworkshop.services.data_safety.deletion import impact as deletion_impact
    from lacworkshop.services.data_safety.deletion import restore as restore_deleted

_WHERE = {
    "describe_backups": "backups",
    "BackupContents": "backups",
    "Impact": "deletion",
    "Snapshot": "deletion",
    "backup_before": "backups",
    "backup_now": "backups",
    "backups_kept": "backups",
    "checked_backups": "backups",
    "daily_backup": "backups",
    "delete_entity": "deletion",
    "delete_row": "deletion",
    "delete_rows": "deletion",
    "deletion_impact": "deletion:impact",
    "describe_backup": "backups",
    "find_backup": "backups",
    "impact": "deletion",
    "list_backups": "backups",
    "restore": "backups",
    "restore_deleted": "deletion:restore",
    "restore_server": "backups",
    "server_backups": "backups",
    "set_backups_kept": "backups",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "BackupContents",
    "Impact",
    "Snapshot",
    "backup_before",
    "backup_now",
    "backups_kept",
    "checked_backups",
    "daily_backup",
    "delete_entity",
    "delete_row",
    "delete_rows",
    "deletion_impact",
    "describe_backup",
    "describe_backups",
    "find_backup",
    "impact",
    "list_backups",
    "restore",
    "restore_deleted",
    "restore_server",
    "server_backups",
    "set_backups_kept",
]
