"""The desktop interface: the only package that imports PySide6."""

from lacworkshop.ui.pyside_import_check import install as _answer_pyside_imports_cheaply

# First thing, before the window's modules are imported (see pyside_import_check).
_answer_pyside_imports_cheaply()
