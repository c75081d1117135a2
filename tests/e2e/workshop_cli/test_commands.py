"""The workshop commands as a script uses them: listings, refusals, deletes that ask."""

from __future__ import annotations

from pathlib import Path

import pytest

from lacworkshop.resource_files import resource_path


@pytest.fixture
def walc(cli):  # type: ignore[no-untyped-def]
    assert (
        cli(
            "workshops",
            "add",
            "WALC2027",
            "--title",
            "WALC 2027",
            "--start",
            "2027-05-17",
            "--end",
            "2027-05-21",
            "--city",
            "Asunción",
            "--country",
            "PY",
        ).code
        == 0
    )
    assert cli("tracks", "add", "--workshop", "WALC2027", "Routing", "Seguridad").code == 0
    return cli


def test_show_edit_and_tracks(walc) -> None:  # type: ignore[no-untyped-def]
    cli = walc
    assert cli("workshops", "edit", "walc2027", "--min-share", "80%", "--status", "open").code == 0
    shown = dict(
        line.split("\t") for line in cli("workshops", "show", "WALC2027").stdout.splitlines()
    )
    assert shown["min_share"] == "0.80" and shown["status"] == "open"
    assert shown["city"] == "Asunción" and shown["tracks"] == "Routing, Seguridad"
    listing = cli("tracks", "list", "--workshop", "WALC2027").stdout.splitlines()
    assert listing[0] == "id\tname\tsessions\tpeople"
    assert [r.split("\t")[1] for r in listing[1:]] == ["Routing", "Seguridad"]
    bad = cli(
        "workshops",
        "add",
        "WALC2027",
        "--title",
        "x",
        "--start",
        "2027-01-01",
        "--end",
        "2027-01-02",
    )
    assert bad.code == 1 and "already has the code" in bad.stderr
    assert bad.stderr.count("\n") == 1


def test_overlap_refused_unless_allowed(walc) -> None:  # type: ignore[no-untyped-def]
    cli = walc
    add = (
        "sessions",
        "add",
        "--workshop",
        "WALC2027",
        "--date",
        "2027-05-17",
        "--track",
        "Routing",
    )
    assert cli(*add, "--start", "09:00", "--end", "12:30", "--topic", "BGP").code == 0
    refused = cli(*add, "--start", "10:00", "--end", "11:00", "--topic", "")
    assert refused.code == 1
    assert "has no topic" in refused.stderr and "overlaps" in refused.stderr
    assert "--allow-problems" in refused.stderr
    assert len(cli("sessions", "list", "--workshop", "WALC2027").stdout.splitlines()) == 2
    allowed = cli(*add, "--start", "10:00", "--end", "11:00", "--topic", "x", "--allow-problems")
    assert allowed.code == 0 and "warning" in allowed.stderr
    check = cli("schedule", "check", "--workshop", "WALC2027")
    assert check.code == 1 and "overlap" in check.stdout


def test_deletes_say_what_goes_and_need_yes(walc) -> None:  # type: ignore[no-untyped-def]
    cli = walc
    cli("schedule", "generate", "--workshop", "WALC2027", "--topic", "Lab")
    asked = cli("tracks", "delete", "--workshop", "WALC2027", "Seguridad")
    assert asked.code == 1
    assert "with 10 session(s)" in asked.stderr and "add --yes" in asked.stderr
    assert cli("tracks", "delete", "--workshop", "WALC2027", "Seguridad", "--yes").code == 0
    assert cli("sessions", "list", "--workshop", "WALC2027").stdout.count("Seguridad") == 0
    gone = cli("workshops", "delete", "WALC2027", "--yes")
    assert gone.code == 0 and "with 1 track(s), 10 session(s)" in gone.stdout
    # No undo on the command line: the database is copied first.
    backup = gone.stderr.split("backup before the change: ", 1)[1].splitlines()[0]
    assert Path(backup).is_file() and Path(backup).stat().st_size > 0
    assert cli("workshops").stdout.splitlines()[1:] == []


