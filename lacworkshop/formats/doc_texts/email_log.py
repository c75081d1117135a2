"""Column headers and state words of the exported log of sent messages."""

TEXTS = {
    "email.col.person": {"es": "Persona", "pt": "Pessoa", "en": "Person", "fr": "Personne"},
    "email.col.address": {"es": "Dirección", "pt": "Endereço", "en": "Address", "fr": "Adresse"},
    "email.col.message": {"es": "Mensaje", "pt": "Mensagem", "en": "Message", "fr": "Message"},
    "email.col.language": {"es": "Idioma", "pt": "Idioma", "en": "Language", "fr": "Langue"},
    "email.col.certificate": {
        "es": "Certificado",
        "pt": "Certificado",
        "en": "Certificate",
        "fr": "Attestation",
    },
    "email.col.version": {"es": "Versión", "pt": "Versão", "en": "Version", "fr": "Version"},
    "email.col.state": {"es": "Estado", "pt": "Situação", "en": "State", "fr": "État"},
    "email.col.attempts": {"es": "Intentos", "pt": "Tentativas", "en": "Attempts", "fr": "Essais"},
    "email.col.queued": {
        "es": "En cola desde",
        "pt": "Na fila desde",
        "en": "Queued at",
        "fr": "En file depuis",
    },
    "email.col.sent": {"es": "Enviado", "pt": "Enviado", "en": "Sent at", "fr": "Envoyé le"},
    "email.col.reason": {"es": "Motivo", "pt": "Motivo", "en": "Reason", "fr": "Motif"},
    "email.state.queued": {"es": "En cola", "pt": "Na fila", "en": "Queued", "fr": "En file"},
    "email.state.sending": {
        "es": "Enviándose",
        "pt": "Enviando",
        "en": "Sending",
        "fr": "En cours d’envoi",
    },
    "email.state.sent": {"es": "Enviado", "pt": "Enviado", "en": "Sent", "fr": "Envoyé"},
    "email.state.failed": {"es": "Fallido", "pt": "Com falha", "en": "Failed", "fr": "En échec"},
    "email.sheet.log": {
        "es": "Mensajes enviados",
        "pt": "Mensagens enviadas",
        "en": "Messages sent",
        "fr": "Messages envoyés",
    },
}
