"""The email dialogs on the demo database, sending to a real SMTP server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.email_smtp import SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    try:
        yield server
    finally:
        server.stop()


def _walc(main_window):  # type: ignore[no-untyped-def]
    from lacworkshop.model import CertificateKind
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    db = main_window.ctx.db
    ws = workshop_id_for_code(db, "WALC2026")
    issue_certificates(db, ws, CertificateKind.PARTICIPATION, before_end=True)
    return db, ws


def _loopback_account(db, smtp, **more):  # type: ignore[no-untyped-def]
    """The workshop's account, saved: the test server on loopback, no rate to wait for."""
    from lacworkshop.services.email import EmailAccount, save_account

    account = EmailAccount(
        host="127.0.0.1",
        port=smtp.port,
        security="none",
        sender_address="walc@example.org",
        rate_per_minute=60000,
        **more,
    )
    save_account(db, account)
    return account


def test_the_account_dialog_keeps_no_password_in_the_database(main_window, qtbot, smtp):  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backend import KeyringBackend

    from lacworkshop.services.email import load_account
    from lacworkshop.ui.dialogs.email_account import EmailAccountDialog

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        dialog = EmailAccountDialog(main_window.ctx, main_window)
        qtbot.addWidget(dialog)
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(smtp.port)
        dialog.security.setCurrentIndex(dialog.security.findData("none"))
        dialog.sender_name.setText("Ñandú O'Connor – LACNIC")
        dialog.sender_address.setText("not an address")
        dialog.accept()
        assert dialog.result() == 0  # refused: the field says why
        dialog.sender_address.setText("talleres@example.org")
        dialog.user.setText("talleres")
        dialog.password.setText("S3cr3t-ñ-pass")
        dialog.grab().save(str(Path(main_window.ctx.db.path).parent / "email_account.png"))
        dialog.accept()  # saved as an operation: the dialog closes when it is done
        qtbot.waitUntil(lambda: dialog.result() == 1)
        account = load_account(main_window.ctx.db)
        assert account.host == "127.0.0.1" and account.sender_name == "Ñandú O'Connor – LACNIC"
        assert list(ring.store.values()) == ["S3cr3t-ñ-pass"]
        main_window.ctx.db.engine.dispose()
        raw = Path(main_window.ctx.db.path).read_bytes()
        wal = Path(str(main_window.ctx.db.path) + "-wal")
        if wal.exists():
            raw += wal.read_bytes()
        assert b"S3cr3t" not in raw
        from lacworkshop.storage.log_privacy import mask_text

        assert "S3cr3t" not in mask_text("login failed for S3cr3t-ñ-pass at smtp://u:x@h")
    finally:
        keyring.set_keyring(previous)


