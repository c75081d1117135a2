"""What goes into the bundle besides the code: resources, migrations, licences.

Read by lacworkshop.spec at build time; kept apart so the lists can be tested.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

# Qt for Python modules lacworkshop never imports (it uses QtCore, QtGui, QtWidgets,
# QtCharts, QtPdf, QtPrintSupport and, for the icon, QtSvg).
EXCLUDED_MODULES = [
    "tkinter",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtXml",
    # Test and development tools that some libraries import optionally.
    "pytest",
    "hypothesis",
    "mypy",
    "IPython",
]

# Qt libraries and plugins that Qt's own hooks bring along but the app never loads: the
# QML engine (pulled in by the on-screen keyboard plugin), embedded-device and VNC
# platforms, and image formats no page of ours shows.
UNWANTED_QT_FILES = (
    "Qt6Qml",
    "Qt6Quick",
    "Qt6VirtualKeyboard",
    "Qt6EglFS",
    "Qt6EglFs",
    "libqtvirtualkeyboardplugin",
    "egldeviceintegrations/",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
    "generic/",
    "wayland-graphics-integration-client/libvulkan",
    "imageformats/libqtga",
    "imageformats/libqwbmp",
    "imageformats/libqtiff",
    "imageformats/libqwebp",
    "imageformats/libqpdf",
    "networkinformation/",
)


# Babel's data for the four languages the app speaks (and their regional variants).
BABEL_LANGUAGES = ("root", "en", "es", "pt", "fr")


def wanted(destination: str) -> bool:
    """False for a bundled file the app never loads (unused Qt parts, other locales)."""
    name = destination.replace("\\", "/")
    if "babel/locale-data/" in name:
        locale = name.rsplit("/", 1)[-1].removesuffix(".dat")
        return locale.split("_")[0] in BABEL_LANGUAGES
    return not any(part in name for part in UNWANTED_QT_FILES)


# The libraries whose licence texts travel with the bundle.
LICENSED_DISTRIBUTIONS = [
    "PySide6",
    "PySide6_Essentials",
    "PySide6_Addons",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "Mako",
    "MarkupSafe",
    "openpyxl",
    "et_xmlfile",
    "reportlab",
    "pillow",
    "charset-normalizer",
    "python-calamine",
    "zxing-cpp",
    "babel",
    "platformdirs",
    "filelock",
    "pyphen",
    "typing_extensions",
    "greenlet",
]


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """Resources and migration scripts, placed where the package looks for them."""
    migrations = root / "lacworkshop" / "storage" / "migrations"
    return [
        (str(root / "resources"), "lacworkshop/resources"),
        (str(migrations), "lacworkshop/storage/migrations"),
    ]


def hyphenation_datas() -> list[tuple[str, str]]:
    """pyphen's dictionaries for the four languages; it finds them by listing its folder."""
    import pyphen

    folder = Path(pyphen.__file__).parent / "dictionaries"
    return [
        (str(path), "pyphen/dictionaries")
        for path in sorted(folder.glob("hyph_*.dic"))
        if path.stem.split("_")[1] in BABEL_LANGUAGES
    ]


def _licence_texts(dist: metadata.Distribution) -> list[Path]:
    found = []
    for file in dist.files or []:
        name = file.name.lower()
        if any(word in name for word in ("licen", "copying", "notice", "authors")):
            path = Path(str(file.locate()))
            if path.is_file():
                found.append(path)
    return found


# Wheels that ship no licence text of their own; the LGPL's text goes with them.
LGPL_WITHOUT_TEXT = ("PySide6", "PySide6_Essentials", "PySide6_Addons", "shiboken6")


def _licence_field(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if "License" in c]
    return meta.get("License-Expression") or meta.get("License") or ", ".join(classifiers)


def licence_files(root: Path, build: Path) -> list[tuple[str, str]]:
    """The project's licence and every bundled library's, under ``licences/``.

    Also writes ``THIRD-PARTY.txt`` (name, version, licence of each library) into
    *build* and ships it.
    """
    datas = [(str(root / "LICENSE"), "licences/lacworkshop")]
    python_licence = Path(
        sys.base_prefix, "lib", f"python{sys.version_info[0]}.{sys.version_info[1]}", "LICENSE.txt"
    )
    if python_licence.is_file():
        datas.append((str(python_licence), "licences/Python"))
    lgpl = root / "packaging" / "licences" / "LGPL-3.0.txt"
    summary = ["Libraries bundled with lacworkshop, their versions and licences.", ""]
    for name in LICENSED_DISTRIBUTIONS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        folder = f"licences/{dist.metadata['Name']}"
        texts = _licence_texts(dist)
        if not texts and name in LGPL_WITHOUT_TEXT:
            texts = [lgpl, root / "LICENSE"]
        datas.extend((str(path), folder) for path in texts)
        field = _licence_field(dist).strip().splitlines()[0] if _licence_field(dist) else ""
        summary.append(f"{dist.metadata['Name']} {dist.version}: {field or 'see its folder'}")
    build.mkdir(parents=True, exist_ok=True)
    third_party = build / "THIRD-PARTY.txt"
    third_party.write_text("\n".join(summary) + "\n", encoding="utf-8")
    datas.append((str(third_party), "licences"))
    return datas


if __name__ == "__main__":  # a quick look at what would be shipped
    here = Path(__file__).resolve().parent.parent
    for src, dest in licence_files(here, here / "build" / "licences"):
        print(dest, src, file=sys.stdout)
