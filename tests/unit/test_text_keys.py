from lacworkshop.model.text_keys import email_key, fold, name_key, sort_key


def test_fold_ignores_accents_and_case() -> None:
    assert fold("  Núñez   ZÚÑIGA ") == "nunez zuniga"
    assert fold("João Gonçalves") == "joao goncalves"
    assert fold("Łódź Ődön Şahin İlkay") == "lodz odon sahin ilkay"
    assert fold("Nguyễn Thị Ánh") == "nguyen thi anh"


def test_email_key_ignores_case_and_spaces() -> None:
    assert email_key(" Maria.Nunez@Example.ORG ") == email_key("maria.nunez@example.org")
    assert email_key("") is None


def test_name_key_treats_hyphens_and_apostrophes_as_spaces() -> None:
    assert name_key("Jean-Baptiste", "O'Brien") == name_key("jean baptiste", "o brien")


def test_sort_key_files_particles_behind() -> None:
    names = [("Ana", "da Silva"), ("Luis", "Sánchez"), ("Eva", "de la Fuente"), ("Iván", "Ábalos")]
    ordered = sorted(names, key=lambda n: sort_key(*n))
    assert [n[1] for n in ordered] == ["Ábalos", "de la Fuente", "Sánchez", "da Silva"]
