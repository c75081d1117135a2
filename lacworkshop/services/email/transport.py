"""One SMTP connection, and what a refusal means: try again later, or never.

SMTP says it in the first digit: 4xx is temporary (greylisting, a full
mailbox, too many messages: try later), 5xx permanent (no such user, rejected
as spam: sending again will not help). A connection that cannot be made or
breaks is temporary too: the laptop went offline, the run stops and the
outbox keeps the rest for later.
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from dataclasses import dataclass

from lacworkshop.services.email.account import EmailAccount

TIMEOUT = 30.0


class Temporary(Exception):
    """Try again later; the message says what the server said."""


class Permanent(Exception):
    """Sending again will not help; the message says what the server said."""


class Offline(Temporary):
    """No connection to the server at all: stop the run, keep everything queued."""


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}".strip()


def _classify(code: int, text: bytes | str) -> Exception:
    return (Permanent if 500 <= code < 600 else Temporary)(_reply(code, text))


@dataclass
class SmtpTransport:
    """Sends raw messages over one connection, opened on first use and reopened when lost."""

    account: EmailAccount
    password: str | None
    _smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        a = self.account
        try:
            if a.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    a.host, a.port, timeout=TIMEOUT, context=ssl.create_default_context()
                )
            else:
                smtp = smtplib.SMTP(a.host, a.port, timeout=TIMEOUT)
            smtp.ehlo()
            if a.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if a.user and self.password:
                smtp.login(a.user, self.password)
        except smtplib.SMTPResponseException as exc:
            # A refused login or greeting concerns every message alike: stop, keep them queued.
            raise Offline(_reply(exc.smtp_code, exc.smtp_error)) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise Offline(str(exc) or type(exc).__name__) from None
        return smtp

    def send(self, raw: bytes, sender: str, recipient: str) -> None:
        """Hand *raw* to the server for *recipient*; Temporary or Permanent when refused."""
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            refused = self._smtp.sendmail(sender, [recipient], raw)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            self._reset()
            raise _classify(code, text) from None
        except smtplib.SMTPSenderRefused as exc:
            self._reset()
            raise _classify(exc.smtp_code, exc.smtp_error) from None
        except smtplib.SMTPResponseException as exc:
            self._reset()
            raise _classify(exc.smtp_code, exc.smtp_error) from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise Temporary(str(exc) or type(exc).__name__) from None
        if refused:
            code, text = next(iter(refused.values()))
            raise _classify(code, text)

    def _reset(self) -> None:
        # After a refusal the session may be mid-transaction: RSET, or start afresh.
        if self._smtp is None:
            return
        try:
            self._smtp.rset()
        except (OSError, smtplib.SMTPException):
            self.close()

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                with contextlib.suppress(OSError):
                    self._smtp.close()
            self._smtp = None
