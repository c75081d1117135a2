"""What the interface asks to translate, read from the source the way lupdate reads it."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
UI = REPO / "lacworkshop" / "ui"
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("es", "pt", "fr")

# {name}, {hours:g}, %1..%9, %n, %s, and the tab / newline that carry meaning.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*(?::[^}]*)?\}|%[1-9n]|%s|\t|\n")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@dataclass
class Call:
    path: Path
    line: int
    context: str | None
    source: str | None  # None: not a string literal, so lupdate cannot see it
    in_fstring: bool = False


def _source_arg(node: ast.Call, index: int) -> str | None:
    if len(node.args) <= index:
        return None
    arg = node.args[index]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    return None


def _calls_in(path: Path) -> list[Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Call] = []
    fstring_calls = {
        id(n)
        for js in ast.walk(tree)
        if isinstance(js, ast.JoinedStr)
        for n in ast.walk(js)
        if isinstance(n, ast.Call)
    }

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                if name == "tr" and isinstance(func, ast.Attribute):
                    found.append(
                        Call(
                            path,
                            child.lineno,
                            cls,
                            _source_arg(child, 0),
                            id(child) in fstring_calls,
                        )
                    )
                elif name == "translate":
                    found.append(
                        Call(
                            path,
                            child.lineno,
                            _source_arg(child, 0),
                            _source_arg(child, 1),
                            id(child) in fstring_calls,
                        )
                    )
            visit(child, cls)

    visit(tree, None)
    return found


def code_calls() -> list[Call]:
    return [c for path in sorted(UI.rglob("*.py")) for c in _calls_in(path)]


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished
    forms: list[str] = field(default_factory=list)


def read_ts(path: Path) -> dict[tuple[str, str], Message]:
    messages: dict[tuple[str, str], Message] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            tr = m.find("translation")
            assert tr is not None
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            messages[(name, source)] = Message(name, source, numerus, tr.get("type", ""), forms)
    return messages


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"lacworkshop_{language}.ts"
