"""Loading the system descriptions and telling which one wrote a header row."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from lacworkshop.formats.column_profiles import fold

PLAIN = "plain"
# The fields a system file may name for a column (the importer's own, plus "ignore").
KNOWN_FIELDS = frozenset(
    {
        "given_names",
        "family_names",
        "full_name",
        "preferred_name",
        "email",
        "phone",
        "organisation",
        "country",
        "gender",
        "document_id",
        "language",
        "role",
        "track",
        "notes",
        "consent",
        "external_ref",
        "status",
        "checked_in",
        "ignore",
    }
)


class SystemFileError(ValueError):
    """A system description that cannot be used: a bug of the file, not of the user."""


@dataclass(frozen=True)
class ExportSystem:
    key: str  # the file's name: "eventbrite"
    name: str  # as people call it: "Eventbrite"
    signature: frozenset[str]  # folded headers that give it away
    min_signature: int
    columns: dict[str, str] = field(default_factory=dict)  # folded header -> field
    skip_values: dict[str, str] = field(default_factory=dict)  # folded status -> kind
    checked_in_values: frozenset[str] = frozenset()

    def field_for(self, header: str) -> str | None:
        """The field this system's column *header* holds ("ignore" for its own bookkeeping)."""
        return self.columns.get(fold(header))


def _parse(key: str, text: str) -> ExportSystem:
    data = tomllib.loads(text)
    try:
        name = str(data["name"])
        signature = frozenset(fold(h) for h in data.get("signature", []))
        minimum = int(data.get("min_signature", 1))
    except (KeyError, TypeError, ValueError) as exc:
        raise SystemFileError(f"{key}.toml: {exc}") from exc
    columns = {fold(h): str(f) for h, f in data.get("columns", {}).items()}
    unknown = sorted(set(columns.values()) - KNOWN_FIELDS)
    if unknown:
        raise SystemFileError(f"{key}.toml: unknown fields {', '.join(unknown)}")
    skip: dict[str, str] = {}
    checked: set[str] = set()
    for kind, values in data.get("status", {}).items():
        for value in values:
            if kind == "checked_in":
                checked.add(fold(value))
            else:
                skip[fold(value)] = str(kind)
    return ExportSystem(key, name, signature, minimum, columns, skip, frozenset(checked))


@cache
def all_systems() -> tuple[ExportSystem, ...]:
    """Every system described in ``systems/``, the plain spreadsheet last."""
    folder = resources.files(__package__) / "systems"
    found = [
        _parse(entry.name.removesuffix(".toml"), entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".toml")
    ]
    return tuple(sorted(found, key=lambda s: s.key == PLAIN))


def recognise(headers: list[str]) -> ExportSystem:
    """The system whose headers these are (the one with most of its signature present);
    the plain spreadsheet when none is."""
    folded = {fold(h) for h in headers}
    best: ExportSystem | None = None
    best_hits = 0
    for system in all_systems():
        if not system.signature:
            continue
        hits = len(system.signature & folded)
        if hits >= system.min_signature and hits > best_hits:
            best, best_hits = system, hits
    if best is not None:
        return best
    return next(s for s in all_systems() if s.key == PLAIN)


@cache
def _all_headers() -> frozenset[str]:
    return frozenset(h for s in all_systems() for h in (*s.signature, *s.columns))


def is_system_header(header: str) -> bool:
    """Some known system writes a column so named (header detection weighs it)."""
    return fold(header) in _all_headers()
