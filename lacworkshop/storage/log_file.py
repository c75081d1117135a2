"""The log file: where it lives, private to the user, masking personal data."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from lacworkshop.storage.log_privacy import PrivateFormatter

ENV_VAR = "LACWORKSHOP_LOG_DIR"
LOG_NAME = "lacworkshop.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    """The folder of the log: LACWORKSHOP_LOG_DIR, or the user's log folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_log_dir("lacworkshop", appauthor=False))


def log_file() -> Path:
    """The log file's path (the folder is made, readable by the user only)."""
    folder = log_dir()
    missing = []
    here = folder
    while not here.exists():
        missing.append(here)
        here = here.parent
    # Every folder made here is private, not only the last (mkdir(parents=True) would
    # give the parents the usual mode).
    for made in reversed(missing):
        made.mkdir(mode=0o700, exist_ok=True)
        os.chmod(made, 0o700)
    # mkdir's mode is cut by the umask and ignored for a folder that exists.
    os.chmod(folder, 0o700)
    return folder / LOG_NAME


def open_private(path: Path) -> None:
    """Create *path* as 0600 if missing, and make an existing one 0600."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


_handlers: dict[Path, logging.Handler] = {}


def setup_logging(path: Path | None = None) -> Path:
    """Send the app's log records to the private log file; returns its path.

    Called again with the same file it adds no second handler.
    """
    path = path or log_file()
    if path not in _handlers:
        open_private(path)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(PrivateFormatter(FORMAT))
        root = logging.getLogger()
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > logging.INFO:
            root.setLevel(logging.INFO)
        _handlers[path] = handler
    return path
