"""Export and erasure planning as operations: values handed back, nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

from lacworkshop.services.operations import NOTHING
from lacworkshop.services.people.directory import PersonData, create_person
from lacworkshop.services.privacy.data_export import export_personal_data
from lacworkshop.services.privacy.erasure import plan_erasure


def test_export_and_plan_change_nothing(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pid = create_person(db, PersonData("Joana d'Arc", "Conceição Ñúñez", email="joana@example.org"))
    path = tmp_path / "joana.json"
    exported = export_personal_data(db, "joana@example.org", path)
    assert exported.changes == NOTHING
    assert exported.value.person_id == pid and exported.value.path == path
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["profile"]["family names"] == "Conceição Ñúñez"

    plan = plan_erasure(db, str(pid))
    assert plan.changes == NOTHING
    assert plan.value.person_id == pid and not plan.value.already_erased
    assert plan.value.participations == 0
