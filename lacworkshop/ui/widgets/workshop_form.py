"""Every field of a workshop, in the order an organiser fills them in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lacworkshop.model import ExcusedPolicy, LatePolicy, WorkshopStatus
from lacworkshop.services.workshops import LANGUAGES, WorkshopData
from lacworkshop.ui.widgets.country_combo import CountryCombo
from lacworkshop.ui.widgets.field_errors import FieldErrors


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class WorkshopForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, side_by_side: bool = True) -> None:
        """*side_by_side* puts the certificate rule beside the workshop fields (wide pages)."""
        super().__init__(parent)
        self.code = QLineEdit()
        self.code.setPlaceholderText("WALC2026")
        self.code.setMaxLength(40)
        self.title = QLineEdit()
        self.series = QLineEdit()
        self.edition = QLineEdit()
        self.start = QDateEdit()
        self.end = QDateEdit()
        self.start.setCalendarPopup(True)
        self.end.setCalendarPopup(True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.venue = QLineEdit()
        self.city = QLineEdit()
        self.country = CountryCombo(self)
        self.host = QLineEdit()
        self.languages: dict[str, QCheckBox] = {}
        lang_box = QWidget()
        lang_row = QHBoxLayout(lang_box)
        lang_row.setContentsMargins(0, 0, 0, 0)
        names = {
            "es": self.tr("Spanish"),
            "pt": self.tr("Portuguese"),
            "en": self.tr("English"),
            "fr": self.tr("French"),
        }
        for code in LANGUAGES:
            box = QCheckBox(names[code])
            self.languages[code] = box
            lang_row.addWidget(box)
        lang_row.addStretch(1)
        self.status = QComboBox()
        statuses = {
            WorkshopStatus.DRAFT: self.tr("Draft"),
            WorkshopStatus.OPEN: self.tr("Registration open"),
            WorkshopStatus.RUNNING: self.tr("Running"),
            WorkshopStatus.FINISHED: self.tr("Finished"),
            WorkshopStatus.CANCELLED: self.tr("Cancelled"),
        }
        for value, text in statuses.items():
            self.status.addItem(text, value)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)

        self.min_share = QSpinBox()
        self.min_share.setRange(0, 100)
        self.min_share.setSuffix(" %")
        self.late_policy = QComboBox()
        self.late_policy.addItem(self.tr("counts as present"), LatePolicy.PRESENT)
        self.late_policy.addItem(self.tr("counts a fraction of the session"), LatePolicy.FRACTION)
        self.late_fraction = QDoubleSpinBox()
        self.late_fraction.setRange(0, 100)
        self.late_fraction.setDecimals(0)
        self.late_fraction.setSuffix(" %")
        self.excused_policy = QComboBox()
        self.excused_policy.addItem(self.tr("counts as absent"), ExcusedPolicy.ABSENT)
        self.excused_policy.addItem(self.tr("counts as present"), ExcusedPolicy.PRESENT)
        self.excused_policy.addItem(
            self.tr("is left out of the scheduled hours"), ExcusedPolicy.EXCLUDE
        )
        self.certificate_language = QComboBox()
        self.certificate_language.addItem(self.tr("Each person's language"), "auto")
        for code in LANGUAGES:
            self.certificate_language.addItem(names[code], code)

        outer = QHBoxLayout(self) if side_by_side else QVBoxLayout(self)
        self._outer: QBoxLayout = outer
        self._side_by_side = side_by_side
        outer.setContentsMargins(0, 0, 0, 0)
        general = QGroupBox(self.tr("Workshop"))
        form = QFormLayout(general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form)
        self.errors.add("code", self.tr("&Code:"), self.code)
        self.errors.add("title", self.tr("&Title:"), self.title)
        series_row = QWidget()
        sr = QHBoxLayout(series_row)
        sr.setContentsMargins(0, 0, 0, 0)
        sr.addWidget(self.series, 2)
        sr.addWidget(self.edition, 1)
        self.series.setPlaceholderText(self.tr("Series, e.g. WALC"))
        self.edition.setPlaceholderText(self.tr("Edition"))
        self.errors.add("series", self.tr("Series and edition:"), series_row)
        dates = QWidget()
        dr = QHBoxLayout(dates)
        dr.setContentsMargins(0, 0, 0, 0)
        dr.addWidget(self.start)
        dr.addWidget(self.end)
        dr.addStretch(1)
        self.errors.add("start_date", self.tr("&Dates (first, last):"), dates)
        self.errors._fields["end_date"] = self.end
        self.errors._labels["end_date"] = self.errors._labels["start_date"]
        self.errors.add("venue", self.tr("&Venue:"), self.venue)
        self.errors.add("city", self.tr("C&ity:"), self.city)
        self.errors.add("country", self.tr("Co&untry:"), self.country)
        self.errors.add("host", self.tr("&Host organisation:"), self.host)
        self.errors.add("languages", self.tr("Languages:"), lang_box)
        self.errors.add("status", self.tr("&Status:"), self.status)
        self.errors.add("description", self.tr("Descri&ption:"), self.description)
        outer.addWidget(general, 3)
        self._general = general

        rule = QGroupBox(self.tr("Certificate rule"))
        rform = QFormLayout(rule)
        rform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rule_errors = FieldErrors(rform)
        self.rule_errors.add(
            "min_share", self.tr("&Minimum share of scheduled hours:"), self.min_share
        )
        self.rule_errors.add("late_policy", self.tr("A &late arrival:"), self.late_policy)
        self.rule_errors.add(
            "late_fraction", self.tr("Fraction counted when late:"), self.late_fraction
        )
        self.rule_errors.add("excused_policy", self.tr("An &excused absence:"), self.excused_policy)
        self.rule_errors.add(
            "certificate_language", self.tr("Certificate language:"), self.certificate_language
        )
        self._rule = rule
        side = QVBoxLayout()
        side.addWidget(rule)
        side.addStretch(1)
        outer.addLayout(side, 2)
        # Rows made of several widgets keep their height; spare room goes below the form.
        for row in (series_row, dates, lang_box):
            row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.late_policy.currentIndexChanged.connect(self._late_changed)
        self._late_changed()
        self.clear()

    def fit_width(self, available: int) -> None:
        """Boxes side by side when *available* pixels hold both, else one under the other."""
        if not self._side_by_side:
            return
        need = (
            self._general.minimumSizeHint().width()
            + self._rule.minimumSizeHint().width()
            + self._outer.spacing()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if available >= need
            else QBoxLayout.Direction.TopToBottom
        )
        if self._outer.direction() != direction:
            self._outer.setDirection(direction)

    def stacked(self) -> bool:
        return self._outer.direction() == QBoxLayout.Direction.TopToBottom

    def _late_changed(self) -> None:
        self.late_fraction.setEnabled(self.late_policy.currentData() == LatePolicy.FRACTION)

    def clear(self) -> None:
        today = date.today()
        self.set_data(
            WorkshopData(code="", title="", start_date=today, end_date=today, languages="es")
        )

    def set_data(self, data: WorkshopData) -> None:
        self.errors.clear()
        self.rule_errors.clear()
        # Handed back on save, so an edit over someone else's newer one is refused.
        self._version = data.version
        self.code.setText(data.code)
        self.title.setText(data.title)
        self.series.setText(data.series or "")
        self.edition.setText(data.edition or "")
        self.start.setDate(to_qdate(data.start_date))
        self.end.setDate(to_qdate(data.end_date))
        self.venue.setText(data.venue or "")
        self.city.setText(data.city or "")
        self.country.set_code(data.country)
        self.host.setText(data.host or "")
        chosen = set(data.languages.split(","))
        for code, box in self.languages.items():
            box.setChecked(code in chosen)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.description.setPlainText(data.description or "")
        self.min_share.setValue(round(data.min_share * 100))
        self.late_policy.setCurrentIndex(max(0, self.late_policy.findData(data.late_policy)))
        self.late_fraction.setValue(data.late_fraction * 100)
        self.excused_policy.setCurrentIndex(
            max(0, self.excused_policy.findData(data.excused_policy))
        )
        self.certificate_language.setCurrentIndex(
            max(0, self.certificate_language.findData(data.certificate_language))
        )
        for edit in (self.code, self.title, self.venue, self.city, self.host):
            edit.setCursorPosition(0)  # show the start of long titles, not their end

    def data(self) -> WorkshopData:
        return WorkshopData(
            code=self.code.text(),
            title=self.title.text(),
            series=self.series.text(),
            edition=self.edition.text(),
            start_date=from_qdate(self.start.date()),
            end_date=from_qdate(self.end.date()),
            venue=self.venue.text(),
            city=self.city.text(),
            country=self.country.code(),
            host=self.host.text(),
            languages=",".join(c for c, box in self.languages.items() if box.isChecked()),
            status=self.status.currentData(),
            description=self.description.toPlainText(),
            min_share=self.min_share.value() / 100,
            late_policy=self.late_policy.currentData(),
            late_fraction=self.late_fraction.value() / 100,
            excused_policy=self.excused_policy.currentData(),
            certificate_language=self.certificate_language.currentData(),
            version=getattr(self, "_version", None),
        )

    def show_error(self, field: str | None, message: str) -> bool:
        """Put *message* at its field; False when no field of this form matches."""
        self.errors.clear()
        self.rule_errors.clear()
        return self.errors.show(field, message) or self.rule_errors.show(field, message)


class _StackWhenNarrow(QObject):
    """Puts the certificate rule under the workshop fields when the scroll area is narrow."""

    def __init__(self, form: WorkshopForm, viewport: QWidget) -> None:
        super().__init__(form)
        self.form = form
        self.viewport = viewport
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.form.fit_width(self.viewport.width())
        return False


def stack_when_narrow(form: WorkshopForm, viewport: QWidget) -> None:
    """Side by side while *viewport* is wide enough for both boxes; one under the other below.

    On a 1024-pixel screen the two boxes side by side are wider than the page:
    the rule's choices were cut off behind a sideways scroll bar.
    """
    _StackWhenNarrow(form, viewport)
    form.fit_width(viewport.width())
