"""The registration systems organisers export from, each described by one small TOML file
in ``systems/``: the headers that give it away, what its columns hold, and what its
status values mean."""

from lacworkshop.formats.export_systems.catalogue import (
    ExportSystem,
    all_systems,
    is_system_header,
    recognise,
)
from lacworkshop.formats.export_systems.status import (
    StatusMeaning,
    check_in_says_yes,
    status_meaning,
)

__all__ = [
    "ExportSystem",
    "StatusMeaning",
    "all_systems",
    "check_in_says_yes",
    "is_system_header",
    "recognise",
    "status_meaning",
]
