"""The bundle zip: a versioned manifest with checksums, and the data as JSON."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lacworkshop.errors import BadFile
from lacworkshop.formats.reading import FileLimits, check_file_size, check_zip_directory
from lacworkshop.formats.writing import atomic_path

MAGIC = "lacworkshop-bundle"
# Raised when what a bundle holds changes so that an older program would misread it.
# 2: cleared marks, workshop and session edits, and the version each row was edited
# from; a program reading 1 would drop them silently. Bundles of 1 are still read.
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
DATA = "data.json"

# A workshop of a few thousand people with every mark is a few megabytes of JSON.
BUNDLE_LIMITS = FileLimits(
    what="bundle",
    max_file_bytes=200 * 1024 * 1024,
    max_unpacked_bytes=1024 * 1024 * 1024,
    max_members=16,
    max_ratio=200.0,
)


@dataclass(frozen=True)
class Manifest:
    """What the bundle says of itself."""

    format_version: int
    app_version: str
    created_at: str
    created_by: str
    workshop: str
    track: str | None


@dataclass(frozen=True)
class Bundle:
    """A bundle read back and checked: its manifest and its rows."""

    manifest: Manifest
    data: dict[str, Any]


def _digest(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def write_bundle(path: Path, manifest: Manifest, data: dict[str, Any]) -> None:
    """Write the bundle to *path* (a temporary name first, renamed when complete)."""
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    head = {
        "format": MAGIC,
        "format_version": manifest.format_version,
        "app_version": manifest.app_version,
        "created_at": manifest.created_at,
        "created_by": manifest.created_by,
        "workshop": manifest.workshop,
        "track": manifest.track,
        "parts": {DATA: _digest(blob)},
    }

    with (
        atomic_path(path) as tmp,
        zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf,
    ):
        zf.writestr(MANIFEST, json.dumps(head, ensure_ascii=False, indent=1))
        zf.writestr(DATA, blob)


def _read_member(zf: zipfile.ZipFile, name: str, path: Path) -> bytes:
    try:
        return zf.read(name)
    except KeyError:
        raise BadFile("bundle.not_a_bundle", name=path.name) from None


def read_bundle(path: Path) -> Bundle:
    """The checked bundle at *path*; BadFile (one line for people) when it cannot be used."""
    check_file_size(path, BUNDLE_LIMITS)
    try:
        with zipfile.ZipFile(path) as zf:
            check_zip_directory(path.name, zf.infolist(), BUNDLE_LIMITS)
            head = json.loads(_read_member(zf, MANIFEST, path))
            if not isinstance(head, dict) or head.get("format") != MAGIC:
                raise BadFile("bundle.not_a_bundle", name=path.name)
            version = head.get("format_version")
            if not isinstance(version, int):
                raise BadFile("bundle.not_a_bundle", name=path.name)
            if version > FORMAT_VERSION:
                raise BadFile(
                    "bundle.too_new", name=path.name, version=version, supported=FORMAT_VERSION
                )
            parts = head.get("parts") or {}
            blob = _read_member(zf, DATA, path)
            if parts.get(DATA) != _digest(blob):
                raise BadFile("bundle.damaged", name=path.name, part=DATA)
    except (zipfile.BadZipFile, json.JSONDecodeError, UnicodeDecodeError, OSError) as exc:
        raise BadFile("bundle.unreadable", name=path.name, reason=str(exc)[:200]) from exc
    data = json.loads(blob)
    if not isinstance(data, dict):
        raise BadFile("bundle.not_a_bundle", name=path.name)
    manifest = Manifest(
        format_version=version,
        app_version=str(head.get("app_version", "")),
        created_at=str(head.get("created_at", "")),
        created_by=str(head.get("created_by", "")),
        workshop=str(head.get("workshop", "")),
        track=head.get("track"),
    )
    return Bundle(manifest, data)
