"""What each backup holds, the same columns for a SQLite copy and a pg_dump file.

A row gives when the backup was taken and why, its size, whether it reads back
whole, the schema revision it was written at, and how many workshops and people
it holds. Everything is read from the backup file itself (never from the live
database), so the listing works on a database too damaged to open. A value the
file cannot give is None.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from lacworkshop.storage.backup import backup_infos
from lacworkshop.storage.integrity import quick_check
from lacworkshop.storage.server_backup import dump_files, pg_tool

_DUMP_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-(.*)\.dump$")
_STAMP = "%Y%m%d-%H%M%S-%f"
# The tables a listing counts, by the name pg_restore prints in its COPY line.
_COUNTED = {"public.workshop": "workshops", "public.person": "people"}


@dataclass(frozen=True)
class BackupEntry:
    """One backup as ``backup --list`` shows it."""

    path: Path
    taken_at: datetime | None
    reason: str
    size: int
    ok: bool
    revision: str | None = None
    workshops: int | None = None
    people: int | None = None


def sqlite_backups(db_path: Path) -> list[BackupEntry]:
    """The SQLite database's backups, oldest first, each checked and looked into now."""
    entries = []
    for info in backup_infos(db_path):
        ok = info.ok and quick_check(info.path)
        revision, workshops, people = _sqlite_contents(info.path) if ok else (None, None, None)
        entries.append(
            BackupEntry(
                info.path, info.taken_at, info.reason, info.size, ok, revision, workshops, people
            )
        )
    return entries


def _sqlite_contents(path: Path) -> tuple[str | None, int | None, int | None]:
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None, None, None
    try:
        revision = _scalar(con, "SELECT version_num FROM alembic_version")
        workshops = _scalar(con, "SELECT count(*) FROM workshop")
        people = _scalar(con, "SELECT count(*) FROM person")
    finally:
        con.close()
    return (
        str(revision) if revision is not None else None,
        int(workshops) if workshops is not None else None,
        int(people) if people is not None else None,
    )


def _scalar(con: sqlite3.Connection, sql: str) -> Any:
    try:
        row = con.execute(sql).fetchone()
    except sqlite3.Error:
        return None  # an older file without that table
    return row[0] if row else None


def dump_backups(folder: Path) -> list[BackupEntry]:
    """The pg_dump files in *folder*, oldest first, each read back through pg_restore now."""
    return [_dump_entry(path) for path in dump_files(folder)]


def _dump_entry(path: Path) -> BackupEntry:
    match = _DUMP_NAME.match(path.name)
    taken, reason = None, ""
    if match is not None:
        try:
            taken = datetime.strptime(match.group(1), _STAMP)
        except ValueError:
            taken = None
        reason = match.group(2).replace("-", " ")
    ok, revision, counts = _dump_contents(path)
    return BackupEntry(
        path,
        taken,
        reason,
        path.stat().st_size,
        ok,
        revision,
        counts.get("workshops"),
        counts.get("people"),
    )


def _dump_contents(path: Path) -> tuple[bool, str | None, dict[str, int]]:
    """Read the dump's data for three tables back; (read whole, revision, row counts).

    pg_restore streams the rows as COPY blocks on its standard output; they are
    counted line by line, never held, so a large dump lists in little memory.
    """
    cmd = [pg_tool("pg_restore"), "--data-only", "--file=-"]
    cmd += ["--table=alembic_version", "--table=workshop", "--table=person", str(path)]
    with subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8"
    ) as proc:
        assert proc.stdout is not None
        revision, counts = _read_copy_blocks(proc.stdout)
        ok = proc.wait() == 0
    return ok, revision, counts


def _read_copy_blocks(lines: Iterable[str]) -> tuple[str | None, dict[str, int]]:
    revision: str | None = None
    counts: dict[str, int] = {}
    table: str | None = None
    for line in lines:
        if table is None:
            if line.startswith("COPY "):
                table = line.split()[1]
                if table in _COUNTED:
                    counts[_COUNTED[table]] = 0
            continue
        if line.rstrip("\n") == "\\.":
            table = None
        elif table == "public.alembic_version":
            revision = revision or line.rstrip("\n")
        elif table in _COUNTED:
            counts[_COUNTED[table]] += 1
    return revision, counts
