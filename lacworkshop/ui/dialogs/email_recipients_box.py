"""The recipients part of the email dialog: everyone, the not yet sent, a track, a selection."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from lacworkshop.model import CertificateKind


class EmailRecipientsBox(QGroupBox):
    """Whom the message goes to and, for a certificate, which one and whether it is attached."""

    def __init__(
        self, tracks: list[str], selected: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("To whom"))
        self.to_all = QRadioButton(self.tr("&Everyone (nobody gets the same message twice)"))
        self.to_unsent = QRadioButton(self.tr("Only those &not sent this certificate yet"))
        self.to_track = QRadioButton(self.tr("One t&rack:"))
        self.to_selected = QRadioButton(self.tr("The {n} people selected").format(n=selected or 0))
        group = QButtonGroup(self)
        for i, b in enumerate((self.to_all, self.to_unsent, self.to_track, self.to_selected)):
            group.addButton(b, i)
        self.track = QComboBox()
        self.track.addItems(tracks)
        self.kind = QComboBox()
        for label, kind in (
            (self.tr("Participation"), CertificateKind.PARTICIPATION),
            (self.tr("Completion"), CertificateKind.COMPLETION),
            (self.tr("Trainer"), CertificateKind.TRAINER),
            (self.tr("Organiser"), CertificateKind.ORGANISER),
        ):
            self.kind.addItem(label, kind)
        self.attach = QCheckBox(self.tr("Attach the certificate's &PDF (else the link only)"))
        self.attach.setChecked(True)
        self.round = QSpinBox()
        self.round.setObjectName("round")
        self.round.setRange(1, 99)
        self.round.setToolTip(
            self.tr("Each round goes once per person: round 2 sends a second reminder.")
        )
        track_row = QHBoxLayout()
        track_row.addWidget(self.to_track)
        track_row.addWidget(self.track, 1)
        form = QFormLayout(self)
        form.addRow(self.to_all)
        form.addRow(self.to_unsent)
        form.addRow(track_row)
        form.addRow(self.to_selected)
        # One row: the certificate's kind and a message's round are never both in play.
        round_label = QLabel(self.tr("R&ound:"))
        round_label.setBuddy(self.round)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(round_label)
        kind_row.addWidget(self.round)
        kind_label = QLabel(self.tr("&Certificate:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, kind_row)
        form.addRow(self.attach)
        self.to_selected.setVisible(selected is not None)
        (self.to_selected if selected else self.to_all).setChecked(True)

    def for_certificate(self, certificate: bool) -> None:
        """Offer the certificate's choices only when the message is the certificate."""
        for w in (self.kind, self.attach, self.to_unsent):
            w.setEnabled(certificate)
        # A certificate goes once per version; a message once per person and round.
        self.round.setEnabled(not certificate)
        if not certificate and self.to_unsent.isChecked():
            self.to_all.setChecked(True)

    def certificate_kind(self) -> CertificateKind:
        return CertificateKind(self.kind.currentData())

    def whom(self) -> Literal["all", "unsent"]:
        """``unsent`` or ``all`` (a track or the selection narrows ``all``)."""
        return "unsent" if self.to_unsent.isChecked() else "all"

    def chosen_track(self) -> str | None:
        return self.track.currentText() if self.to_track.isChecked() else None
