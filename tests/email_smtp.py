"""A real SMTP server on loopback (aiosmtpd) that keeps what it accepts, for the email tests.

``refuse_first`` answers the first N messages with a temporary 451; ``hold_at``
keeps the Nth message (1-based) waiting before any answer, so a test can kill
the sender while a message is in flight; ``refuse_rcpt`` answers 550 for those
addresses.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)  # type: ignore[return-value]


@dataclass
class Behaviour:
    refuse_first: int = 0
    hold_at: int = 0
    refuse_rcpt: set[str] = field(default_factory=set)
    data_calls: int = 0
    held: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


class Handler:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.behaviour = Behaviour()
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address in self.behaviour.refuse_rcpt:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        b = self.behaviour
        with self.lock:
            b.data_calls += 1
            call = b.data_calls
        if b.hold_at and call == b.hold_at:
            b.held.set()
            while not b.release.is_set():
                await asyncio.sleep(0.05)
            return "451 4.3.0 Try again later"
        if call <= b.refuse_first:
            return "451 4.7.1 Greylisted, try again later"
        with self.lock:
            self.received.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
            )
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SmtpServer:
    def __init__(self) -> None:
        self.handler = Handler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.handler.behaviour.release.set()
        self.controller.stop()
