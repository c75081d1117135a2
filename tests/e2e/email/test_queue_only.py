"""`email send --queue-only` queues with no server named; `email outbox` sends later."""

from __future__ import annotations

import pytest

from tests.email_smtp import SmtpServer

pytestmark = pytest.mark.slow


def test_queue_with_no_server_then_send_from_the_outbox(tmp_path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "w.sqlite3"
    run_cli("demo", db=db, check=True)
    queue = ("email", "send", "--workshop", "DNSSEC-2026", "--template", "welcome", "--queue-only")

    no_sender = run_cli(*queue, db=db)
    assert no_sender.returncode == 1
    assert "sender address is missing" in no_sender.stderr
    bad_sender = run_cli(*queue, "--sender", "not an address", db=db)
    assert bad_sender.returncode == 1
    assert "not a valid email address" in bad_sender.stderr

    queued = run_cli(*queue, "--sender", "walc@example.org", db=db)
    assert queued.returncode == 0, queued.stderr
    listing = run_cli("email", "outbox", "--workshop", "DNSSEC-2026", "--list", db=db).stdout
    states = [line.split("\t")[1] for line in listing.splitlines()[1:]]
    assert states and set(states) == {"queued"}

    server = SmtpServer().start()
    try:
        sent = run_cli("email", "outbox", "--smtp", server.url, "--sender", "x@example.org", db=db)
        assert sent.returncode == 0, sent.stderr
        assert len(server.received) == len(states)
        # Rendered when queued: the From line is the one given then.
        assert {str(r.message["From"]) for r in server.received} == {"walc@example.org"}
    finally:
        server.stop()
