"""A one-line certificate verifier: type or paste a code, QR text or URL, or drop a PDF,
a photo of the printout or a credential file; the verdict and what was certified show."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.errors import message_language
from lacworkshop.services.verification import VerifyAnswer, verify_given
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.operations import run_operation

FILE_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".jwt")


class VerifyBar(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        outer.addLayout(row)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr("A code (7KQ2-M9XD-4HBR), QR text or link; or drop a PDF, photo or .jwt")
        )
        self.edit.returnPressed.connect(self.check)
        self.button = QPushButton(self.tr("Verify"), self)
        self.button.clicked.connect(self.check)
        self.file_button = QPushButton(self.tr("From a file…"), self)
        self.file_button.setToolTip(
            self.tr("Verify a certificate PDF, a photo or scan of it, or its credential (.jwt)")
        )
        self.file_button.clicked.connect(self.choose_file)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        row.addWidget(QLabel(self.tr("Verify:"), self))
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        row.addWidget(self.file_button)
        # Below the field, the full width: the verdict and what was certified, two lines.
        outer.addWidget(self.result)

    def check(self) -> None:
        """Verify what the field holds (a code, QR text, link or a file's path)."""
        given = self.edit.text().strip()
        if given:
            self.verify(given)

    def verify(self, given: str) -> None:
        """Verify *given* off the GUI thread (a PDF or photo takes a moment to read)."""
        db = self.ctx.db
        run_operation(
            self.ctx,
            self,
            lambda p: verify_given(db, given, progress=p),
            title=self.tr("Verify a certificate"),
            on_done=self._show,
            on_failure=self._failed,
        )

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Verify a certificate from a file"),
            "",
            self.tr("Certificates, photos and credentials (*.pdf *.png *.jpg *.jpeg *.jwt)"),
        )
        if path:
            self.edit.setText(path)
            self.verify(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasText() or any(
            u.toLocalFile().lower().endswith(FILE_SUFFIXES) for u in mime.urls()
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        given = files[0] if files else mime.text().strip()
        if given:
            self.edit.setText(given)
            event.acceptProposedAction()
            self.verify(given)

    def _show(self, answer: VerifyAnswer) -> None:
        colour = "#1B7F3B" if answer.ok else "#B3261E"
        lines = [escape(line) for line in answer.lines(message_language())]
        html = f'<span style="color:{colour}">{lines[0]}</span>'
        if len(lines) > 1:
            html += "<br>" + "<br>".join(lines[1:])
        self.result.setText(html)

    def _failed(self, exc: BaseException) -> None:
        from lacworkshop.errors import UserError

        if isinstance(exc, UserError):
            self.result.setText(f'<span style="color:#B3261E">{escape(str(exc))}</span>')
        else:  # a bug: the runner has logged it; say so plainly
            self.result.setText(
                '<span style="color:#B3261E">'
                + escape(self.tr("Sorry, verifying failed unexpectedly; the log has the details."))
                + "</span>"
            )
