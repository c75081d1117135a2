"""Words printed on badges and table tents."""

TEXTS = {
    "badge.role.attendee": {
        "es": "Participante",
        "pt": "Participante",
        "en": "Attendee",
        "fr": "Participant·e",
    },
    "badge.role.trainer": {
        "es": "Instructor/a",
        "pt": "Instrutor/a",
        "en": "Trainer",
        "fr": "Formateur·rice",
    },
    "badge.role.organiser": {
        "es": "Organización",
        "pt": "Organização",
        "en": "Organiser",
        "fr": "Organisation",
    },
    "badge.role.staff": {
        "es": "Equipo de apoyo",
        "pt": "Equipe de apoio",
        "en": "Staff",
        "fr": "Équipe d’appui",
    },
    "badge.track": {
        "es": "Itinerario: {track}",
        "pt": "Trilha: {track}",
        "en": "Track: {track}",
        "fr": "Parcours\u00a0: {track}",
    },
    "badge.code": {
        "es": "Código {code}",
        "pt": "Código {code}",
        "en": "Code {code}",
        "fr": "Code {code}",
    },
}
