"""'Send a test message': the account's settings and password, tried for real."""

from __future__ import annotations

from lacworkshop.errors import Invalid, UserError, message_language
from lacworkshop.formats.email import TEST_MESSAGE, normalised_address
from lacworkshop.services.email.account import EmailAccount, check_account
from lacworkshop.services.email.rendering import Rendered, message_bytes, sender_domain
from lacworkshop.services.email.transport import Permanent, SmtpTransport, Temporary
from lacworkshop.services.operations import OpResult


def send_test_message(
    account: EmailAccount, password: str | None, to_address: str = ""
) -> OpResult[str]:
    """Send a short message to *to_address* (default: the sender); returns the address."""
    from lacworkshop.formats.email import new_message_id

    account = check_account(account)
    target = normalised_address(to_address or account.sender_address)
    if target is None:
        raise Invalid("email.test_address", field="to")
    language = message_language()
    subject, body = TEST_MESSAGE.get(language, TEST_MESSAGE["en"])
    raw = message_bytes(
        Rendered(subject, body),
        account,
        account.sender_name,
        target,
        language,
        new_message_id(sender_domain(account)),
    )
    link = SmtpTransport(account, password)
    try:
        link.send(raw, account.sender_address, target)
    except (Temporary, Permanent) as exc:  # Offline is a Temporary too
        raise UserError("email.test_failed", reason=exc) from None
    finally:
        link.close()
    return OpResult(target)
