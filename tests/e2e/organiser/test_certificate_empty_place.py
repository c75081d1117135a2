"""A workshop saved without a country (or city) prints no empty brackets or commas."""

from __future__ import annotations

from lacworkshop.formats.certificates.text import fill

ES = "participó en «{workshop}», realizado en {city} ({country}) {dates}."
EN = "took part in “{workshop}”, held in {city}, {country}, on {dates}."


def _values(city: str, country: str) -> dict[str, str]:
    return {"workshop": "WALC", "city": city, "country": country, "dates": "11-15 October 2027"}


def test_no_country() -> None:
    assert (
        fill(ES, _values("San José", ""))
        == "participó en «WALC», realizado en San José 11-15 October 2027."
    )
    assert (
        fill(EN, _values("San José", ""))
        == "took part in “WALC”, held in San José, on 11-15 October 2027."
    )


def test_no_city() -> None:
    assert (
        fill(ES, _values("", "Costa Rica"))
        == "participó en «WALC», realizado en Costa Rica 11-15 October 2027."
    )
    assert (
        fill(EN, _values("", "Costa Rica"))
        == "took part in “WALC”, held in Costa Rica, on 11-15 October 2027."
    )


def test_both_known_is_unchanged_and_literal_text_stays() -> None:
    assert fill(ES, _values("San José", "Costa Rica")).endswith(
        "San José (Costa Rica) 11-15 October 2027."
    )
    # Brackets the organiser wrote themselves are not placeholders and stay.
    assert fill("({workshop}) (nota)", _values("", "")) == "(WALC) (nota)"


def test_issued_certificate_of_a_workshop_without_country(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    db = tmp_path / "demo.sqlite3"
    run_cli("demo", db=db, check=True)
    con = sqlite3.connect(db)
    con.execute("update workshop set country = NULL where code = 'WALC2026'")
    con.commit()
    con.close()
    out = str(tmp_path / "c.pdf")
    run_cli("certificates", "issue", "--workshop", "WALC2026", "-o", out, db=db, check=True)
    listing = run_cli("certificates", "list", "--workshop", "WALC2026", db=db, check=True).stdout
    assert listing.strip()
    import json

    con = sqlite3.connect(db)
    snapshots = [json.loads(s) for (s,) in con.execute("select snapshot from certificate")]
    con.close()
    bodies = [w["body"] for s in snapshots for w in s["wordings"]]
    assert bodies and all("()" not in b and ", ," not in b for b in bodies)
    assert all("Asunción" in b for b in bodies)
