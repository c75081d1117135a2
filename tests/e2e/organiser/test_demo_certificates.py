"""A first-start demo issues complete certificates: signatures, logo, accented names."""

from __future__ import annotations

from pathlib import Path

from lacworkshop.services.certificates.templates import design_for, list_signatories, list_templates
from lacworkshop.services.demo.create import populate
from lacworkshop.services.workshops.listing import workshop_id_for_code


def test_demo_has_signatories_with_signatures_and_a_logo(db) -> None:  # type: ignore[no-untyped-def]
    populate(db, people=40, workshops=3)
    walc = workshop_id_for_code(db, "WALC2026")
    signatories = list_signatories(db, walc)
    names = [s.name for s in signatories]
    # The workshop's own signatory and the network's one, accents intact.
    assert "Joaquín Ñúñez Oyarzún" in names
    assert "María Inés Peñalba Ibáñez" in names
    # Another workshop's signatory does not sign this one.
    assert "Verónica Guzmán D'Alessandro" not in names
    template = next(t for t in list_templates(db) if t.name == "Classic")
    design = design_for(db, template, walc)
    assert len(design.signatures) == 2
    assert all(s.image and s.image.startswith(b"\x89PNG") for s in design.signatures)
    assert design.logos and design.logos[0].startswith(b"\x89PNG")


def test_demo_twice_adds_no_second_set_of_signatories(db) -> None:  # type: ignore[no-untyped-def]
    populate(db, people=20, workshops=2)
    first = list_signatories(db, None)
    populate(db, people=20, workshops=2)
    assert list_signatories(db, None) == first


def test_demo_certificate_pdf_shows_the_signatories(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "demo.sqlite3"
    run_cli("demo", db=db, check=True)
    out = tmp_path / "walc.pdf"
    run_cli("certificates", "issue", "--workshop", "WALC2026", "-o", str(out), db=db, check=True)
    import subprocess

    text = subprocess.run(
        ["pdftotext", "-l", "1", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Joaquín Ñúñez Oyarzún" in text
    assert "Coordinadora académica" in text
    images = subprocess.run(
        ["pdfimages", "-list", "-l", "1", str(out)], capture_output=True, text=True, check=True
    ).stdout
    # Logo, two signatures (and their masks): more than the QR code alone.
    assert len([line for line in images.splitlines()[2:] if line.strip()]) >= 3
