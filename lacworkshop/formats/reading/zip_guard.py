"""Size and zip-bomb guards for files people hand us, read from the size and the zip
directory alone (no member is unpacked here), with the limits given by the caller.

A registration list and an attendance register are both spreadsheets of a few
megabytes; a file far larger, or a zip container whose members declare an
absurd unpacked size or compression ratio, is refused before any parser sees it.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lacworkshop.errors import BadFile
from lacworkshop.formats.messages import Term


class InputRefused(BadFile):
    """The file is refused before parsing; the message is for people."""


@dataclass(frozen=True)
class FileLimits:
    """What a kind of file may be. *what* names it in messages ("registration list")."""

    what: str
    max_file_bytes: int
    max_unpacked_bytes: int
    # None: no limit of that kind.
    max_members: int | None = None
    max_ratio: float | None = None
    # The ratio only matters for members big enough to hurt.
    ratio_min_member_bytes: int = 8 * 1024 * 1024


def megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def check_file_size(path: Path, limits: FileLimits) -> int:
    """The size of *path*; InputRefused when it is far larger than such a file can be."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise InputRefused(
            "file.too_large",
            name=path.name,
            size=megabytes(size),
            what=Term(limits.what),
            limit=megabytes(limits.max_file_bytes),
        )
    return size


def zip_members(path: Path) -> list[zipfile.ZipInfo] | None:
    """The zip directory of *path*, or None when it is not a zip container."""
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.infolist()
    except zipfile.BadZipFile:
        return None


def check_zip_directory(name: str, infos: list[zipfile.ZipInfo], limits: FileLimits) -> None:
    """Refuse a zip directory that declares too many parts, a bomb's ratio or too much data."""
    if limits.max_members is not None and len(infos) > limits.max_members:
        raise InputRefused("file.too_many_parts", name=name, count=len(infos))
    total = 0
    for info in infos:
        total += info.file_size
        if limits.max_ratio is not None and info.file_size >= limits.ratio_min_member_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise InputRefused(
                    "file.zip_ratio",
                    name=name,
                    part=info.filename,
                    ratio=f"{ratio:.0f}",
                    what=Term(limits.what),
                )
    if total > limits.max_unpacked_bytes:
        raise InputRefused(
            "file.unpacks_too_large",
            name=name,
            size=megabytes(total),
            what=Term(limits.what),
            limit=megabytes(limits.max_unpacked_bytes),
        )
