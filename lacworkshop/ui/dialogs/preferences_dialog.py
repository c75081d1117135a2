"""Edit > Preferences: interface language, organisation name and logo, certificate
verification (address, public key), backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.services import organisation
from lacworkshop.services.data_safety import backups_kept
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.preferences import StoredPreferences, save_preferences
from lacworkshop.storage import Database
from lacworkshop.storage.paths import backup_dir_for
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.error_reporting import show_error
from lacworkshop.ui.language import (
    AUTO,
    language_preference,
    locale_for,
    set_language_preference,
)
from lacworkshop.ui.widgets.field_errors import FieldErrors
from lacworkshop.ui.widgets.screen_fit import fit_to_screen
from lacworkshop.ui.widgets.signing_key_box import SigningKeyBox

# Each language is offered in its own words, so anyone can find theirs.
LANGUAGE_NAMES = {"es": "Español", "pt": "Português", "en": "English", "fr": "Français"}
MAX_BACKUPS = 200
LOGO_PREVIEW = 72


def _system_language() -> str:
    system = locale_for(AUTO)
    if system.language() == QLocale.Language.C:
        return LANGUAGE_NAMES["en"]  # no catalogue applies, so the words are English
    code = system.name().split("_")[0]
    return LANGUAGE_NAMES.get(code) or system.nativeLanguageName() or system.name()


class PreferencesDialog(QDialog):
    """Changes apply on OK; the language takes effect when lacworkshop restarts."""

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        parent: QWidget | None = None,
        ctx: AppContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("preferences_dialog")
        self.db = db
        self.settings = settings
        self.language_changed = False
        self._logo: bytes | None = organisation.organisation_logo(db)
        self._logo_touched = False
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)

        # ----- interface
        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(
            self.tr("Automatic (system language: {language})").format(language=_system_language()),
            AUTO,
        )
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language_preference(settings))))
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language takes effect when lacworkshop restarts."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", note)
        layout.addWidget(interface)

        # ----- organisation
        org_box = QGroupBox(self.tr("Organisation"))
        org_form = QFormLayout(org_box)
        self.errors = FieldErrors(org_form)
        self.org_name = QLineEdit(organisation.organisation_name(db))
        self.org_name.setObjectName("organisation_name")
        self.org_name.setPlaceholderText(self.tr("e.g. LACNIC, LACNOG, Fundación Internet Bolivia"))
        self.errors.add("organisation_name", self.tr("&Name:"), self.org_name)
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW * 2, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        row.addWidget(self.logo_preview)
        buttons_col = QVBoxLayout()
        self.choose_logo = QPushButton(self.tr("C&hoose…"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("&Remove"))
        self.remove_logo.clicked.connect(self._remove_logo)
        buttons_col.addWidget(self.choose_logo)
        buttons_col.addWidget(self.remove_logo)
        buttons_col.addStretch(1)
        row.addLayout(buttons_col)
        row.addStretch(1)
        self.errors.add("logo", self.tr("Logo:"), logo_row)
        hint = QLabel(
            self.tr(
                "The built-in certificate templates print this logo; "
                "templates with a logo of their own keep it."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        org_form.addRow("", hint)
        layout.addWidget(org_box)
        self.signing = SigningKeyBox(db, self)
        layout.addWidget(self.signing)

        # ----- backups
        backup_box = QGroupBox(self.tr("Backups"))
        backup_form = QFormLayout(backup_box)
        self.keep = QSpinBox()
        self.keep.setObjectName("backups_kept")
        self.keep.setRange(1, MAX_BACKUPS)
        self.keep.setValue(min(MAX_BACKUPS, backups_kept(db)))
        backup_form.addRow(self.tr("Automatic backups to &keep:"), self.keep)
        folder_row = QWidget()
        frow = QHBoxLayout(folder_row)
        frow.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(str(backup_dir_for(db.path)))
        self.folder.setObjectName("backup_folder")
        self.folder.setReadOnly(True)
        self.folder.setCursorPosition(0)
        frow.addWidget(self.folder, 1)
        open_folder = QPushButton(self.tr("&Open folder"))
        open_folder.clicked.connect(self._open_folder)
        frow.addWidget(open_folder)
        backup_form.addRow(self.tr("Backup folder:"), folder_row)
        layout.addWidget(backup_box)

        # ----- email (the account has its own dialog: it runs a test message)
        if ctx is not None:
            email_box = QGroupBox(self.tr("Email"))
            email_row = QHBoxLayout(email_box)
            email_row.addWidget(QLabel(self.tr("The account certificates and messages go from.")))
            email_button = QPushButton(self.tr("Email &account…"))
            email_button.setObjectName("email_account")
            email_button.clicked.connect(self._email_account)
            email_row.addWidget(email_button)
            layout.addWidget(email_box)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self._show_logo()
        fit_to_screen(self, QSize(max(640, self.sizeHint().width()), self.sizeHint().height()))

    # ----- logo ------------------------------------------------------------
    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(sample logo)"))
        self.remove_logo.setEnabled(self._logo is not None)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the organisation logo"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> bool:
        """Read and check the image at *path*; False (with a message shown) when unusable."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.errors.show(
                "logo",
                self.tr("Cannot read {file}: {error}").format(
                    file=path.name, error=exc.strerror or exc
                ),
            )
            return False
        try:
            organisation.check_logo(data)
        except ValidationError as exc:
            self.errors.show(
                "logo",
                self.tr("{file} cannot be used as the logo: {reason}").format(
                    file=path.name, reason=exc
                ),
            )
            return False
        self.errors.clear()
        self._logo, self._logo_touched = data, True
        self._show_logo()
        return True

    def _remove_logo(self) -> None:
        self._logo, self._logo_touched = None, True
        self._show_logo()

    # ----- backups ---------------------------------------------------------
    def _open_folder(self) -> None:
        folder = backup_dir_for(self.db.path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            show_error(self, self.tr("Backup folder"), exc)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(
                self,
                self.tr("Backup folder"),
                self.tr("No file manager could be opened. The backups are in:\n{path}").format(
                    path=folder
                ),
            )

    def _email_account(self) -> None:
        from lacworkshop.ui.dialogs.email_account import EmailAccountDialog

        assert self.ctx is not None
        EmailAccountDialog(self.ctx, self).exec()

    # ----- apply -----------------------------------------------------------
    def accept(self) -> None:
        self.errors.clear()
        name = self.org_name.text()
        if len(" ".join(name.split())) > organisation.MAX_NAME:
            self.errors.show(
                "organisation_name",
                self.tr("The name is too long: at most {n} characters.").format(
                    n=organisation.MAX_NAME
                ),
            )
            return
        stored = StoredPreferences(
            organisation_name=name,
            backups_kept=self.keep.value(),
            verify_url=self.signing.url.text(),
            logo=self._logo,
            logo_changed=self._logo_touched,
        )
        try:
            saved = save_preferences(self.db, stored)
        except ValidationError as exc:
            if not self.errors.show(exc.field or "", str(exc)):
                QMessageBox.warning(self, self.tr("Preferences"), str(exc))
            return
        if self.ctx is not None:
            self.ctx.apply(saved)
        language = str(self.language.currentData())
        self.language_changed = language != language_preference(self.settings)
        set_language_preference(self.settings, language)
        super().accept()
