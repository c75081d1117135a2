"""The interface language: the preference in QSettings and the translators it installs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from lacworkshop.errors import set_message_language
from lacworkshop.resource_files import resource_path

SETTING_KEY = "ui/language"
AUTO = "auto"
# The regional variants the translations are written for; Qt picks number and
# date formats from them and falls back to the plain language for files.
LOCALES = {"es": "es_419", "pt": "pt_BR", "en": "en_US", "fr": "fr_FR"}
CHOICES = (AUTO, *LOCALES)

_installed: list[QTranslator] = []
_original_default: list[QLocale] = []


def language_preference(settings: QSettings) -> str:
    """The stored choice: "auto" (follow the system) or one of es, pt, en, fr."""
    value = settings.value(SETTING_KEY, AUTO)
    return value if isinstance(value, str) and value in CHOICES else AUTO


def set_language_preference(settings: QSettings, language: str) -> None:
    if language not in CHOICES:
        raise ValueError(f"unknown interface language {language!r}")
    settings.setValue(SETTING_KEY, language)
    settings.sync()


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALES[language]) if language in LOCALES else QLocale.system()


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall what install_translators put in and restore the default locale."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    set_message_language("en")
    if _original_default:
        QLocale.setDefault(_original_default[0])
    else:
        _original_default.append(QLocale())


def install_translators(app: QCoreApplication, language: str) -> QLocale:
    """Replace the installed translators with those for *language*; returns its locale.

    Qt's own qtbase catalogue translates the standard buttons (Cancel, Yes, No).
    """
    remove_translators(app)
    locale = locale_for(language)
    # Dates and numbers in the chosen language, not the system's.
    QLocale.setDefault(locale if language in LOCALES else _original_default[0])
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = (
        ("qtbase", qt_dir),
        ("lacworkshop", str(resource_path("translations"))),
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    # Service messages (the catalogue) speak the interface language too.
    set_message_language(locale.name().split("_")[0])
    return locale


def apply_saved_language(app: QCoreApplication, settings: QSettings) -> QLocale:
    """Install the translators for the language stored in *settings* (start-up)."""
    return install_translators(app, language_preference(settings))
