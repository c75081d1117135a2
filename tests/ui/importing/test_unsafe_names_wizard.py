"""The import wizard's preview says which invisible characters it removed, row by row."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from lacworkshop.model import Person
from tests.ui.importing.test_import_wizard import _open


def test_removed_control_characters_are_a_warning_in_the_preview(
    qtbot, main_window, ctx, walc_id, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "ocultos.csv"
    src.write_text(
        "Nombre,Apellido,Correo\r\n"
        "Ana\u202eetneserP,Pérez,ana@example.org\r\n"
        "Luis,Gómez,luis@example.org\r\n",
        encoding="utf-8",
    )
    wizard = _open(ctx, main_window, src, walc_id)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    assert "2 new people, 0 duplicates, 0 cannot be imported, 1 with warnings" in page.counts.text()
    cells = [
        [page.proxy.index(r, c).data() for c in range(9)] for r in range(page.proxy.rowCount())
    ]
    assert cells[0][0] == "2" and cells[0][1] == "New person"
    assert cells[0][7] == (
        "invisible control characters removed from Nombre (they can disguise a name); "
        "kept: “AnaetneserP”"
    )
    assert "\u202e" not in "".join(str(c) for row in cells for c in row)
    assert cells[1][7] in ("", None)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10000)
    with ctx.db.session() as s:
        assert set(s.scalars(select(Person.given_names))) == {"AnaetneserP", "Luis"}
