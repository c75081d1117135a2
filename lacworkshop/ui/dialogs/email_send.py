"""Email a workshop's people: the message and its text, whom, a preview, a dry run, send.

Opened from the Certificates page (the certificate, to the selected holders)
and the People page (any message, to the selected people), or for the whole
workshop. Sending is one operation: queue, then deliver the outbox.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.errors import UserError
from lacworkshop.formats.email import CERTIFICATE
from lacworkshop.model import CertificateKind
from lacworkshop.services.email import (
    EmailOutcome,
    EmailRequest,
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
from lacworkshop.ui.email_password import password_for
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.widgets.screen_fit import fit_to_screen

LANGUAGES = ("es", "pt", "en", "fr")


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
        layout = QVBoxLayout(self)
        split = QSplitter()
        layout.addWidget(split, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        message_box = QGroupBox(self.tr("Message"))
        form = QFormLayout(message_box)
        self.template = QComboBox()
        self.template.setObjectName("template")
        for name in template_names(ctx.db, workshop_id):
            self.template.addItem(self._template_label(name), name)
        self.template.setCurrentIndex(max(0, self.template.findData(template)))
        form.addRow(self.tr("&Message:"), self.template)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(code, code)
        form.addRow(self.tr("Text in &language:"), self.language)
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        form.addRow(self.tr("&Subject:"), self.subject)
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        form.addRow(self.tr("&Text:"), self.body)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Your own words, shown where the text says {note}"))
        self.note.setMaximumHeight(80)
        form.addRow(self.tr("Your n&ote:"), self.note)
        text_buttons = QHBoxLayout()
        self.save_text = QPushButton(self.tr("Save &text"))
        self.save_text.clicked.connect(self._save_text)
        self.builtin_text = QPushButton(self.tr("&Built-in text"))
        self.builtin_text.clicked.connect(self._reset_text)
        text_buttons.addStretch(1)
        text_buttons.addWidget(self.save_text)
        text_buttons.addWidget(self.builtin_text)
        form.addRow("", text_buttons)
        left_layout.addWidget(message_box)

        whom_box = QGroupBox(self.tr("To whom"))
        whom = QFormLayout(whom_box)
        self.whom = QButtonGroup(self)
        self.to_all = QRadioButton(self.tr("&Everyone (nobody gets the same message twice)"))
        self.to_unsent = QRadioButton(self.tr("Only those &not sent this certificate yet"))
        self.to_track = QRadioButton(self.tr("One t&rack:"))
        self.to_selected = QRadioButton(
            self.tr("The {n} people selected").format(n=len(self.person_ids or ()))
        )
        for i, b in enumerate((self.to_all, self.to_unsent, self.to_track, self.to_selected)):
            self.whom.addButton(b, i)
        self.track = QComboBox()
        self.track.addItems(workshop_track_names(ctx.db, workshop_id))
        track_row = QHBoxLayout()
        track_row.addWidget(self.to_track)
        track_row.addWidget(self.track, 1)
        whom.addRow(self.to_all)
        whom.addRow(self.to_unsent)
        whom.addRow(track_row)
        whom.addRow(self.to_selected)
        self.to_selected.setVisible(self.person_ids is not None)
        (self.to_selected if self.person_ids else self.to_all).setChecked(True)
        self.kind = QComboBox()
        for kind in CertificateKind:
            self.kind.addItem(kind.value, kind)
        whom.addRow(self.tr("&Certificate:"), self.kind)
        self.attach = QCheckBox(self.tr("Attach the certificate's &PDF (else the link only)"))
        self.attach.setChecked(True)
        whom.addRow(self.attach)
        left_layout.addWidget(whom_box)
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        preview_row = QHBoxLayout()
        self.person = QComboBox()
        self.person.setObjectName("preview_person")
        for r in workshop_recipients(ctx.db, workshop_id):
            if self.person_ids is None or r.person_id in self.person_ids:
                self.person.addItem(r.name, r.person_id)
        preview_row.addWidget(self.person, 1)
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.clicked.connect(self.show_preview)
        preview_row.addWidget(self.preview_button)
        right_layout.addLayout(preview_row)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        right_layout.addWidget(self.preview, 1)
        split.addWidget(right)
        split.setSizes([520, 480])

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.dry_button = QPushButton(self.tr("&Dry run"))
        self.dry_button.clicked.connect(lambda: self.run(dry_run=True))
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.clicked.connect(lambda: self.run(dry_run=False))
        box.addButton(self.dry_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

        self.template.currentIndexChanged.connect(self._load_text)
        self.language.currentIndexChanged.connect(self._load_text)
        self.person.currentIndexChanged.connect(self.show_preview)
        self._load_text()
        fit_to_screen(self, QSize(1000, 640))

    def _template_label(self, name: str) -> str:
        labels = {
            "certificate": self.tr("Your certificate"),
            "welcome": self.tr("Welcome and practical information"),
            "reminder": self.tr("Reminder"),
        }
        return labels.get(name, name)

    # ----- text --------------------------------------------------------------
    def _name(self) -> str:
        return str(self.template.currentData())

    def _load_text(self) -> None:
        t = message_template(
            self.ctx.db, self.workshop_id, self._name(), str(self.language.currentData())
        )
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)
        self.note.setPlainText(t.note)
        certificate = self._name() == CERTIFICATE
        for w in (self.kind, self.attach, self.to_unsent):
            w.setEnabled(certificate)
        if not certificate and self.to_unsent.isChecked():
            self.to_all.setChecked(True)
        self.show_preview()

    def _save_text(self) -> None:
        try:
            result = save_template(
                self.ctx.db,
                self.workshop_id,
                self._name(),
                str(self.language.currentData()),
                self.subject.text(),
                self.body.toPlainText(),
                self.note.toPlainText(),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Email"), str(exc))
            return
        self.ctx.notify(*result.changes)
        self.show_preview()

    def _reset_text(self) -> None:
        result = reset_template(
            self.ctx.db, self.workshop_id, self._name(), str(self.language.currentData())
        )
        self.ctx.notify(*result.changes)
        self._load_text()

    def show_preview(self) -> None:
        person_id = self.person.currentData()
        if person_id is None:
            self.preview.setPlainText(self.tr("Nobody to preview."))
            return
        try:
            p = preview_message(
                self.ctx.db,
                self.workshop_id,
                self._name(),
                int(person_id),
                load_account(self.ctx.db),
                CertificateKind(self.kind.currentData()),
            )
        except UserError as exc:
            self.preview.setPlainText(str(exc))
            return
        lines = [
            self.tr("To: {to}").format(to=p.to),
            self.tr("Subject: {subject}").format(subject=p.subject),
            self.tr("Language: {language}").format(language=p.language),
        ]
        if p.attachment and self.attach.isChecked():
            lines.append(self.tr("Attached: certificate {code}").format(code=p.attachment))
        self.preview.setPlainText("\n".join(lines) + "\n\n" + p.body)

    # ----- send --------------------------------------------------------------
    def request(self) -> EmailRequest:
        """What the form asks for."""
        return EmailRequest(
            self.workshop_id,
            template=self._name(),
            kind=CertificateKind(self.kind.currentData()),
            whom="unsent" if self.to_unsent.isChecked() else "all",
            track=self.track.currentText() if self.to_track.isChecked() else None,
            person_ids=self.person_ids if self.to_selected.isChecked() else None,
            attach=self.attach.isChecked(),
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
        lines += [f"  + {p.name} <{p.address}> {p.language} {p.what}" for p in q.queued]
        lines += [f"  = {p.name} ({p.state}) {p.what}" for p in q.already]
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
