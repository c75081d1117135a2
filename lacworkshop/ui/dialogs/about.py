"""Help > About: version, licence, and the licences of what we ship."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from lacworkshop import __version__
from lacworkshop.resource_files import resource_dir
from lacworkshop.ui.widgets.screen_fit import fit_to_screen


def _licence_files() -> list[str]:
    fonts = resource_dir() / "fonts"
    if not fonts.is_dir():
        return []
    return sorted(
        p.name for p in fonts.iterdir() if "licen" in p.name.lower() or p.suffix == ".txt"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About lacworkshop"))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>lacworkshop {__version__}</h2>")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(title)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Plan technical training workshops, record attendance session by session, "
                    "and produce registers, sign-in sheets and verifiable certificates."
                )
            )
        )
        browser = QTextBrowser(self)
        browser.setOpenExternalLinks(False)
        none_bundled = self.tr("none bundled")
        licence, built_with = self.tr("Licence"), self.tr("Built with")
        font_licences = self.tr("Font licences (in resources/fonts)")
        fonts = "".join(f"<li>{name}</li>" for name in _licence_files()) or (
            f"<li>{none_bundled}</li>"
        )
        browser.setHtml(
            f"<p><b>{licence}</b>: GPL-3.0-or-later</p>"
            f"<p><b>{built_with}</b></p><ul>"
            f"<li>Qt {qVersion()} and Qt for Python {pyside_version} (LGPL-3.0)</li>"
            "<li>SQLAlchemy, Alembic (MIT)</li><li>openpyxl (MIT)</li>"
            "<li>ReportLab (BSD)</li><li>python-calamine (MIT)</li>"
            "<li>zxing-cpp (Apache-2.0)</li><li>Babel (BSD)</li><li>platformdirs, filelock (MIT)</li>"
            f"</ul><p><b>{font_licences}</b></p><ul>{fonts}</ul>"
            f"<p>Python {platform.python_version()}</p>"
        )
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(520, 420))
