"""Preferences' certificate verification: the verification address, the organisation's
public key fingerprint, exporting the public key and making a new key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from lacworkshop.errors import UserError
from lacworkshop.services.verification import (
    KeyView,
    export_public_key,
    rotate_key,
    show_keys,
    verify_url,
)
from lacworkshop.storage import Database


class SigningKeyBox(QGroupBox):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Certificate verification"), parent)
        self.db = db
        form = QFormLayout(self)
        self.url = QLineEdit(verify_url(db))
        self.url.setObjectName("verify_url")
        self.url.setPlaceholderText(self.tr("e.g. https://example.org/certificados/verify.html"))
        self.url.setToolTip(
            self.tr("Where the published verification page is; new certificates' QR codes open it")
        )
        form.addRow(self.tr("&Verification address:"), self.url)
        key_row = QWidget()
        row = QHBoxLayout(key_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("key_fingerprint")
        row.addWidget(self.fingerprint, 1)
        self.export_button = QPushButton(self.tr("&Export public key…"))
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        self.rotate_button = QPushButton(self.tr("New key…"))
        self.rotate_button.clicked.connect(self.rotate)
        row.addWidget(self.rotate_button)
        form.addRow(self.tr("Public key:"), key_row)
        self.show_key(show_keys(db).value)

    def show_key(self, keys: list[KeyView]) -> None:
        active = next((k for k in keys if k.active), None)
        if active is None:
            self.fingerprint.setText("")
            return
        text = active.fingerprint
        if active.private_place is None:
            text += " " + self.tr("(private key missing: make a new key)")
        self.fingerprint.setText(text)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the organisation's public key"),
            "organisation-public-key.pem",
            self.tr("Public key (*.pem)"),
        )
        if not path:
            return
        try:
            export_public_key(self.db, Path(path))
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export public key"), str(exc))

    def rotate(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("New key"),
            self.tr(
                "Make a new signing key? New certificates are signed with it; certificates "
                "issued before keep verifying with the old public key. Publish the new "
                "public key afterwards."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        rotate_key(self.db)
        self.show_key(show_keys(self.db).value)
