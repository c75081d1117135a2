"""Attendee lists: chosen columns only, in order, filtered, numbers from the standings."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lacworkshop.model import ParticipationStatus, Role
from lacworkshop.services.attendance.standings import workshop_standings
from lacworkshop.services.errors import NotFoundError, ValidationError
from lacworkshop.services.reports.export_presets import (
    FUNDER,
    VENUE,
    delete_preset,
    get_preset,
    list_presets,
    save_preset,
)
from lacworkshop.services.reports.people_export import (
    DEFAULT_COLUMNS,
    FIELDS,
    PeopleFilter,
    export_people,
    people_table,
)
from tests.unit.reports.builders import NASTY_TRACK


def _csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_default_columns_in_the_workshop_language(db, nasty) -> None:
    table = people_table(db, nasty.workshop_id)
    assert table.language == "es"
    assert [c.header for c in table.columns] == [
        "Nombres",
        "Apellidos",
        "Correo electrónico",
        "Organización",
        "País",
        "Rol",
        "Itinerario",
        "Estado",
    ]
    # Active people of every role; the cancelled one is left out by default.
    assert len(table.rows) == 12
    assert all(r[0] != "Cancelada" for r in table.rows)


def test_headers_and_country_names_follow_the_language(db, nasty) -> None:
    for lang, header, country in (
        ("en", "Country", "Uruguay"),
        ("pt", "País", "Uruguai"),
        ("fr", "Pays", "Uruguay"),
        ("es", "País", "Uruguay"),
    ):
        table = people_table(db, nasty.workshop_id, ["country", "country_code"], language=lang)
        assert table.columns[0].header == header
        assert [country, "UY"] in table.rows
    brazil = people_table(db, nasty.workshop_id, ["country"], language="fr").rows
    assert ["Brésil"] in brazil


def test_columns_come_in_the_chosen_order(tmp_path: Path, db, nasty) -> None:
    out = tmp_path / "l.csv"
    export_people(db, nasty.workshop_id, out, ["email", "family_names"], language="en")
    rows = _csv(out)
    assert rows[0] == ["Email", "Family names"]
    assert all(r[0].endswith("@example.org") for r in rows[1:] if r[0])


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_fields_not_named_are_never_written(tmp_path: Path, db, nasty, suffix: str) -> None:
    out = tmp_path / f"venue{suffix}"
    preset = get_preset(db, VENUE)
    export_people(db, nasty.workshop_id, out, preset.columns, preset.filters)
    raw = out.read_bytes()
    if suffix == ".xlsx":
        raw = b"".join(zipfile.ZipFile(out).read(n) for n in zipfile.ZipFile(out).namelist())
    for secret in (b"@example.org", b"DOC-0001", b"+598 99", b"hombre", b"-mujer"):
        assert secret not in raw


def test_filters_by_track_role_status_and_eligibility(db, nasty) -> None:
    standings = workshop_standings(db, nasty.workshop_id, roles=tuple(Role), include_inactive=True)
    by_track = people_table(
        db, nasty.workshop_id, ["given_names"], PeopleFilter(tracks=("routing",)), "en"
    )
    assert len(by_track.rows) == sum(
        1
        for s in standings
        if s.track_name == "Routing" and s.status is ParticipationStatus.CONFIRMED
    )
    trainers = people_table(
        db, nasty.workshop_id, ["given_names"], PeopleFilter(roles=(Role.TRAINER,))
    )
    assert trainers.rows == [["@Trainer"]]
    cancelled = people_table(
        db,
        nasty.workshop_id,
        ["given_names"],
        PeopleFilter(statuses=(ParticipationStatus.CANCELLED,)),
    )
    assert cancelled.rows == [["Cancelada"]]
    eligible = people_table(
        db,
        nasty.workshop_id,
        ["given_names", "eligible"],
        PeopleFilter(eligible=True, roles=(Role.ATTENDEE,)),
        "en",
    )
    expected = {
        s.given_names
        for s in standings
        if s.result.eligible
        and s.role is Role.ATTENDEE
        and s.status is ParticipationStatus.CONFIRMED
    }
    assert {r[0].replace("\x00", "\ufffd") for r in eligible.rows} == {
        n.replace("\x00", "\ufffd") for n in expected
    }
    assert expected and all(r[1] == "Yes" for r in eligible.rows)
    not_eligible = people_table(
        db, nasty.workshop_id, ["given_names"], PeopleFilter(eligible=False, roles=(Role.ATTENDEE,))
    )
    assert len(not_eligible.rows) + len(eligible.rows) == 11


def test_hours_and_share_are_the_standings(tmp_path: Path, db, nasty) -> None:
    out = tmp_path / "h.xlsx"
    export_people(
        db,
        nasty.workshop_id,
        out,
        ["given_names", "attended_hours", "scheduled_hours", "share"],
        PeopleFilter(roles=(Role.ATTENDEE,)),
    )
    ws = load_workbook(out).active
    got = [
        (ws.cell(r, 2).value, ws.cell(r, 3).value, ws.cell(r, 4).value)
        for r in range(2, ws.max_row + 1)
    ]
    want = [
        (s.result.attended_hours, s.result.scheduled_hours, round(s.result.share, 4))
        for s in workshop_standings(db, nasty.workshop_id)
    ]
    assert got == want
    assert ws.cell(2, 2).number_format == "0.0#" and ws.cell(2, 4).number_format == "0%"


def test_mistakes_get_clear_errors(tmp_path: Path, db, nasty) -> None:
    with pytest.raises(ValidationError, match="Unknown column 'phone'"):
        people_table(db, nasty.workshop_id, ["given_names", "phone"])
    with pytest.raises(ValidationError, match="chosen twice"):
        people_table(db, nasty.workshop_id, ["email", "email"])
    with pytest.raises(ValidationError, match=r"no track 'Nope'.*Routing"):
        people_table(db, nasty.workshop_id, filters=PeopleFilter(tracks=("Nope",)))
    with pytest.raises(ValidationError, match=r"\.xlsx or \.csv"):
        export_people(db, nasty.workshop_id, tmp_path / "l.pdf")
    with pytest.raises(NotFoundError):
        people_table(db, 999)
    assert not list(tmp_path.glob("l.*"))


def test_presets_built_in_saved_replaced_deleted(db, nasty) -> None:
    names = [p.name for p in list_presets(db)]
    assert names == [VENUE, FUNDER]
    funder = get_preset(db, "FOR THE FUNDER")
    assert {"gender", "attended_hours", "eligible"} <= set(funder.columns)
    saved = save_preset(
        db,
        "  Para  la   embajada ",
        ["family_names", "given_names", "country"],
        PeopleFilter(tracks=(NASTY_TRACK,), roles=(Role.ATTENDEE,), eligible=True),
    )
    assert saved.name == "Para la embajada"
    again = get_preset(db, "para la embajada")
    assert again.columns == ("family_names", "given_names", "country")
    assert again.filters == PeopleFilter(
        tracks=(NASTY_TRACK,), roles=(Role.ATTENDEE,), eligible=True
    )
    save_preset(db, "PARA LA EMBAJADA", ["email"])
    assert [p.columns for p in list_presets(db) if not p.builtin] == [("email",)]
    with pytest.raises(ValidationError, match="built-in"):
        save_preset(db, "For the venue", ["email"])
    with pytest.raises(ValidationError, match="built-in"):
        delete_preset(db, VENUE)
    with pytest.raises(ValidationError, match="Unknown column"):
        save_preset(db, "x", ["salary"])
    delete_preset(db, "para la embajada")
    assert [p.name for p in list_presets(db)] == [VENUE, FUNDER]
    with pytest.raises(NotFoundError):
        get_preset(db, "para la embajada")


def test_a_damaged_preset_setting_does_not_break_exports(db, nasty) -> None:
    from lacworkshop.model import Setting

    with db.session() as s:
        s.add(
            Setting(
                key="export.people.presets",
                value='{"old": {"columns": ["gone"]}, "ok": {"columns": ["email"]}}',
            )
        )
    assert [p.name for p in list_presets(db)] == [VENUE, FUNDER, "ok"]
    assert set(DEFAULT_COLUMNS) <= set(FIELDS)


class _CancelAfter:
    """A progress sink whose person presses Cancel after the first report."""

    def __init__(self) -> None:
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total))

    def check(self) -> None:
        if self.reports:
            raise KeyboardInterrupt("cancelled")


def test_a_cancelled_export_writes_nothing(tmp_path: Path, db, nasty) -> None:
    out = tmp_path / "l.xlsx"
    sink = _CancelAfter()
    with pytest.raises(KeyboardInterrupt):
        export_people(db, nasty.workshop_id, out, progress=sink)
    assert sink.reports and not list(tmp_path.glob("*l.xlsx*"))
