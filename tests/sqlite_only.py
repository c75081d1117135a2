"""Tests about the SQLite file itself: they run on SQLite only, never on PostgreSQL.

Each names what it checks that a server does not have (a file, its pragmas and
lock, its WAL, its file backups, SQLite's reuse of ids); the rest of the service
and end-to-end suites runs on both engines.
"""

SQLITE_ONLY = {
    "tests/unit/test_storage.py": "pragmas, the file lock and the file's own checks",
    "tests/unit/test_backups_service.py": "file backups checked with quick_check",
    "tests/unit/storage/": "the file, its companions, its backups and its damage checks",
    "tests/unit/certificates/test_migration_0003.py": "an older file built with raw sqlite3",
    "tests/unit/importing/test_preview_and_import.py::test_kill_9_halfway": "the file "
    "after kill -9, checked with PRAGMA integrity_check",
    "tests/unit/privacy/test_erasure_rules.py::test_merge_and_edit_entries_lose_their_values": (
        "SQLite gives a deleted row's id again"
    ),
    "tests/e2e/privacy/test_privacy_cli.py::test_erase_purges_the_wal": "the WAL file",
    "tests/e2e/test_cli_backup.py": "file backups",
    "tests/unit/email/test_delivery.py::test_erasing_a_person_leaves_nothing_personal_in_the_outbox": (
        "the bytes of the file and its WAL"
    ),
    "tests/unit/publishing/test_published_folder.py::test_republishing_replaces_the_folder_whole_and_other_folders_are_refused": (
        "the database file and its folder as outputs refused"
    ),
    "tests/unit/verification/test_org_keys.py::test_first_key_is_a_private_file_of_the_user_and_never_in_the_database": (
        "the bytes of the database file"
    ),
    "tests/unit/import_systems/test_migration_extref.py": "an older file built with raw sqlite3",
    "tests/unit/badges/test_migration_0004.py": "an older file taken back with its pragmas",
    "tests/unit/reports/test_statistics.py::test_workshop_numbers_equal_plain_sql": (
        "the reference numbers come from sqlite3 on the file"
    ),
    "tests/unit/reports/test_statistics.py::test_the_workbook_holds_the_same_numbers": (
        "the reference numbers come from sqlite3 on the file"
    ),
}


def sqlite_only(nodeid: str) -> bool:
    """True when the test *nodeid* checks the SQLite file itself."""
    return any(nodeid.startswith(prefix) for prefix in SQLITE_ONLY)
