"""The main window: navigation between pages, menus, status bar, drop to import."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from lacworkshop.formats.reading import SUFFIXES
from lacworkshop.services.data_safety import backup_now, restore
from lacworkshop.services.errors import ServiceError
from lacworkshop.services.operations import EVERYTHING
from lacworkshop.storage import Database
from lacworkshop.storage.errors import DamagedDatabaseError, StorageError
from lacworkshop.ui.app_context import AppContext
from lacworkshop.ui.error_reporting import show_error
from lacworkshop.ui.pages import PAGE_MODULES
from lacworkshop.ui.recent_files import recent, remember
from lacworkshop.ui.tasks import TaskRunner
from lacworkshop.ui.widgets.first_focus import focus_first
from lacworkshop.ui.widgets.screen_fit import fit_to_screen
from lacworkshop.ui.widgets.shortcuts import registered_shortcuts

# The endings of every registered import format (formats.reading.registry).
IMPORTABLE = SUFFIXES

_start_objects_frozen = False


def _freeze_start_objects() -> None:
    """Hide what the start made from the cyclic garbage collector, once a process.

    Modules, classes and the first page live as long as the window. Once frozen, the
    collector stops walking them: every later full collection (the one at exit too)
    is shorter by a tenth of a second or so.
    """
    global _start_objects_frozen
    if not _start_objects_frozen:
        _start_objects_frozen = True
        gc.freeze()


class MainWindow(QMainWindow):
    """Holds one AppContext at a time; switching databases rebuilds the pages."""

    def __init__(
        self,
        db: Database,
        open_database: Callable[[Path], Database],
        runner: TaskRunner | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self._open_database = open_database
        self.settings = settings or QSettings()
        self.runner = runner or TaskRunner(self)
        self.ctx: AppContext | None = None
        self.pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        self.setAcceptDrops(True)
        # Small enough for a 1024x600 netbook screen with its panel and title bar.
        self.setMinimumSize(QSize(760, 480))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        # A calm sidebar: roomy rows, the selection as a soft highlight.
        self.nav.setStyleSheet(
            "QListWidget#navigation { background: palette(window); padding-top: 8px; }"
            "QListWidget#navigation::item { padding: 9px 10px; border-radius: 4px; margin: 1px 6px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(divider)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_index)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)

        self._titles = {
            "workshops": self.tr("Workshops"),
            "people": self.tr("People"),
            "attendance": self.tr("Attendance"),
            "checkin": self.tr("Check-in"),
            "certificates": self.tr("Certificates"),
            "reports": self.tr("Reports"),
        }
        sp = QStyle.StandardPixmap
        self._icons = {
            "workshops": sp.SP_DirHomeIcon,
            "people": sp.SP_FileDialogDetailedView,
            "attendance": sp.SP_DialogApplyButton,
            "checkin": sp.SP_ArrowRight,
            "certificates": sp.SP_FileDialogContentsView,
            "reports": sp.SP_FileDialogInfoView,
        }
        self._build_menus()
        self._set_database(db)
        self._restore_geometry()
        _freeze_start_objects()

    # ----- menus -------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        # Ctrl+N makes what organisers make most: a workshop. A database is rarer.
        self.act_new_workshop = self._action(
            file_menu, self.tr("New &workshop"), self.new_workshop, QKeySequence.StandardKey.New
        )
        self.act_new = self._action(file_menu, self.tr("&New database…"), self._new_database)
        self.act_open = self._action(
            file_menu,
            self.tr("&Open database…"),
            self._choose_database,
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.act_open_demo = self._action(
            file_menu, self.tr("Open the d&emo database"), self._open_demo
        )
        file_menu.addSeparator()
        self.act_import = self._action(
            file_menu,
            self.tr("&Import registrations…"),
            lambda: self.request_import("", 0),
            "Ctrl+I",
        )
        self.act_export_bundle = self._action(
            file_menu, self.tr("E&xport bundle…"), self._export_bundle
        )
        self.act_import_bundle = self._action(
            file_menu, self.tr("Import b&undle…"), self._import_bundle
        )
        self.act_connect = self._action(
            file_menu, self.tr("Connect to a ser&ver…"), self._connect_to_server
        )
        self.act_backup = self._action(file_menu, self.tr("&Backup now"), self._backup_now)
        self.act_restore = self._action(
            file_menu, self.tr("Res&tore from backup…"), self._restore_from_backup
        )
        self.act_remove_demo = self._action(
            file_menu, self.tr("Remove &demo data…"), self._remove_demo
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.act_preferences = QAction(self.tr("&Preferences…"), self)
        self.act_preferences.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]
        )
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_preferences.triggered.connect(self.open_preferences)
        self.act_outbox = QAction(self.tr("&Outbox…"), self)
        self.act_outbox.triggered.connect(self.open_outbox)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i, (key, _module) in enumerate(PAGE_MODULES):
            self._action(
                go_menu,
                self._titles[key],
                self._go_to(i),
                f"Ctrl+{i + 1}",
            )
        go_menu.addSeparator()
        self._action(
            go_menu,
            self.tr("Next page"),
            lambda: self._step_page(1),
            QKeySequence.StandardKey.NextChild,
        )
        self._action(
            go_menu,
            self.tr("Previous page"),
            lambda: self._step_page(-1),
            QKeySequence.StandardKey.PreviousChild,
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.act_shortcuts = self._action(
            help_menu,
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        self._action(help_menu, self.tr("&About lacworkshop"), self._show_about)

    def _show_about(self) -> None:
        from lacworkshop.ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def _go_to(self, row: int) -> Callable[[], None]:
        return lambda: self.nav.setCurrentRow(row)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def new_workshop(self) -> None:
        """Show the Workshops page with an empty form for a new workshop."""
        self.show_page("workshops")
        page = self.page("workshops")
        new = getattr(page, "new_workshop", None)
        if callable(new):
            new()

    def show_shortcuts(self) -> None:
        from lacworkshop.ui.dialogs.keyboard_shortcuts import KeyboardShortcutsDialog

        # Every page registers its keys when built: build them all so the list is whole.
        pages = {self._titles[key]: self.page(key) for key, _module in PAGE_MODULES}
        for page in pages.values():
            build_deferred = getattr(page, "build_deferred", None)
            if callable(build_deferred):
                build_deferred()
        KeyboardShortcutsDialog(registered_shortcuts(self, pages), self).exec()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent(self.settings):
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _=False, p=path: self.switch_database(Path(p)))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _step_page(self, step: int) -> None:
        self.nav.setCurrentRow((self.nav.currentRow() + step) % self.nav.count())

    # ----- database ----------------------------------------------------------
    def _set_database(self, db: Database) -> None:
        current_page = max(0, self.nav.currentRow())
        if self.ctx is not None:
            old = self.ctx
            self.edit_menu.clear()
            while (page := self.stack.widget(0)) is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
            self.pages.clear()
            self._placeholders.clear()
            self.nav.clear()
            old.db.close()
            old.deleteLater()
        self.ctx = AppContext(db, self.runner, self)
        self.ctx.import_requested.connect(self._open_import)
        self.ctx.status_message.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_preferences)
        self.edit_menu.addAction(self.act_outbox)
        # Pages are built when first shown: start-up pays only for the first one.
        for key, _module_name in PAGE_MODULES:
            self._placeholders[key] = QWidget()
            self.stack.addWidget(self._placeholders[key])
            QListWidgetItem(
                self.style().standardIcon(self._icons[key]), self._titles[key], self.nav
            )
        self.nav.setCurrentRow(min(current_page, self.nav.count() - 1))
        self._show_index(self.nav.currentRow())
        self.db_label.setText(str(db.path))
        self._show_title()
        if not db.is_server:  # a server is reached through File > Connect, not a path
            remember(self.settings, db.path)
        # After the first paint: the email services are not needed to show the window.
        QTimer.singleShot(1000, self, self._mention_outbox)
        self._fill_recent_menu()

    def _show_title(self) -> None:
        from lacworkshop.services.demo import demo_counts, is_demo_database

        assert self.ctx is not None
        db = self.ctx.db
        if is_demo_database(db):
            title = self.tr("lacworkshop — {name} — Demo database").format(name=db.path.name)
        else:
            title = self.tr("lacworkshop — {name}").format(name=db.path.name)
        self.setWindowTitle(title)
        self.act_remove_demo.setEnabled(demo_counts(db).total > 0)

    def _open_demo(self) -> None:
        """Switch to the demo's own database beside this one, filling it the first time."""
        from lacworkshop.services.demo import demo_database_path, is_demo_database, open_demo

        assert self.ctx is not None
        if is_demo_database(self.ctx.db):
            return
        if not self.switch_database(demo_database_path(self.ctx.db.path)):
            return
        assert self.ctx is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened = open_demo(self.ctx.db)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Open the demo database"), str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ctx.apply(opened)
        self._show_title()

    def _remove_demo(self) -> None:
        from lacworkshop.services.demo import demo_counts, remove_demo_data

        assert self.ctx is not None
        found = demo_counts(self.ctx.db)
        if not found.total:
            self.statusBar().showMessage(self.tr("There is no demo data to remove."), 8000)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove demo data"),
            self.tr(
                "Remove every demo workshop ({workshops}), demo person ({people}), demo "
                "signatory ({signatories}) and demo template ({templates})? Their sessions, "
                "attendance and certificates go with them. Your own work is not touched, and "
                "a backup is written first."
            ).format(
                workshops=found.workshops,
                people=found.people,
                signatories=found.signatories,
                templates=found.templates,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            removal = remove_demo_data(self.ctx.db)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Remove demo data"), str(exc))
            return
        # Undo entries may point at rows that are gone now.
        self.ctx.undo_stack.clear()
        self.ctx.apply(removal)
        result = removal.value
        self._show_title()
        self.statusBar().showMessage(
            self.tr("Demo data removed; a backup was written to {path}").format(path=result.backup),
            8000,
        )

    def switch_database(self, path: Path) -> bool:
        assert self.ctx is not None
        if Path(path).resolve() == self.ctx.db.path:
            return True
        if not self.may_discard_pages():
            return False
        try:
            db = self._open_database(Path(path))
        except DamagedDatabaseError as exc:
            from lacworkshop.ui.dialogs.damaged_database import offer_restore

            if not offer_restore(exc, self):
                return False
            return self.switch_database(path)
        except Exception as exc:  # say it (a bug: log it and apologise), keep going
            show_error(self, self.tr("Cannot open database"), exc)
            return False
        self._set_database(db)
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 5000)
        return True

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(Path.home()),
            self.tr("lacworkshop databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.switch_database(Path(path))

    def _new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(Path.home() / "workshops.sqlite3"),
            self.tr("lacworkshop databases (*.sqlite3)"),
        )
        if not path:
            return
        if Path(path).exists():
            QMessageBox.warning(
                self,
                self.tr("New database"),
                self.tr("{path} already exists; use Open instead.").format(path=path),
            )
            return
        self.switch_database(Path(path))

    def _export_bundle(self) -> None:
        from lacworkshop.ui.bundle_actions import export_bundle_action

        assert self.ctx is not None
        export_bundle_action(self.ctx, self)

    def _import_bundle(self) -> None:
        from lacworkshop.ui.bundle_actions import import_bundle_action

        assert self.ctx is not None
        import_bundle_action(self.ctx, self)

    def _connect_to_server(self) -> None:
        """Open a PostgreSQL database instead of the file (see the connection dialog)."""
        from lacworkshop.storage.database import open_server_database
        from lacworkshop.ui.dialogs.server_connection import ServerConnectionDialog

        dialog = ServerConnectionDialog(self)
        if not dialog.exec() or not self.may_discard_pages():
            return
        url = dialog.url()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db = open_server_database(url, password=dialog.secret())
        except Exception as exc:  # a wrong password or no server: say so, stay here
            show_error(self, self.tr("Cannot open database"), exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._set_database(db)
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=url), 5000)

    def _backup_now(self) -> None:
        assert self.ctx is not None
        try:
            dest = backup_now(self.ctx.db, "manual")
        except Exception as exc:  # an unwritable or full backups folder; a bug is logged
            show_error(self, self.tr("Backup failed"), exc)
            return
        self.statusBar().showMessage(self.tr("Backup written to {path}").format(path=dest), 8000)

    def _restore_from_backup(self) -> None:
        from lacworkshop.ui.dialogs.restore_backup import RestoreBackupDialog

        assert self.ctx is not None
        path = self.ctx.db.path
        dialog = RestoreBackupDialog(path, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        chosen = dialog.chosen
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace {name} with the backup {backup}? Changes made since that backup "
                "are set aside (the database as it is now is backed up first)."
            ).format(name=path.name, backup=chosen.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # The file is replaced while nothing holds it: finish running work, then close.
        self.runner.wait(5000)
        self.ctx.db.close()
        error: str | None = None
        try:
            result = restore(path, str(chosen))
        except (StorageError, OSError) as exc:
            error, result = str(exc), None
        try:
            db = self._open_database(path)
        except Exception as exc:  # the window cannot go on without a database
            QMessageBox.critical(self, self.tr("Restore from backup"), str(exc))
            self.close()
            return
        self._set_database(db)
        if error is not None or result is None:
            QMessageBox.warning(self, self.tr("Restore from backup"), error or "")
            return
        # Another database file now: everything may differ, templates and settings too.
        self.ctx.notify(*EVERYTHING)
        self.statusBar().showMessage(
            self.tr("Restored {backup}; the previous database was kept as {previous}").format(
                backup=chosen.name, previous=result.previous.name if result.previous else "-"
            ),
            10000,
        )

    def open_preferences(self) -> None:
        from lacworkshop.ui.dialogs.preferences_dialog import PreferencesDialog

        assert self.ctx is not None
        dialog = PreferencesDialog(self.ctx.db, self.settings, self, ctx=self.ctx)
        if dialog.exec() and dialog.language_changed:
            self.statusBar().showMessage(
                self.tr("The new language takes effect when lacworkshop restarts."), 8000
            )

    def _mention_outbox(self) -> None:
        """Messages left waiting (the window closed, the network went): say where they are."""
        from lacworkshop.services.email import waiting_count

        if self.ctx is None or not self.isVisible():
            return
        waiting = waiting_count(self.ctx.db)
        if waiting:
            self.statusBar().showMessage(
                self.tr("{n} messages wait in the outbox: Edit > Outbox… sends them.").format(
                    n=waiting
                ),
                15000,
            )

    def open_outbox(self) -> None:
        from lacworkshop.ui.dialogs.email_outbox import EmailOutboxDialog

        assert self.ctx is not None
        EmailOutboxDialog(self.ctx, None, self).exec()

    # ----- import ------------------------------------------------------------
    def request_import(self, path: str, workshop_id: int) -> None:
        assert self.ctx is not None
        self.ctx.import_requested.emit(path, workshop_id)

    def _open_import(self, path: str, workshop_id: int) -> None:
        assert self.ctx is not None
        try:
            wizard_module = importlib.import_module("lacworkshop.ui.dialogs.import_wizard")
        except ModuleNotFoundError:
            QMessageBox.information(
                self, self.tr("Import"), self.tr("Importing is not available in this version.")
            )
            return
        wizard_module.open_import_wizard(
            self.ctx, self, path or None, workshop_id or self.ctx.current_workshop_id
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(
            u.isLocalFile() and u.toLocalFile().lower().endswith(IMPORTABLE) for u in urls
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            event.acceptProposedAction()
            self.request_import(urls[0].toLocalFile(), 0)

    # ----- window state ------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry):
            return
        fit_to_screen(self, QSize(1200, 760))

    def may_discard_pages(self) -> bool:
        """True when no page holds edits, or the user saved or discarded them."""
        for key, _module in PAGE_MODULES:
            page = self.pages.get(key)
            dirty = getattr(page, "is_dirty", None)
            if callable(dirty) and dirty():
                self.show_page(key)  # the question is asked over the edits it is about
                if not page.confirm_leave():  # type: ignore[union-attr]
                    return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_discard_pages():
            event.ignore()
            return
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.sync()
        self.runner.wait(5000)
        if self.ctx is not None:
            self.ctx.db.close()
        super().closeEvent(event)

    def page(self, key: str) -> QWidget:
        """The page for *key*, built now if it has not been shown yet."""
        if key not in self.pages:
            assert self.ctx is not None
            index = [k for k, _ in PAGE_MODULES].index(key)
            page = importlib.import_module(PAGE_MODULES[index][1]).create_page(self.ctx, self.stack)
            page.setObjectName(f"page_{key}")
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def _show_index(self, index: int) -> None:
        if index < 0 or PAGE_MODULES[index][0] not in self.pages.keys() | self._placeholders.keys():
            return
        page = self.page(PAGE_MODULES[index][0])
        self.stack.setCurrentWidget(page)
        # Keyboard users walking the sidebar keep their place; otherwise the page's
        # first field takes the focus, so its keys (Ctrl+F, Ctrl+Shift+N) work at once.
        if not self.nav.hasFocus():
            focus_first(page)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow([k for k, _ in PAGE_MODULES].index(key))
