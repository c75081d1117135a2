"""The published folder says only what may be public: codes, names as printed, statuses."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lacworkshop.errors import Conflict, NotFound
from lacworkshop.formats.writing.atomic import ProtectedFileError
from lacworkshop.model import CertificateStatus, Person
from lacworkshop.services.certificates.issuing import list_certificates, reissue, revoke
from lacworkshop.services.publishing import publish_site
from tests.unit.publishing.conftest import DAY, published_key_list


def _data_js(folder: Path) -> dict[str, object]:
    text = (folder / "data.js").read_text(encoding="ascii")
    prefix, suffix = "window.LACW_DATA = ", ";\n"
    assert text.startswith(prefix) and text.endswith(suffix)
    return json.loads(text[len(prefix) : -len(suffix)])  # type: ignore[no-any-return]


def test_the_folder_lists_consenting_holders_only_with_nothing_personal_beyond_the_name(
    register, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db, _wid, issued = register
    revoked = issued[2]  # a listed holder
    revoke(db, revoked.id, "issued by mistake to María's colleague")
    out = tmp_path / "site"
    report = publish_site(db, out, ["walc2026"]).value

    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == [
        "data.js",
        "keys.json",
        "revoked.json",
        "status/revocation.jwt",
        "superseded.json",
        "verify.html",
        "workshops/WALC2026.json",
    ]
    assert report.warnings == ()
    index = json.loads((out / "workshops" / "WALC2026.json").read_text(encoding="utf-8"))
    listed = {e["c"]: e for e in index["certificates"]}
    consenting = {r.code for n, r in enumerate(issued) if n % 2 == 0}
    assert set(listed) == consenting
    assert report.listed == len(consenting) and report.left_out == len(issued) - len(consenting)
    for n, row in enumerate(issued):
        if n % 2 == 0:
            assert listed[row.code]["n"] == row.name  # the name as printed, accents and all
    assert listed[revoked.code]["s"] == "revoked"
    assert all(set(e) <= {"c", "v", "n", "s", "on", "by", "bv"} for e in listed.values())
    assert json.loads((out / "revoked.json").read_text(encoding="utf-8")) == [
        {"c": revoked.code, "v": 1, "on": listed[revoked.code]["on"]}
    ]
    keys = published_key_list(db)
    assert len(keys) == 1 and keys[0]["retired"] is None
    assert json.loads((out / "keys.json").read_text(encoding="utf-8")) == keys
    data = _data_js(out)
    assert data["issuer"] == "Fundación Redes del Sur"
    assert data["workshops"] == {"WALC2026": index}
    assert data["keys"] == keys

    # Nothing else about anyone: no email, phone, document, organisation, and the
    # people who did not agree to be listed are nowhere at all (not even in data.js).
    everything = "\n".join(
        p.read_bytes().decode("utf-8") for p in out.rglob("*") if p.suffix == ".json"
    ) + json.dumps(data, ensure_ascii=False)
    assert "issued by mistake" not in everything  # a revocation's reason stays inside
    with db.session() as session:
        for n, row in enumerate(issued):
            person = session.get(Person, row.person_id)
            assert person is not None
            for private in (person.email, person.phone, person.document_id):
                if private:
                    assert private not in everything
            if n % 2 == 1:
                assert row.name not in everything
                assert row.code not in everything


def test_a_new_version_is_listed_in_place_of_the_old_and_revocations_cover_the_register(
    register, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db, wid, issued = register
    changed = issued[0]
    with db.session() as session:
        person = session.get(Person, changed.person_id)
        assert person is not None
        person.preferred_name = "Ana Lúcia D'Ávila"
    again = reissue(db, changed.id, today=DAY, before_end=True)
    assert again.issued and again.issued[0].version == 2
    other = issued[2]
    revoke(db, other.id, "duplicate")
    out = tmp_path / "site"
    publish_site(db, out, None)
    data = _data_js(out)
    entries = {e["c"]: e for e in data["workshops"]["WALC2026"]["certificates"]}  # type: ignore[index]
    assert entries[changed.code] == {
        "c": changed.code,
        "v": 2,
        "n": "Ana Lúcia D'Ávila",
        "s": "valid",
    }
    # --all: every workshop of the register has its index.
    assert set(data["workshops"]) >= {"WALC2026"}  # type: ignore[arg-type]
    assert len(list((out / "workshops").glob("*.json"))) == len(data["workshops"])  # type: ignore[arg-type]
    assert {(r["c"], r["v"]) for r in data["revoked"]} == {(other.code, other.version)}
    assert data["superseded"] == [{"c": changed.code, "v": 1, "by": changed.code, "bv": 2}]
    superseded = json.loads((out / "superseded.json").read_text(encoding="utf-8"))
    assert superseded == data["superseded"]  # type: ignore[index, union-attr]
    statuses = {r.status for r in list_certificates(db, wid)}
    assert CertificateStatus.VALID in statuses


def test_republishing_replaces_the_folder_whole_and_other_folders_are_refused(
    register, tmp_path: Path, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db, _wid, _issued = register
    out = tmp_path / "site"
    publish_site(db, out, None)
    (out / "workshops" / "OLD2020.json").write_text("{}", encoding="utf-8")
    publish_site(db, out, ["WALC2026"])
    assert [p.name for p in (out / "workshops").iterdir()] == ["WALC2026.json"]
    # Readable by anyone: it is meant to be uploaded.
    assert os.stat(out / "verify.html").st_mode & 0o044 == 0o044
    # No temporary or old folder is left beside it.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []

    other = tmp_path / "papers"
    other.mkdir()
    (other / "list.xlsx").write_bytes(b"not ours")
    with pytest.raises(Conflict) as refused:
        publish_site(db, other, None)
    assert refused.value.key == "publish.folder_not_ours"
    assert (other / "list.xlsx").read_bytes() == b"not ours"
    # The database's own folder holds other files: never swept away.
    with pytest.raises(Conflict):
        publish_site(db, db_path.parent, None)
    assert db_path.exists()
    with pytest.raises(ProtectedFileError):
        publish_site(db, db_path, None)
    with pytest.raises(NotFound) as unknown:
        publish_site(db, tmp_path / "x", ["NOPE2026"])
    assert unknown.value.key == "workshop.no_code"
    assert not (tmp_path / "x").exists()


def test_rotated_keys_are_all_published_and_a_first_key_is_made_when_there_is_none(
    db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from lacworkshop.services.operations import Change
    from lacworkshop.services.verification import rotate_key
    from lacworkshop.services.workshops.editing import WorkshopData, create_workshop

    create_workshop(
        db, WorkshopData("DNS2026", "Taller de DNSSEC", date(2026, 3, 2), date(2026, 3, 4))
    )
    first = publish_site(db, tmp_path / "site", None)
    assert Change.KEYS in first.changes  # the key to come is made and published
    assert first.value.workshops == ("DNS2026",) and first.value.listed == 0
    rotate_key(db)
    again = publish_site(db, tmp_path / "site", None)
    assert Change.KEYS not in again.changes
    keys = json.loads((tmp_path / "site" / "keys.json").read_text(encoding="utf-8"))
    assert keys == published_key_list(db)
    assert [k["retired"] is None for k in keys] == [True, False]  # newest first


def test_the_status_list_marks_the_revoked_version_and_verifies_with_the_published_key(
    register, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import jwt
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from lacworkshop.formats.credentials.keys import b64url_decode
    from lacworkshop.formats.credentials.open_badge import bit_is_set, decode_bitstring
    from lacworkshop.model import Certificate

    db, _wid, issued = register
    revoke(db, issued[3].id, "duplicate")
    out = tmp_path / "site"
    publish_site(db, out, None)
    (key,) = json.loads((out / "keys.json").read_text(encoding="utf-8"))
    public = Ed25519PublicKey.from_public_bytes(b64url_decode(key["x"]))
    token = (out / "status" / "revocation.jwt").read_text(encoding="ascii")
    # An independent JOSE library, given only the published key.
    claims = jwt.decode(token, public, algorithms=["EdDSA"], options={"verify_aud": False})
    subject = claims.get("credentialSubject") or claims["vc"]["credentialSubject"]
    bits = decode_bitstring(subject["encodedList"])
    with db.session() as session:
        index = {c.id: c.status_index for c in session.query(Certificate)}
    assert bit_is_set(bits, index[issued[3].id])
    assert not any(bit_is_set(bits, index[r.id]) for r in issued if r.id != issued[3].id)


def test_without_the_private_key_everything_but_the_signed_status_list_is_published(
    register, keys_folder: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db, _wid, _issued = register
    lost = [p for p in keys_folder.rglob("*") if p.is_file()]
    assert lost  # the private key is kept there in tests
    for path in lost:
        path.unlink()
    report = publish_site(db, tmp_path / "site", None).value
    assert "status/revocation.jwt" not in report.files
    assert not (tmp_path / "site" / "status").exists()
    assert (tmp_path / "site" / "verify.html").is_file()
    (warning,) = report.warnings
    assert warning.startswith("without the credentials' status list (status/): ")
