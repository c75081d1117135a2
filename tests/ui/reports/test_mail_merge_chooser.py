"""The export dialog's column chooser offers the certificate columns for a mail merge."""

from __future__ import annotations

from pathlib import Path


def test_chooser_offers_certificate_columns_in_the_list_language(
    main_window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.workshops.listing import workshop_id_for_code
    from lacworkshop.ui.dialogs.export_people_dialog import ExportPeopleDialog

    wid = workshop_id_for_code(main_window.ctx.db, "WALC2026")
    dialog = ExportPeopleDialog(main_window.ctx, wid, main_window)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("pt"))
    offered = {
        dialog.available.item(i).data(256): dialog.available.item(i).text()
        for i in range(dialog.available.count())
    }
    assert offered["certificate_file"] == "Arquivo do certificado"
    assert offered["certificate_code"] == "Código do certificado"
    assert {"certificate_status", "certificate_hours"} <= offered.keys()
    row = next(
        i
        for i in range(dialog.available.count())
        if dialog.available.item(i).data(256) == "certificate_file"
    )
    dialog.available.setCurrentRow(row)
    dialog.add_button.click()
    assert dialog.columns()[-1] == "certificate_file"
