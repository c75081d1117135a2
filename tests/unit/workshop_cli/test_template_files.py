"""A certificate template as a file: exported with its logo, imported on another database."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from lacworkshop.resource_files import resource_path
from lacworkshop.services.certificates.template_files import export_template, import_template
from lacworkshop.services.certificates.templates import (
    TemplateInfo,
    design_for,
    get_template,
    save_template,
    store_asset,
)
from lacworkshop.services.errors import Conflict, ValidationError
from lacworkshop.storage import open_database


def test_round_trip_to_another_database(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logo = resource_path("templates", "sample-signature.png").read_bytes()
    name = store_asset(db, "Logo LACNIC", logo, "image/png")
    base = get_template(db, "Modern")
    mine = TemplateInfo(
        name="LACNIC 2027 — Ñandú",
        page_size="Letter",
        definition={**base.definition, "logos": [name, "sample-logo"], "texts": {"es": {}}},
    )
    save_template(db, mine)
    out = tmp_path / "lacnic.zip"
    export_template(db, mine.name, out)
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("template.json"))
        assert manifest["name"] == "LACNIC 2027 — Ñandú"
        assert zf.read(manifest["logos"][0]["file"]) == logo

    other = open_database(tmp_path / "other.sqlite3")
    try:
        result = import_template(other, out)
        assert result.name == mine.name and not result.replaced
        got = get_template(other, mine.name)
        assert got.page_size == "Letter" and got.style == "modern"
        assert design_for(other, got, None).logos[0] == logo
        with pytest.raises(Conflict, match="already a template"):
            import_template(other, out)
        assert import_template(other, out, replace_existing=True).replaced
        assert import_template(other, out, name="Copia").name == "Copia"
    finally:
        other.close()


def test_refuses_what_is_not_a_template(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "notes.zip"
    text.write_text("hello")
    with pytest.raises(ValidationError, match="not a template file"):
        import_template(db, text)
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("template.json", json.dumps({"format": "something-else"}))
    with pytest.raises(ValidationError, match="not a template file"):
        import_template(db, other)
