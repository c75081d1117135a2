"""The import preview's genders that are none of the known values: choose what each means."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from lacworkshop.model import Gender
from lacworkshop.services.importing import Preview
from lacworkshop.ui.widgets.gender_labels import ValueLabels


class GenderMappingBox(QGroupBox):
    """One row per unrecognised value; by default each is kept as self-described."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_gender_mapping")
        self.setTitle(self.tr("Genders not recognised"))
        self.labels = ValueLabels(self)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.combos: dict[str, QComboBox] = {}
        self.hide()

    def set_preview(self, preview: Preview, changed: Callable[[], None]) -> None:
        """Offer a choice for every unknown gender of *preview*; *changed* runs after one."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        unknown = preview.unknown_genders()
        for written in unknown:
            combo = QComboBox(self)
            for code, label in self.labels.genders():
                combo.addItem(label, code)
            combo.setCurrentIndex(combo.findData(Gender.SELF_DESCRIBED.value))
            combo.activated.connect(
                lambda _i, w=written, c=combo: self._map(preview, w, c, changed)
            )
            self.combos[written] = combo
            self.form.addRow(QLabel(f"“{written}”", self), combo)
        self.setVisible(bool(unknown))

    def _map(
        self, preview: Preview, written: str, combo: QComboBox, changed: Callable[[], None]
    ) -> None:
        preview.map_gender(written, str(combo.currentData()))
        combo.setEnabled(False)  # chosen: the rows no longer carry the warning
        changed()
