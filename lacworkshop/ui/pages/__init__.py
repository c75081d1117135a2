"""The main window's pages. Each module defines ``create_page(ctx, parent) -> QWidget``."""

# (key, module) in navigation order; titles and icons are set by the main window.
PAGE_MODULES = [
    ("workshops", "lacworkshop.ui.pages.workshops_page"),
    ("people", "lacworkshop.ui.pages.people_page"),
    ("attendance", "lacworkshop.ui.pages.attendance_page"),
    ("certificates", "lacworkshop.ui.pages.certificates_page"),
    ("reports", "lacworkshop.ui.pages.reports_page"),
    ("checkin", "lacworkshop.ui.pages.checkin_page"),
]
