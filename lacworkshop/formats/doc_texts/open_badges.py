"""Words inside the Open Badges credential issued beside each certificate."""

TEXTS = {
    "badge.criteria.participation": {
        "es": "Asistió a {share} % o más de las horas programadas de {title} ({code}); "
        "{hours} horas acreditadas.",
        "pt": "Frequentou {share} % ou mais das horas programadas de {title} ({code}); "
        "{hours} horas certificadas.",
        "en": "Attended {share}% or more of the scheduled hours of {title} ({code}); "
        "{hours} hours certified.",
        "fr": "A assisté à {share}\u00a0% ou plus des heures prévues de {title} ({code})\u00a0; "
        "{hours}\u00a0heures attestées.",
    },
    "badge.criteria.completion": {
        "es": "Completó {title} ({code}) cumpliendo la regla de asistencia del taller "
        "({share} % de las horas programadas); {hours} horas.",
        "pt": "Concluiu {title} ({code}) cumprindo a regra de frequência da oficina "
        "({share} % das horas programadas); {hours} horas.",
        "en": "Completed {title} ({code}), meeting the workshop’s attendance rule "
        "({share}% of the scheduled hours); {hours} hours.",
        "fr": "A achevé {title} ({code}) en respectant la règle d’assiduité de l’atelier "
        "({share}\u00a0% des heures prévues)\u00a0; {hours}\u00a0heures.",
    },
    "badge.criteria.trainer": {
        "es": "Fue instructor/a en {title} ({code}); {hours} horas de formación impartidas.",
        "pt": "Foi instrutor(a) em {title} ({code}); {hours} horas de formação ministradas.",
        "en": "Taught at {title} ({code}); {hours} hours of training given.",
        "fr": "A été formateur ou formatrice à {title} ({code})\u00a0; {hours}\u00a0heures de "
        "formation dispensées.",
    },
    "badge.criteria.organiser": {
        "es": "Formó parte de la organización de {title} ({code}).",
        "pt": "Fez parte da organização de {title} ({code}).",
        "en": "Was one of the organisers of {title} ({code}).",
        "fr": "A fait partie de l’organisation de {title} ({code}).",
    },
}
