"""Is this file a sound SQLite database? Asked at open and of every backup."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
NOT_SQLITE = "not_sqlite"


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(str(path))


def header_problem(path: Path) -> str | None:
    """What is wrong with the file's header and length (a short code), or None when right.

    Codes: empty, not_sqlite, cut_short, bad_header (see ``db.problem.*`` messages).
    """
    with path.open("rb") as fh:
        header = fh.read(HEADER_SIZE)
    if len(header) == 0:
        return "empty"
    if not header.startswith(SQLITE_MAGIC):
        return NOT_SQLITE
    if len(header) < HEADER_SIZE:
        return "cut_short"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages = struct.unpack(">I", header[28:32])[0]
    size = path.stat().st_size
    if page_size < 512 or page_size & (page_size - 1):
        return "bad_header"
    # The page count in the header is trusted by SQLite only when the file agrees;
    # a file shorter than it says, or not a whole number of pages, was cut short.
    if size % page_size or (pages and size < pages * page_size):
        wal = path.with_name(path.name + "-wal")
        if not (wal.exists() and wal.stat().st_size > 0):
            return "cut_short"
    return None


def quick_check(path: Path, *, read_only: bool = True) -> bool:
    """True when SQLite's quick_check finds the file sound (False for any error)."""
    if header_problem(path) is not None:
        return False
    try:
        con = _connect(path, read_only)
    except sqlite3.Error:
        return False
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
        return rows == [("ok",)]
    except sqlite3.Error:
        return False
    finally:
        con.close()


def table_counts(path: Path, tables: tuple[str, ...]) -> dict[str, int]:
    """Row counts of *tables* in the database at *path*, read-only (missing tables: 0)."""
    con = _connect(path, read_only=True)
    try:
        present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {
            t: (con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] if t in present else 0)
            for t in tables
        }
    finally:
        con.close()


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stored in the file, or None when it has none."""
    con = _connect(path, read_only=True)
    try:
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
        return str(row[0]) if row else None
    finally:
        con.close()
