"""The attendance register, 2,000 people x 20 sessions, against raw openpyxl write-only.

The app writes formulas, styles, merged day labels, data validation and
conditional formats; the floor writes the same cell values (formulas as plain
strings) with a bare write-only workbook. Budget: at most 2x the floor.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, time, timedelta
from pathlib import Path

from openpyxl import Workbook

from cases._measure import Measurement, best_of
from lacworkshop.formats.attendance.register_xlsx import (
    Register,
    RegisterPolicy,
    RegisterRow,
    RegisterSlot,
    RegisterTrack,
    write_register,
)

PEOPLE, SLOTS = 2000, 20


def _register() -> Register:
    rng = random.Random(5)
    slots = [
        RegisterSlot(
            id=i + 1,
            day=date(2026, 10, 12) + timedelta(days=i // 4),
            start=time(9 + 2 * (i % 4)),
            end=time(10 + 2 * (i % 4), 30),
            topic=f"Topic {i + 1}",
            hours=1.5,
        )
        for i in range(SLOTS)
    ]
    rows = [
        RegisterRow(
            id=1000 + n,
            family_names=f"Núñez Gutiérrez {n}",
            given_names=f"María José {n}",
            marks={s.id: rng.choice("PPPPPLEA") for s in slots if rng.random() < 0.9},
        )
        for n in range(PEOPLE)
    ]
    policy = RegisterPolicy(0.75, 1.0, 0.0, True, "Certificate for at least 75 %.")
    return Register(
        1, "WALC2026", "Workshop", "es", policy, [RegisterTrack("Routing", slots, rows)]
    )


def _floor(register: Register, path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Routing")
    track = register.tracks[0]
    ws.append([f"{register.workshop_code} – {register.workshop_title}"])
    ws.append([register.policy.description])
    ws.append([None, None, None, *[s.day.isoformat() for s in track.slots]])
    ws.append(["ID", "Apellidos", "Nombres", *[f"{s.start:%H:%M}\n{s.topic}" for s in track.slots]])
    ws.append([None, None, "Horas", *[s.hours for s in track.slots]])
    ws.append(["#slot", None, None, *[s.id for s in track.slots]])
    hrs = "D$5:W$5"
    idn = "lacworkshop!"
    for r, row in enumerate(track.rows, start=7):
        m = f"D{r}:W{r}"
        ws.append(
            [
                row.id,
                row.family_names,
                row.given_names,
                *[row.marks.get(s.id) for s in track.slots],
                f'=SUMPRODUCT(({m}="P")*{hrs})+{idn}$B$7*SUMPRODUCT(({m}="L")*{hrs})'
                f'+{idn}$B$8*SUMPRODUCT(({m}="E")*{hrs})',
                f'=SUM({hrs})-(1-{idn}$B$9)*SUMPRODUCT(({m}="E")*{hrs})',
                f"=IF(Y{r}>0,X{r}/Y{r},0)",
                "",
                f'=IF(AA{r}<>"",AA{r},IF(AND(Y{r}>0,Z{r}+0.000000001>={idn}$B$6),"sí","no"))',
            ]
        )
    ids = wb.create_sheet("lacworkshop")
    for key in ("format", "version", "workshop_id", "workshop_code", "token", "a", "b", "c", "d"):
        ids.append([key, 1])
    wb.save(path)


def run() -> Measurement:
    register = _register()
    with tempfile.TemporaryDirectory() as tmp:
        app_path, floor_path = Path(tmp) / "app.xlsx", Path(tmp) / "floor.xlsx"
        floor = best_of(lambda: _floor(register, floor_path), repeat=5)
        app = best_of(lambda: write_register(app_path, register), repeat=5)
        sizes = f"{app_path.stat().st_size // 1024} KiB vs {floor_path.stat().st_size // 1024} KiB"
    ratio = app / floor
    return Measurement(
        app,
        floor,
        [
            f"{PEOPLE} people x {SLOTS} sessions; {sizes}",
            f"budget 2x: {'ok' if ratio <= 2 else 'OVER'}",
        ],
    )
