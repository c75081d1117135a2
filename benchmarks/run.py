"""The performance suite: ``python benchmarks/run.py [CASE ...]``.

Each case lives in ``benchmarks/cases/<name>.py`` and defines
``run() -> Measurement``: the application's time beside the raw floor, the same
output made by the bare libraries, measured in the same run. Machines are
shared and noisy, so the ratio is what counts. One line per case:

    CASE: app A s, floor F s, ratio R

The package's bytecode is compiled before any case runs, as an installation does
(pip compiles at install time and the packaged app ships bytecode): the libraries of
the floors come compiled, so the application must too, even where the environment
says not to write bytecode.
"""

from __future__ import annotations

import compileall
import importlib
import pkgutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import cases  # noqa: E402


def available() -> list[str]:
    return sorted(
        m.name for m in pkgutil.iter_modules(cases.__path__) if not m.name.startswith("_")
    )


def main(argv: list[str]) -> int:
    names = argv or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(
            f"unknown case(s): {', '.join(unknown)}; available: {', '.join(available())}",
            file=sys.stderr,
        )
        return 2
    compileall.compile_dir(HERE.parent / "lacworkshop", quiet=1)
    for name in names:
        module = importlib.import_module(f"cases.{name}")
        m = module.run()
        line = f"{name}: app {m.app:.4f} s, floor {m.floor:.4f} s, ratio {m.app / m.floor:.2f}"
        if m.extra:
            line += "  (" + ", ".join(m.extra) + ")"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
