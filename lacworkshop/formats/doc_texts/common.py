"""Words shared by several documents."""

TEXTS = {
    "col.given_names": {"es": "Nombres", "pt": "Nomes", "en": "Given names", "fr": "Prénoms"},
    "col.family_names": {"es": "Apellidos", "pt": "Sobrenomes", "en": "Family names", "fr": "Noms"},
    "col.email": {"es": "Correo electrónico", "pt": "E-mail", "en": "Email", "fr": "Courriel"},
    "col.organisation": {
        "es": "Organización",
        "pt": "Organização",
        "en": "Organisation",
        "fr": "Organisation",
    },
    "col.country": {"es": "País", "pt": "País", "en": "Country", "fr": "Pays"},
    "col.role": {"es": "Rol", "pt": "Papel", "en": "Role", "fr": "Rôle"},
    "col.track": {"es": "Itinerario", "pt": "Trilha", "en": "Track", "fr": "Parcours"},
    "col.status": {"es": "Estado", "pt": "Situação", "en": "Status", "fr": "Statut"},
    "page.n_of_m": {
        "es": "Página {n} de {m}",
        "pt": "Página {n} de {m}",
        "en": "Page {n} of {m}",
        "fr": "Page {n} sur {m}",
    },
}
