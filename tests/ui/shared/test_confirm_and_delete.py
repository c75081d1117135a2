"""Ask, then delete as one undo step: the flow every list with a Delete button shares."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from lacworkshop.model import Person
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.confirm_delete import confirm_and_delete
from lacworkshop.ui.tasks import InlineRunner


def _person(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as session:
        p = Person(given_names="María José", family_names="Núñez D'Ávila")
        session.add(p)
        session.flush()
        return p.id


def _exists(db, pid: int) -> bool:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.get(Person, pid) is not None


def test_declining_deletes_nothing_and_agreeing_deletes_with_undo(qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(db, InlineRunner())
    parent = QWidget()
    qtbot.addWidget(parent)
    pid = _person(db)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    changed: list[set[str]] = []
    ctx.changed.connect(changed.append)

    args = (ctx, parent, "person", pid, "person", lambda label: f"Delete {label}", ("people",))
    assert confirm_and_delete(*args) is False
    assert _exists(db, pid) and ctx.undo_stack.count() == 0 and changed == []
    assert "Núñez" in asked[0]

    answer[0] = QMessageBox.StandardButton.Yes
    assert confirm_and_delete(*args) is True
    assert not _exists(db, pid)
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText().startswith("Delete ") and "Núñez" in ctx.undo_stack.undoText()
    assert changed and "people" in changed[-1]
    ctx.undo_stack.undo()
    assert _exists(db, pid)
