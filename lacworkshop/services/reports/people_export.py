"""Attendee lists: the columns a person chose, in their order, filtered; xlsx or CSV.

Data minimisation: a list is built from the chosen fields only, so a personal
field nobody named never reaches the file. Hours and eligibility come from
:mod:`services.standings` (the one rule).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select

from lacworkshop.formats.catalogue import text
from lacworkshop.formats.text import country_name, gender_name
from lacworkshop.formats.writing import Column, Kind, Sheet, write_csv, write_xlsx
from lacworkshop.model import ParticipationStatus, Role, Track, Workshop
from lacworkshop.services.attendance import ParticipantStanding, workshop_standings
from lacworkshop.services.errors import ValidationError
from lacworkshop.services.lookup import require_workshop
from lacworkshop.services.privacy import consent_texts
from lacworkshop.storage import Database

ACTIVE_STATUSES = (ParticipationStatus.REGISTERED, ParticipationStatus.CONFIRMED)
DEFAULT_COLUMNS = (
    "given_names",
    "family_names",
    "email",
    "organisation",
    "country",
    "role",
    "track",
    "status",
)


class ProgressSink(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...
    def check(self) -> None: ...


Getter = Callable[[ParticipantStanding, str], Any]
# Certificate columns read the participant's current certificate (None: not issued).
CertificateGetter = Callable[[Any, str], Any]


@dataclass(frozen=True)
class FieldDef:
    key: str
    header_key: str
    kind: Kind
    get: Getter
    from_certificate: CertificateGetter | None = None


def _certificate_file(row: Any, _lang: str) -> str | None:
    from lacworkshop.services.reports.people_export_certificates import certificate_file_name

    # No file is written for a holder whose data was erased: name none.
    return certificate_file_name(row) if row is not None and not row.holder_erased else None


def _certificate_status(row: Any, lang: str) -> str:
    return text(f"mail.status.{row.status.value}" if row is not None else "mail.status.none", lang)


def _yes_no(value: bool, lang: str) -> str:
    return text("reports.yes" if value else "reports.no", lang)


FIELDS: dict[str, FieldDef] = {
    f.key: f
    for f in (
        FieldDef("given_names", "col.given_names", "text", lambda s, _l: s.given_names),
        FieldDef("family_names", "col.family_names", "text", lambda s, _l: s.family_names),
        FieldDef("full_name", "reports.col.full_name", "text", lambda s, _l: s.display_name),
        FieldDef(
            "preferred_name", "reports.col.preferred_name", "text", lambda s, _l: s.preferred_name
        ),
        FieldDef("email", "col.email", "text", lambda s, _l: s.email),
        FieldDef("organisation", "col.organisation", "text", lambda s, _l: s.organisation),
        FieldDef("country", "col.country", "text", lambda s, lang: country_name(s.country, lang)),
        FieldDef("country_code", "reports.col.country_code", "text", lambda s, _l: s.country),
        FieldDef(
            "gender",
            "reports.col.gender",
            "text",
            lambda s, lang: gender_name(s.gender, lang, s.gender_text),
        ),
        FieldDef("language", "reports.col.language", "text", lambda s, _l: s.language),
        FieldDef("role", "col.role", "text", lambda s, lang: text(f"reports.role.{s.role}", lang)),
        FieldDef("track", "col.track", "text", lambda s, _l: s.track_name),
        FieldDef(
            "status", "col.status", "text", lambda s, lang: text(f"reports.status.{s.status}", lang)
        ),
        FieldDef(
            "attended_hours",
            "reports.col.attended_hours",
            "hours",
            lambda s, _l: s.result.attended_hours,
        ),
        FieldDef(
            "scheduled_hours",
            "reports.col.scheduled_hours",
            "hours",
            lambda s, _l: s.result.scheduled_hours,
        ),
        FieldDef("share", "reports.col.share", "percent", lambda s, _l: round(s.result.share, 4)),
        FieldDef(
            "eligible",
            "reports.col.eligible",
            "text",
            lambda s, lang: _yes_no(s.result.eligible, lang),
        ),
        # Filled in people_table from the person's consent record, read only when asked for.
        FieldDef("consent", "privacy.col.consent", "text", lambda _s, _l: None),
        FieldDef(
            "certificate_code",
            "mail.col.certificate_code",
            "text",
            lambda _s, _l: None,
            lambda c, _l: c.code if c is not None else None,
        ),
        FieldDef(
            "certificate_status",
            "mail.col.certificate_status",
            "text",
            lambda _s, _l: None,
            _certificate_status,
        ),
        FieldDef(
            "certificate_hours",
            "mail.col.certificate_hours",
            "hours",
            lambda _s, _l: None,
            lambda c, _l: c.hours if c is not None else None,
        ),
        FieldDef(
            "certificate_file",
            "mail.col.certificate_file",
            "text",
            lambda _s, _l: None,
            _certificate_file,
        ),
    )
}


@dataclass(frozen=True)
class PeopleFilter:
    """Which participations a list holds; empty tuples mean "any"."""

    tracks: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    statuses: tuple[ParticipationStatus, ...] = ACTIVE_STATUSES
    eligible: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "tracks": list(self.tracks),
            "roles": [r.value for r in self.roles],
            "statuses": [s.value for s in self.statuses],
            "eligible": self.eligible,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> PeopleFilter:
        data = data or {}
        return cls(
            tracks=tuple(data.get("tracks") or ()),
            roles=tuple(Role(r) for r in data.get("roles") or ()),
            statuses=tuple(ParticipationStatus(s) for s in data.get("statuses") or ACTIVE_STATUSES),
            eligible=data.get("eligible"),
        )


@dataclass(frozen=True)
class FieldInfo:
    key: str
    label: str


@dataclass
class PeopleTable:
    workshop_code: str
    workshop_title: str
    language: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    warnings: tuple[str, ...]


def available_fields(language: str = "en") -> list[FieldInfo]:
    """Every field a list can hold, labelled in *language*."""
    return [FieldInfo(f.key, text(f.header_key, language)) for f in FIELDS.values()]


def check_columns(columns: Sequence[str]) -> tuple[str, ...]:
    """The columns, validated: known keys, each once, at least one."""
    cleaned = tuple(c.strip() for c in columns if c.strip())
    if not cleaned:
        raise ValidationError("export.no_columns", "columns")
    unknown = [c for c in cleaned if c not in FIELDS]
    if unknown:
        raise ValidationError(
            "export.unknown_column", "columns", column=unknown[0], columns=", ".join(FIELDS)
        )
    dupes = sorted({c for c in cleaned if cleaned.count(c) > 1})
    if dupes:
        raise ValidationError("export.column_twice", "columns", column=dupes[0])
    return cleaned


def workshop_language(db: Database, workshop_id: int) -> str:
    """The workshop's first language: the default for its documents."""
    with db.session() as session:
        ws = require_workshop(session, workshop_id)
        return (ws.languages or "es").split(",")[0].strip() or "es"