def test_send_dialog_previews_in_the_person_language_and_sends_once(main_window, qtbot, smtp):  # type: ignore[no-untyped-def]
    from lacworkshop.services.email import sent_log
    from lacworkshop.ui.dialogs.email_send import EmailSendDialog

    db, ws = _walc(main_window)
    _loopback_account(db, smtp, sender_name="WALC")
    dialog = EmailSendDialog(main_window.ctx, ws, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.person.count() > 10
    dialog.person.setCurrentIndex(0)
    dialog.show_preview()
    text = dialog.preview.toPlainText()
    assert text.startswith("To: ") and "Subject: " in text
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.note.setPlainText("Traigan su portátil.")
    dialog._save_text()
    dialog.run(dry_run=True)
    qtbot.waitUntil(lambda: dialog.last_outcome is not None, timeout=30000)
    assert dialog.last_outcome is not None and dialog.last_outcome.dry_run
    planned = len(dialog.last_outcome.queued.queued)
    assert planned > 10 and smtp.received == []
    dialog.grab().save(str(Path(db.path).parent / "email_send.png"))
    dialog.last_outcome = None
    dialog.run(dry_run=False)
    qtbot.waitUntil(lambda: dialog.last_outcome is not None, timeout=60000)
    assert dialog.last_outcome is not None and dialog.last_outcome.delivery is not None
    assert len(smtp.received) == planned
    spanish = [r.message for r in smtp.received if r.message["Content-Language"] == "es"]
    assert spanish and all(
        "Traigan su portátil." in m.get_body(("plain",)).get_content() for m in spanish
    )
    dialog.last_outcome = None
    dialog.run(dry_run=False)
    qtbot.waitUntil(lambda: dialog.last_outcome is not None, timeout=60000)
    assert dialog.last_outcome is not None and not dialog.last_outcome.queued.queued
    assert len(smtp.received) == planned  # nobody twice
    dialog.grab().save(str(Path(db.path).parent / "email_sent.png"))

    # The person's history on the People page shows the message sent.
    person_id = next(iter(dialog.last_outcome.queued.already)).person_id
    assert [m.state for m in sent_log(db, person_id)] == ["sent"]
    main_window.show_page("people")
    page = main_window.page("people")
    page.open_person(person_id)
    assert page.messages.rowCount() == 1
    assert page.messages.item(0, 0).text() == "Your certificate"
    assert page.messages.item(0, 2).text() == "sent"


def test_messages_left_waiting_are_mentioned_and_sent_from_the_outbox(  # type: ignore[no-untyped-def]
    main_window, qtbot, smtp, monkeypatch
):
    from lacworkshop.services.email import queue_certificates
    from lacworkshop.ui.dialogs.email_outbox import EmailOutboxDialog

    db, ws = _walc(main_window)
    account = _loopback_account(db, smtp)
    queued = len(queue_certificates(db, ws, account).value.queued)
    main_window._mention_outbox()
    assert main_window.statusBar().currentMessage().startswith(f"{queued} messages wait")
    dialog = EmailOutboxDialog(main_window.ctx, None, main_window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == queued and dialog.send_button.isEnabled()
    dialog.send(retry=False)
    qtbot.waitUntil(lambda: len(smtp.received) == queued, timeout=60000)
    qtbot.waitUntil(lambda: not dialog.send_button.isEnabled(), timeout=10000)
    assert {dialog.table.item(r, 4).text() for r in range(queued)} == {"sent"}
    # The message is named as the window names it, and the export says where it went.
    assert {dialog.table.item(r, 2).text() for r in range(queued)} == {"Your certificate"}
    from lacworkshop.ui.dialogs import email_outbox

    target = Path(db.path).parent / "messages.csv"
    monkeypatch.setattr(email_outbox.QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    dialog._export()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert f"{queued} messages saved in {target}" in dialog.summary.text()
    assert len(target.read_text(encoding="utf-8-sig").strip().splitlines()) == queued + 1


def test_a_second_round_of_a_reminder_goes_from_the_window(main_window, qtbot, smtp):  # type: ignore[no-untyped-def]
    from lacworkshop.services.email.recipients import workshop_recipients
    from lacworkshop.ui.dialogs.email_send import EmailSendDialog

    db, ws = _walc(main_window)
    _loopback_account(db, smtp)
    two = [r.person_id for r in workshop_recipients(db, ws)[:2]]
    dialog = EmailSendDialog(main_window.ctx, ws, two, "reminder", parent=main_window)
    qtbot.addWidget(dialog)
    rounds = dialog.recipients.round
    assert rounds.isEnabled() and not dialog.recipients.kind.isEnabled()

    def send() -> int:
        dialog.last_outcome = None
        dialog.run(dry_run=False)
        qtbot.waitUntil(lambda: dialog.last_outcome is not None, timeout=60000)
        return len(dialog.last_outcome.queued.queued)

    assert send() == 2 and len(smtp.received) == 2
    assert send() == 0  # round 1 again: nobody twice
    rounds.setValue(2)
    assert send() == 2 and len(smtp.received) == 4
    assert send() == 0 and len(smtp.received) == 4
    # The certificate has no rounds: the box says so by being off.
    dialog.message.template.setCurrentIndex(dialog.message.template.findData("certificate"))
    assert not rounds.isEnabled() and dialog.request().round == 1
