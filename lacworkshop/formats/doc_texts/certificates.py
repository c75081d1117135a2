"""Words printed on certificates; templates may override title, lead and body per language."""

_NB = "\u00a0"  # French guillemets keep their spaces on the line

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
        "fr": "Attestation d'enseignement",
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
        "es": "participó en «{workshop}», realizado en {city} ({country}) {dates}.",
        "pt": "participou de “{workshop}”, realizado em {city} ({country}) {dates}.",
        "en": "took part in “{workshop}”, held in {city}, {country}, on {dates}.",
        "fr": f"a participé à «{_NB}{{workshop}}{_NB}», tenu à {{city}} ({{country}}) {{dates}}.",
    },
    "certificates.body.completion": {
        "es": "completó «{workshop}», realizado en {city} ({country}) {dates}, "
        "con una carga horaria de {hours} horas.",
        "pt": "concluiu “{workshop}”, realizado em {city} ({country}) {dates}, "
        "com carga horária de {hours} horas.",
        "en": "completed “{workshop}”, held in {city}, {country}, on {dates}, "
        "with {hours} hours of training.",
        "fr": f"a suivi avec succès «{_NB}{{workshop}}{_NB}», tenu à {{city}} ({{country}}) "
        "{dates}, soit {hours} heures de formation.",
    },
    "certificates.body.trainer": {
        "es": "impartió {modules} ({hours} horas) en «{workshop}», "
        "realizado en {city} ({country}) {dates}.",
        "pt": "ministrou {modules} ({hours} horas) em “{workshop}”, "
        "realizado em {city} ({country}) {dates}.",
        "en": "taught {modules} ({hours} hours) at “{workshop}”, held in {city}, {country}, "
        "on {dates}.",
        "fr": f"a animé {{modules}} ({{hours}} heures) lors de «{_NB}{{workshop}}{_NB}», "
        "tenu à {city} ({country}) {dates}.",
    },
    "certificates.body.organiser": {
        "es": "formó parte del comité organizador de «{workshop}», "
        "realizado en {city} ({country}) {dates}.",
        "pt": "integrou a comissão organizadora de “{workshop}”, "
        "realizado em {city} ({country}) {dates}.",
        "en": "served on the organising committee of “{workshop}”, held in {city}, {country}, "
        "on {dates}.",
        "fr": f"a fait partie du comité d'organisation de «{_NB}{{workshop}}{_NB}», "
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
        "es": "Track: {track}",
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
