"""Grant or withhold a certificate by hand, with the reason the organiser will be asked for."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services.attendance import Result


class OverrideDialog(QDialog):
    def __init__(
        self,
        name: str,
        result: Result,
        current: bool | None,
        reason: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificate eligibility by hand"))
        layout = QVBoxLayout(self)
        rule_says = self.tr("eligible") if result.by_rule else self.tr("not eligible")
        intro = QLabel(
            self.tr("%1 attended %2 of %3 hours (%4 %). By the rule alone: %5.")
            .replace("%1", name)
            .replace("%2", f"{result.attended_hours:g}")
            .replace("%3", f"{result.scheduled_hours:g}")
            .replace("%4", f"{result.share * 100:.0f}")
            .replace("%5", rule_says)
        )
        intro.setTextFormat(intro.textFormat().PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.follow = QRadioButton(self.tr("Follow the attendance rule"))
        self.grant = QRadioButton(self.tr("Grant the certificate"))
        self.withhold = QRadioButton(self.tr("Withhold the certificate"))
        group = QButtonGroup(self)
        for button in (self.follow, self.grant, self.withhold):
            group.addButton(button)
            layout.addWidget(button)
        {None: self.follow, True: self.grant, False: self.withhold}[current].setChecked(True)
        layout.addWidget(QLabel(self.tr("Reason (required to grant or withhold):")))
        self.reason = QPlainTextEdit(reason or "")
        self.reason.setPlaceholderText(self.tr("e.g. medical certificate for Wednesday"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        group.buttonToggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()

    def choice(self) -> bool | None:
        if self.grant.isChecked():
            return True
        if self.withhold.isChecked():
            return False
        return None

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.choice() is None or bool(self.reason_text()))
