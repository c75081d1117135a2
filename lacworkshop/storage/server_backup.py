"""Backups of a server database with PostgreSQL's own tools: pg_dump and pg_restore.

A dump is the custom format (compressed, restorable table by table), written to a
temporary name in the database's backups folder and renamed when pg_restore can
read its table of contents back. Rotation keeps the newest *keep* dumps.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from lacworkshop.storage.errors import BackupError
from lacworkshop.storage.private_files import make_private_dir, make_private_file
from lacworkshop.storage.server import server_url

_STAMP = "%Y%m%d-%H%M%S-%f"
SUFFIX = ".dump"


def pg_tool(name: str) -> str:
    """The path of the PostgreSQL client program *name*; a clear error when it is missing."""
    found = shutil.which(name)
    if found is None:
        raise BackupError("db.pg_tool_missing", tool=name)
    return found


def _conninfo(target: str) -> tuple[list[str], dict[str, str]]:
    """libpq arguments and environment: the password goes in PGPASSWORD, never argv."""
    url = server_url(target)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = ["--host", url.host or "localhost", "--port", str(url.port or 5432)]
    if url.username:
        args += ["--username", url.username]
    args += ["--dbname", url.database or "postgres"]
    return args, env


def _run(cmd: list[str], env: dict[str, str], what: str) -> None:
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        raise BackupError("db.pg_tool_failed", tool=what, reason=last[:300])


def dump_files(folder: Path) -> list[Path]:
    """The dumps in *folder*, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.endswith(SUFFIX))


def take_dump(target: str, folder: Path, reason: str, keep: int | None) -> Path:
    """pg_dump of the server database into *folder*; the oldest beyond *keep* go."""
    make_private_dir(folder)
    stamp = datetime.now().strftime(_STAMP)
    safe_reason = "".join(c if c.isalnum() else "-" for c in reason)[:40]
    final = folder / f"{stamp}-{safe_reason}{SUFFIX}"
    part = final.with_name(final.name + ".part")
    args, env = _conninfo(target)
    try:
        _run(
            [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(part), *args],
            env,
            "pg_dump",
        )
        make_private_file(part)
        # Checked before it may count as a backup: its table of contents must read back.
        _run([pg_tool("pg_restore"), "--list", str(part)], env, "pg_restore")
        part.replace(final)
    finally:
        part.unlink(missing_ok=True)
    if keep is not None:
        for old in dump_files(folder)[:-keep]:
            old.unlink(missing_ok=True)
    return final


def restore_dump(target: str, dump: Path) -> None:
    """Put *dump* in the server database's place: its objects are dropped and restored."""
    if not dump.is_file():
        raise BackupError("restore.no_such_backup", backup=str(dump))
    args, env = _conninfo(target)
    _run(
        [
            pg_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            *args,
            str(dump),
        ],
        env,
        "pg_restore",
    )
