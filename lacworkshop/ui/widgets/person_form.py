"""Every field of a person, with messages at the field."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from lacworkshop.services.people import PersonData, language_of_country
from lacworkshop.ui.widgets.country_combo import CountryCombo
from lacworkshop.ui.widgets.field_errors import FieldErrors
from lacworkshop.ui.widgets.gender_choice import GenderChoice


class PersonForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given_names = QLineEdit()
        self.family_names = QLineEdit()
        self.family_names.setPlaceholderText(self.tr("Both surnames, e.g. Núñez Peña"))
        self.preferred_name = QLineEdit()
        self.preferred_name.setPlaceholderText(self.tr("Name for badges and certificates"))
        self.email = QLineEdit()
        self.email.setPlaceholderText("nombre@ejemplo.org")
        self.phone = QLineEdit()
        self.organisation = QLineEdit()
        self.country = CountryCombo(self)
        self.gender = GenderChoice(self)
        self.document_id = QLineEdit()
        self.language = QComboBox()
        self.language.addItem("", None)
        for code, name in (
            ("es", self.tr("Spanish")),
            ("pt", self.tr("Portuguese")),
            ("en", self.tr("English")),
            ("fr", self.tr("French")),
        ):
            self.language.addItem(name, code)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form)
        self.errors.add("given_names", self.tr("&Given names:"), self.given_names)
        self.errors.add("family_names", self.tr("&Family names:"), self.family_names)
        self.errors.add("preferred_name", self.tr("&Preferred name:"), self.preferred_name)
        self.errors.add("email", self.tr("&Email:"), self.email)
        self.errors.add("phone", self.tr("P&hone:"), self.phone)
        self.errors.add("organisation", self.tr("&Organisation:"), self.organisation)
        self.errors.add("country", self.tr("Co&untry:"), self.country)
        self.errors.add("gender", self.tr("Gen&der:"), self.gender)
        self.country.currentIndexChanged.connect(self._suggest_language)
        self.errors.add("document_id", self.tr("Doc&ument id:"), self.document_id)
        self.errors.add("language", self.tr("&Language:"), self.language)
        self.errors.add("notes", self.tr("&Notes:"), self.notes)
        # Tab order follows the form from top to bottom.
        order = [
            self.given_names,
            self.family_names,
            self.preferred_name,
            self.email,
            self.phone,
            self.organisation,
            self.country,
            self.gender.combo,
            self.gender.own_words,
            self.document_id,
            self.language,
            self.notes,
        ]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

    def _suggest_language(self) -> None:
        # Nobody chose a language yet: the country's is the likely one (BR: pt, HT: fr).
        if self.language.currentData() is not None:
            return
        guess = language_of_country(self.country.code())
        if guess is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(guess.value)))

    def clear(self) -> None:
        self.set_data(PersonData(""))

    def set_data(self, data: PersonData) -> None:
        self.errors.clear()
        # Handed back on save, so an edit over someone else's newer one is refused.
        self._version = data.version
        self.given_names.setText(data.given_names)
        self.family_names.setText(data.family_names)
        self.preferred_name.setText(data.preferred_name or "")
        self.email.setText(data.email or "")
        self.phone.setText(data.phone or "")
        self.organisation.setText(data.organisation or "")
        self.country.set_code(data.country)
        self.gender.set_value(data.gender, data.gender_text)
        self.document_id.setText(data.document_id or "")
        self.language.setCurrentIndex(max(0, self.language.findData(data.language)))
        self.notes.setPlainText(data.notes or "")

    def data(self) -> PersonData:
        return PersonData(
            given_names=self.given_names.text(),
            family_names=self.family_names.text(),
            preferred_name=self.preferred_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            organisation=self.organisation.text(),
            country=self.country.code(),
            gender=self.gender.code(),
            gender_text=self.gender.words(),
            document_id=self.document_id.text(),
            language=self.language.currentData(),
            notes=self.notes.toPlainText(),
            version=getattr(self, "_version", None),
        )

    def show_error(self, field: str | None, message: str) -> bool:
        return self.errors.show(field or "given_names", message)
