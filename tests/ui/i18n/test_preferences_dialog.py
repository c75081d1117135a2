"""Edit > Preferences: each preference is kept and takes effect."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QDialog

from lacworkshop.model import CertificateKind
from lacworkshop.services import organisation
from lacworkshop.services.certificates.output import preview_pdf
from lacworkshop.services.certificates.templates import (
    SAMPLE_LOGO,
    TemplateInfo,
    get_template,
    save_template,
    store_asset,
)
from lacworkshop.services.data_safety.backups import backup_now, backups_kept, list_backups
from lacworkshop.services.workshops.listing import list_workshops
from lacworkshop.storage.paths import backup_dir_for
from lacworkshop.ui.dialogs import preferences_dialog as prefs_module
from lacworkshop.ui.dialogs.preferences_dialog import PreferencesDialog
from lacworkshop.ui.language import language_preference


def _png(path: Path, width: int, height: int, colour: str = "#1F3A5F") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def _image_sizes(pdf: bytes, tmp_path: Path) -> set[tuple[int, int]]:
    """Width and height of every image the PDF embeds (poppler's pdfimages)."""
    target = tmp_path / "drawn.pdf"
    target.write_bytes(pdf)
    listing = subprocess.run(
        ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return {(int(line.split()[3]), int(line.split()[4])) for line in listing}


@pytest.fixture
def dialog(qtbot, main_window):  # type: ignore[no-untyped-def]
    d = PreferencesDialog(main_window.ctx.db, main_window.settings, main_window)
    qtbot.addWidget(d)
    return d


def test_edit_menu_opens_preferences_with_the_standard_shortcut(
    main_window, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    act = main_window.act_preferences
    assert act in main_window.edit_menu.actions()
    assert not act.shortcut().isEmpty()
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    if standard:
        assert act.shortcut() == standard[0]
    opened = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: opened.append(self) or 0)
    act.trigger()
    assert len(opened) == 1 and opened[0].db is main_window.ctx.db
    # Switching databases rebuilds the Edit menu; Preferences stays in it.
    assert main_window.switch_database(tmp_path / "other.sqlite3")
    assert act in main_window.edit_menu.actions()


def test_language_choice_is_stored_and_announced(dialog, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert dialog.language.currentData() == "auto"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.language_changed
    assert language_preference(main_window.settings) == "fr"
    # Opening again shows the stored choice; OK without a change says nothing new.
    again = PreferencesDialog(main_window.ctx.db, main_window.settings, main_window)
    assert again.language.currentData() == "fr"
    again.accept()
    assert not again.language_changed
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: (self.accept(), 1)[1])
    main_window.open_preferences()
    assert main_window.statusBar().currentMessage() == ""


def test_organisation_name_is_kept_tidy_and_checked(dialog, main_window) -> None:  # type: ignore[no-untyped-def]
    db = main_window.ctx.db
    dialog.org_name.setText("  Red de Académicos   y Operadores d'Haïti ")
    dialog.accept()
    assert organisation.organisation_name(db) == "Red de Académicos y Operadores d'Haïti"

    again = PreferencesDialog(db, main_window.settings, main_window)
    assert again.org_name.text() == "Red de Académicos y Operadores d'Haïti"
    again.org_name.setText("x" * (organisation.MAX_NAME + 1))
    again.accept()
    assert again.result() != QDialog.DialogCode.Accepted
    assert "200" in again.errors.message("organisation_name")
    assert organisation.organisation_name(db) == "Red de Académicos y Operadores d'Haïti"


def test_organisation_logo_becomes_the_certificate_logo(dialog, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = main_window.ctx.db
    workshop_id = list_workshops(db)[0].id
    classic = get_template(db, "Classic")
    assert SAMPLE_LOGO in classic.definition["logos"]
    before = _image_sizes(
        preview_pdf(db, workshop_id, classic, CertificateKind.PARTICIPATION), tmp_path
    )
    assert (321, 123) not in before

    assert dialog.load_logo(_png(tmp_path / "logo.png", 321, 123))
    dialog.accept()
    assert organisation.organisation_logo(db) == (tmp_path / "logo.png").read_bytes()
    after = _image_sizes(
        preview_pdf(db, workshop_id, classic, CertificateKind.PARTICIPATION), tmp_path
    )
    assert (321, 123) in after

    # A template that names its own logo keeps it.
    own = store_asset(
        db, "lacnic-logo", _png(tmp_path / "own.png", 77, 55).read_bytes(), "image/png"
    )
    definition = {**classic.definition, "logos": [own]}
    save_template(db, TemplateInfo(name="Own logo", definition=definition))
    drawn = _image_sizes(
        preview_pdf(db, workshop_id, get_template(db, "Own logo"), CertificateKind.PARTICIPATION),
        tmp_path,
    )
    assert (77, 55) in drawn and (321, 123) not in drawn

    # Removing the logo brings the sample back.
    again = PreferencesDialog(db, main_window.settings, main_window)
    assert again.remove_logo.isEnabled()
    again.remove_logo.click()
    again.accept()
    assert organisation.organisation_logo(db) is None
    assert (321, 123) not in _image_sizes(
        preview_pdf(db, workshop_id, classic, CertificateKind.PARTICIPATION), tmp_path
    )


def test_a_file_that_is_no_image_is_refused_with_a_message(dialog, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "logo.png"
    fake.write_text("Nombre;Apellido\n", encoding="utf-8")
    assert not dialog.load_logo(fake)
    assert "logo.png" in dialog.errors.message("logo")
    truncated = tmp_path / "cut.png"
    truncated.write_bytes(_png(tmp_path / "whole.png", 40, 40).read_bytes()[:60])
    assert not dialog.load_logo(truncated)
    assert not dialog.load_logo(tmp_path / "missing.png")
    dialog.accept()
    assert organisation.organisation_logo(main_window.ctx.db) is None


def test_backups_kept_takes_effect_on_the_next_backup(dialog, main_window) -> None:  # type: ignore[no-untyped-def]
    db = main_window.ctx.db
    assert dialog.keep.minimum() == 1
    dialog.keep.setValue(2)
    dialog.accept()
    assert backups_kept(db) == 2
    for _ in range(4):
        backup_now(db, "manual")
    assert len(list_backups(db)) == 2


def test_backup_folder_is_shown_read_only_and_opens(dialog, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = backup_dir_for(main_window.ctx.db.path)
    assert dialog.folder.isReadOnly()
    assert dialog.folder.text() == str(folder)
    opened: list[QUrl] = []
    monkeypatch.setattr(
        prefs_module.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    dialog._open_folder()
    assert [u.toLocalFile() for u in opened] == [str(folder)]
    assert folder.is_dir()


def test_no_file_manager_says_where_the_backups_are(dialog, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr(prefs_module.QDesktopServices, "openUrl", lambda url: False)
    monkeypatch.setattr(prefs_module.QMessageBox, "information", lambda *a: shown.append(a[2]))
    dialog._open_folder()
    assert shown and str(backup_dir_for(main_window.ctx.db.path)) in shown[0]


def test_cancel_changes_nothing(dialog, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = main_window.ctx.db
    dialog.org_name.setText("LACNOG")
    dialog.keep.setValue(3)
    assert dialog.load_logo(_png(tmp_path / "logo.png", 30, 30))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.reject()
    assert organisation.organisation_name(db) == ""
    assert organisation.organisation_logo(db) is None
    assert backups_kept(db) != 3
    assert language_preference(main_window.settings) == "auto"
