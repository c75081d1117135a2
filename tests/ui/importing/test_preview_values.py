"""The import preview shows each row's language and gender, warns about suspicious names,
lets an unknown gender be mapped and a language be changed, before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from lacworkshop.model import Person
from lacworkshop.ui.dialogs.import_wizard_preview_model import COUNTRY, GENDER, LANGUAGE, PROBLEMS


def test_preview_values_warnings_and_mapping(
    qtbot, main_window, ctx, walc_id, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.import_wizard import open_import_wizard

    src = tmp_path / "formulario.csv"
    src.write_text(
        "Nombre,Apellido,Correo,País,Género\n"
        "Rui,Souza,rui@example.org,Brasil,Homem\n"
        "Kai,Lee,kai@example.org,Jamaica,Agénero\n"
        '"=HYPERLINK(""http://x.example"",""clic"")",Mal,mal@example.org,Chile,F\n'
        "Ana <b>María</b>,Paz,ana@example.org,Haití,Mujer\n",
        encoding="utf-8",
    )
    wizard = open_import_wizard(ctx, main_window, str(src), walc_id)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    wizard.next()
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    assert wizard.currentPage() is page
    assert "3 with warnings" in page.counts.text()

    def cell(row: int, column: int) -> str:
        return str(page.model.index(row, column).data() or "")

    assert [cell(r, LANGUAGE) for r in range(4)] == ["Portuguese", "English", "Spanish", "French"]
    assert cell(0, COUNTRY) == "Brazil (BR)"
    assert [cell(r, GENDER) for r in range(4)] == ["Male", "Agénero", "Female", "Female"]
    assert "not recognised" in cell(1, PROBLEMS)
    assert "looks like a spreadsheet formula" in cell(2, PROBLEMS)
    assert "holds markup" in cell(3, PROBLEMS)

    # The unknown gender is offered for mapping; choosing "Non-binary" clears its warning.
    assert page.gender_box.isVisibleTo(page)
    combo = page.gender_box.combos["Agénero"]
    combo.setCurrentIndex(combo.findData("non_binary"))
    combo.activated.emit(combo.currentIndex())
    assert cell(1, GENDER) == "Non-binary" and cell(1, PROBLEMS) == ""
    assert "2 with warnings" in page.counts.text()
    # A language can be changed in the preview.
    assert page.model.setData(page.model.index(2, LANGUAGE), "en", Qt.ItemDataRole.EditRole)

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20000)
    with ctx.db.session() as s:
        stored = {
            g: (gender, own, lang)
            for g, gender, own, lang in s.execute(
                select(Person.given_names, Person.gender, Person.gender_text, Person.language)
            )
        }
    assert stored["Rui"] == ("male", None, "pt")
    assert stored["Kai"] == ("non_binary", None, "en")
    assert stored['=HYPERLINK("http://x.example","clic")'] == ("female", None, "en")
    assert stored["Ana <b>María</b>"] == ("female", None, "fr")
