"""Words printed on certificates; templates may override title, lead and body per language."""

_NB = "\u00a0"  # no-break space: guillemets, "10,5 horas" and "Parcours :" stay on one line

TEXTS = {
    "certificates.title.participation": {
        "es": "Certificado de participación",
        "pt": "Certificado de participação",
        "en": "Certificate of participation",
        "fr": "Attestation de participation",
    },
    "certificates.title.completion": {
        "es": "Certificado de aprobación",
        "pt": "Certificado de conclusão",
        "en": "Certificate of completion",
        "fr": "Attestation de réussite",
    },
    "certificates.title.trainer": {
        "es": "Certificado de docencia",
        "pt": "Certificado de docência",
        "en": "Certificate of teaching",
        "fr": "Attestation d’enseignement",
    },
    "certificates.title.organiser": {
        "es": "Certificado de reconocimiento",
        "pt": "Certificado de reconhecimento",
        "en": "Certificate of appreciation",
        "fr": "Attestation de reconnaissance",
    },
    "certificates.lead": {
        "es": "Se certifica que",
        "pt": "Certificamos que",
        "en": "This is to certify that",
        "fr": "Nous certifions que",
    },
    "certificates.body.participation": {
        "es": "participó en «{workshop}», realizado en {city} ({country}) {dates}, "
        "con {hours}\u00a0horas de asistencia.",
        "pt": "participou de “{workshop}”, realizado em {city} ({country}) {dates}, "
        "com {hours}\u00a0horas de presença.",
        "en": "took part in “{workshop}”, held in {city}, {country}, on {dates}, "
        "attending {hours}\u00a0hours.",
        "fr": f"a participé à «{_NB}{{workshop}}{_NB}», tenu à {{city}} ({{country}}) {{dates}}, "
        "avec {hours}\u00a0heures de présence.",
    },
    "certificates.body.completion": {
        "es": "completó «{workshop}», realizado en {city} ({country}) {dates}, "
        "con una carga horaria de {hours}\u00a0horas, y cumplió el requisito de asistencia.",
        "pt": "concluiu “{workshop}”, realizado em {city} ({country}) {dates}, "
        "com carga horária de {hours}\u00a0horas, e cumpriu o requisito de frequência.",
        "en": "completed “{workshop}”, held in {city}, {country}, on {dates}, "
        "a course of {hours}\u00a0hours, and met its attendance requirement.",
        "fr": f"a suivi avec succès «{_NB}{{workshop}}{_NB}», tenu à {{city}} ({{country}}) "
        "{dates}, soit {hours}\u00a0heures de formation, en remplissant la condition d’assiduité.",
    },
    "certificates.body.trainer": {
        "es": "impartió {modules} ({hours}\u00a0horas) en «{workshop}», "
        "realizado en {city} ({country}) {dates}.",
        "pt": "ministrou {modules} ({hours}\u00a0horas) em “{workshop}”, "
        "realizado em {city} ({country}) {dates}.",
        "en": "taught {modules} ({hours}\u00a0hours) at “{workshop}”, held in {city}, {country}, "
        "on {dates}.",
        "fr": f"a animé {{modules}} ({{hours}}{_NB}heures) lors de «{_NB}{{workshop}}{_NB}», "
        "tenu à {city} ({country}) {dates}.",
    },
    "certificates.body.organiser": {
        "es": "formó parte del comité organizador de «{workshop}», "
        "realizado en {city} ({country}) {dates}.",
        "pt": "integrou a comissão organizadora de “{workshop}”, "
        "realizado em {city} ({country}) {dates}.",
        "en": "served on the organising committee of “{workshop}”, held in {city}, {country}, "
        "on {dates}.",
        "fr": f"a fait partie du comité d’organisation de «{_NB}{{workshop}}{_NB}», "
        "tenu à {city} ({country}) {dates}.",
    },
    "certificates.modules.one": {
        "es": "el módulo «{m}»",
        "pt": "o módulo “{m}”",
        "en": "the module “{m}”",
        "fr": f"le module «{_NB}{{m}}{_NB}»",
    },
    "certificates.modules.many": {
        "es": "los módulos {m}",
        "pt": "os módulos {m}",
        "en": "the modules {m}",
        "fr": "les modules {m}",
    },
    "certificates.track": {
        "es": "Itinerario: {track}",
        "pt": "Trilha: {track}",
        "en": "Track: {track}",
        "fr": f"Parcours{_NB}: {{track}}",
    },
    "certificates.verify_label": {
        "es": "Código de verificación",
        "pt": "Código de verificação",
        "en": "Verification code",
        "fr": "Code de vérification",
    },
    "certificates.place_date": {
        "es": "{city}, {date}",
        "pt": "{city}, {date}",
        "en": "{city}, {date}",
        "fr": "{city}, le {date}",
    },
    "certificates.role.attendee": {
        "es": "participante",
        "pt": "participante",
        "en": "participant",
        "fr": "participant·e",
    },
    "certificates.role.trainer": {
        "es": "instructor/a",
        "pt": "instrutor/a",
        "en": "trainer",
        "fr": "formateur·rice",
    },
    "certificates.role.organiser": {
        "es": "organizador/a",
        "pt": "organizador/a",
        "en": "organiser",
        "fr": "organisateur·rice",
    },
    "certificates.role.staff": {
        "es": "equipo de apoyo",
        "pt": "equipe de apoio",
        "en": "staff",
        "fr": "équipe",
    },
}
