"""Words of the schedule calendar (iCalendar export)."""

TEXTS = {
    "ics.all_tracks": {
        "es": "Todos los itinerarios",
        "pt": "Todas as trilhas",
        "en": "All tracks",
        "fr": "Tous les parcours",
    },
    "ics.track": {
        "es": "Itinerario: {name}",
        "pt": "Trilha: {name}",
        "en": "Track: {name}",
        "fr": "Parcours\u00a0: {name}",
    },
    "ics.trainers": {
        "es": "Instructores: {names}",
        "pt": "Instrutores: {names}",
        "en": "Trainers: {names}",
        "fr": "Formateurs\u00a0: {names}",
    },
    "ics.no_topic": {"es": "Sesión", "pt": "Sessão", "en": "Session", "fr": "Séance"},
    "ics.floating": {
        "es": "Horas locales del lugar del taller ({place}); la zona horaria no se pudo determinar.",
        "pt": "Horários locais do local do workshop ({place}); o fuso horário não pôde ser determinado.",
        "en": "Local times at the workshop’s venue ({place}); the time zone could not be determined.",
        "fr": "Heures locales du lieu de l’atelier ({place})\u00a0; le fuseau horaire n’a pas pu être déterminé.",
    },
}
