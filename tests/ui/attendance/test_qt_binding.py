"""The Qt binding must not lose references on Signal.emit (PySide6 6.12.0 does).

The grid emits dataChanged for every mark; with a binding that drops a
reference to True on each emit, Python aborts after a few thousand marks.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="True is immortal from Python 3.12: the loss is harmless"
)
def test_emit_keeps_reference_counts() -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    results = [emitter.fired.emit(n) for n in range(20)]
    after = sys.getrefcount(True)
    # Holding the 20 results adds 20 references when the binding counts right.
    assert after - before == len(results), (
        f"this PySide6 ({__import__('PySide6').__version__}) loses a reference on each "
        "Signal.emit(); install another version (see pyproject.toml)"
    )
