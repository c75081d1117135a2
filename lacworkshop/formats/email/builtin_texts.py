"""The built-in messages: your certificate, welcome and practical information, reminder.

Each is a subject and a body per language, with ``{placeholders}`` filled per
person (see :mod:`lacworkshop.formats.email.placeholders`). An organiser can
replace any of them for a workshop; these are what a workshop starts with.
"""

from __future__ import annotations

CERTIFICATE = "certificate"
WELCOME = "welcome"
REMINDER = "reminder"

BUILTIN_NAMES = (CERTIFICATE, WELCOME, REMINDER)

TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    CERTIFICATE: {
        "es": (
            "Tu certificado de {workshop}",
            "Hola, {name}:\n\n"
            "Gracias por participar en {workshop} ({dates}). Adjuntamos tu certificado "
            "({hours}).\n\n"
            "Código del certificado: {certificate_code}\n"
            "Cualquier persona puede verificarlo en: {verify_link}\n\n"
            "{note}\n\n"
            "Saludos cordiales,\n{organisation}",
        ),
        "pt": (
            "Seu certificado de {workshop}",
            "Olá, {name}!\n\n"
            "Obrigado por participar de {workshop} ({dates}). Segue em anexo o seu "
            "certificado ({hours}).\n\n"
            "Código do certificado: {certificate_code}\n"
            "Qualquer pessoa pode verificá-lo em: {verify_link}\n\n"
            "{note}\n\n"
            "Atenciosamente,\n{organisation}",
        ),
        "en": (
            "Your certificate for {workshop}",
            "Dear {name},\n\n"
            "Thank you for taking part in {workshop} ({dates}). Your certificate "
            "({hours}) is attached.\n\n"
            "Certificate code: {certificate_code}\n"
            "Anyone can verify it at: {verify_link}\n\n"
            "{note}\n\n"
            "Kind regards,\n{organisation}",
        ),
        "fr": (
            "Votre attestation de {workshop}",
            "Bonjour {name},\n\n"
            "Merci d’avoir participé à {workshop} ({dates}). Vous trouverez votre "
            "attestation ({hours}) en pièce jointe.\n\n"
            "Code de l’attestation : {certificate_code}\n"
            "Toute personne peut la vérifier à l’adresse : {verify_link}\n\n"
            "{note}\n\n"
            "Cordialement,\n{organisation}",
        ),
    },
    WELCOME: {
        "es": (
            "Te damos la bienvenida a {workshop}: información práctica",
            "Hola, {name}:\n\n"
            "Te damos la bienvenida a {workshop}, que se realizará {dates}.\n"
            "Lugar: {place}\n\n"
            "{note}\n\n"
            "Si tienes alguna pregunta, responde a este mensaje.\n\n"
            "¡Nos vemos pronto!\n{organisation}",
        ),
        "pt": (
            "Boas-vindas a {workshop}: informações práticas",
            "Olá, {name}!\n\n"
            "Damos as boas-vindas a {workshop}, que acontecerá {dates}.\n"
            "Local: {place}\n\n"
            "{note}\n\n"
            "Se tiver alguma dúvida, é só responder a esta mensagem.\n\n"
            "Até breve!\n{organisation}",
        ),
        "en": (
            "Welcome to {workshop}: practical information",
            "Dear {name},\n\n"
            "Welcome to {workshop}, {dates}.\n"
            "Venue: {place}\n\n"
            "{note}\n\n"
            "If you have any questions, just reply to this message.\n\n"
            "See you soon,\n{organisation}",
        ),
        "fr": (
            "Bienvenue à {workshop} : informations pratiques",
            "Bonjour {name},\n\n"
            "Bienvenue à {workshop}, qui se tiendra {dates}.\n"
            "Lieu : {place}\n\n"
            "{note}\n\n"
            "Pour toute question, il vous suffit de répondre à ce message.\n\n"
            "À très bientôt,\n{organisation}",
        ),
    },
    REMINDER: {
        "es": (
            "Recordatorio: {workshop}",
            "Hola, {name}:\n\n"
            "Te recordamos que {workshop} se realizará {dates}.\n"
            "Lugar: {place}\n\n"
            "{note}\n\n"
            "Saludos cordiales,\n{organisation}",
        ),
        "pt": (
            "Lembrete: {workshop}",
            "Olá, {name}!\n\n"
            "Lembramos que {workshop} acontecerá {dates}.\n"
            "Local: {place}\n\n"
            "{note}\n\n"
            "Atenciosamente,\n{organisation}",
        ),
        "en": (
            "Reminder: {workshop}",
            "Dear {name},\n\n"
            "A reminder that {workshop} takes place {dates}.\n"
            "Venue: {place}\n\n"
            "{note}\n\n"
            "Kind regards,\n{organisation}",
        ),
        "fr": (
            "Rappel : {workshop}",
            "Bonjour {name},\n\n"
            "Nous vous rappelons que {workshop} se tiendra {dates}.\n"
            "Lieu : {place}\n\n"
            "{note}\n\n"
            "Cordialement,\n{organisation}",
        ),
    },
}

HOURS = {
    "es": "{hours} horas",
    "pt": "{hours} horas",
    "en": "{hours} hours",
    "fr": "{hours} heures",
}

TEST_MESSAGE = {
    "es": (
        "Mensaje de prueba de lacworkshop",
        "Este mensaje confirma que lacworkshop puede enviar correo con esta cuenta.\n",
    ),
    "pt": (
        "Mensagem de teste do lacworkshop",
        "Esta mensagem confirma que o lacworkshop consegue enviar e-mail com esta conta.\n",
    ),
    "en": (
        "Test message from lacworkshop",
        "This message confirms that lacworkshop can send email with this account.\n",
    ),
    "fr": (
        "Message d’essai de lacworkshop",
        "Ce message confirme que lacworkshop peut envoyer du courrier avec ce compte.\n",
    ),
}
