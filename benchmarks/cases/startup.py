"""``lacworkshop --version`` against ``python -c pass`` (budget: under 0.5 s)."""

from __future__ import annotations

from cases._measure import Measurement, best_of, command


def run() -> Measurement:
    floor = best_of(command("-c", "pass"), repeat=7)
    app = best_of(command("-m", "lacworkshop", "--version"), repeat=7)
    return Measurement(app, floor, [f"budget 0.5 s: {'ok' if app < 0.5 else 'OVER'}"])
