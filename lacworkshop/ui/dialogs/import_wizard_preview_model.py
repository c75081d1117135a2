"""The preview rows as a Qt model: tens of thousands of rows stay fast, and the
Action column of a duplicate is edited in place with a combo box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lacworkshop.services.importing import Candidate, Decision, Problem
from lacworkshop.ui.widgets.country_combo import country_name
from lacworkshop.ui.widgets.gender_labels import ValueLabels

BLOCKED = QColor("#f8d7da")
WARNED = QColor("#fff4d6")
DUPLICATE = QColor("#dde7f0")
ROW, ACTION, GIVEN, FAMILY, EMAIL, COUNTRY, KNOWN, PROBLEMS, ORGANISATION = range(9)
LANGUAGE, GENDER = 9, 10
Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Candidate] = []
        self.headers = [
            self.tr("Row"),
            self.tr("Action"),
            self.tr("Given names"),
            self.tr("Family names"),
            self.tr("Email"),
            self.tr("Country"),
            self.tr("Already known as"),
            self.tr("Problems"),
            self.tr("Organisation"),
            self.tr("Language"),
            self.tr("Gender"),
        ]
        self.labels = ValueLabels(self)

    def set_rows(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def decision_choices(self, c: Candidate) -> list[tuple[Decision, str]]:
        if c.same_as_row is not None:
            return [
                (Decision.SKIP, self.tr("Skip (same person)")),
                (Decision.UPDATE, self.tr("Merge into the earlier row")),
            ]
        return [
            (Decision.LINK, self.tr("Link to the existing person")),
            (Decision.UPDATE, self.tr("Update the existing person")),
            (Decision.SKIP, self.tr("Skip")),
        ]

    def problem_text(self, p: Problem) -> str:
        """A problem in the window's language; the English message when it has no code."""
        column = p.column or ""
        texts = {
            "missing_name": self.tr("missing name"),
            "bad_email": self.tr("bad email “{value}”"),
            "unknown_country": self.tr("unknown country “{value}” (left empty)"),
            "unknown_language": self.tr("unknown language “{value}” (left empty)"),
            "unknown_role": self.tr("unknown role “{value}” (the chosen role is used)"),
            "unknown_track": self.tr("unknown track “{value}” (the chosen track is used)"),
            "too_long": self.tr("{column} longer than {value} characters"),
            "garbled": self.tr("garbled text “{value}” in {column}: choose another text encoding"),
            "unclear_consent": self.tr(
                "consent “{value}” in {column} is neither yes, no nor a date: not taken as consent"
            ),
            "control_characters": self.tr(
                "invisible control characters removed from {column} (they can disguise a "
                "name); kept: “{value}”"
            ),
            "name_formula": self.tr("“{value}” looks like a spreadsheet formula (kept as text)"),
            "name_markup": self.tr("“{value}” holds markup (kept as text)"),
            "name_characters": self.tr("“{value}” holds characters unusual in a name"),
            "unknown_gender": self.tr("gender “{value}” not recognised (kept as self-described)"),
        }
        template = texts.get(p.code)
        return template.format(value=p.value, column=column) if template else p.message

    def reason_text(self, reason: str) -> str:
        return {
            "same email": self.tr("same email"),
            "same name and country": self.tr("same name and country"),
        }.get(reason, reason)

    def action_text(self, c: Candidate) -> str:
        if c.blocked:
            return self.tr("Not imported")
        if not c.is_duplicate:
            return self.tr("New person")
        return dict(self.decision_choices(c)).get(c.decision, c.decision.value)

    def _text(self, c: Candidate, column: int) -> str:
        v = c.values
        if column == ROW:
            return str(c.row)
        if column == ACTION:
            return self.action_text(c)
        if column == KNOWN:
            if c.match is not None:
                known = f"{c.match.display_name} ({self.reason_text(c.match.reason)})"
                if c.match.in_workshop:
                    known += " · " + self.tr("already in this workshop")
                return known
            if c.same_as_row is not None:
                return self.tr("row {row} ({why})").format(
                    row=c.same_as_row, why=self.reason_text(c.same_reason)
                )
            return ""
        if column == PROBLEMS:
            return "; ".join(self.problem_text(p) for p in c.problems)
        if column == COUNTRY and v.get("country"):
            # Stored as the ISO code; shown by name in the window's language.
            return f"{country_name(v.get('country'))} ({v.get('country')})"
        if column == LANGUAGE:
            return self.labels.language(v.get("language"))
        if column == GENDER:
            return self.labels.gender(v.get("gender"), v.get("gender_text"))
        key = {
            GIVEN: "given_names",
            FAMILY: "family_names",
            EMAIL: "email",
            COUNTRY: "country",
            ORGANISATION: "organisation",
        }[column]
        return v.get(key) or ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(c, index.column())
        if role == Qt.ItemDataRole.EditRole and index.column() == ACTION:
            return c.decision.value
        if role == Qt.ItemDataRole.EditRole and index.column() == LANGUAGE:
            return c.values.get("language")
        if role == Qt.ItemDataRole.BackgroundRole:
            if c.blocked:
                return QBrush(BLOCKED)
            if c.is_duplicate:
                return QBrush(DUPLICATE)
            if c.problems:
                return QBrush(WARNED)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == ACTION:
            c = self.rows[index.row()]
            if c.is_duplicate and not c.blocked:
                return base | Qt.ItemFlag.ItemIsEditable
        if index.isValid() and index.column() == LANGUAGE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.EditRole and index.column() == LANGUAGE:
            if value not in {code for code, _label in self.labels.languages()}:
                return False
            self.rows[index.row()].values["language"] = str(value)
            self.dataChanged.emit(index, index)
            return True
        if role != Qt.ItemDataRole.EditRole or index.column() != ACTION:
            return False
        c = self.rows[index.row()]
        decision = Decision(value)
        if decision not in dict(self.decision_choices(c)):
            return False
        c.decision = decision
        self.dataChanged.emit(index, index)
        return True

    def refresh_column(self, column: int) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def row_of(self, file_row: int) -> int:
        for i, c in enumerate(self.rows):
            if c.row == file_row:
                return i
        raise KeyError(file_row)


class AttentionFilter(QSortFilterProxyModel):
    """Shows every row, or only those with problems or duplicates."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_attention = False

    def set_only_attention(self, only: bool) -> None:
        if only == self.only_attention:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.only_attention = only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_attention = only
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, _source_parent: Index) -> bool:
        if not self.only_attention:
            return True
        model = self.sourceModel()
        assert isinstance(model, PreviewModel)
        c = model.rows[source_row]
        return bool(c.problems or c.is_duplicate)


class DecisionDelegate(QStyledItemDelegate):
    """A combo box for the Action of a duplicate, opened where the person clicks."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        proxy = index.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        model = proxy.sourceModel()
        assert isinstance(model, PreviewModel)
        combo = QComboBox(parent)
        source = proxy.mapToSource(proxy.index(index.row(), index.column()))
        for decision, label in model.decision_choices(model.rows[source.row()]):
            combo.addItem(label, decision.value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class LanguageDelegate(QStyledItemDelegate):
    """A combo box of the four languages for a row's Language cell."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        proxy = index.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        model = proxy.sourceModel()
        assert isinstance(model, PreviewModel)
        combo = QComboBox(parent)
        for code, label in model.labels.languages():
            combo.addItem(label, code)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
