"""Temporary files left by a process that was killed halfway through a write.

Every process notes, in the user's state folder, each folder it writes
temporary files into (see formats.atomic). At the next start, a note whose
process is gone names a folder where a ``.part`` file may have been left: the
temporary files there are removed, except recent ones a live process may still
be writing. The database's temporary copies (a restore) and its backups folder
are swept as well, under the lock.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from lacworkshop.formats.writing import PART_SUFFIX, temporary_name_pattern
from lacworkshop.storage.paths import backup_dir_for, resolved, state_dir
from lacworkshop.storage.private_files import make_private_dir

# Where the process of a note cannot be asked about (Windows), a note this old is stale.
STALE_AFTER_S = 12 * 3600
# A temporary file younger than this may belong to a write still going on.
RECENT_S = 600


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
    return temporary_name_pattern().match(path.name) is not None


def _folders_of(notes: list[Path]) -> set[Path]:
    folders: set[Path] = set()
    for note in notes:
        try:
            folders.add(Path(note.read_text(encoding="utf-8").strip()))
        except (OSError, UnicodeDecodeError):
            continue
    return folders


def remove_noted_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files in the folders named by stale notes; returns them."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    notes = list(folder.glob("*.txt"))
    stale = [n for n in notes if _note_is_stale(n)]
    if not stale:
        return removed
    busy = _folders_of([n for n in notes if n not in stale])
    now = time.time()
    for target in _folders_of(stale):
        if not target.is_dir():
            continue
        for path in target.glob(f".*{PART_SUFFIX}"):
            if not _is_our_temporary(path) or not path.is_file():
                continue
            # Another running process writes here too: spare what it may be writing.
            if target in busy and now - path.stat().st_mtime < RECENT_S:
                continue
            path.unlink(missing_ok=True)
            removed.append(path)
    for note in stale:
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
    # Both places hold only this program's temporaries of this database (checked
    # copies, a restore in progress), and the lock says no one else is writing them.
    for path in candidates:
        if path.is_file():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
