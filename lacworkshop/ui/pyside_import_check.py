"""A cheaper answer to the question PySide6 asks of every module imported after it.

PySide6 hooks ``__import__`` to support ``from __feature__ import snake_case``: after
each import it asks whether the new module's source mentions "PySide6", and gets the
answer through ``inspect.getsource``, which reads, decodes, splits and caches the whole
file in ``linecache``. That is about half a millisecond a module; the window imports
some five hundred after Qt, so a tenth or two of a second of every start went there.

The same question is answered here from the file's bytes. The hook is PySide6's own
(``shibokensupport.feature._mod_uses_pyside``); when a version of PySide6 no longer has
it, nothing is replaced and the start is only slower.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook this module answers for)

_FEATURE_MODULE = "shibokensupport.feature"


def mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """True when *module*'s source file mentions PySide6; *fallback* for modules without one."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return fallback(module)


def install() -> bool:
    """Answer PySide6's per-import question from file bytes; False when the hook is absent."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "__module__", None) == __name__:
        return True  # installed already

    def _mod_uses_pyside(module: ModuleType) -> bool:
        return mentions_pyside(module, original)

    setattr(feature, "_mod_uses_pyside", _mod_uses_pyside)  # noqa: B010
    return True
