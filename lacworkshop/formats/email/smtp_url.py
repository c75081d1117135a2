"""An SMTP account written as one URL: ``smtp[s]://user@host:port?starttls=1``.

``smtps`` is TLS from the first byte (port 465 by default); ``smtp`` is plain
(port 25, or 587 with ``starttls=1``) and upgrades with STARTTLS when asked.
A password in the URL is refused: it would end up in shell histories and
process lists; it comes from the environment, the keyring or a prompt.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

SECURITY = ("starttls", "tls", "none")


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    security: str  # one of SECURITY
    user: str


class BadSmtpUrl(ValueError):
    """The URL is not an SMTP account; the message says which part."""


def parse_smtp_url(url: str) -> ServerAddress:
    """The server of *url*; :class:`BadSmtpUrl` says what is wrong with it."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("smtp", "smtps"):
        raise BadSmtpUrl("scheme")
    if parts.password:
        raise BadSmtpUrl("password")
    if not parts.hostname:
        raise BadSmtpUrl("host")
    query = parse_qs(parts.query)
    starttls = query.get("starttls", ["0"])[-1].lower() in ("1", "yes", "true", "on")
    if parts.scheme == "smtps":
        security, default_port = "tls", 465
    elif starttls:
        security, default_port = "starttls", 587
    else:
        security, default_port = "none", 25
    try:
        port = parts.port or default_port
    except ValueError as exc:
        raise BadSmtpUrl("port") from exc
    return ServerAddress(parts.hostname, port, security, unquote(parts.username or ""))
