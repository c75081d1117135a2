"""Pages emit ctx.changed after every edit; emitting must not wear down Python's True.

PySide6 6.12.0 dropped a reference to True on every Signal.emit() from Python,
which aborts the interpreter after a few thousand edits; pyproject excludes it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    changed = Signal(object)


def test_emit_keeps_the_reference_count_of_true(qtbot) -> None:
    sender = _Sender()
    seen: list[object] = []
    sender.changed.connect(seen.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        sender.changed.emit({"people"})
    assert len(seen) == 500
    assert abs(sys.getrefcount(True) - before) < 50
