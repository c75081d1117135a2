"""The template editor: a certificate design with a live preview for a chosen person."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QColorDialog,
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
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.formats.certificates import STYLE_NAMES
from lacworkshop.formats.pdf import FAMILIES
from lacworkshop.model import CertificateKind
from lacworkshop.services.certificates import (
    TemplateInfo,
    get_template,
    list_templates,
    save_template,
    store_asset,
)
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import Change
from lacworkshop.services.workshops import list_workshops
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.template_preview import pdf_page_to_png
from lacworkshop.ui.dialogs.template_preview_panel import PreviewPanel
from lacworkshop.ui.dialogs.template_texts import TemplateTexts
from lacworkshop.ui.widgets.screen_fit import fit_to_screen, scrolling

# Beside the preview's own controls on a 1024-pixel screen; a wider form scrolls sideways.
FORM_WIDTH_CAP = 480
FORM_MARGIN = 20  # the scroll area's frame and the style's margins around the form


class TemplateEditor(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        workshop_id: int | None,
        template: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Certificate templates"))
        fit_to_screen(self, QSize(1200, 720))
        workshops = list_workshops(ctx.db)
        self.workshop_id = workshop_id or (workshops[0].id if workshops else None)
        self.info = get_template(ctx.db, template or None)
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        splitter = QSplitter(self)
        # The form scrolls on a short screen, so Save and Close stay on it; it keeps the
        # width its fields need (up to a point), the preview takes the rest.
        self.form_area = scrolling(self._build_form())
        splitter.addWidget(self.form_area)
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_as_button = buttons.addButton(
            self.tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.save_as_button.clicked.connect(self.save_as)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load(self.info)
        self._fill_people()
        self.update_preview()

    # -- building ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # Measured once shown: only then are the buttons named and styled.
        super().showEvent(event)
        self._fit_form()

    def _fit_form(self) -> None:
        """Give the form the width its filled-in buttons need."""
        form = self.form_area.widget()
        if form is None:
            return
        form.adjustSize()
        room = self.form_area.verticalScrollBar().sizeHint().width() + FORM_MARGIN
        self.form_area.setMinimumWidth(min(form.minimumSizeHint().width() + room, FORM_WIDTH_CAP))
        form.setMinimumWidth(form.minimumSizeHint().width())

    def _combo(self, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        for label, data in items:
            combo.addItem(label, data)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def style_labels(self) -> dict[str, str]:
        """The label of each registered certificate style (formats.certificates.styles)."""
        return {
            "classic": self.tr("Classic: serif, double frame"),
            "modern": self.tr("Modern: sans, colour band"),
            "bilingual": self.tr("Bilingual: two languages"),
        }

    def _build_form(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        design = QGroupBox(self.tr("Design"), panel)
        form = QFormLayout(design)
        self.template_combo = QComboBox(design)
        for t in list_templates(self.ctx.db):
            self.template_combo.addItem(t.name)
        self.template_combo.setCurrentText(self.info.name)
        self.template_combo.activated.connect(
            lambda _i: self._load(get_template(self.ctx.db, self.template_combo.currentText()))
        )
        form.addRow(self.tr("Template:"), self.template_combo)
        self.name_edit = QLineEdit(design)
        form.addRow(self.tr("Name:"), self.name_edit)
        styles = self.style_labels()
        self.style_combo = self._combo([(styles.get(s, s), s) for s in STYLE_NAMES])
        form.addRow(self.tr("Style:"), self.style_combo)
        self.kind_combo = self._combo(
            [
                (self.tr("Participation"), CertificateKind.PARTICIPATION),
                (self.tr("Completion"), CertificateKind.COMPLETION),
                (self.tr("Trainer"), CertificateKind.TRAINER),
                (self.tr("Organiser"), CertificateKind.ORGANISER),
            ]
        )
        form.addRow(self.tr("Kind shown:"), self.kind_combo)
        self.size_combo = self._combo([("A4", "A4"), (self.tr("Letter"), "Letter")])
        self.orientation_combo = self._combo(
            [(self.tr("Landscape"), "landscape"), (self.tr("Portrait"), "portrait")]
        )
        row = QHBoxLayout()
        row.addWidget(self.size_combo)
        row.addWidget(self.orientation_combo)
        form.addRow(self.tr("Page:"), row)
        self.primary_button = QPushButton(design)
        self.accent_button = QPushButton(design)
        self.primary_button.clicked.connect(lambda: self._pick_colour("primary"))
        self.accent_button.clicked.connect(lambda: self._pick_colour("accent"))
        row = QHBoxLayout()
        row.addWidget(self.primary_button)
        row.addWidget(self.accent_button)
        form.addRow(self.tr("Colours:"), row)
        families = [(f, f) for f in FAMILIES]
        self.title_font = self._combo(families)
        self.body_font = self._combo(families)
        form.addRow(self.tr("Title font:"), self.title_font)
        form.addRow(self.tr("Text font:"), self.body_font)
        self.logo_label = QLabel(design)
        logo_button = QPushButton(self.tr("Choose logo…"), design)
        logo_button.clicked.connect(self._choose_logo)
        no_logo = QPushButton(self.tr("No logo"), design)
        no_logo.clicked.connect(lambda: self._set_definition("logos", []))
        row = QHBoxLayout()
        row.addWidget(self.logo_label, 1)
        row.addWidget(logo_button)
        row.addWidget(no_logo)
        form.addRow(self.tr("Logo:"), row)
        self.background_label = QLabel(design)
        bg_button = QPushButton(self.tr("Image or PDF…"), design)
        bg_button.clicked.connect(self._choose_background)
        bg_clear = QPushButton(self.tr("None"), design)
        bg_clear.clicked.connect(self._clear_background)
        row = QHBoxLayout()
        row.addWidget(self.background_label, 1)
        row.addWidget(bg_button)
        row.addWidget(bg_clear)
        form.addRow(self.tr("Background:"), row)
        signatories = QPushButton(self.tr("Signatories…"), design)
        signatories.clicked.connect(self._edit_signatories)
        form.addRow(self.tr("Signed by:"), signatories)
        layout.addWidget(design)
        self.texts = TemplateTexts(panel)
        self.texts.edited.connect(self._changed)
        layout.addWidget(self.texts)
        return panel

    def _build_preview(self) -> QWidget:
        panel = PreviewPanel(self.ctx.db, self.workshop_id, self)
        panel.choice_changed.connect(self._changed)
        panel.longest_requested.connect(self.show_longest)
        self.preview_panel = panel
        # Short names for the parts the tests and keyboard users reach directly.
        self.person_combo = panel.person_combo
        self.longest_button = panel.longest_button
        self.preview = panel.page_view
        return panel

    # -- state ------------------------------------------------------------------------------
    def _load(self, info: TemplateInfo) -> None:
        self._loading = True
        self.info = TemplateInfo(
            info.name,
            info.kind,
            info.page_size,
            info.orientation,
            copy.deepcopy(info.definition),
            info.background,
            info.builtin,
            info.id,
        )
        d = self.info.definition
        self.template_combo.setCurrentText(info.name)
        self.name_edit.setText(info.name)
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(info.style)))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(info.kind.value)))
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(info.page_size)))
        self.orientation_combo.setCurrentIndex(
            max(0, self.orientation_combo.findData(info.orientation))
        )
        fonts = d.get("fonts", {})
        self.title_font.setCurrentIndex(
            max(0, self.title_font.findData(fonts.get("title", "DejaVu Serif")))
        )
        self.body_font.setCurrentIndex(
            max(0, self.body_font.findData(fonts.get("body", "DejaVu Serif")))
        )
        self._show_colours()
        self.logo_label.setText(", ".join(d.get("logos", [])) or self.tr("none"))
        self.background_label.setText(self.tr("yes") if info.background else self.tr("none"))
        self.save_button.setEnabled(not info.builtin)
        self.save_button.setToolTip(
            self.tr("Built-in templates are kept; use Save as…") if info.builtin else ""
        )
        self._loading = False
        self._load_texts()
        self._changed()

    def _show_colours(self) -> None:
        colours = self.info.definition.setdefault("colours", {})
        for key, button, label in (
            ("primary", self.primary_button, self.tr("Main")),
            ("accent", self.accent_button, self.tr("Accent")),
        ):
            value = colours.get(key, "#1F3A5F" if key == "primary" else "#B08D57")
            button.setText(f"{label} {value}")
            button.setStyleSheet(
                f"QPushButton {{ border-left: 18px solid {value}; padding: 4px; }}"
            )

    def _kind(self) -> CertificateKind:
        return CertificateKind(self.kind_combo.currentData())

    def _load_texts(self) -> None:
        self.texts.load(self.info.definition, self._kind())

    def _changed(self) -> None:
        if self._loading:
            return
        d = self.info.definition
        d["style"] = self.style_combo.currentData()
        d.setdefault("fonts", {})["title"] = self.title_font.currentData()
        d["fonts"]["body"] = self.body_font.currentData()
        if self.sender() is self.kind_combo:
            self._load_texts()
            self._fill_people()
        self.info = TemplateInfo(
            self.name_edit.text().strip() or self.info.name,
            self._kind(),
            self.size_combo.currentData(),
            self.orientation_combo.currentData(),
            d,
            self.info.background,
            self.info.builtin,
            self.info.id,
        )
        self._timer.start()

    def _set_definition(self, key: str, value: Any) -> None:
        self.info.definition[key] = value
        self.logo_label.setText(", ".join(self.info.definition.get("logos", [])) or self.tr("none"))
        self._changed()

    def _pick_colour(self, key: str) -> None:
        colours = self.info.definition.setdefault("colours", {})
        chosen = QColorDialog.getColor(QColor(colours.get(key, "#1F3A5F")), self)
        if chosen.isValid():
            colours[key] = chosen.name().upper()
            self._show_colours()
            self._changed()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        mime = "image/png" if path.lower().endswith(".png") else "image/jpeg"
        name = store_asset(self.ctx.db, Path(path).stem, Path(path).read_bytes(), mime)
        self._set_definition("logos", [name])

    def _choose_background(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a background"),
            "",
            self.tr("Images or PDF (*.png *.jpg *.jpeg *.pdf)"),
        )
        if not path:
            return
        data = Path(path).read_bytes()
        if path.lower().endswith(".pdf"):
            try:
                data = pdf_page_to_png(data)
            except ValueError:
                QMessageBox.warning(self, self.windowTitle(), self.tr("This PDF cannot be read."))
                return
        self.info = TemplateInfo(**{**self.info.__dict__, "background": data})
        self.background_label.setText(self.tr("yes"))
        self._changed()

    def _clear_background(self) -> None:
        self.info = TemplateInfo(**{**self.info.__dict__, "background": None})
        self.background_label.setText(self.tr("none"))
        self._changed()

    def _edit_signatories(self) -> None:
        from lacworkshop.ui.dialogs.signatories_dialog import SignatoriesDialog

        SignatoriesDialog(self.ctx, self.workshop_id, self).exec()
        self.update_preview()

    # -- preview ----------------------------------------------------------------------------
    def _fill_people(self) -> None:
        self.preview_panel.fill_people(self._kind())

    def show_longest(self) -> None:
        self.preview_panel.choose_longest(self._kind())
        self.update_preview()

    def update_preview(self) -> None:
        self.preview_panel.show_template(self.info, self._kind())

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        try:
            self.info = save_template(self.ctx.db, self.info)
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        self.ctx.notify(Change.TEMPLATES)
        self._refresh_template_list()
        return True

    def save_as(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self,
            self.tr("Save template as"),
            self.tr("Name of the new template:"),
            text=self.tr("{name} (copy)").format(name=self.info.name),
        )
        if not ok or not name.strip():
            return
        self.info = TemplateInfo(
            **{**self.info.__dict__, "name": name.strip(), "builtin": False, "id": None}
        )
        if self.save():
            self._load(self.info)

    def _refresh_template_list(self) -> None:
        self.template_combo.clear()
        for t in list_templates(self.ctx.db):
            self.template_combo.addItem(t.name)
        self.template_combo.setCurrentText(self.info.name)
