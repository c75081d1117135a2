"""The column plan: header words and system profiles suggest, the values decide."""

from __future__ import annotations

from dataclasses import dataclass

from lacworkshop.errors import message_text
from lacworkshop.formats.column_profiles import (
    IDENTIFYING,
    ColumnProfile,
    contradicts,
    fit_share,
    fold,
    profile_table,
)
from lacworkshop.formats.export_systems import ExportSystem, recognise
from lacworkshop.formats.reading import RawTable
from lacworkshop.services.importing import (
    IGNORE,
    REPEATABLE,
    Layout,
    Mapping,
    remembered_mapping,
    resolve_suggestions,
    role_from_text,
    suggest_field,
)
from lacworkshop.storage import Database

# A column is taken for a field by its values alone when this share of them fit.
BY_VALUES = 0.8
# Fields the values can find with no header's help, in the order they are looked for.
FOUND_BY_VALUES = ("email", "country", "phone", "full_name")
NAME_FIELDS = frozenset({"given_names", "family_names", "full_name"})


@dataclass(frozen=True)
class ColumnNote:
    """Something the organiser should know about a column choice."""

    kind: str  # "dropped": header overruled; "chosen": found by values; "compete"
    field: str
    column: int
    others: tuple[int, ...] = ()  # for "compete": the columns not used

    def text(self, headers: list[str], window: bool = False) -> str:
        """The note in the current message language; *window* says how to change a choice
        there (the list beside the column) instead of on the command line (``--map``)."""
        if self.kind == "dropped":
            return message_text(
                "import.column_dropped", column=headers[self.column], field_name=self.field
            )
        if self.kind == "chosen":
            return message_text(
                "import.column_chosen", column=headers[self.column], field_name=self.field
            )
        names = ", ".join(f"'{headers[i]}'" for i in (self.column, *self.others))
        return message_text(
            "import.columns_compete_window" if window else "import.columns_compete",
            field_name=self.field,
            columns=names,
            chosen=headers[self.column],
            other=headers[self.others[0]],
        )


@dataclass(frozen=True)
class ColumnPlan:
    mapping: Mapping
    remembered: bool  # the organiser's last choice for these headers
    system: ExportSystem
    notes: tuple[ColumnNote, ...] = ()

    @property
    def system_name(self) -> str:
        return self.system.name

    def note_texts(self, headers: list[str], window: bool = False) -> list[str]:
        return [n.text(headers, window) for n in self.notes]


def _role_share(table: RawTable, layout: Layout, column: int) -> float:
    values = [
        str(r.cells[column]).strip()
        for r in table.rows[layout.header_index + 1 : layout.header_index + 401]
        if column < len(r.cells) and str(r.cells[column]).strip()
    ]
    if not values:
        return 0.0
    return sum(role_from_text(v) is not None for v in values) / len(values)


def _believed(field: str, profile: ColumnProfile, role_share: float | None) -> bool:
    if field == "role":
        # Only values that are roles in es/pt/en/fr set a role: ticket names never do.
        return not profile.empty and (role_share or 0.0) >= 0.5
    return not contradicts(field, profile)


def _fits_by_values(field: str, profile: ColumnProfile) -> float:
    """How well a column with no (believed) header fits *field* by its values alone."""
    if profile.empty or (profile.constant and field in IDENTIFYING):
        return 0.0
    share = profile.full_name if field == "full_name" else (fit_share(field, profile) or 0.0)
    if field == "full_name" and (profile.country >= 0.5 or profile.email > 0):
        return 0.0  # "Costa Rica" is two words, and no name
    if field == "phone" and profile.date >= 0.5:
        return 0.0
    return share if share >= BY_VALUES else 0.0


def plan_columns(db: Database | None, table: RawTable, layout: Layout) -> ColumnPlan:
    """The mapping for *table* under *layout*: the remembered one for these headers, else
    the headers' and the system's suggestions checked against the values."""
    headers = layout.headers
    system = recognise(headers)
    if db is not None:
        remembered = remembered_mapping(db, headers)
        if remembered is not None:
            return ColumnPlan(remembered, True, system)
    profiles = profile_table(table.rows[layout.header_index + 1 :], len(headers))
    notes: list[ColumnNote] = []
    fixed_ignore: set[int] = set()
    guesses: list[str | None] = []
    for i, header in enumerate(headers):
        field = system.field_for(header) or suggest_field(header)
        if field == IGNORE:
            fixed_ignore.add(i)
            field = None
        if field is not None:
            role_share = _role_share(table, layout, i) if field == "role" else None
            if not _believed(field, profiles[i], role_share):
                if not profiles[i].empty:
                    notes.append(ColumnNote("dropped", field, i))
                field = None
        guesses.append(field)
    mapping = resolve_suggestions(headers, guesses)
    _whole_names_in_given(mapping, profiles, notes)
    free = [i for i, f in enumerate(mapping) if f is None and i not in fixed_ignore]
    for field in FOUND_BY_VALUES:
        if field == "full_name" and NAME_FIELDS & set(mapping):
            continue
        fits = sorted(
            ((_fits_by_values(field, profiles[i]), i) for i in free),
            key=lambda fi: (-fi[0], fi[1]),
        )
        fits = [(s, i) for s, i in fits if s > 0]
        if not fits:
            continue
        if field in mapping:
            chosen = mapping.index(field)
            others = tuple(i for _s, i in fits if field in ("email", "phone") or _s >= 0.9)
            if others:
                notes.append(ColumnNote("compete", field, chosen, others))
            continue
        chosen = fits[0][1]
        mapping[chosen] = field
        free.remove(chosen)
        notes.append(ColumnNote("chosen", field, chosen))
        if len(fits) > 1:
            notes.append(ColumnNote("compete", field, chosen, tuple(i for _s, i in fits[1:])))
    notes.extend(_header_competition(headers, guesses, mapping, profiles))
    # One note of a kind per field: values and headers may both see the same contest.
    unique = {(n.kind, n.field): n for n in reversed(notes)}
    return ColumnPlan(
        mapping, False, system, tuple(n for n in notes if unique[(n.kind, n.field)] is n)
    )


def _whole_names_in_given(
    mapping: Mapping, profiles: list[ColumnProfile], notes: list[ColumnNote]
) -> None:
    """A lone "Nome" column with no family-name column beside it, holding "João Pedro
    Conceição Souza": whole names, split as a full name is."""
    named = [i for i, f in enumerate(mapping) if f in NAME_FIELDS]
    if len(named) != 1 or mapping[named[0]] != "given_names":
        return
    profile = profiles[named[0]]
    if profile.long_name >= 0.3 or profile.full_name >= 0.9:
        mapping[named[0]] = "full_name"
        notes.append(ColumnNote("chosen", "full_name", named[0]))


def _header_competition(
    headers: list[str],
    guesses: list[str | None],
    mapping: Mapping,
    profiles: list[ColumnProfile],
) -> list[ColumnNote]:
    """Columns whose headers name the same single field and whose values fit it both."""
    out: list[ColumnNote] = []
    for field in set(g for g in guesses if g and g not in REPEATABLE and g in mapping):
        chosen = mapping.index(field)
        others = tuple(
            i
            for i, g in enumerate(guesses)
            if g == field and i != chosen and mapping[i] is None and not profiles[i].empty
        )
        if others and fold(headers[chosen]) != "":
            out.append(ColumnNote("compete", field, chosen, others))
    return out
