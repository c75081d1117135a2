"""Email from the app: the account, templates, the outbox and the sender.

Queue with :func:`queue_certificates` or :func:`queue_messages`, deliver with
:func:`send_outbox`; every one is an operation (see ``services.operations``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lacworkshop.package_face import lazy_names

if TYPE_CHECKING:
    from lacworkshop.services.email.account import (
        EmailAccount,
        account_for_cli,
        check_account,
        forget_password,
        load_account,
        save_account,
        store_password,
        stored_password,
    )
    from lacworkshop.services.email.campaign import EmailOutcome, EmailRequest, send_request
    from lacworkshop.services.email.erasure import forget_messages_of
    from lacworkshop.services.email.outbox import (
        OutboxRow,
        export_sent_log,
        list_outbox,
        message_bytes_of,
        retry_failed,
        sent_log,
        waiting_count,
    )
    from lacworkshop.services.email.preview import Preview, preview_message
    from lacworkshop.services.email.queueing import (
        Planned,
        QueueReport,
        queue_certificates,
        queue_messages,
    )
    from lacworkshop.services.email.recipients import (
        Recipient,
        Skipped,
        workshop_recipients,
        workshop_track_names,
    )
    from lacworkshop.services.email.sending import Delivery, SendReport, send_outbox
    from lacworkshop.services.email.templates import (
        MessageTemplate,
        message_template,
        reset_template,
        save_template,
        template_names,
    )
    from lacworkshop.services.email.test_message import send_test_message

_WHERE = {
    "Recipient": "recipients",
    "Delivery": "sending",
    "EmailAccount": "account",
    "EmailOutcome": "campaign",
    "EmailRequest": "campaign",
    "MessageTemplate": "templates",
    "OutboxRow": "outbox",
    "Planned": "queueing",
    "Preview": "preview",
    "QueueReport": "queueing",
    "SendReport": "sending",
    "Skipped": "recipients",
    "account_for_cli": "account",
    "check_account": "account",
    "export_sent_log": "outbox",
    "forget_messages_of": "erasure",
    "forget_password": "account",
    "list_outbox": "outbox",
    "load_account": "account",
    "message_bytes_of": "outbox",
    "message_template": "templates",
    "preview_message": "preview",
    "queue_certificates": "queueing",
    "queue_messages": "queueing",
    "reset_template": "templates",
    "retry_failed": "outbox",
    "save_account": "account",
    "save_template": "templates",
    "send_outbox": "sending",
    "send_request": "campaign",
    "send_test_message": "test_message",
    "sent_log": "outbox",
    "store_password": "account",
    "stored_password": "account",
    "template_names": "templates",
    "waiting_count": "outbox",
    "workshop_recipients": "recipients",
    "workshop_track_names": "recipients",
}
__getattr__ = lazy_names(__name__, _WHERE)

__all__ = [
    "Delivery",
    "EmailAccount",
    "EmailOutcome",
    "EmailRequest",
    "MessageTemplate",
    "OutboxRow",
    "Planned",
    "Preview",
    "QueueReport",
    "Recipient",
    "SendReport",
    "Skipped",
    "account_for_cli",
    "check_account",
    "export_sent_log",
    "forget_messages_of",
    "forget_password",
    "list_outbox",
    "load_account",
    "message_bytes_of",
    "message_template",
    "preview_message",
    "queue_certificates",
    "queue_messages",
    "reset_template",
    "retry_failed",
    "save_account",
    "save_template",
    "send_outbox",
    "send_request",
    "send_test_message",
    "sent_log",
    "store_password",
    "stored_password",
    "template_names",
    "waiting_count",
    "workshop_recipients",
    "workshop_track_names",
]
