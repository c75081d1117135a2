"""The registration systems organisers export from, each described by one small TOML file
in ``systems/``: the headers that give it away, what its columns hold, and what its
status values mean."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.formats.export_systems.catalogue import (
        ExportSystem,
        all_systems,
        is_system_header,
        recognise,
    )
    from lacworkshop.formats.export_systems.status import (
        StatusKind,
        StatusMeaning,
        check_in_says_yes,
        status_meaning,
    )

_WHERE = {
    "ExportSystem": "catalogue",
    "StatusKind": "status",
    "StatusMeaning": "status",
    "all_systems": "catalogue",
    "check_in_says_yes": "status",
    "is_system_header": "catalogue",
    "recognise": "catalogue",
    "status_meaning": "status",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "ExportSystem",
    "StatusKind",
    "StatusMeaning",
    "all_systems",
    "check_in_says_yes",
    "is_system_header",
    "recognise",
    "status_meaning",
]
