"""A workshop's badge settings: the fields shown, the role colours, the stock, lateness."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from lacworkshop.formats.badges import DEFAULT_COLOURS, ink_on
from lacworkshop.services.badges import (
    BadgeSettings,
    badge_settings,
    save_badge_settings,
    set_badge_logo,
)
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.operations import run_operation
from lacworkshop.ui.widgets.badge_stock_box import BadgeStockBox


class BadgeSettingsDialog(QDialog):
    """Edit what the workshop's badges show; saved through one operation on OK."""

    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.settings = badge_settings(ctx.db, workshop_id)
        self.setWindowTitle(self.tr("Badge settings"))
        form = QFormLayout(self)
        labels = {
            "family_name": self.tr("Family name"),
            "organisation": self.tr("Organisation"),
            "country": self.tr("Country"),
            "role": self.tr("Role and its colour"),
            "track": self.tr("Track"),
            "logo": self.tr("Logo"),
            "title": self.tr("Workshop code"),
            "qr": self.tr("Check-in QR"),
        }
        grid = QGridLayout()
        self.field_boxes: dict[str, QCheckBox] = {}
        for i, (name, label) in enumerate(labels.items()):
            box = QCheckBox(label)
            box.setChecked(name in self.settings.fields)
            self.field_boxes[name] = box
            grid.addWidget(box, i // 2, i % 2)
        form.addRow(self.tr("Show:"), grid)
        self.colours = dict(self.settings.colours)
        self.colour_buttons: dict[str, QPushButton] = {}
        roles = {
            "attendee": self.tr("Attendees"),
            "trainer": self.tr("Trainers"),
            "organiser": self.tr("Organisers"),
            "staff": self.tr("Staff"),
        }
        colour_grid = QGridLayout()
        for i, (role, label) in enumerate(roles.items()):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, r=role: self._choose_colour(r))
            self.colour_buttons[role] = button
            colour_grid.addWidget(button, i // 2, i % 2)
        self._paint_colours()
        self.btn_default_colours = QPushButton(self.tr("Colour-blind safe defaults"))
        self.btn_default_colours.clicked.connect(self._default_colours)
        colour_grid.addWidget(self.btn_default_colours, 2, 0, 1, 2)
        form.addRow(self.tr("Colours:"), colour_grid)
        self.layout_box = BadgeStockBox(self.settings.layout)
        form.addRow(self.tr("Stock:"), self.layout_box)
        self.late_box = QSpinBox()
        self.late_box.setRange(0, 600)
        self.late_box.setSuffix(self.tr(" min"))
        self.late_box.setValue(self.settings.late_after_minutes)
        form.addRow(self.tr("Late after:"), self.late_box)
        self.btn_logo = QPushButton(self.tr("Choose the workshop's &logo…"))
        self.btn_logo.setToolTip(self.tr("Without one, the organisation's logo is printed."))
        self.btn_logo.clicked.connect(self._choose_logo)
        form.addRow(self.tr("Logo:"), self.btn_logo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _paint_colours(self) -> None:
        for role, button in self.colour_buttons.items():
            colour = self.colours[role]
            button.setStyleSheet(f"background: {colour}; color: {ink_on(colour)};")

    def _choose_colour(self, role: str) -> None:
        chosen = QColorDialog.getColor(QColor(self.colours[role]), self)
        if chosen.isValid():
            self.colours[role] = chosen.name().upper()
            self._paint_colours()

    def _default_colours(self) -> None:
        self.colours = dict(DEFAULT_COLOURS)
        self._paint_colours()

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Workshop logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        wid = self.workshop_id
        run_operation(
            self.ctx,
            self,
            lambda p: set_badge_logo(self.ctx.db, wid, _read(path), p),
            title=self.tr("Workshop logo"),
            on_done=self._logo_set,
        )

    def _logo_set(self, settings: BadgeSettings) -> None:
        self.settings = replace(self.settings, logo=settings.logo)
        self.btn_logo.setText(self.tr("Logo chosen; choose &another…"))

    def chosen(self) -> BadgeSettings:
        """The settings as the form holds them."""
        return replace(
            self.settings,
            fields=tuple(name for name, box in self.field_boxes.items() if box.isChecked()),
            colours=dict(self.colours),
            layout=self.layout_box.layout_name(),
            late_after_minutes=self.late_box.value(),
        )

    def _save(self) -> None:
        settings, wid = self.chosen(), self.workshop_id
        run_operation(
            self.ctx,
            self,
            lambda p: save_badge_settings(self.ctx.db, wid, settings, p),
            title=self.tr("Badge settings"),
            on_done=lambda _value: self.accept(),
        )


def _read(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()
