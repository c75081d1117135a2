"""The SMTP password for this session: the keyring's, or asked once and kept in memory only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from lacworkshop.services.email import EmailAccount, stored_password
from lacworkshop.storage.log_privacy import hide_secret

# Held for the life of the process, never written anywhere: a system without a
# keyring asks once per session.
_typed: dict[str, str] = {}


def remember_for_session(account: EmailAccount, password: str) -> None:
    hide_secret(password)
    _typed[account.keyring_user] = password


def password_for(parent: QWidget, account: EmailAccount) -> tuple[bool, str | None]:
    """(go on, password): None when the account needs none; (False, None) when cancelled."""
    if not account.user:
        return True, None
    known = _typed.get(account.keyring_user) or stored_password(account)
    if known:
        return True, known
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("EmailPassword", "Email password"),
        QCoreApplication.translate("EmailPassword", "Password for {user} at {host}:").format(
            user=account.user, host=account.host
        ),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return False, None
    remember_for_session(account, text)
    return True, text