def track_names(db: Database, workshop_id: int) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Track.name).where(Track.workshop_id == workshop_id).order_by(Track.position)
            )
        )


def people_table(
    db: Database,
    workshop_id: int,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    filters: PeopleFilter | None = None,
    language: str | None = None,
    progress: ProgressSink | None = None,
) -> PeopleTable:
    """The list as header and rows, holding only the chosen *columns*."""
    keys = check_columns(columns)
    filters = filters or PeopleFilter()
    lang = language or workshop_language(db, workshop_id)
    known_tracks = track_names(db, workshop_id)
    folded = {t.casefold(): t for t in known_tracks}
    for t in filters.tracks:
        if t.casefold() not in folded:
            raise ValidationError(
                "export.unknown_track", "track", track=t, tracks=", ".join(known_tracks)
            )
    wanted_tracks = {t.casefold() for t in filters.tracks}
    with db.session() as session:
        ws = session.get(Workshop, workshop_id)
        assert ws is not None  # checked by workshop_language
        code, title = ws.code, ws.title
    standings = workshop_standings(
        db, workshop_id, roles=filters.roles or tuple(Role), include_inactive=True
    )
    defs = [FIELDS[k] for k in keys]
    consent = consent_texts(db, workshop_id, lang) if "consent" in keys else None
    certificates: dict[int, Any] = {}
    if any(d.from_certificate is not None for d in defs):
        from lacworkshop.services.reports.people_export_certificates import current_certificates

        certificates = current_certificates(db, workshop_id)
    table = PeopleTable(code, title, lang, [Column(text(d.header_key, lang), d.kind) for d in defs])
    for n, s in enumerate(standings):
        if progress is not None and n % 500 == 0:
            progress.check()
            progress.report(n, len(standings) * 2, "")
        if filters.statuses and s.status not in filters.statuses:
            continue
        if wanted_tracks and (s.track_name or "").casefold() not in wanted_tracks:
            continue
        if filters.eligible is not None and s.result.eligible is not filters.eligible:
            continue
        cert = certificates.get(s.participation_id)
        row = [
            d.get(s, lang) if d.from_certificate is None else d.from_certificate(cert, lang)
            for d in defs
        ]
        if consent is not None:
            row[keys.index("consent")] = consent.get(s.person_id)
        table.rows.append(row)
    return table


def export_people(
    db: Database,
    workshop_id: int,
    path: Path | str,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    filters: PeopleFilter | None = None,
    language: str | None = None,
    progress: ProgressSink | None = None,
    delimiter: str = ",",
) -> ExportResult:
    """Write the attendee list to *path*; ``.xlsx`` or ``.csv`` by its suffix.

    *delimiter* (``,`` ``;`` or tab) separates the fields of a CSV: Excel in es, pt and
    fr locales opens a ``;`` file in columns."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("export.people_suffix", "output", name=target.name)
    table = people_table(db, workshop_id, columns, filters, language, progress)
    if progress:
        progress.check()
        progress.report(1, 2, "")
    if suffix == ".csv":
        found: list[str] = []
        n = write_csv(
            target,
            [c.header for c in table.columns],
            table.rows,
            warnings=found,
            delimiter=delimiter,
        )
        warnings: tuple[str, ...] = tuple(found)
    else:
        title = text("reports.list.title", table.language, workshop=table.workshop_title)
        report = write_xlsx(
            target,
            [Sheet(text("reports.list.sheet", table.language), table.columns, table.rows)],
            title=title,
            subject=table.workshop_code,
            language=table.language,
        )
        n, warnings = report.rows, tuple(report.warnings)
    if progress:
        progress.report(2, 2, "")
    return ExportResult(target, n, warnings)
