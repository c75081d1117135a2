"""Package faces: a capability package names its public API without importing it.

Each package under ``services/`` and ``formats/`` lists in its ``__init__`` the
names callers outside it may use, and the inner module each lives in. The names
are fetched on first use (PEP 562), so importing a face costs nothing: a command
that calls one function of a package loads that function's module only, never
the PDF or spreadsheet libraries a sibling needs. The face imports the same
names under ``TYPE_CHECKING``, so type checkers and editors see them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_names(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """The module ``__getattr__`` of *package*: name -> the inner module holding it.

    ``"module:other"`` names a value the inner module holds under another name.
    """

    def __getattr__(name: str) -> Any:
        place = where.get(name)
        if place is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, attribute = place.partition(":")
        # Not cached in the package: a test patching the inner module is seen at once.
        return getattr(import_module(f"{package}.{module}"), attribute or name)

    return __getattr__
