"""Exports shaped like each registration system organisers use, in the languages those
systems write them: every person comes in exact, registration numbers are kept as such,
cancelled registrations are skipped with the reason."""

from __future__ import annotations

import datetime as dt

from tests.unit.import_systems.helpers import (
    import_file,
    people,
    present_at_first,
    write_csv,
    write_xlsx,
)


def test_google_forms_in_spanish(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(
        tmp_path / "Inscripción (respuestas).xlsx",
        [
            [
                "Marca temporal",
                "Dirección de correo electrónico",
                "Nombre(s)",
                "Apellidos",
                "País de residencia",
                "Institución",
                "¿Qué espera del taller?",
            ],
            [
                dt.datetime(2026, 10, 1, 9, 15),
                "mjperez@uni.edu.pe",
                "María José",
                "Pérez Núñez",
                "Perú",
                "UNI",
                "Aprender RPKI",
            ],
            [
                dt.datetime(2026, 10, 1, 10, 2),
                "lfuente@unam.mx",
                "Luis Alberto",
                "de la Fuente Ríos",
                "México",
                "UNAM",
                "",
            ],
            [
                dt.datetime(2026, 10, 2, 18, 40),
                "soconnor@uwi.tt",
                "Siobhán",
                "O'Connor Ramdial",
                "Trinidad y Tobago",
                "UWI",
                "Mejorar el peering",
            ],
        ],
        "Respuestas de formulario 1",
    )
    plan, _layout, summary = import_file(db, path, workshop_id)
    assert plan.system_name == "Google Forms"
    assert (summary.created, len(summary.skipped)) == (3, 0)
    assert people(db, workshop_id) == [
        ("Luis Alberto", "de la Fuente Ríos", "lfuente@unam.mx", "MX", None, "attendee", None),
        ("María José", "Pérez Núñez", "mjperez@uni.edu.pe", "PE", None, "attendee", None),
        ("Siobhán", "O'Connor Ramdial", "soconnor@uwi.tt", "TT", None, "attendee", None),
    ]


def test_anonymous_microsoft_form(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "Correo electrónico" says anonymous on every row, "Nombre" is empty beside the
    full-name question, the real address is a question further right."""
    header = [
        "ID",
        "Hora de inicio",
        "Hora de finalización",
        "Correo electrónico",
        "Nombre",
        "Hora de la última modificación",
        "Nombre completo",
        "Institución u organización",
        "Correo electrónico de contacto",
        "País",
    ]
    answers = [
        ("María de los Ángeles Quispe Mamani", "Agetic", "mquispe@agetic.gob.bo", "Bolivia"),
        ("João Pedro D'Ávila Conceição", "NIC.br", "jpconceicao@nic.br", "Brasil"),
        ("Pérez Núñez, José Ignacio", "ANTEL", "jiperez@antel.com.uy", "Uruguay"),
    ]
    rows: list[list[object]] = [header]
    for n, (name, org, email, country) in enumerate(answers, 1):
        rows.append(
            [
                n,
                dt.datetime(2026, 9, 3, 10, n),
                dt.datetime(2026, 9, 3, 10, n + 4),
                "anonymous",
                "",
                "",
                name,
                org,
                email,
                country,
            ]
        )
    path = write_xlsx(tmp_path / "Registro taller DNSSEC(1-3).xlsx", rows, "Sheet1")
    plan, layout, summary = import_file(db, path, workshop_id)
    assert plan.system_name == "Microsoft Forms"
    fields = dict(zip(layout.headers, plan.mapping, strict=True))
    assert fields["Correo electrónico"] is None and fields["Nombre"] is None
    assert fields["Correo electrónico de contacto"] == "email"
    assert fields["Nombre completo"] == "full_name"
    assert fields["ID"] == "external_ref"
    assert (summary.created, len(summary.skipped)) == (3, 0)
    assert people(db, workshop_id) == [
        ("José Ignacio", "Pérez Núñez", "jiperez@antel.com.uy", "UY", None, "attendee", "3"),
        ("João Pedro", "D'Ávila Conceição", "jpconceicao@nic.br", "BR", None, "attendee", "2"),
        (
            "María de los Ángeles",
            "Quispe Mamani",
            "mquispe@agetic.gob.bo",
            "BO",
            None,
            "attendee",
            "1",
        ),
    ]


ZOOM_HEAD = [
    "First Name",
    "Last Name",
    "Email",
    "City",
    "Country/Region",
    "Phone",
    "Organization",
    "Job Title",
    "Role in Purchase Process",
    "Questions & Comments",
    "Registration Time",
    "Approval Status",
]


def test_zoom_registration_report_with_its_meeting_block(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "85012345678_RegistrationReport.csv",
        [
            ["Registration Report"],
            ["Topic", "ID", "Scheduled Time", "Duration", "# Registered"],
            ["Taller de IPv6 — sesión 1", "850 1234 5678", "Nov 23, 2026 09:00 AM", "180", "4"],
            [],
            ["Registrant Details"],
            ZOOM_HEAD,
            [
                "Ana Lucía",
                "Gómez Herrera",
                "agomez@cenditel.gob.ve",
                "Mérida",
                "Venezuela",
                "+58 274 555 0101",
                "CENDITEL",
                "Ingeniera",
                "Decision Maker",
                "",
                "Oct 2, 2026 10:11:12",
                "approved",
            ],
            [
                "Jean-Baptiste",
                "Théodore",
                "jbtheodore@ht.net",
                "Port-au-Prince",
                "Haiti",
                "+509 3712 3456",
                "AHTIC",
                "CTO",
                "Influencer",
                "Merci!",
                "Oct 3, 2026 08:00:01",
                "approved",
            ],
            [
                "Chantal",
                "D'Souza",
                "cdsouza@gta.gd",
                "St. George's",
                "Grenada",
                "+1 473 555 0199",
                "Grenada Telecom",
                "",
                "",
                "",
                "Oct 3, 2026 09:30:00",
                "denied",
            ],
        ],
    )
    plan, layout, summary = import_file(db, path, workshop_id)
    assert plan.system_name == "Zoom registration report"
    assert layout.header_row == 6
    assert "role" not in plan.mapping  # "Role in Purchase Process" is Zoom's marketing
    assert summary.created == 2
    [skipped] = summary.skipped
    assert skipped.row == 9 and "rejected" in skipped.reason and "denied" in skipped.reason
    assert people(db, workshop_id) == [
        ("Ana Lucía", "Gómez Herrera", "agomez@cenditel.gob.ve", "VE", None, "attendee", None),
        ("Jean-Baptiste", "Théodore", "jbtheodore@ht.net", "HT", None, "attendee", None),
    ]


def test_indico_checked_in_seeds_the_first_session_when_asked(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "registrations.csv",
        [
            [
                "ID",
                "Name",
                "Email",
                "Affiliation",
                "Country",
                "Registration date",
                "Registration state",
                "Checked in",
            ],
            [
                "101",
                "Marie-Claire Desrosiers",
                "mcd@rddl.ht",
                "RDDL",
                "Haïti",
                "2026-10-01 09:00",
                "Completed",
                "Yes",
            ],
            [
                "102",
                "Kwame O'Neil",
                "koneil@uwi.edu.jm",
                "UWI Mona",
                "Jamaica",
                "2026-10-01 10:00",
                "Completed",
                "No",
            ],
            [
                "103",
                "Renée Lafontaine",
                "rlafontaine@mq.fr",
                "",
                "Martinique",
                "2026-10-02 11:00",
                "Withdrawn",
                "No",
            ],
        ],
    )
    plan, _layout, summary = import_file(db, path, workshop_id, checked_in=True)
    assert plan.system_name == "Indico"
    assert summary.created == 2 and summary.checked_in_marked == 1
    assert "withdrawn" in summary.skipped[0].reason
    assert people(db, workshop_id) == [
        ("Kwame", "O'Neil", "koneil@uwi.edu.jm", "JM", None, "attendee", "102"),
        ("Marie-Claire", "Desrosiers", "mcd@rddl.ht", "HT", None, "attendee", "101"),
    ]
    assert present_at_first(db, workshop_id) == ["mcd@rddl.ht"]


def test_indico_checked_in_marks_nothing_unless_asked(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "registrations.csv",
        [
            ["ID", "Name", "Email", "Registration state", "Checked in"],
            ["7", "Marie-Claire Desrosiers", "mcd@rddl.ht", "Completed", "Yes"],
        ],
    )
    _plan, _layout, summary = import_file(db, path, workshop_id)
    assert summary.created == 1 and summary.checked_in_marked == 0
    assert present_at_first(db, workshop_id) == []


EVENTBRITE_EN = [
    "Order #",
    "Order Date",
    "First Name",
    "Last Name",
    "Email",
    "Quantity",
    "Ticket Type",
    "Attendee #",
    "Barcode #",
    "Order Type",
    "Total Paid",
    "Attendee Status",
    "ID",
]


def test_eventbrite_registration_id_and_ticket_type(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The platform's number is a registration number, not a document id, and "General
    Admission" is a ticket, not a role."""
    path = write_csv(
        tmp_path / "report-2026-11-01.csv",
        [
            EVENTBRITE_EN,
            [
                "9001",
                "2026-10-01",
                "Dwayne",
                "St. Hill-Jordan",
                "dsthill@bb.net",
                "1",
                "General Admission",
                "1200001",
                "1200001001",
                "Free Order",
                "0.00",
                "Attending",
                "556",
            ],
            [
                "9002",
                "2026-10-02",
                "Aïcha",
                "N'Diaye Lamothe",
                "andiaye@gp.fr",
                "1",
                "General Admission",
                "1200002",
                "1200002001",
                "Free Order",
                "0.00",
                "Checked In",
                "557",
            ],
            [
                "9003",
                "2026-10-02",
                "Tom",
                "Baptiste",
                "tbaptiste@lc.lc",
                "1",
                "Speaker",
                "1200003",
                "1200003001",
                "Free Order",
                "0.00",
                "Refunded",
                "558",
            ],
        ],
    )
    plan, layout, summary = import_file(db, path, workshop_id)
    assert plan.system_name == "Eventbrite"
    fields = dict(zip(layout.headers, plan.mapping, strict=True))
    assert fields["Attendee #"] == "external_ref" and fields["Ticket Type"] is None
    assert "document_id" not in plan.mapping and "role" not in plan.mapping
    assert summary.created == 2 and "refunded" in summary.skipped[0].reason
    assert people(db, workshop_id) == [
        ("Aïcha", "N'Diaye Lamothe", "andiaye@gp.fr", None, None, "attendee", "1200002"),
        ("Dwayne", "St. Hill-Jordan", "dsthill@bb.net", None, None, "attendee", "1200001"),
    ]


EVENTBRITE_ES = [
    "N.º de pedido",
    "Fecha del pedido",
    "Nombre",
    "Apellidos",
    "Correo electrónico",
    "Cantidad",
    "Tipo de entrada",
    "N.º de asistente",
    "Estado del asistente",
]


def _eventbrite_es(path, rows):  # type: ignore[no-untyped-def]
    return write_xlsx(path, [EVENTBRITE_ES, *rows])


def test_eventbrite_in_spanish_and_the_next_export_links_everyone(
    db, workshop_id, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    first = _eventbrite_es(
        tmp_path / "asistentes-1.xlsx",
        [
            [
                "501",
                "2026-10-01",
                "Ximena",
                "Ñáñez Ibáñez",
                "xnanez@ucr.ac.cr",
                1,
                "Entrada general",
                "7001",
                "Asistirá",
            ],
            [
                "502",
                "2026-10-01",
                "Óscar",
                "Llanos Cuéllar",
                "ollanos@uni.edu.co",
                1,
                "Entrada general",
                "7002",
                "Asistirá",
            ],
            [
                "503",
                "2026-10-03",
                "Paula",
                "Reembolso Prueba",
                "paula@example.org",
                1,
                "Estudiante",
                "7003",
                "Reembolsado",
            ],
        ],
    )
    plan, _layout, summary = import_file(db, first, workshop_id)
    assert plan.system_name == "Eventbrite"
    assert summary.created == 2 and "refunded" in summary.skipped[0].reason
    # The next export: Ximena changed her address on the platform, a new person came.
    second = _eventbrite_es(
        tmp_path / "asistentes-2.xlsx",
        [
            [
                "501",
                "2026-10-01",
                "Ximena",
                "Ñáñez Ibáñez",
                "ximena.nanez@gmail.com",
                1,
                "Entrada general",
                "7001",
                "Asistirá",
            ],
            [
                "502",
                "2026-10-01",
                "Óscar",
                "Llanos Cuéllar",
                "OLlanos@uni.edu.co ",
                1,
                "Entrada general",
                "7002",
                "Asistirá",
            ],
            [
                "504",
                "2026-10-05",
                "Dalia",
                "Sánchez-Agüero",
                "dsanchez@nic.cl",
                1,
                "Entrada general",
                "7004",
                "Asistirá",
            ],
        ],
    )
    plan2, _layout, again = import_file(db, second, workshop_id)
    assert plan2.remembered
    assert (again.created, again.linked, again.already_enrolled) == (1, 2, 2)
    reasons = {o.email: o.reason for o in again.outcomes}
    assert reasons["ximena.nanez@gmail.com"].startswith("same registration number")
    assert reasons["OLlanos@uni.edu.co"].startswith("same registration number")
    assert people(db, workshop_id) == [
        ("Dalia", "Sánchez-Agüero", "dsanchez@nic.cl", None, None, "attendee", "7004"),
        ("Óscar", "Llanos Cuéllar", "ollanos@uni.edu.co", None, None, "attendee", "7002"),
        ("Ximena", "Ñáñez Ibáñez", "xnanez@ucr.ac.cr", None, None, "attendee", "7001"),
    ]


def test_sympla_in_portuguese_with_check_in(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "participantes-sympla.csv",
        [
            [
                "Número do ingresso",
                "Número do pedido",
                "Nome",
                "Sobrenome",
                "E-mail",
                "Tipo de ingresso",
                "Status do pedido",
                "Check-in",
                "Data do check-in",
            ],
            [
                "ABCD-1234",
                "P-77",
                "Maria Eduarda",
                "Gonçalves D'Almeida",
                "meduarda@usp.br",
                "Inteira",
                "Aprovado",
                "Sim",
                "23/11/2026 08:55",
            ],
            [
                "ABCD-1235",
                "P-78",
                "Antônio",
                "Conceição Brandão",
                "acb@ufrj.br",
                "Meia-entrada",
                "Aprovado",
                "Não",
                "",
            ],
            [
                "ABCD-1236",
                "P-79",
                "Luíza",
                "Estornada Teste",
                "luiza@ufmg.br",
                "Inteira",
                "Estornado",
                "Não",
                "",
            ],
        ],
        delimiter=";",
        bom=True,
    )
    plan, _layout, summary = import_file(db, path, workshop_id, checked_in=True)
    assert plan.system_name == "Sympla"
    assert summary.created == 2 and "refunded" in summary.skipped[0].reason
    assert summary.checked_in_marked == 1
    assert people(db, workshop_id) == [
        ("Antônio", "Conceição Brandão", "acb@ufrj.br", None, None, "attendee", "ABCD-1235"),
        (
            "Maria Eduarda",
            "Gonçalves D'Almeida",
            "meduarda@usp.br",
            None,
            None,
            "attendee",
            "ABCD-1234",
        ),
    ]
    assert present_at_first(db, workshop_id) == ["meduarda@usp.br"]


def test_even3_whole_names_in_nome_and_cpf_kept(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(
        tmp_path / "inscricoes-even3.xlsx",
        [
            [
                "Código da inscrição",
                "Nome",
                "Nome no crachá",
                "E-mail",
                "CPF",
                "Telefone",
                "Instituição",
                "Categoria",
                "Status da inscrição",
            ],
            [
                "E3-0001",
                "João Pedro Conceição Souza",
                "João",
                "joao.souza@ufpe.br",
                "123.456.789-09",
                "(81) 99876-5432",
                "UFPE",
                "Estudante",
                "Confirmada",
            ],
            [
                "E3-0002",
                "Ana Lúcia da Conceição",
                "",
                "analucia@rnp.br",
                "987.654.321-00",
                "(21) 3456-7890",
                "RNP",
                "Profissional",
                "Confirmada",
            ],
            [
                "E3-0003",
                "Carlos Eduardo Cancelado",
                "",
                "carlos@ufba.br",
                "111.222.333-44",
                "",
                "UFBA",
                "Profissional",
                "Cancelada",
            ],
        ],
    )
    plan, _layout, summary = import_file(db, path, workshop_id)
    assert plan.system_name == "Even3"
    assert summary.created == 2 and "cancelled" in summary.skipped[0].reason
    assert people(db, workshop_id) == [
        (
            "Ana Lúcia",
            "da Conceição",
            "analucia@rnp.br",
            None,
            "987.654.321-00",
            "attendee",
            "E3-0002",
        ),
        (
            "João Pedro",
            "Conceição Souza",
            "joao.souza@ufpe.br",
            None,
            "123.456.789-09",
            "attendee",
            "E3-0001",
        ),
    ]


def test_doity_full_name_and_payment_state(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "doity.csv",
        [
            [
                "Código do participante",
                "Nome completo",
                "E-mail",
                "CPF",
                "Celular",
                "Ingresso",
                "Status do pagamento",
                "Check-in realizado",
            ],
            [
                "D-88",
                "Luana Beatriz Araújo Pinheiro",
                "luana@ifce.edu.br",
                "222.333.444-55",
                "(85) 98888-7777",
                "Palestrante",
                "Pago",
                "Sim",
            ],
            [
                "D-89",
                "Raimundo Nonato Sá",
                "rnsa@ufpi.br",
                "333.444.555-66",
                "(86) 97777-6666",
                "Lote 1",
                "Estornado",
                "Não",
            ],
        ],
    )
    plan, _layout, summary = import_file(db, path, workshop_id)
    assert plan.system_name == "Doity"
    assert summary.created == 1 and "refunded" in summary.skipped[0].reason
    assert people(db, workshop_id) == [
        (
            "Luana Beatriz",
            "Araújo Pinheiro",
            "luana@ifce.edu.br",
            None,
            "222.333.444-55",
            "attendee",
            "D-88",
        ),
    ]


def test_moodle_participants_roles_in_spanish(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "courseid_12_participants.csv",
        [
            [
                "Nombre",
                "Apellido(s)",
                "Dirección de correo",
                "Roles",
                "Grupos",
                "Último acceso al curso",
                "Estado",
            ],
            [
                "Mariángeles",
                "Villalobos Araya",
                "mvillalobos@ucr.ac.cr",
                "Profesor",
                "A",
                "hace 2 días",
                "Activo",
            ],
            [
                "Íñigo",
                "Etxeberria O'Higgins",
                "ietxe@uchile.cl",
                "Estudiante",
                "A",
                "hace 5 horas",
                "Activo",
            ],
            [
                "Bruno",
                "Suspendido Ruiz",
                "bsr@udelar.edu.uy",
                "Estudiante",
                "B",
                "Nunca",
                "Suspendido",
            ],
        ],
    )
    plan, _layout, summary = import_file(db, path, workshop_id)
    assert plan.system_name == "Moodle participants"
    assert summary.created == 2 and "suspended" in summary.skipped[0].reason
    assert people(db, workshop_id) == [
        ("Íñigo", "Etxeberria O'Higgins", "ietxe@uchile.cl", None, None, "attendee", None),
        ("Mariángeles", "Villalobos Araya", "mvillalobos@ucr.ac.cr", None, None, "trainer", None),
    ]


def test_moodle_in_french_says_enseignant(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(
        tmp_path / "participants.csv",
        [
            ["Prénom", "Nom", "Adresse de courriel", "Rôles", "Groupes", "Dernier accès au cours"],
            ["Hélène", "Lévêque-Saint-Cyr", "hleveque@univ-ag.fr", "Enseignant", "", "Jamais"],
            ["Noël", "D'Arcy", "ndarcy@univ-ag.fr", "Étudiant", "", "Jamais"],
        ],
    )
    plan, _layout, summary = import_file(db, path, workshop_id)
    assert plan.system_name == "Moodle participants"
    assert summary.created == 2
    assert people(db, workshop_id) == [
        ("Hélène", "Lévêque-Saint-Cyr", "hleveque@univ-ag.fr", None, None, "trainer", None),
        ("Noël", "D'Arcy", "ndarcy@univ-ag.fr", None, None, "attendee", None),
    ]


def test_plain_spreadsheet_roles_only_from_role_words(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ["Lista de inscritos — Tutoriales LACNIC 46"],
            [],
            [
                "Nombre",
                "Apellido paterno",
                "Apellido materno",
                "Correo",
                "Cédula",
                "País",
                "Tipo",
                "Función",
            ],
            [
                "Rosa María",
                "Huamán",
                "Quispe",
                "rhuaman@pucp.pe",
                "40123456",
                "PE",
                "VIP",
                "Docente",
            ],
            [
                "Héctor",
                "Ñúñez",
                "D'Alessandro",
                "hnunez@fing.edu.uy",
                "1.234.567-8",
                "UY",
                "General",
                "Participante",
            ],
        ],
    )
    plan, layout, summary = import_file(db, path, workshop_id)
    assert plan.system_name == "Plain spreadsheet"
    fields = dict(zip(layout.headers, plan.mapping, strict=True))
    assert fields["Tipo"] is None and fields["Función"] == "role"
    assert summary.created == 2
    assert people(db, workshop_id) == [
        (
            "Héctor",
            "Ñúñez D'Alessandro",
            "hnunez@fing.edu.uy",
            "UY",
            "1.234.567-8",
            "attendee",
            None,
        ),
        ("Rosa María", "Huamán Quispe", "rhuaman@pucp.pe", "PE", "40123456", "trainer", None),
    ]


def test_a_ticket_column_headed_role_is_dropped(db, workshop_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "Rol" holding ticket names sets no role; the note says why the header was not
    believed."""
    path = write_csv(
        tmp_path / "lista.csv",
        [
            ["Nombre", "Apellidos", "Correo", "Rol"],
            ["Inés", "Ocampo Ferré", "iocampo@itam.mx", "General Admission"],
            ["Tomás", "Quiñones", "tquinones@uprrp.edu", "Early bird"],
        ],
    )
    plan, layout, summary = import_file(db, path, workshop_id)
    assert "role" not in plan.mapping
    assert any("'Rol'" in t for t in plan.note_texts(layout.headers))
    assert summary.created == 2 and not summary.warnings
    assert [p[5] for p in people(db, workshop_id)] == ["attendee", "attendee"]
