"""The import wizard: file, sheet and header, columns, preview, result.

Opened from File > Import registrations…, by dropping a file on the window,
or from a workshop (``ctx.import_requested``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget, QWizard

from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.dialogs.import_wizard_file import FilePage
from lacworkshop.ui.dialogs.import_wizard_layout import LayoutPage
from lacworkshop.ui.dialogs.import_wizard_mapping import MappingPage
from lacworkshop.ui.dialogs.import_wizard_preview import PreviewPage
from lacworkshop.ui.dialogs.import_wizard_result import ResultPage
from lacworkshop.ui.dialogs.import_wizard_state import WizardState
from lacworkshop.ui.widgets.screen_fit import fit_to_screen


class ImportWizard(QWizard):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        path: str | Path | None = None,
        workshop_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import registrations"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.state = WizardState(path=Path(path) if path else None, workshop_id=workshop_id)
        self.file_page = FilePage(ctx, self.state, self)
        self.layout_page = LayoutPage(self.state, self)
        self.mapping_page = MappingPage(ctx, self.state, self)
        self.preview_page = PreviewPage(ctx, self.state, self)
        self.result_page = ResultPage(self.state, self)
        for page in (
            self.file_page,
            self.layout_page,
            self.mapping_page,
            self.preview_page,
            self.result_page,
        ):
            self.addPage(page)
        fit_to_screen(self, QSize(980, 640))


def open_import_wizard(
    ctx: AppContext,
    parent: QWidget | None,
    path: str | None = None,
    workshop_id: int | None = None,
) -> ImportWizard:
    """Open the wizard for *path* (or ask for a file) into *workshop_id* (or ask)."""
    wizard = ImportWizard(ctx, parent, path, workshop_id)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.show()
    if path and workshop_id and wizard.file_page.track.count() <= 1:
        # The file and workshop are known and there is no track to choose: go straight
        # to checking how it reads. With several tracks the organiser picks one first,
        # or the people would land silently in no track at all.
        wizard.next()
    elif path and workshop_id:
        wizard.file_page.track.setFocus()
    return wizard
