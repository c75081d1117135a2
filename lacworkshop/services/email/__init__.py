"""Email from the app: the account, templates, the outbox and the sender.

Queue with :func:`queue_certificates` or :func:`queue_messages`, deliver with
:func:`send_outbox`; every one is an operation (see ``services.operations``).
"""

from lacworkshop.services.email.account import (
    EmailAccount,
    account_for_cli,
    forget_password,
    load_account,
    save_account,
    store_password,
    stored_password,
)
from lacworkshop.services.email.outbox import (
    OutboxRow,
    export_sent_log,
    list_outbox,
    message_bytes_of,
    retry_failed,
    sent_log,
)
from lacworkshop.services.email.preview import Preview, preview_message
from lacworkshop.services.email.queueing import (
    Planned,
    QueueReport,
    queue_certificates,
    queue_messages,
)
from lacworkshop.services.email.recipients import Skipped
from lacworkshop.services.email.sending import Delivery, SendReport, send_outbox
from lacworkshop.services.email.templates import (
    MessageTemplate,
    message_template,
    reset_template,
    save_template,
    template_names,
)
from lacworkshop.services.email.test_message import send_test_message

__all__ = [
    "Delivery",
    "EmailAccount",
    "MessageTemplate",
    "OutboxRow",
    "Planned",
    "Preview",
    "QueueReport",
    "SendReport",
    "Skipped",
    "account_for_cli",
    "export_sent_log",
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
    "send_test_message",
    "sent_log",
    "store_password",
    "stored_password",
    "template_names",
]
