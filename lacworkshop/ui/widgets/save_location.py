"""Where a save dialog starts: a full path in the user's documents, named after the workshop.

A bare file name would start the dialog in whatever folder the program was
launched from, which on a desktop is rarely where the organiser keeps files.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_path(file_name: str) -> str:
    """*file_name* (made safe for every file system) in Documents, else the home folder."""
    safe = _UNSAFE.sub("-", file_name).strip(" .") or "lacworkshop"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return str(folder / safe)
