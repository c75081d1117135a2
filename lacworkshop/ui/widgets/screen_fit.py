"""Windows sized for the screen they open on: a 1024x600 laptop must reach every button."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

# Room left for the window frame and title bar, which the available geometry does not
# include: a dialog as tall as the work area would put its buttons under the panel.
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The usable part of the screen *widget* (or its parent) is on, without panels."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Resize *widget* to *preferred*, or less where the screen it opens on is smaller.

    The maximum size is left alone: the user may still enlarge the window.
    """
    area = available_area(widget).size() - FRAME_ALLOWANCE
    size = preferred.boundedTo(area)
    widget.setMinimumSize(widget.minimumSize().boundedTo(size))
    widget.resize(size)


def scrolling(content: QWidget | QLayout) -> QScrollArea:
    """*content* in a frameless scroll area: a long form scrolls instead of growing off-screen."""
    if isinstance(content, QLayout):
        holder = QWidget()
        holder.setLayout(content)
        content = holder
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    return area
