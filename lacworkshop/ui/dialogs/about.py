"""Help > About: version, licence, and the licences of what we ship."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from lacworkshop import __version__
from lacworkshop.resource_files import licence_files, resource_dir
from lacworkshop.ui.widgets.screen_fit import fit_to_screen


def _licence_links() -> str:
    """One link per licence text shipped with this copy, named by what it covers."""
    items = []
    for path in licence_files():
        owner = path.parent.name if path.parent.name not in ("licences", "fonts") else ""
        if path.parent == resource_dir() / "fonts":
            owner = "DejaVu fonts"
        label = f"{owner}: {path.name}" if owner else path.name
        items.append(f'<li><a href="{QUrl.fromLocalFile(str(path)).toString()}">{label}</a></li>')
    return "".join(items)


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
        # Licence texts open in the system's viewer: they are long and plain.
        browser.setOpenLinks(False)
        browser.anchorClicked.connect(QDesktopServices.openUrl)
        none_bundled = self.tr("none bundled")
        licence, built_with = self.tr("Licence"), self.tr("Built with")
        licence_texts = self.tr("Licence texts shipped with this copy")
        links = _licence_links() or f"<li>{none_bundled}</li>"
        browser.setHtml(
            f"<p><b>{licence}</b>: GPL-3.0-or-later</p>"
            f"<p><b>{built_with}</b></p><ul>"
            f"<li>Qt {qVersion()} and Qt for Python {pyside_version} (LGPL-3.0)</li>"
            "<li>SQLAlchemy, Alembic (MIT)</li><li>openpyxl (MIT)</li>"
            "<li>ReportLab (BSD)</li><li>python-calamine (MIT)</li>"
            "<li>zxing-cpp (Apache-2.0)</li><li>Babel (BSD)</li><li>platformdirs, filelock (MIT)</li>"
            f"</ul><p><b>{licence_texts}</b></p><ul>{links}</ul>"
            f"<p>Python {platform.python_version()}</p>"
        )
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(520, 420))
