"""The People page's sent log names messages and states in words, not their codes."""

from __future__ import annotations

from datetime import datetime

from lacworkshop.services.email import OutboxRow
from lacworkshop.ui.widgets.person_messages import PersonMessagesTable


def _row(template: str, state: str, code: str | None = None) -> OutboxRow:
    when = datetime(2026, 11, 30, 9, 15, 30, 123456)
    return OutboxRow(
        1, 1, 7, "Ana", "ana@example.org", template, "es", "Asunto",
        code, 2 if code else None, state, 1, when, when, when if state == "sent" else None,
        None if state == "sent" else "550 No such user",
    )  # fmt: skip


def test_the_log_says_which_message_and_how_it_went(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = PersonMessagesTable()
    qtbot.addWidget(table)
    table.set_rows([_row("certificate", "sent", "7KQ2-M9XD"), _row("curso-2", "failed")])
    cells = [[table.item(r, c).text() for c in range(5)] for r in range(2)]
    assert cells[0][:3] == ["Your certificate", "7KQ2-M9XD v2", "sent"]
    assert cells[0][3] == "2026-11-30 09:15:30"
    # A workshop's own message keeps its own name; the server's words say why it failed.
    assert cells[1][0] == "curso-2" and cells[1][2] == "failed"
    assert cells[1][4] == "550 No such user"
