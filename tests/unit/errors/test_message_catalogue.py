"""The message catalogue: every key in four languages with the same placeholders, and used."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lacworkshop import errors
from lacworkshop.formats.messages import LANGUAGES, all_messages, has_message, message

PACKAGE = Path(errors.__file__).parent
# Constructors whose first argument is a message key.
KEYED = {
    "UserError",
    "Invalid",
    "NotFound",
    "Conflict",
    "BadFile",
    "DatabaseProblem",
    "Locked",
    "TooNew",
    "Damaged",
    "ServiceError",
    "ValidationError",
    "NotFoundError",
    "StorageError",
    "DatabaseLockedError",
    "NewerDatabaseError",
    "NotADatabaseError",
    "InputRefused",
    "TextTableError",
    "InvalidCode",
    "RegisterFormatError",
    "UnreadableFile",
    "JsonTableError",
}


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(all_messages()))
def test_every_key_in_four_languages_with_the_same_placeholders(key: str) -> None:
    texts = all_messages()[key]
    assert set(texts) == set(LANGUAGES), key
    assert all(texts[lang].strip() for lang in LANGUAGES), key
    english = _placeholders(texts["en"])
    for lang in LANGUAGES:
        assert _placeholders(texts[lang]) == english, (key, lang)
    # Translations are written, not copied: only short or symbolic texts may equal English.
    if len(texts["en"]) > 30:
        assert texts["es"] != texts["en"] and texts["pt"] != texts["en"], key


def _keys_raised_in_source() -> list[tuple[str, int, object]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name == "require" and len(node.args) >= 4:
                arg = node.args[3]
            elif name in KEYED:
                arg = node.args[0]
            else:
                continue
            if isinstance(arg, ast.Constant):
                found.append((str(path.relative_to(PACKAGE)), node.lineno, arg.value))
            elif isinstance(arg, ast.JoinedStr):
                found.append((str(path.relative_to(PACKAGE)), node.lineno, "<f-string>"))
    return found


def test_every_error_raised_names_a_catalogue_key() -> None:
    raised = _keys_raised_in_source()
    assert len(raised) > 100
    missing = [r for r in raised if not (isinstance(r[2], str) and has_message(r[2]))]
    assert missing == []


def test_a_user_error_speaks_the_language_asked_for() -> None:
    exc = errors.NotFound("workshop.no_code", code="WALC2026")
    assert exc.message("es") == "No hay ningún taller con el código 'WALC2026'."
    assert exc.message("pt") == "Não há oficina com o código 'WALC2026'."
    assert exc.message("fr") == "Il n'y a aucun atelier avec le code 'WALC2026'."
    assert exc.message("xx") == "There is no workshop with code 'WALC2026'."
    assert str(exc) == "There is no workshop with code 'WALC2026'."
    try:
        errors.set_message_language("pt")
        assert str(exc) == "Não há oficina com o código 'WALC2026'."
    finally:
        errors.set_message_language("en")


def test_old_names_are_the_one_root() -> None:
    from lacworkshop.formats.reading.csv_table import TextTableError
    from lacworkshop.formats.reading.spreadsheet import UnreadableFile
    from lacworkshop.formats.reading.zip_guard import InputRefused
    from lacworkshop.services.errors import NotFoundError, ServiceError, ValidationError
    from lacworkshop.storage.errors import DatabaseLockedError, StorageError

    for cls in (
        ServiceError,
        NotFoundError,
        ValidationError,
        StorageError,
        DatabaseLockedError,
        InputRefused,
        TextTableError,
        UnreadableFile,
    ):
        assert issubclass(cls, errors.UserError)
    field_error = ValidationError("person.name_missing", "given_names")
    assert field_error.field == "given_names"
    assert ValidationError("logo.empty", field="logo").field == "logo"


def test_text_from_before_the_catalogue_is_shown_as_it_is() -> None:
    assert message("Something older, in plain words.", "es") == "Something older, in plain words."
    assert str(errors.UserError("Something older.")) == "Something older."


def test_a_term_inside_a_message_speaks_the_same_language() -> None:
    from lacworkshop.formats.messages import Term
    from lacworkshop.formats.reading.zip_guard import InputRefused

    exc = InputRefused(
        "file.too_large", name="x.xlsx", size="90 MB", limit="20 MB", what=Term("registration list")
    )
    assert "any registration list" in exc.message("en")
    assert "una lista de inscripción" in exc.message("es")
    assert "une liste d'inscription" in exc.message("fr")
    assert "term.attendance register" in all_messages()


@settings(max_examples=60, deadline=None)
@given(
    key=st.sampled_from(sorted(all_messages())),
    language=st.sampled_from(LANGUAGES),
    value=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40),
)
def test_any_value_appears_whole_in_every_language(key: str, language: str, value: str) -> None:
    """Names with accents, apostrophes, braces or quotes reach the message as they are."""
    names = _placeholders(all_messages()[key]["en"])
    rendered = message(key, language, **{name: value for name in names})
    for _name in names:
        assert value in rendered
    if not names:
        assert rendered == all_messages()[key][language]


def test_a_value_may_be_called_language() -> None:
    exc = errors.Invalid(
        "workshop.unknown_language", "languages", language="de", languages="es, pt"
    )
    assert exc.message("es") == "Idioma desconocido 'de'; use es, pt."
    assert str(exc) == "Unknown language 'de'; use es, pt."
