"""Preferences > Email: the SMTP account, its password in the keyring, a test message."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.errors import UserError
from lacworkshop.services.email import (
    EmailAccount,
    check_account,
    load_account,
    save_account,
    send_test_message,
    stored_password,
)
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.email_password import password_for, remember_for_session
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.widgets.field_errors import FieldErrors
from lacworkshop.ui.widgets.screen_fit import fit_to_screen


class EmailAccountDialog(QDialog):
    """Server and sender are settings; the password goes to the keyring or this session."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("email_account_dialog")
        self.ctx = ctx
        account = load_account(ctx.db)
        self.setWindowTitle(self.tr("Email account"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.host = QLineEdit(account.host)
        self.host.setPlaceholderText(self.tr("e.g. smtp.example.org"))
        self.errors.add("host", self.tr("&Server:"), self.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(account.port)
        self.errors.add("port", self.tr("&Port:"), self.port)
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(self.tr("TLS (usually port 465)"), "tls")
        self.security.addItem(self.tr("None (local servers only)"), "none")
        self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
        self.errors.add("security", self.tr("S&ecurity:"), self.security)
        self.user = QLineEdit(account.user)
        self.errors.add("user", self.tr("&User name:"), self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("stored in the system keyring")
            if stored_password(account)
            else self.tr("asked when sending if left empty")
        )
        self.errors.add("password", self.tr("Pass&word:"), self.password)
        self.keep_password = QCheckBox(self.tr("Keep the password in the system &keyring"))
        self.keep_password.setChecked(True)
        form.addRow("", self.keep_password)
        self.sender_name = QLineEdit(account.sender_name)
        self.errors.add("sender_name", self.tr("Sender &name:"), self.sender_name)
        self.sender_address = QLineEdit(account.sender_address)
        self.errors.add("sender_address", self.tr("Sender &address:"), self.sender_address)
        self.reply_to = QLineEdit(account.reply_to)
        self.errors.add("reply_to", self.tr("&Reply to:"), self.reply_to)
        self.verify_url = QLineEdit(account.verify_url)
        self.verify_url.setPlaceholderText(self.tr("e.g. https://example.org/verify/"))
        self.errors.add("verify_url", self.tr("&Verification address:"), self.verify_url)
        self.rate = QSpinBox()
        self.rate.setRange(1, 10000)
        self.rate.setValue(account.rate_per_minute)
        self.rate.setSuffix(self.tr(" a minute"))
        self.errors.add("rate_per_minute", self.tr("At &most:"), self.rate)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "The password is never written to the database or its backups. "
                "The certificate code is added to the end of the verification address."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.test_button = QPushButton(self.tr("Send a &test message"))
        self.test_button.clicked.connect(self._send_test)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        fit_to_screen(self, QSize(max(520, self.sizeHint().width()), self.sizeHint().height()))

    def account(self) -> EmailAccount:
        """The account as the form says it."""
        return EmailAccount(
            host=self.host.text(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            user=self.user.text(),
            sender_name=self.sender_name.text(),
            sender_address=self.sender_address.text(),
            reply_to=self.reply_to.text(),
            verify_url=self.verify_url.text(),
            rate_per_minute=self.rate.value(),
        )

    def _checked(self) -> EmailAccount | None:
        self.errors.clear()
        try:
            return check_account(self.account())
        except UserError as exc:
            if not self.errors.show(exc.field or "", str(exc)):
                QMessageBox.warning(self, self.tr("Email account"), str(exc))
            return None

    def _send_test(self) -> None:
        account = self._checked()
        if account is None:
            return
        typed = self.password.text()
        if typed:
            remember_for_session(account, typed)
        go, password = password_for(self, account)
        if not go:
            return
        run_operation(
            self.ctx,
            self,
            lambda _p: send_test_message(account, password),
            title=self.tr("Send a test message"),
            on_done=self._test_sent,
        )

    def _test_sent(self, to: str) -> None:
        QMessageBox.information(
            self,
            self.tr("Send a test message"),
            self.tr("A test message was sent to {address}.").format(address=to),
        )

    def accept(self) -> None:
        account = self._checked()
        if account is None:
            return
        typed = self.password.text()
        kept = typed if self.keep_password.isChecked() else None
        db = self.ctx.db
        # An operation: the keyring may take a while to answer (or ask to be unlocked).
        run_operation(
            self.ctx,
            self,
            lambda _p: save_account(db, account, kept),
            title=self.tr("Email account"),
            on_done=lambda saved: self._saved(saved, typed),
        )

    def _saved(self, account: EmailAccount, typed: str) -> None:
        if typed:
            remember_for_session(account, typed)
        super().accept()
