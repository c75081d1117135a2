"""Temporary files left by a process that was killed halfway through a write.

Every atomic write keeps a note naming its temporary file in the user's state
folder while it runs (see formats.atomic). At the next start, a note whose
process is gone points at a ``.part`` file nobody will finish: it is removed.
The database's temporary copies (a restore) and its backups folder are swept as
well, under the lock.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from lacworkshop.formats.atomic import PART_SUFFIX
from lacworkshop.storage.paths import backup_dir_for, resolved, state_dir
from lacworkshop.storage.private_files import make_private_dir

# Where the process of a note cannot be asked about (Windows), a note this old is stale.
STALE_AFTER_S = 12 * 3600


def pending_writes_dir() -> Path:
    """The folder of notes about temporary files being written (created private)."""
    return make_private_dir(state_dir() / "pending-writes")


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _note_is_stale(note: Path) -> bool:
    pid_text = note.name.split("-", 1)[0]
    if sys.platform != "win32" and pid_text.isdigit():
        return not _process_alive(int(pid_text))
    try:
        return time.time() - note.stat().st_mtime > STALE_AFTER_S
    except OSError:
        return False


def _is_our_temporary(path: Path) -> bool:
    # Only names of the form atomic_path makes: ".<name>.<random>.part".
    return path.name.startswith(".") and path.name.endswith(PART_SUFFIX)


def remove_noted_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files named by stale notes in *folder*; returns them."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for note in folder.glob("*.txt"):
        if not _note_is_stale(note):
            continue
        try:
            target = Path(note.read_text(encoding="utf-8").strip())
        except (OSError, UnicodeDecodeError):
            target = None
        if target is not None and _is_our_temporary(target) and target.is_file():
            target.unlink(missing_ok=True)
            removed.append(target)
        note.unlink(missing_ok=True)
    return removed


def remove_database_leftovers(db_path: Path) -> list[Path]:
    """Remove unfinished backups and writes beside the database; call with the lock held."""
    db = resolved(db_path)
    removed: list[Path] = []
    # Beside the database only its own temporaries: another program may be writing there.
    candidates = [*db.parent.glob(f".{db.name}.*{PART_SUFFIX}")]
    folder = backup_dir_for(db)
    if folder.is_dir():
        candidates += folder.glob(f".*{PART_SUFFIX}")
    for path in candidates:
        if _is_our_temporary(path) and path.is_file():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