def test_people_marks_and_revoke(walc, tmp_path: Path, own_images) -> None:  # type: ignore[no-untyped-def]
    cli = walc
    cli("schedule", "generate", "--workshop", "WALC2027", "--topic", "Lab", "--to", "2027-05-17")
    pid = cli(
        "person", "add", "--given", "María José", "--family", "Núñez", "--email", "MJ@Example.org",
        "--workshop", "WALC2027", "--track", "Routing",
    ).stdout.strip()  # fmt: skip
    twin = cli("person", "add", "--given", "Otra", "--email", "mj@example.org ")
    assert twin.code == 1 and "same email" in twin.stderr and pid in twin.stderr
    # Editing someone else into her email is refused the same way, and nothing is saved.
    ana = cli("person", "add", "--given", "Ana", "--email", "ana@example.org").stdout.strip()
    taken = cli("person", "edit", ana, "--email", "MJ@example.org", "--phone", "+598 1")
    assert taken.code == 1 and "same email" in taken.stderr and pid in taken.stderr
    assert "ana@example.org" in cli("people", "--search", "Ana").stdout
    record = tmp_path / "ana.json"
    cli("privacy", "export", "--person", ana, "-o", str(record))
    assert "+598" not in record.read_text(encoding="utf-8")
    # A field that says nothing of who she is saves, and --allow-duplicate saves anyway.
    assert cli("person", "edit", ana, "--phone", "+598 2").code == 0
    assert cli("person", "edit", ana, "--email", "mj@example.org", "--allow-duplicate").code == 0
    assert cli("person", "delete", ana, "--yes").code == 0
    sessions = [
        line.split("\t")
        for line in cli("sessions", "list", "--workshop", "WALC2027").stdout.splitlines()[1:]
    ]
    routing = [s[0] for s in sessions if s[5] == "Routing"]
    security = [s[0] for s in sessions if s[5] == "Seguridad"]
    # Not her track: refused, nothing saved.
    wrong = cli("attendance", "mark", "--session", security[0], "--person", pid, "--mark", "P")
    assert wrong.code == 1 and "does not follow the track" in wrong.stderr
    marked = cli("attendance", "mark", "--session", *routing, input="mj@example.org P\n")
    assert marked.code == 0 and marked.stdout.count("1 mark(s) changed") == 2
    logo, signature = own_images
    cli("organisation", "--logo", str(logo))
    cli("signatories", "add", "Rosa Martínez", "--signature", str(signature))
    issued = cli(
        "certificates",
        "issue",
        "--workshop",
        "WALC2027",
        "--before-end",
        "-o",
        str(tmp_path / "c.pdf"),
    )
    assert issued.code == 0
    code = (
        cli("certificates", "list", "--workshop", "WALC2027").stdout.splitlines()[1].split("\t")[0]
    )
    assert cli("certificates", "revoke", code.lower(), "--reason", "error de nombre").code == 0
    verify = cli("verify", code)
    assert verify.code == 1 and "revoked" in verify.stdout.lower()
    # Merge and delete ask too.
    same_name = ("person", "add", "--given", "Maria Jose", "--family", "Nunez")
    assert "same name" in cli(*same_name).stderr
    other = cli(*same_name, "--allow-duplicate").stdout.strip()
    assert cli("person", "merge", pid, other).code == 1
    assert cli("person", "merge", pid, other, "--yes").code == 0
    assert cli("person", "delete", "mj@example.org", "--yes").code == 0


