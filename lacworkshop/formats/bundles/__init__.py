"""Bundle files: one workshop (or one track's attendance) as a checksummed zip.

A bundle holds ``manifest.json`` (what it is, its format version, who made it and
when, the SHA-256 of each part) and ``data.json`` (plain rows). It is read back
through the zip guards, refused when its format is newer than this program reads,
and refused when a part does not match its checksum.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.bundles.container import (
        BUNDLE_LIMITS,
        FORMAT_VERSION,
        Bundle,
        Manifest,
        read_bundle,
        write_bundle,
    )

_WHERE = {
    "BUNDLE_LIMITS": "container",
    "Bundle": "container",
    "FORMAT_VERSION": "container",
    "Manifest": "container",
    "read_bundle": "container",
    "write_bundle": "container",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "BUNDLE_LIMITS",
    "FORMAT_VERSION",
    "Bundle",
    "Manifest",
    "read_bundle",
    "write_bundle",
]
