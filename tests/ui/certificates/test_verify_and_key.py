"""Certificates > Verify takes a dropped PDF or photo and a pasted payload; Preferences
shows the public key's fingerprint, exports it and keeps the verification address."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lacworkshop.formats.credentials import load_public_keys
from lacworkshop.formats.credentials.keys import key_id
from lacworkshop.model import CertificateKind
from lacworkshop.services.verification import show_keys, verify_url
from lacworkshop.ui.widgets.verify_bar import VerifyBar


def _drop(widget: VerifyBar, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    widget.dropEvent(event)


def test_a_dropped_pdf_and_a_pasted_payload_verify(qtbot, cert_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.certificates.output import write_merged

    ctx, wid = cert_ctx
    row = issue_certificates(ctx.db, wid, CertificateKind.PARTICIPATION).issued[0]
    pdf = tmp_path / "one.pdf"
    write_merged(ctx.db, [row], pdf, wid)
    bar = VerifyBar(ctx)
    qtbot.addWidget(bar)
    bar.resize(1100, 120)
    _drop(bar, pdf)
    assert bar.edit.text() == str(pdf)
    qtbot.waitUntil(lambda: bar.result.text() != "", timeout=20000)
    text = bar.result.text()
    assert "VALID" in text and row.code in text and "Certifies" in text
    bar.grab().save(str(tmp_path / "verify_bar.png"))
    bar.edit.setText(row.payload[:-2] + ("AA" if row.payload[-2:] != "AA" else "BB"))
    bar.button.click()
    qtbot.waitUntil(lambda: "#B3261E" in bar.result.text(), timeout=20000)
    assert "INVALID" in bar.result.text() and "Certifies" not in bar.result.text()
    blank = tmp_path / "blank.jwt"
    blank.write_text("nothing here")
    bar.verify(str(blank))
    qtbot.waitUntil(lambda: "INVALID" not in bar.result.text(), timeout=20000)
    assert "is not a PDF, an image or a credential" in bar.result.text()


def test_preferences_show_the_fingerprint_export_it_and_keep_the_address(
    main_window, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.ui.dialogs.preferences_dialog import PreferencesDialog

    db = main_window.ctx.db
    dialog = PreferencesDialog(db, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    key = show_keys(db).value[0]
    assert dialog.signing.fingerprint.text() == key.fingerprint
    target = tmp_path / "org.pem"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.signing.export_button.click()
    assert [key_id(k) for k in load_public_keys(target.read_bytes())] == [key.kid]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog.signing.url.setText("not an address")
    dialog.accept()
    assert warnings and "verification address" in warnings[0] and verify_url(db) == ""
    dialog.signing.url.setText("https://example.org/certificados/verify.html")
    dialog.accept()
    assert verify_url(db) == "https://example.org/certificados/verify.html"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.signing.rotate_button.click()
    newer = show_keys(db).value[0]
    assert newer.kid != key.kid and dialog.signing.fingerprint.text() == newer.fingerprint
