"""Errors on the command line: one line in the person's language, no traceback, no personal data.

What a person can fix prints one line (exit 1); a bug prints an apology naming
the log (exit 70) and the log keeps the traceback with personal values masked.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lacworkshop.cli import main
from lacworkshop.errors import set_message_language

WORKSHOP = "WALC2026"
LOG_DIR = Path(os.environ.get("TMPDIR", "/tmp")) / f"lacworkshop-test-logs-{os.getpid()}"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    env = _env()
    subprocess.run(
        [sys.executable, "-m", "lacworkshop", "--db", str(db), "demo", "--workshops", "1"],
        env=env,
        check=True,
        capture_output=True,
    )
    return db


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """In-process runs read LANG too: pin English, and leave English behind."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    set_message_language("en")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.pop("LACWORKSHOP_DB", None)
    # A bug's log goes to a folder of the test run, never the user's own log.
    env["LACWORKSHOP_LOG_DIR"] = str(LOG_DIR)
    env.update(extra)
    return env


def _cli(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lacworkshop", "--db", str(db), *args],
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "es_AR.UTF-8"}, "lacworkshop: error: No hay ningún taller con el código 'NOPE'."),
        ({"LANG": "pt_BR.UTF-8"}, "lacworkshop: erro: Não há oficina com o código 'NOPE'."),
        (
            {"LANG": "fr_FR.UTF-8"},
            "lacworkshop: erreur : Il n'y a aucun atelier avec le code 'NOPE'.",
        ),
        ({"LANG": "en_GB.UTF-8"}, "lacworkshop: error: There is no workshop with code 'NOPE'."),
        ({}, "lacworkshop: error: There is no workshop with code 'NOPE'."),
        ({"LANG": "de_DE.UTF-8"}, "lacworkshop: error: There is no workshop with code 'NOPE'."),
        (
            {"LANG": "en_US.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8"},
            "lacworkshop: erro: Não há oficina com o código 'NOPE'.",
        ),
        (
            {"LC_ALL": "es_MX.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"},
            "lacworkshop: error: No hay ningún taller con el código 'NOPE'.",
        ),
    ],
)
def test_the_one_line_follows_the_locale(
    demo_file: Path, tmp_path: Path, env: dict[str, str], expected: str
) -> None:
    proc = _cli(
        demo_file, "export", "people", "--workshop", "NOPE", "-o", str(tmp_path / "x.csv"), **env
    )
    assert proc.returncode == 1
    assert _one_line(proc.stderr) == expected


def test_listing_headers_stay_english_for_scripts(demo_file: Path) -> None:
    proc = _cli(demo_file, "workshops", LANG="es_AR.UTF-8")
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[0].split("\t")[0] == "code"


def test_output_to_a_closed_pipe_stops_quietly(demo_file: Path) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line, as after `head -1`
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "lacworkshop", "--db", str(demo_file), "people"],
            env=_env(),
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
        )
    finally:
        os.close(write_end)
    assert proc.stderr == ""
    assert proc.returncode == 141


def test_people_piped_to_head_exits_quietly(demo_file: Path) -> None:
    command = f'"{sys.executable}" -m lacworkshop --db "{demo_file}" people | head -1'
    proc = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.stdout.split("\t")[0] == "id"
    assert proc.stderr == ""
    assert proc.returncode in (0, 141)


