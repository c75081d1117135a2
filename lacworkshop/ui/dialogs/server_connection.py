"""File > Connect to a server…: a PostgreSQL database, the password kept in the OS keyring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.engine import URL

KEYRING_SERVICE = "lacworkshop"


def keyring_account(user: str, host: str, port: int, database: str) -> str:
    """The keyring's name for one login on one server database."""
    return f"{user}@{host}:{port}/{database}"


def saved_password(account: str) -> str | None:
    """The password the keyring holds for *account*, or None (no keyring, none saved)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, account)
    except KeyringError:
        return None


def save_password(account: str, password: str) -> bool:
    """Keep *password* in the OS keyring; False when there is no keyring to keep it in."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, account, password)
    except KeyringError:
        return False
    return True


class ServerConnectionDialog(QDialog):
    """Host, port, database, user and password; ``url()`` after OK (password held apart)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a server"))
        form = QFormLayout(self)
        self.host = QLineEdit("localhost", self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("lacworkshop", self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        self.remember.setChecked(True)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.remember)
        for field in (self.host, self.database, self.user):
            field.editingFinished.connect(self._fill_saved_password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def account(self) -> str:
        return keyring_account(
            self.user.text().strip(),
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
        )

    def _fill_saved_password(self) -> None:
        if not self.password.text():
            saved = saved_password(self.account())
            if saved:
                self.password.setText(saved)

    def url(self) -> str:
        """The server's URL without its password (safe to show and to remember)."""
        return URL.create(
            "postgresql",
            username=self.user.text().strip() or None,
            host=self.host.text().strip() or "localhost",
            port=self.port.value(),
            database=self.database.text().strip() or None,
        ).render_as_string(hide_password=False)

    def secret(self) -> str | None:
        """The password typed (kept in the keyring when asked to); None when empty."""
        typed = self.password.text()
        if typed and self.remember.isChecked():
            save_password(self.account(), typed)
        return typed or None
