"""Writing the published folder whole: built beside the target, then swapped in by renames.

A half-written site would show wrong verdicts to whoever opens it, so the files
go into a temporary folder next to the target and the folder is renamed over it
only when complete. An existing folder is replaced only when it is an earlier
publication (it holds ``verify.html`` and ``keys.json``) or empty: a folder of
other files, say the one holding the database, is never swept away.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from lacworkshop.errors import Conflict
from lacworkshop.formats.writing import check_destination

MARKER_FILES = ("verify.html", "keys.json")
PART_SUFFIX = ".part"
OLD_SUFFIX = ".old"


def _public_modes() -> tuple[int, int]:
    # Read by setting: os.umask has no getter. The site is meant to be read by anyone.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o755 & ~mask, 0o644 & ~mask


def check_site_folder(target: Path) -> None:
    """Refuse a target that is protected, not a folder, or a folder of other things."""
    check_destination(target)
    if not target.exists():
        return
    if not target.is_dir():
        raise Conflict("publish.not_a_folder", path=str(target))
    if any(target.iterdir()) and not all((target / m).is_file() for m in MARKER_FILES):
        raise Conflict("publish.folder_not_ours", path=str(target))
    for inside in target.rglob("*"):
        check_destination(inside)


def _leftovers(target: Path) -> list[Path]:
    """Temporary and old folders a killed run left beside *target*."""
    pattern = re.compile(
        "^"
        + re.escape(f".{target.name}.")
        + r"[A-Za-z0-9_]{8,}("
        + re.escape(PART_SUFFIX)
        + "|"
        + re.escape(OLD_SUFFIX)
        + ")$"
    )
    if not target.parent.is_dir():
        return []
    return [p for p in target.parent.iterdir() if pattern.match(p.name) and p.is_dir()]


def _write_tree(folder: Path, files: Mapping[str, bytes]) -> None:
    dir_mode, file_mode = _public_modes()
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(path, file_mode)
    for sub in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
        os.chmod(sub, dir_mode)


def write_site(target: Path, files: Mapping[str, bytes]) -> None:
    """Write *files* (relative name -> bytes) as the whole content of the folder *target*."""
    target = Path(os.path.abspath(target))
    check_site_folder(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    for leftover in _leftovers(target):
        shutil.rmtree(leftover, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=target.parent))
    try:
        _write_tree(tmp, files)
        check_site_folder(target)  # again at the last moment: it may have changed meanwhile
        if not target.exists():
            os.rename(tmp, target)
            return
        old = target.parent / f".{target.name}.{secrets.token_hex(6)}{OLD_SUFFIX}"
        os.rename(target, old)
        try:
            os.rename(tmp, target)
        except BaseException:
            os.rename(old, target)
            raise
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