def test_a_bug_apologises_names_the_log_and_logs_the_traceback_masked(
    demo_file: Path, tmp_path: Path
) -> None:
    logs = tmp_path / "logs"
    script = (
        "import sys\n"
        "import lacworkshop.services.workshops.listing as w\n"
        "def boom(*a, **k):\n"
        "    raise RuntimeError('could not list ' + 'ana.silva' + '@example.org')\n"
        "w.list_workshops = boom\n"
        "from lacworkshop.cli import main\n"
        f"sys.exit(main(['--db', {str(demo_file)!r}, 'workshops']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        env=_env(LANG="es_AR.UTF-8", LACWORKSHOP_LOG_DIR=str(logs)),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 70
    line = _one_line(proc.stderr)
    assert "Sus datos están a salvo" in line and str(logs / "lacworkshop.log") in line
    assert "example.org" not in line
    written = (logs / "lacworkshop.log").read_text(encoding="utf-8")
    assert "Traceback" in written and "RuntimeError" in written and "boom" in written
    assert "ana.silva@example.org" not in written
    assert oct((logs / "lacworkshop.log").stat().st_mode & 0o777) == "0o600"
    assert oct(logs.stat().st_mode & 0o777) == "0o700"


def test_read_only_database_is_one_line(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, english
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    import lacworkshop.storage.database as database

    db = tmp_path / "ro.sqlite3"
    db.write_bytes(demo_file.read_bytes())

    def read_only_engine(path: Path):  # type: ignore[no-untyped-def]
        # SQLite refuses every write on this connection, as it does on a read-only file
        # (file modes cannot show it when the tests run as root).
        return create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", hide_parameters=True)

    monkeypatch.setattr(database, "make_engine", read_only_engine)
    code = main(["--db", str(db), "demo", "--people", "5", "--workshops", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert _one_line(err) == (
        "lacworkshop: error: The database is read-only; nothing was saved. Check the "
        "permissions of the file and its folder."
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="file modes do not bind root")
def test_read_only_database_file_is_one_line(demo_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "ro.sqlite3"
    db.write_bytes(demo_file.read_bytes())
    db.chmod(0o400)
    proc = _cli(db, "demo", "--people", "5", "--workshops", "1")
    assert proc.returncode == 1
    _one_line(proc.stderr)


def test_unwritable_backups_folder_is_one_line(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, english
) -> None:  # type: ignore[no-untyped-def]
    import lacworkshop.storage.backup as backup

    db = tmp_path / "b.sqlite3"
    db.write_bytes(demo_file.read_bytes())
    real_connect = sqlite3.connect

    def connect(target: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        # What SQLite says when the backups folder refuses the new file.
        if str(target).endswith(".part"):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup.sqlite3, "connect", connect)
    code = main(["--db", str(db), "backup"])
    err = capsys.readouterr().err
    assert code == 1
    assert "could not be opened or created" in _one_line(err)


@pytest.mark.skipif(os.geteuid() == 0, reason="file modes do not bind root")
def test_unwritable_backups_folder_by_mode_is_one_line(demo_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    db.write_bytes(demo_file.read_bytes())
    backups = tmp_path / "backups"
    backups.mkdir()
    backups.chmod(0o500)
    proc = _cli(db, "backup", LANG="pt_BR.UTF-8")
    assert proc.returncode == 1
    _one_line(proc.stderr)


def test_disk_full_is_one_line_and_leaves_no_file(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, english
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out" / "people.csv"
    out.parent.mkdir()

    def full(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", full)
    code = main(
        ["--db", str(demo_file), "export", "people", "--workshop", WORKSHOP, "-o", str(out)]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert _one_line(err) == (
        "lacworkshop: error: The disk is full; nothing was saved. Free some space and try again."
    )
    assert list(out.parent.iterdir()) == []


def test_a_csv_field_over_the_limit_is_one_line(demo_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    db.write_bytes(demo_file.read_bytes())
    source = tmp_path / "inscripciones.csv"
    source.write_text(
        'Nombre,Apellido,Correo\nAna,Silva,ana@example.org\n"'
        + "x" * 140_000
        + '",Pérez,p@example.org\n',
        encoding="utf-8",
    )
    proc = _cli(db, "import", str(source), "--workshop", WORKSHOP, LANG="es_AR.UTF-8")
    assert proc.returncode == 1
    line = _one_line(proc.stderr)
    # The limit is a spreadsheet cell's (input_limits), below the csv module's 131,072.
    assert "inscripciones.csv" in line and "32,767" in line and "caracteres" in line
    assert "example.org" not in line
