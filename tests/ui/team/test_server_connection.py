"""File > Connect to a server…: the URL carries no password; the password goes to the
keyring when asked, and comes back from it for the same login."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend

from lacworkshop.ui.dialogs.server_connection import ServerConnectionDialog


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


def test_password_goes_to_the_keyring_not_the_url(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ring = _MemoryKeyring()
    before = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        dialog = ServerConnectionDialog()
        qtbot.addWidget(dialog)
        dialog.host.setText("db.example.org")
        dialog.database.setText("talleres")
        dialog.user.setText("coordinación")
        dialog.password.setText("s3cr3t'ñ")
        assert "s3cr3t" not in dialog.url()
        assert dialog.url().startswith("postgresql://")
        assert dialog.secret() == "s3cr3t'ñ"
        assert list(ring.saved.values()) == ["s3cr3t'ñ"]
        dialog.grab().save(str(tmp_path / "connect.png"))

        again = ServerConnectionDialog()
        qtbot.addWidget(again)
        again.host.setText("db.example.org")
        again.database.setText("talleres")
        again.user.setText("coordinación")
        again.user.editingFinished.emit()
        assert again.password.text() == "s3cr3t'ñ"
    finally:
        keyring.set_keyring(before)
