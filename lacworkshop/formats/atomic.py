"""Write files so that a crash never leaves half of one behind, nor one over the database.

Everything is written to a temporary name in the destination folder and renamed
over the final name only once complete (rename is atomic on one filesystem).

Every file the program writes passes through here, so this is also where a
destination is refused when it is the open database, one of its companion files
or anything inside its backups folder. The storage layer registers those paths
when it opens a database (this layer imports no other), and a path is compared
both resolved (symbolic links) and by device and inode (hard links).

While a temporary file exists, a small note naming it may be kept in a folder
registered by the storage layer, so that the next start can remove a temporary
file left by a process that was killed halfway.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path


def _current_umask() -> int:
    # Read once, at import, while nothing else runs: os.umask can only be read by setting it.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()
PART_SUFFIX = ".part"

_lock = threading.Lock()
_protected_files: dict[str, set[Path]] = {}
_protected_folders: dict[str, set[Path]] = {}
_pending_folder: Path | None = None


class ProtectedFileError(OSError):
    """The chosen output is the database, a file that belongs to it, or a backup."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            errno.EPERM,
            "this is the database or one of its backups; choose another file",
            str(path),
        )


def protect(owner: str, files: Iterable[Path], folders: Iterable[Path] = ()) -> None:
    """Refuse from now on to write over *files* or anything inside *folders*.

    *owner* names the registration (the database path) so it can be withdrawn.
    """
    with _lock:
        _protected_files[owner] = {Path(p) for p in files}
        _protected_folders[owner] = {Path(p) for p in folders}


def unprotect(owner: str) -> None:
    """Withdraw what *owner* registered (the database was closed)."""
    with _lock:
        _protected_files.pop(owner, None)
        _protected_folders.pop(owner, None)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _inside(real: Path, folder: Path) -> bool:
    real_folder = Path(os.path.realpath(folder))
    if real == real_folder or real_folder in real.parents:
        return True
    # The same folder reached by another name (a bind mount, a hard-linked parent on
    # some systems): compare the identities of the target's ancestors.
    folder_id = _identity(folder)
    if folder_id is None:
        return False
    return any(_identity(parent) == folder_id for parent in (real, *real.parents))


def is_protected(path: Path | str) -> bool:
    """Whether *path* resolves to a protected file or lies in a protected folder."""
    with _lock:
        files = [p for group in _protected_files.values() for p in group]
        folders = [p for group in _protected_folders.values() for p in group]
    if not files and not folders:
        return False
    real = Path(os.path.realpath(path))
    target_id = _identity(real)
    for protected in files:
        if real == Path(os.path.realpath(protected)):
            return True
        if target_id is not None and _identity(protected) == target_id:
            return True
    return any(_inside(real, folder) for folder in folders)


def check_destination(path: Path | str) -> None:
    """Raise ProtectedFileError when *path* must not be written."""
    if is_protected(path):
        raise ProtectedFileError(path)


def set_pending_folder(folder: Path | None) -> None:
    """Keep a note of every temporary file in *folder* while it exists (None: stop)."""
    global _pending_folder
    with _lock:
        _pending_folder = folder


def _note_pending(tmp: Path) -> Path | None:
    with _lock:
        folder = _pending_folder
    if folder is None:
        return None
    note = folder / f"{os.getpid()}-{uuid.uuid4().hex}.txt"
    try:
        note.write_text(str(tmp.resolve()), encoding="utf-8")
    except OSError:
        return None  # the note is a courtesy for the next start; the write goes on
    return note


@contextlib.contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside *path*; on success it replaces *path*."""
    target = Path(path)
    check_destination(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(2, "No such folder", str(folder))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART_SUFFIX, dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    note = _note_pending(tmp)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        # Checked again at the last moment: the target may have been linked meanwhile.
        check_destination(target)
        # mkstemp makes the file private (0600); a saved list or certificate should
        # carry the permissions of the file it replaces, or the usual ones for a new file.
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_UMASK
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if note is not None:
            note.unlink(missing_ok=True)


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write *data* to *path* through a temporary file and a rename."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
