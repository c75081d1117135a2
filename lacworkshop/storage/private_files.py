"""Files and folders readable by their owner only, whatever the umask says."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private_dir(folder: Path) -> Path:
    """Create *folder* (and missing parents) as 0700; an existing folder keeps its mode.

    Only the folders this call creates are tightened: a person's Documents or
    home folder is not ours to change.
    """
    missing: list[Path] = []
    current = Path(folder)
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=PRIVATE_DIR)
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    return Path(folder)


def tighten_dir(folder: Path) -> None:
    """Make a folder of the program's own (the backups folder) 0700 when it is ours."""
    st = folder.stat()
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return
    if st.st_mode & 0o777 != PRIVATE_DIR:
        os.chmod(folder, PRIVATE_DIR)


def make_private_file(path: Path) -> None:
    """Make an existing file 0600 when it is ours (a file owned by another is left alone)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return
    if st.st_mode & 0o777 != PRIVATE_FILE:
        os.chmod(path, PRIVATE_FILE)


def create_private_file(path: Path) -> bool:
    """Create *path* empty as 0600 unless it exists; True when it was created."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    os.chmod(path, PRIVATE_FILE)
    return True
