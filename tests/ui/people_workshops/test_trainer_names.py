"""The session editor's trainer list tells apart two trainers of the same name."""

from __future__ import annotations

from datetime import date

from lacworkshop.model import Role
from lacworkshop.services.people import participation
from lacworkshop.services.people.directory import PersonData, create_person
from lacworkshop.services.workshops import editing as workshop_editing
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.slot_editor import SlotEditorDialog
from lacworkshop.ui.tasks import InlineRunner


def test_two_trainers_of_the_same_name_show_their_emails(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.demo.create import populate
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    populate(db, people=60, workshops=1)
    wid = workshop_id_for_code(db, "WALC2026")
    twins = [
        create_person(db, PersonData("João", "da Silva", email="joao@nic.example.br")),
        create_person(db, PersonData("João", "da Silva", organisation="RNP")),
    ]
    participation.add_participants(db, wid, twins, Role.TRAINER)
    tracks = workshop_editing.list_tracks(db, wid)
    ctx = AppContext(db, InlineRunner())
    dialog = SlotEditorDialog(ctx, wid, None, date(2026, 10, 12), date(2026, 10, 16), tracks)
    qtbot.addWidget(dialog)
    labels = [dialog.trainers.item(i).text() for i in range(dialog.trainers.count())]
    assert "João da Silva (joao@nic.example.br)" in labels
    assert "João da Silva (RNP)" in labels
    # A trainer whose name nobody else has is shown as before.
    others = [label for label in labels if not label.startswith("João da Silva")]
    assert others and all("@" not in label for label in others)
