"""Write files so that a crash never leaves half of one behind, nor one over the database.

Everything is written to a temporary name in the destination folder and renamed
over the final name only once complete (rename is atomic on one filesystem).

Every file the program writes passes through here, so this is also where a
destination is refused when it is the open database, one of its companion files
or anything inside its backups folder. The storage layer registers those paths
when it opens a database (this layer imports no other), and a path is compared
both resolved (symbolic links) and by device and inode (hard links).

Each process notes, once per destination folder, that it writes temporary files
there (in a folder registered by the storage layer), so that the next start can
remove a temporary file left by a process that was killed halfway.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import os
import re
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from lacworkshop.errors import Conflict


def _current_umask() -> int:
    # Read once, at import, while nothing else runs: os.umask can only be read by setting it.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()
PART_SUFFIX = ".part"

_lock = threading.Lock()
# Resolved paths as strings: every write is compared with them, and plain string
# comparisons cost far less than pathlib's.
_protected_files: dict[str, set[str]] = {}
_protected_folders: dict[str, set[str]] = {}
_pending_folder: Path | None = None
_noted_destinations: set[Path] = set()
_notes_written: list[Path] = []


class ProtectedFileError(Conflict):
    """The chosen output is the database, a file that belongs to it, or a backup."""

    def __init__(self, path: Path | str) -> None:
        super().__init__("output.protected", path=str(path))
        self.filename = str(path)


def protect(owner: str, files: Iterable[Path], folders: Iterable[Path] = ()) -> None:
    """Refuse from now on to write over *files* or anything inside *folders*.

    *owner* names the registration (the database path) so it can be withdrawn.
    Paths are resolved now, once: every write is checked against them.
    """
    _real_folder.cache_clear()  # folders resolved before may have changed since
    with _lock:
        _protected_files[owner] = {os.path.realpath(p) for p in files}
        _protected_folders[owner] = {os.path.realpath(p) for p in folders}


def unprotect(owner: str) -> None:
    """Withdraw what *owner* registered (the database was closed)."""
    with _lock:
        _protected_files.pop(owner, None)
        _protected_folders.pop(owner, None)


@functools.lru_cache(maxsize=256)
def _real_folder(folder: str) -> str:
    # Resolving a path costs a system call per component; a per-person run writes
    # thousands of files into one folder, so the folder is resolved once.
    return os.path.realpath(folder)


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def is_protected(path: Path | str) -> bool:
    """Whether *path* resolves to a protected file or lies in a protected folder."""
    with _lock:
        files = {p for group in _protected_files.values() for p in group}
        folders = [p for group in _protected_folders.values() for p in group]
    if not files and not folders:
        return False
    given = os.path.abspath(path)
    try:
        st: os.stat_result | None = os.lstat(given)
    except OSError:
        st = None
    if st is not None and stat.S_ISLNK(st.st_mode):
        real = os.path.realpath(given)
        try:
            st = os.stat(real)
        except OSError:
            st = None
    else:
        head, name = os.path.split(given)
        real = os.path.join(_real_folder(head), name)
    if real in files or any(real == f or real.startswith(f + os.sep) for f in folders):
        return True
    # Another name for a protected file can only be a hard link (checked by identity).
    if st is None or st.st_nlink < 2:
        return False
    return any(_identity(p) == (st.st_dev, st.st_ino) for p in files)


def check_destination(path: Path | str) -> None:
    """Raise ProtectedFileError when *path* must not be written."""
    if is_protected(path):
        raise ProtectedFileError(path)


def set_pending_folder(folder: Path | None) -> None:
    """Note in *folder* where temporary files are being written (None: stop)."""
    global _pending_folder
    with _lock:
        _pending_folder = folder


def temporary_name_pattern() -> re.Pattern[str]:
    """The names atomic_path gives its temporary files (``.<name>.<8 random>.part``)."""
    return re.compile(r"^\..+\.[a-z0-9_]{8}" + re.escape(PART_SUFFIX) + "$")


def _remove_own_notes() -> None:
    with _lock:
        notes = list(_notes_written)
        _notes_written.clear()
    for note in notes:
        with contextlib.suppress(OSError):
            note.unlink()


def _note_folder(destination: Path) -> None:
    """Note (once per process and folder) that temporary files are written in *destination*."""
    with _lock:
        folder = _pending_folder
        if folder is None or destination in _noted_destinations:
            return
        _noted_destinations.add(destination)
    digest = hashlib.sha1(str(destination).encode("utf-8")).hexdigest()[:16]
    note = folder / f"{os.getpid()}-{digest}.txt"
    try:
        note.write_text(str(destination), encoding="utf-8")
    except OSError:
        return  # the note is a courtesy for the next start; the write goes on
    with _lock:
        if not _notes_written:
            atexit.register(_remove_own_notes)
        _notes_written.append(note)


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
    _note_folder(Path(os.path.realpath(folder)))
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


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write *data* to *path* through a temporary file and a rename."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
