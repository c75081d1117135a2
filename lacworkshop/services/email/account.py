"""The SMTP account: server and sender in the settings, the password never there.

The password lives in the operating system's keyring (``keyring``) under the
account's user and host, or comes from ``LACWORKSHOP_SMTP_PASSWORD``, or is
asked for once per session by the window. It is never written to the
database, so no backup carries it, and the log masks it (see
``storage.log_privacy.hide_secret``).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, replace

from lacworkshop.errors import Invalid
from lacworkshop.formats.email import SECURITY, BadSmtpUrl, normalised_address, parse_smtp_url
from lacworkshop.services.operations import Change, OpResult, changes
from lacworkshop.services.settings import get_setting, set_setting
from lacworkshop.storage import Database
from lacworkshop.storage.log_privacy import hide_secret

SETTING = "email.account"
KEYRING_SERVICE = "lacworkshop-smtp"
URL_ENV = "LACWORKSHOP_SMTP_URL"
PASSWORD_ENV = "LACWORKSHOP_SMTP_PASSWORD"
_URL_PROBLEMS = {
    "scheme": "email.smtp_url_scheme",
    "password": "email.smtp_url_password",
    "host": "email.smtp_url_host",
    "port": "email.smtp_url_port",
}
DEFAULT_RATE = 30  # messages a minute: what most providers let a personal account send


@dataclass(frozen=True)
class EmailAccount:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # starttls | tls | none
    user: str = ""
    sender_name: str = ""
    sender_address: str = ""
    reply_to: str = ""
    verify_url: str = ""  # the organisation's verification address; the code is appended
    rate_per_minute: int = DEFAULT_RATE

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender_address)


def load_account(db: Database) -> EmailAccount:
    """The stored account (empty fields when none was saved)."""
    stored = get_setting(db, SETTING, {})
    if not isinstance(stored, dict):
        return EmailAccount()
    known = {k: v for k, v in stored.items() if k in EmailAccount.__dataclass_fields__}
    try:
        return EmailAccount(**known)
    except TypeError:
        return EmailAccount()


def check_account(account: EmailAccount) -> EmailAccount:
    """*account* cleaned up; Invalid names the first field that is wrong."""
    host = account.host.strip()
    if not host or any(c.isspace() for c in host):
        raise Invalid("email.account_host", field="host")
    if not 0 < account.port < 65536:
        raise Invalid("email.account_port", field="port", port=account.port)
    if account.security not in SECURITY:
        raise Invalid("email.account_security", field="security")
    sender = normalised_address(account.sender_address)
    if sender is None:
        raise Invalid("email.account_sender", field="sender_address")
    reply_to = ""
    if account.reply_to.strip():
        reply = normalised_address(account.reply_to)
        if reply is None:
            raise Invalid("email.account_reply_to", field="reply_to")
        reply_to = reply
    if account.rate_per_minute < 1:
        raise Invalid("email.account_rate", field="rate_per_minute")
    return replace(
        account,
        host=host,
        user=account.user.strip(),
        sender_name=" ".join(account.sender_name.split()),
        sender_address=sender,
        reply_to=reply_to,
        verify_url=account.verify_url.strip(),
    )


def save_account(
    db: Database, account: EmailAccount, password: str | None = None
) -> OpResult[EmailAccount]:
    """Store the account's settings; a *password* given goes to the keyring, never the database."""
    clean = check_account(account)
    set_setting(db, SETTING, asdict(clean))
    if password:
        store_password(clean, password)
    return OpResult(clean, changes(Change.SETTINGS))


def account_from_url(url: str, base: EmailAccount) -> EmailAccount:
    """*base* with the server of an ``smtp[s]://user@host:port`` URL."""
    try:
        server = parse_smtp_url(url)
    except BadSmtpUrl as exc:
        raise Invalid(_URL_PROBLEMS.get(str(exc), "email.smtp_url_scheme")) from exc
    return replace(
        base, host=server.host, port=server.port, security=server.security, user=server.user
    )


def account_for_cli(db: Database, url: str | None, sender: str | None = None) -> EmailAccount:
    """The account the command line sends with: ``--smtp``, else the environment, else stored."""
    stored = load_account(db)
    url = url or os.environ.get(URL_ENV)
    account = account_from_url(url, stored) if url else stored
    if sender:
        account = replace(account, sender_address=sender)
    if not account.sender_address and account.user and "@" in account.user:
        account = replace(account, sender_address=account.user)
    if not account.sender_address:
        raise Invalid("email.no_sender")
    if not account.host:
        raise Invalid("email.no_account")
    return check_account(account)


def _keyring():  # type: ignore[no-untyped-def]
    import keyring

    return keyring


def stored_password(account: EmailAccount) -> str | None:
    """The password from the environment or the keyring; None when there is none."""
    password = os.environ.get(PASSWORD_ENV)
    if not password and account.user:
        try:
            password = _keyring().get_password(KEYRING_SERVICE, account.keyring_user)
        except Exception:  # no usable keyring here (a server, a locked wallet): ask instead
            password = None
    if password:
        hide_secret(password)
    return password or None


def store_password(account: EmailAccount, password: str) -> bool:
    """Keep *password* in the keyring; False when this system has no usable keyring."""
    hide_secret(password)
    try:
        _keyring().set_password(KEYRING_SERVICE, account.keyring_user, password)
    except Exception:  # no keyring: the window asks each session instead
        return False
    return True


def forget_password(account: EmailAccount) -> None:
    """Remove the account's password from the keyring, if it is there."""
    try:
        _keyring().delete_password(KEYRING_SERVICE, account.keyring_user)
    except Exception:  # nothing stored, or no keyring: nothing to forget
        return
