"""The template editor: live preview, the longest name a click away, saving a copy."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from lacworkshop.model import CertificateKind
from lacworkshop.services.certificates.recipients import candidates
from lacworkshop.services.certificates.templates import get_template


def test_preview_longest_name_and_save_as(qtbot, cert_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.template_editor import TemplateEditor

    ctx, wid = cert_ctx
    editor = TemplateEditor(ctx, wid, "Classic")
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.preview.image().isNull()
    assert not editor.save_button.isEnabled()  # built-ins are kept
    editor.show_longest()
    people = candidates(ctx.db, wid, CertificateKind.PARTICIPATION)
    longest = max(people, key=lambda c: len(c.name))
    assert editor.person_combo.currentText() == longest.name
    before = editor.preview.image().copy()
    editor.style_combo.setCurrentIndex(editor.style_combo.findData("modern"))
    qtbot.waitUntil(lambda: editor.preview.image() != before, timeout=5000)
    editor.texts.title_edit.setText("Diploma {workshop}")
    editor.texts.title_edit.textEdited.emit("Diploma {workshop}")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Our design", True))
    editor.save_as_button.click()
    saved = get_template(ctx.db, "Our design")
    assert saved.style == "modern" and not saved.builtin
    assert saved.definition["texts"]["es"]["participation"]["title"] == "Diploma {workshop}"
    assert editor.save_button.isEnabled()


def test_signatories_dialog_adds_and_removes(qtbot, cert_ctx, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from lacworkshop.resource_files import resource_path
    from lacworkshop.services.certificates.templates import list_signatories, signatures_for
    from lacworkshop.ui.dialogs.signatories_dialog import SignatoriesDialog

    ctx, wid = cert_ctx
    dialog = SignatoriesDialog(ctx, wid)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1  # the fixture's sample signatory
    scan = str(resource_path("templates", "sample-signature.png"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (scan, ""))
    dialog.name_edit.setText("Hervé Saint-Éloi")
    dialog.title_edit.setText("Coordinador")
    dialog.choose_image()
    dialog.add()
    rows = list_signatories(ctx.db, wid)
    assert [r.name for r in rows] == ["María José Fernández", "Hervé Saint-Éloi"]
    assert rows[1].has_image and signatures_for(ctx.db, wid)[1].image is not None
    dialog.list.setCurrentRow(0)
    dialog.remove_selected()
    assert [r.name for r in list_signatories(ctx.db, wid)] == ["Hervé Saint-Éloi"]
