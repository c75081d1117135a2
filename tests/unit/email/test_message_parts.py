"""The pure parts: SMTP URLs, placeholders, headers for accented names, the migration, the log."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from lacworkshop.formats.email import (
    Attachment,
    BadSmtpUrl,
    Outgoing,
    Sender,
    build_message,
    fill_subject,
    fill_text,
    parse_smtp_url,
    unknown,
)


@pytest.mark.parametrize(
    ("url", "host", "port", "security", "user"),
    [
        ("smtp://ana@mail.example.org:587?starttls=1", "mail.example.org", 587, "starttls", "ana"),
        ("smtps://talleres%40lacnic.net@smtp.example.org", "smtp.example.org", 465, "tls",
         "talleres@lacnic.net"),
        ("smtp://127.0.0.1:2525", "127.0.0.1", 2525, "none", ""),
        ("smtp://relay.example.org?starttls=yes", "relay.example.org", 587, "starttls", ""),
    ],
)  # fmt: skip
def test_smtp_urls(url: str, host: str, port: int, security: str, user: str) -> None:
    server = parse_smtp_url(url)
    assert (server.host, server.port, server.security, server.user) == (host, port, security, user)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://mail.example.org", "scheme"),
        ("smtp://ana:secreto@mail.example.org", "password"),
        ("smtp://:25", "host"),
        ("smtp://mail.example.org:99999", "port"),
    ],
)
def test_bad_smtp_urls_say_which_part(url: str, problem: str) -> None:
    with pytest.raises(BadSmtpUrl) as caught:
        parse_smtp_url(url)
    assert str(caught.value) == problem


def test_lines_of_empty_placeholders_go_and_values_are_literal() -> None:
    text = "Hola, {name}:\n\nCódigo: {certificate_code}\n\n{note}\n\nLugar: {place}\n{x}"
    filled = fill_text(text, {"name": "José {Pepe} <O'Brien> & Cía", "place": "", "note": ""})
    assert filled == "Hola, José {Pepe} <O'Brien> & Cía:\n\n{x}\n"
    assert fill_subject("Tu certificado\nde {workshop}", {"workshop": "WALC"}) == (
        "Tu certificado de WALC"
    )
    assert unknown("{name} {nmae} {workshop}") == ["nmae"]


@pytest.mark.parametrize("language", ["es", "pt", "en", "fr"])
def test_a_certificate_without_hours_leaves_no_empty_brackets(language: str) -> None:
    """The built-in text says "your certificate ({hours})": no hours, no "()"."""
    from lacworkshop.formats.email.builtin_texts import TEXTS

    body = TEXTS["certificate"][language][1]
    values = {"name": "Ana", "workshop": "WALC", "dates": "1-2", "hours": "", "note": ""}
    filled = fill_text(body, values)
    assert "()" not in filled and " ." not in filled
    with_hours = fill_text(body, dict(values, hours="12 horas"))
    assert "(12 horas)" in with_hours
    # Brackets around something else stay.
    assert fill_text("Sala (B), {name} ({note})", {"name": "Ana", "note": ""}) == "Sala (B), Ana\n"


def test_accented_names_are_encoded_in_headers_and_read_back_whole() -> None:
    raw = build_message(
        Outgoing(
            "Nguyễn Thị Ánh O'Brien-Ñúñez",
            "anh@example.org",
            "Tu certificado de la Semana Técnica – Señales «2026»",
            "Hola, Ánh:\nAdjuntamos tu certificado.\n",
            "es",
            (Attachment("Ñúñez, Ánh - 7KQ2-M9XD-4HBR.pdf", b"%PDF-1.4 test"),),
        ),
        Sender("Équipe WALC", "walc@example.org", "ayuda@example.org"),
        "<abc@example.org>",
    )
    assert all(b < 128 for b in raw.split(b"\r\n\r\n", 1)[0])  # headers are pure ASCII
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["To"].addresses[0].display_name == "Nguyễn Thị Ánh O'Brien-Ñúñez"
    assert msg["From"].addresses[0].display_name == "Équipe WALC"
    assert str(msg["Subject"]) == "Tu certificado de la Semana Técnica – Señales «2026»"
    assert msg["Message-ID"] == "<abc@example.org>" and msg["Reply-To"] == "ayuda@example.org"
    assert msg["Content-Language"] == "es"
    body = msg.get_body(("plain",)).get_content()
    assert body.replace("\r\n", "\n") == "Hola, Ánh:\nAdjuntamos tu certificado.\n"
    pdf = next(iter(msg.iter_attachments()))
    assert pdf.get_filename() == "Ñúñez, Ánh - 7KQ2-M9XD-4HBR.pdf"
    assert pdf.get_content() == b"%PDF-1.4 test"


def test_every_builtin_text_uses_known_placeholders_in_four_languages() -> None:
    from lacworkshop.formats.email.builtin_texts import TEXTS

    for name, texts in TEXTS.items():
        assert set(texts) == {"es", "pt", "en", "fr"}, name
        for subject, body in texts.values():
            assert not unknown(subject) and not unknown(body)
            assert "{name}" in body


def test_passwords_and_url_credentials_are_masked_in_the_log() -> None:
    from lacworkshop.storage.log_privacy import hide_secret, mask_text

    hide_secret("pa55-Ñandú")
    line = mask_text("SMTP login pa55-Ñandú refused by smtp://ana:otra@mail.example.org:587")
    assert "pa55" not in line and "otra" not in line


def test_the_outbox_migration_makes_the_table_the_model_maps(db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect

    from lacworkshop.model import OutboxMessage

    inspector = inspect(db.engine)
    columns = {c["name"] for c in inspector.get_columns("email_outbox")}
    assert columns == set(OutboxMessage.__table__.columns.keys())
    uniques = {tuple(u["column_names"]) for u in inspector.get_unique_constraints("email_outbox")}
    assert ("idempotency_key",) in uniques and ("message_id",) in uniques


def test_a_template_with_a_typo_is_refused_and_a_good_one_is_used(demo_db) -> None:  # type: ignore[no-untyped-def]
    from lacworkshop.errors import Invalid
    from lacworkshop.services.email import message_template, save_template, template_names
    from lacworkshop.services.workshops.listing import workshop_id_for_code

    ws = workshop_id_for_code(demo_db, "WALC2026")
    with pytest.raises(Invalid) as caught:
        save_template(demo_db, ws, "welcome", "pt", "Olá {nmae}", "Texto")
    assert "{nmae}" in str(caught.value)
    save_template(demo_db, ws, "logistica", "pt", "Transporte para {workshop}", "Olá, {name}.")
    assert template_names(demo_db, ws)[-1] == "logistica"
    assert message_template(demo_db, ws, "logistica", "pt").subject.startswith("Transporte")
    # Not written in French: the organiser's own text in the language they wrote.
    assert message_template(demo_db, ws, "logistica", "fr").language == "pt"
    assert message_template(demo_db, ws, "welcome", "fr").builtin
