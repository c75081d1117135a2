"""The organisation's key: made on first use, kept off the database, rotated, lost."""

from __future__ import annotations

import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from lacworkshop.errors import UserError
from lacworkshop.formats.credentials import load_public_keys
from lacworkshop.formats.credentials.keys import key_id, private_pem
from lacworkshop.model import Certificate, SigningKey
from lacworkshop.services.certificates.verify import Verdict, verify
from lacworkshop.services.verification import export_public_key, rotate_key, show_keys
from lacworkshop.services.verification.key_store import KEYRING, load_private_key


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_first_key_is_a_private_file_of_the_user_and_never_in_the_database(
    db, db_path: Path, keys_folder: Path
) -> None:  # type: ignore[no-untyped-def]
    keys = show_keys(db).value
    assert len(keys) == 1 and keys[0].active and keys[0].private_place == "file"
    kid = keys[0].kid
    assert keys[0].fingerprint == " ".join(kid[i : i + 4] for i in range(0, 16, 4))
    key_file = keys_folder / f"{kid}.pem"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys_folder.stat().st_mode) == 0o700
    private = load_private_key(kid)
    assert private is not None and key_id(private.public_key()) == kid
    # Neither the PEM nor the raw 32 private bytes are anywhere in the database file.
    db.close()
    data = db_path.read_bytes()
    raw = private.private_bytes_raw()
    assert raw not in data and private_pem(private) not in data
    assert show_keys(db).value == keys  # the same key the second time: none made


def test_a_working_keyring_holds_the_key_and_no_file_is_written(db, keys_folder: Path) -> None:  # type: ignore[no-untyped-def]
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        view = show_keys(db).value[0]
        assert view.private_place == KEYRING
        assert not (keys_folder / f"{view.kid}.pem").exists()
        assert any(view.kid in user for _, user in memory.store)
    finally:
        keyring.set_keyring(before)


def test_a_lost_private_key_is_explained_and_rotation_keeps_old_certificates_valid(
    issued, keys_folder: Path
) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.model import CertificateKind
    from lacworkshop.services.certificates.issuing import issue_certificates, list_certificates

    db, wid, report = issued
    old = report.issued[0]
    with db.session() as session:
        kid = session.scalars(select(SigningKey.kid)).one()
    (keys_folder / f"{kid}.pem").unlink()
    with db.session() as session:  # someone new to certify: the run needs the key
        session.delete(session.get(Certificate, report.issued[-1].id))
    with pytest.raises(UserError) as lost:
        issue_certificates(db, wid, CertificateKind.PARTICIPATION, before_end=True)
    assert lost.value.key == "keys.private_lost"
    assert "keys rotate" in lost.value.message("en")
    assert verify(db, old.payload).verdict is Verdict.VALID  # verifying needs no private key

    new = rotate_key(db).value
    assert new.active and new.private_place == "file"
    again = issue_certificates(db, wid, CertificateKind.PARTICIPATION, before_end=True)
    assert len(again.issued) == 1
    assert verify(db, again.issued[0].payload).verdict is Verdict.VALID
    assert verify(db, old.payload).verdict is Verdict.VALID
    views = show_keys(db).value
    assert [v.active for v in views] == [True, False] and views[1].retired is not None
    with db.session() as session:
        assert len(session.scalars(select(SigningKey)).all()) == 2
    assert len(list_certificates(db, wid)) == len(report.issued)


def test_export_writes_every_public_key_active_first(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = show_keys(db).value[0]
    second = rotate_key(db).value
    out = tmp_path / "org.pem"
    export_public_key(db, out)
    keys = load_public_keys(out.read_bytes())
    assert [key_id(k) for k in keys] == [second.kid, first.kid]
    assert out.read_text().count("BEGIN PUBLIC KEY") == 2
