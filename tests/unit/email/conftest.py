"""An SMTP server on loopback, a demo database with issued certificates, an account for both."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.email_smtp import SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def account(smtp: SmtpServer):  # type: ignore[no-untyped-def]
    from lacworkshop.services.email import EmailAccount

    return EmailAccount(
        host="127.0.0.1",
        port=smtp.port,
        security="none",
        sender_name="Équipe WALC – Señales",
        sender_address="walc@example.org",
        reply_to="ayuda@example.org",
        verify_url="https://verify.example.org/c/",
        rate_per_minute=60000,
    )


@pytest.fixture
def issued(demo_db):  # type: ignore[no-untyped-def]
    """WALC2026 of the demo with its participation certificates issued."""
    from lacworkshop.model import CertificateKind
    from lacworkshop.services.certificates.issuing import issue_certificates
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    ws = workshop_id_for_code(demo_db, "WALC2026")
    issue_certificates(demo_db, ws, CertificateKind.PARTICIPATION, before_end=True)
    return demo_db, ws
