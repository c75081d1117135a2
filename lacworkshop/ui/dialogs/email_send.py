"""Email a workshop's people: the message and its text, whom, a preview, a dry run, send.

Opened from the Certificates page (the certificate, to the selected holders)
and the People page (any message, to the selected people), or for the whole
workshop. Sending is one operation: queue, then deliver the outbox.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.errors import UserError
from lacworkshop.formats.email import CERTIFICATE
from lacworkshop.services.email import (
    EmailOutcome,
    EmailRequest,
    MessageTemplate,
    load_account,
    message_template,
    preview_message,
    reset_template,
    save_template,
    send_request,
    template_names,
    workshop_recipients,
    workshop_track_names,
)
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.email_labels import EmailLabels
from lacworkshop.ui.dialogs.email_message_box import EmailMessageBox
from lacworkshop.ui.dialogs.email_preview_panel import EmailPreviewPanel
from lacworkshop.ui.dialogs.email_recipients_box import EmailRecipientsBox
from lacworkshop.ui.email_password import password_for
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.widgets.screen_fit import fit_to_screen


class EmailSendDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        workshop_id: int,
        person_ids: list[int] | None = None,
        template: str = CERTIFICATE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("email_send_dialog")
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.person_ids = frozenset(person_ids) if person_ids else None
        self.last_outcome: EmailOutcome | None = None
        self.setWindowTitle(self.tr("Email"))
        self.message = EmailMessageBox(template_names(ctx.db, workshop_id), template)
        self.recipients = EmailRecipientsBox(
            workshop_track_names(ctx.db, workshop_id),
            len(self.person_ids) if self.person_ids is not None else None,
        )
        people = [
            r
            for r in workshop_recipients(ctx.db, workshop_id)
            if self.person_ids is None or r.person_id in self.person_ids
        ]
        self.preview_panel = EmailPreviewPanel(people)
        # The names the tests and the rest of the dialog reach the fields by.
        self.language, self.note = self.message.language, self.message.note
        self.person, self.preview = self.preview_panel.person, self.preview_panel.text
        layout = QVBoxLayout(self)
        layout.addWidget(self._split(), 1)
        layout.addWidget(self._buttons())
        self.message.save_text.clicked.connect(self._save_text)
        self.message.builtin_text.clicked.connect(self._reset_text)
        self.message.template.currentIndexChanged.connect(self._load_text)
        self.message.language.currentIndexChanged.connect(self._load_text)
        self.preview_panel.button.clicked.connect(self.show_preview)
        self.person.currentIndexChanged.connect(self.show_preview)
        self._load_text()
        fit_to_screen(self, QSize(1000, 640))

    def _split(self) -> QSplitter:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.recipients)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview_panel)
        split.setSizes([520, 480])
        return split

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.dry_button = QPushButton(self.tr("&Dry run"))
        self.dry_button.clicked.connect(lambda: self.run(dry_run=True))
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.clicked.connect(lambda: self.run(dry_run=False))
        box.addButton(self.dry_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        return box

    # ----- text --------------------------------------------------------------
    def _load_text(self) -> None:
        m = self.message
        m.show_text(message_template(self.ctx.db, self.workshop_id, m.name(), m.language_code()))
        self.recipients.for_certificate(m.name() == CERTIFICATE)
        self.show_preview()

    def _save_text(self) -> None:
        m, wid, db = self.message, self.workshop_id, self.ctx.db
        name, language = m.name(), m.language_code()
        subject, body, note = m.subject.text(), m.body.toPlainText(), m.note.toPlainText()
        run_operation(
            self.ctx,
            self,
            lambda _p: save_template(db, wid, name, language, subject, body, note),
            title=self.tr("Email"),
            on_done=lambda _text: self.show_preview(),
        )

    def _reset_text(self) -> None:
        m, wid, db = self.message, self.workshop_id, self.ctx.db
        name, language = m.name(), m.language_code()
        run_operation(
            self.ctx,
            self,
            lambda _p: reset_template(db, wid, name, language),
            title=self.tr("Email"),
            on_done=self._text_reset,
        )

    def _text_reset(self, text: MessageTemplate) -> None:
        self.message.show_text(text)
        self.show_preview()

    def show_preview(self) -> None:
        person_id = self.preview_panel.person_id()
        if person_id is None:
            self.preview.setPlainText(self.tr("Nobody to preview."))
            return
        try:
            p = preview_message(
                self.ctx.db,
                self.workshop_id,
                self.message.name(),
                person_id,
                load_account(self.ctx.db),
                self.recipients.certificate_kind(),
            )
        except UserError as exc:
            self.preview.setPlainText(str(exc))
            return
        self.preview_panel.show_message(p, self.recipients.attach.isChecked())

    # ----- send --------------------------------------------------------------
    def request(self) -> EmailRequest:
        """What the form asks for."""
        r = self.recipients
        return EmailRequest(
            self.workshop_id,
            template=self.message.name(),
            kind=r.certificate_kind(),
            whom=r.whom(),
            track=r.chosen_track(),
            person_ids=self.person_ids if r.to_selected.isChecked() else None,
            attach=r.attach.isChecked(),
            round=r.round.value() if r.round.isEnabled() else 1,
        )

    def run(self, dry_run: bool) -> None:
        account = load_account(self.ctx.db)
        if not dry_run and not account.configured:
            QMessageBox.information(
                self,
                self.tr("Email"),
                self.tr("Set up the email account first, in Preferences > Email."),
            )
            return
        password: str | None = None
        if not dry_run:
            go, password = password_for(self, account)
            if not go:
                return
        request = self.request()
        run_operation(
            self.ctx,
            self,
            lambda p: send_request(
                self.ctx.db, request, account, password, dry_run=dry_run, progress=p
            ),
            title=self.tr("Email"),
            label=self.tr("Sending…") if not dry_run else self.tr("Listing…"),
            on_done=self._show_outcome,
        )

    def _show_outcome(self, outcome: EmailOutcome) -> None:
        self.last_outcome = outcome
        q = outcome.queued
        lines = [
            (
                self.tr(
                    "Dry run: {queued} would be queued, {already} are in the outbox already, "
                    "{skipped} cannot be sent."
                )
                if outcome.dry_run
                else self.tr(
                    "{queued} queued, {already} in the outbox already, {skipped} cannot be sent."
                )
            ).format(queued=len(q.queued), already=len(q.already), skipped=len(q.skipped))
        ]
        words = EmailLabels(self)
        lines += [f"  + {p.name} <{p.address}> {p.language} {words.planned(p)}" for p in q.queued]
        lines += [f"  = {p.name} ({words.state(p.state)}) {words.planned(p)}" for p in q.already]
        lines += [f"  ! {s.name}: {s.reason}" for s in q.skipped]
        d = outcome.delivery
        if d is not None:
            lines.append("")
            lines.append(
                self.tr("Sent {sent}, to try again later {deferred}, failed {failed}.").format(
                    sent=len(d.sent), deferred=len(d.deferred), failed=len(d.failed)
                )
            )
            lines += [f"  ! {x.name}: {x.reason}" for x in (*d.failed, *d.deferred)]
            if d.offline:
                lines.append(
                    self.tr(
                        "The server could not be reached ({reason}); the messages wait in the "
                        "outbox and go with the next send."
                    ).format(reason=d.offline)
                )
        self.preview.setPlainText("\n".join(lines))
