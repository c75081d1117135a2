"""Words of the consent column in attendee lists."""

TEXTS = {
    "privacy.col.consent": {
        "es": "Consentimiento",
        "pt": "Consentimento",
        "en": "Consent",
        "fr": "Consentement",
    },
    "privacy.consent.agreed": {
        "es": "Sí: {scopes} ({date})",
        "pt": "Sim: {scopes} ({date})",
        "en": "Yes: {scopes} ({date})",
        "fr": "Oui\u00a0: {scopes} ({date})",
    },
    "privacy.consent.refused": {"es": "No", "pt": "Não", "en": "No", "fr": "Non"},
    "privacy.scope.data": {
        "es": "tratamiento de datos",
        "pt": "tratamento de dados",
        "en": "data processing",
        "fr": "traitement des données",
    },
    "privacy.scope.listing": {
        "es": "listado público",
        "pt": "lista pública",
        "en": "public listing",
        "fr": "liste publique",
    },
    "privacy.scope.email": {
        "es": "correo electrónico",
        "pt": "e-mail",
        "en": "email",
        "fr": "courriel",
    },
    "privacy.scope.photos": {
        "es": "fotos y video",
        "pt": "fotos e vídeo",
        "en": "photos and video",
        "fr": "photos et vidéo",
    },
}