def test_signatory_image_is_checked(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli = walc
    text = tmp_path / "firma.png"
    text.write_text("not an image")
    bad = cli("signatories", "add", "Rosa", "--signature", str(text))
    assert bad.code == 1 and "PNG or JPEG" in bad.stderr
    sig = str(resource_path("templates", "sample-signature.png"))
    assert (
        cli(
            "signatories", "add", "Rosa Martínez", "--signature", sig, "--workshop", "WALC2027"
        ).code
        == 0
    )
    rows = cli("signatories", "list", "--workshop", "WALC2027").stdout.splitlines()
    assert rows[1].split("\t")[1:3] == ["Rosa Martínez", ""] and "\tyes\t" in rows[1]


def test_import_into_several_tracks_asks_which(walc, shared_data: Path) -> None:  # type: ignore[no-untyped-def]
    cli = walc
    file = str(shared_data / "inscriptos_excel.csv")
    refused = cli("import", file, "--workshop", "WALC2027", "--encoding", "cp1252")
    assert refused.code == 1 and "2 tracks (Routing, Seguridad)" in refused.stderr
    assert cli("people", "--workshop", "WALC2027").stdout.count("\n") == 1
    ok = cli("import", file, "--workshop", "WALC2027", "--encoding", "cp1252", "--track", "Routing")
    assert ok.code == 0
    rows = cli("people", "--workshop", "WALC2027").stdout.splitlines()[1:]
    assert rows and all(r.split("\t")[8] == "Routing" for r in rows)


def test_no_command_opens_the_window(cli, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import lacworkshop.ui.app as app

    opened: list[Path] = []
    monkeypatch.setattr(app, "run_gui", lambda path=None: opened.append(path) or 0)
    assert cli().code == 0
    assert opened == [tmp_path / "w.sqlite3"]
    from lacworkshop.cli import gui_main

    monkeypatch.setattr("sys.argv", ["lacworkshop-gui", "--db", str(tmp_path / "x.sqlite3")])
    assert gui_main() == 0
    assert opened[-1] == tmp_path / "x.sqlite3"


@pytest.mark.parametrize(
    "command",
    [
        "workshops add", "workshops edit", "workshops show", "workshops delete",
        "tracks list", "tracks add", "tracks rename", "tracks delete",
        "sessions list", "sessions add", "sessions edit", "sessions delete",
        "schedule generate", "schedule export", "schedule check", "trainers assign",
        "signatories list", "signatories add", "signatories delete", "attendance mark",
        "override set", "override clear", "certificates revoke", "person add", "person edit",
        "person merge", "person delete", "templates list", "templates export", "templates import",
        "workshops", "tracks", "sessions", "schedule", "person", "templates", "organisation",
    ],
)  # fmt: skip
def test_every_command_help_has_an_example(cli, command: str) -> None:  # type: ignore[no-untyped-def]
    shown = cli(*command.split(), "--help")
    assert shown.code == 0
    example = shown.stdout.split("example:\n", 1)[1]
    assert example.lstrip().startswith("lacworkshop ")


def test_the_desktop_entry_point_needs_no_argument() -> None:
    """The .desktop file runs ``lacworkshop-gui`` bare: its function takes no argument."""
    import inspect
    import tomllib

    from tests.conftest import REPO

    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    target = project["gui-scripts"]["lacworkshop-gui"]
    module, _, name = target.partition(":")
    function = getattr(__import__(module, fromlist=[name]), name)
    required = [
        p
        for p in inspect.signature(function).parameters.values()
        if p.default is inspect.Parameter.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]
    assert required == []


def test_a_session_trainer_must_teach_in_the_workshop(walc) -> None:  # type: ignore[no-untyped-def]
    cli = walc
    cli("person", "add", "--given", "Ana", "--email", "ana@example.org")
    add = ("sessions", "add", "--workshop", "WALC2027", "--date", "2027-05-17", "--start", "09:00")
    refused = cli(*add, "--end", "10:00", "--topic", "BGP", "--trainer", "ana@example.org")
    assert refused.code == 1 and "not a trainer of this workshop" in refused.stderr
    cli("person", "edit", "ana@example.org", "--workshop", "WALC2027", "--role", "trainer")
    ok = cli(*add, "--end", "10:00", "--topic", "BGP", "--trainer", "ANA@example.org")
    assert ok.code == 0
    listing = cli("sessions", "list", "--workshop", "WALC2027").stdout.splitlines()
    assert listing[1].split("\t")[-1] == "Ana"


def test_moving_a_trainer_keeps_the_role(walc) -> None:  # type: ignore[no-untyped-def]
    cli = walc
    cli(
        "person", "add", "--given", "Ana", "--email", "ana@example.org",
        "--workshop", "WALC2027", "--role", "trainer", "--track", "Routing",
    )  # fmt: skip
    moved = cli(
        "person", "edit", "ana@example.org", "--workshop", "WALC2027", "--track", "Seguridad"
    )
    assert moved.code == 0 and "as trainer" in moved.stderr
    rows = cli("people", "--workshop", "WALC2027").stdout.splitlines()[1:]
    assert [r.split("\t")[7:9] for r in rows] == [["trainer", "Seguridad"]]


def test_generate_over_a_plenary_export_and_templates(walc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    cli = walc
    cli(
        "sessions", "add", "--workshop", "WALC2027", "--date", "2027-05-18", "--start", "09:00",
        "--end", "10:00", "--plenary", "--topic", "Apertura",
    )  # fmt: skip
    gen = ("schedule", "generate", "--workshop", "WALC2027", "--block", "09:00-12:30")
    refused = cli(*gen)
    assert refused.code == 1 and refused.stderr.count("overlaps") == 2  # Routing and Seguridad
    assert len(cli("sessions", "list", "--workshop", "WALC2027").stdout.splitlines()) == 2
    assert cli(*gen, "--allow-problems").code == 0
    out = tmp_path / "walc.ics"
    assert (
        "(America/Asuncion)"
        in cli("schedule", "export", "--workshop", "WALC2027", "-o", str(out)).stdout
    )
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 11

    names = [r.split("\t")[0] for r in cli("templates", "list").stdout.splitlines()[1:]]
    assert {"Classic", "Modern", "Bilingual"} <= set(names)
    shared = tmp_path / "modern.zip"
    assert cli("templates", "export", "Modern", "-o", str(shared)).code == 0
    assert cli("templates", "import", str(shared)).code == 1  # a built-in of that name
    assert cli("templates", "import", str(shared), "--name", "Moderno LACNIC").code == 0
    assert "Moderno LACNIC" in cli("templates", "list").stdout
