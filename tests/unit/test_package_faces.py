"""Every capability package has a lazy public face that names what callers use."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import lacworkshop

ROOT = Path(lacworkshop.__file__).parent
# One module per language area, loaded by their catalogues: data, not capabilities.
CATALOGUES = {"lacworkshop.formats.doc_texts", "lacworkshop.formats.message_texts"}
HEAVY = (
    "reportlab",
    "openpyxl",
    "python_calamine",
    "zxingcpp",
    "pypdfium2",
    "keyring",
    "joserfc",
    "PySide6",
    "alembic",
)
FACES = sorted(
    f"lacworkshop.{layer}.{folder.name}"
    for layer in ("services", "formats")
    for folder in (ROOT / layer).iterdir()
    if (folder / "__init__.py").exists() and f"lacworkshop.{layer}.{folder.name}" not in CATALOGUES
)


def _type_checking_imports(package: str) -> dict[str, str]:
    """name -> "module[:attribute]" as the face imports it for type checkers."""
    path = ROOT.parent / package.replace(".", "/") / "__init__.py"
    found: dict[str, str] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom) and imp.module
                assert imp.module.startswith(package + "."), imp.module
                inner = imp.module.removeprefix(package + ".")
                for alias in imp.names:
                    place = inner if alias.asname in (None, alias.name) else f"{inner}:{alias.name}"
                    found[alias.asname or alias.name] = place
    return found


def test_there_are_faces_to_check() -> None:
    assert "lacworkshop.services.attendance" in FACES and "lacworkshop.formats.pdf" in FACES
    assert len(FACES) >= 25


@pytest.mark.parametrize("package", FACES)
def test_a_face_names_what_it_holds_and_where(package: str) -> None:
    face = importlib.import_module(package)
    assert face.__doc__ and len(face.__doc__.split()) >= 5, "say what the capability does"
    where = face._WHERE
    assert sorted(face.__all__) == sorted(where)
    # What mypy reads is what the face hands out at run time.
    assert _type_checking_imports(package) == where
    for name, place in where.items():
        module, _, attribute = place.partition(":")
        inner = importlib.import_module(f"{package}.{module}")
        assert getattr(face, name) is getattr(inner, attribute or name), name
        # A name that is also a submodule would turn into the module once it is imported.
        assert not (ROOT.parent / package.replace(".", "/") / f"{name}.py").exists(), name
    with pytest.raises(AttributeError):
        face.no_such_name  # noqa: B018


def test_importing_every_face_loads_nothing_behind_it() -> None:
    probe = (
        "import importlib, json, sys\n"
        f"for face in {FACES!r}:\n"
        "    importlib.import_module(face)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(json.loads(done.stdout))
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY)
    assert heavy == []
    inner = sorted(m for m in loaded if any(m.startswith(face + ".") for face in FACES))
    assert inner == []  # the faces are lazy: no inner module is imported for them


def test_a_name_is_fetched_on_use_and_follows_a_patch(monkeypatch: pytest.MonkeyPatch) -> None:
    from lacworkshop.services import workshops
    from lacworkshop.services.workshops import schedule

    monkeypatch.setattr(schedule, "plan_days", lambda *a, **k: ["patched"])
    assert workshops.plan_days() == ["patched"]
