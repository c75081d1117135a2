"""Where the organisation's private key is kept: the system keyring, else a private file.

The private key never enters the database, so a backup or a copy of the
database sent to a colleague carries no means to sign. The keyring is tried
first and read back (a keyring that silently stores nothing is not a place);
where none works the key is a PEM file readable by the user only, in a
``keys`` folder of the user's data folder (``LACWORKSHOP_KEYS_DIR`` moves it).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from lacworkshop.formats.credentials import load_private_pem, private_pem
from lacworkshop.storage.paths import APP_NAME

SERVICE = APP_NAME
KEYS_ENV = "LACWORKSHOP_KEYS_DIR"
KEYRING = "keyring"
FILE = "file"


def keys_folder() -> Path:
    """The folder of private key files (used only where no keyring works)."""
    env = os.environ.get(KEYS_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "keys"


def _account(kid: str) -> str:
    return f"organisation-key-{kid}"


def _key_file(kid: str) -> Path:
    return keys_folder() / f"{kid}.pem"


def _keyring_set(kid: str, text: str) -> bool:
    """Store in the keyring; True only when it reads the same text back."""
    try:
        import keyring

        keyring.set_password(SERVICE, _account(kid), text)
        return keyring.get_password(SERVICE, _account(kid)) == text
    except Exception:  # any backend failure (no D-Bus, locked, refused) means: use the file
        return False


def _keyring_get(kid: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, _account(kid))
    except Exception:  # an unusable keyring holds nothing we can read
        return None


def _write_private_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(path.parent, 0o700)
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    # Created 0600 from the first byte: never readable by others, not even for a moment.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def store_private_key(kid: str, key: Ed25519PrivateKey) -> str:
    """Keep *key* under *kid*; returns where: ``keyring`` or ``file``."""
    pem = private_pem(key)
    if _keyring_set(kid, pem.decode("ascii")):
        return KEYRING
    _write_private_file(_key_file(kid), pem)
    return FILE


def private_key_place(kid: str) -> str | None:
    """``keyring`` or ``file`` where the private key of *kid* is, None when it is nowhere."""
    if _keyring_get(kid):
        return KEYRING
    if _key_file(kid).is_file():
        return FILE
    return None


def load_private_key(kid: str) -> Ed25519PrivateKey | None:
    """The private key of *kid*, or None when neither the keyring nor the file has it."""
    text = _keyring_get(kid)
    data = text.encode("ascii") if text else None
    if data is None:
        try:
            data = _key_file(kid).read_bytes()
        except OSError:
            return None
    try:
        return load_private_pem(data)
    except ValueError:
        return None
