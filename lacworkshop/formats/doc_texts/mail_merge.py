"""Column headers and words of the certificate columns a people list can hold."""

TEXTS = {
    "mail.col.certificate_code": {
        "es": "Código del certificado",
        "pt": "Código do certificado",
        "en": "Certificate code",
        "fr": "Code du certificat",
    },
    "mail.col.certificate_status": {
        "es": "Estado del certificado",
        "pt": "Situação do certificado",
        "en": "Certificate status",
        "fr": "Statut du certificat",
    },
    "mail.col.certificate_hours": {
        "es": "Horas del certificado",
        "pt": "Horas do certificado",
        "en": "Certificate hours",
        "fr": "Heures du certificat",
    },
    "mail.col.certificate_file": {
        "es": "Archivo del certificado",
        "pt": "Arquivo do certificado",
        "en": "Certificate file",
        "fr": "Fichier du certificat",
    },
    "mail.status.valid": {"es": "Válido", "pt": "Válido", "en": "Valid", "fr": "Valide"},
    "mail.status.superseded": {
        "es": "Reemplazado",
        "pt": "Substituído",
        "en": "Superseded",
        "fr": "Remplacé",
    },
    "mail.status.revoked": {"es": "Revocado", "pt": "Revogado", "en": "Revoked", "fr": "Révoqué"},
    "mail.status.none": {
        "es": "Sin certificado",
        "pt": "Sem certificado",
        "en": "No certificate",
        "fr": "Pas de certificat",
    },
}
