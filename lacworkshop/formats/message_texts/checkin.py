"""What check-in answers at the door, said plainly."""

TEXTS = {
    "checkin.present": {
        "es": "{name}: presente",
        "pt": "{name}: presente",
        "en": "{name}: present",
        "fr": "{name} : présent·e",
    },
    "checkin.late": {
        "es": "{name}: llegó tarde ({minutes} min)",
        "pt": "{name}: atrasado/a ({minutes} min)",
        "en": "{name}: late ({minutes} min)",
        "fr": "{name} : en retard ({minutes} min)",
    },
    "checkin.already.present": {
        "es": "{name}: ya registró su entrada (presente)",
        "pt": "{name}: já fez check-in (presente)",
        "en": "{name}: already checked in (present)",
        "fr": "{name} : déjà enregistré·e (présent·e)",
    },
    "checkin.already.late": {
        "es": "{name}: ya registró su entrada (tarde)",
        "pt": "{name}: já fez check-in (atrasado/a)",
        "en": "{name}: already checked in (late)",
        "fr": "{name} : déjà enregistré·e (en retard)",
    },
    "checkin.not_registered": {
        "es": "{name}: no está inscrito/a en este taller",
        "pt": "{name}: não está inscrito/a nesta oficina",
        "en": "{name}: not registered in this workshop",
        "fr": "{name} : pas inscrit·e à cet atelier",
    },
    "checkin.cancelled": {
        "es": "{name}: su inscripción está cancelada",
        "pt": "{name}: a inscrição está cancelada",
        "en": "{name}: their registration is cancelled",
        "fr": "{name} : son inscription est annulée",
    },
    "checkin.wrong_track": {
        "es": "{name}: itinerario equivocado; esta sesión es de {session}, el suyo es {own}",
        "pt": "{name}: trilha errada; esta sessão é de {session}, a sua é {own}",
        "en": "{name}: wrong track; this session is {session}, theirs is {own}",
        "fr": "{name} : mauvais parcours ; cette séance est de {session}, le sien est {own}",
    },
    "checkin.welcome.trainer": {
        "es": "{name}: instructor/a, bienvenido/a (no se toma asistencia)",
        "pt": "{name}: instrutor/a, bem-vindo/a (sem registro de presença)",
        "en": "{name}: trainer, welcome (no attendance is taken)",
        "fr": "{name} : formateur·rice, bienvenue (pas de relevé de présence)",
    },
    "checkin.welcome.organiser": {
        "es": "{name}: organización, bienvenido/a (no se toma asistencia)",
        "pt": "{name}: organização, bem-vindo/a (sem registro de presença)",
        "en": "{name}: organiser, welcome (no attendance is taken)",
        "fr": "{name} : organisation, bienvenue (pas de relevé de présence)",
    },
    "checkin.welcome.staff": {
        "es": "{name}: equipo de apoyo, bienvenido/a (no se toma asistencia)",
        "pt": "{name}: equipe de apoio, bem-vindo/a (sem registro de presença)",
        "en": "{name}: staff, welcome (no attendance is taken)",
        "fr": "{name} : équipe d'appui, bienvenue (pas de relevé de présence)",
    },
    "checkin.unknown_code": {
        "es": "Ninguna credencial tiene el código {code}",
        "pt": "Nenhum crachá tem o código {code}",
        "en": "No badge has the code {code}",
        "fr": "Aucun badge n'a le code {code}",
    },
    "checkin.no_match": {
        "es": "Nadie en este taller coincide con '{text}'",
        "pt": "Ninguém nesta oficina corresponde a '{text}'",
        "en": "Nobody in this workshop matches '{text}'",
        "fr": "Personne dans cet atelier ne correspond à « {text} »",
    },
    "checkin.several": {
        "es": "{count} personas coinciden con '{text}': elija una",
        "pt": "{count} pessoas correspondem a '{text}': escolha uma",
        "en": "{count} people match '{text}': choose one",
        "fr": "{count} personnes correspondent à « {text} » : choisissez-en une",
    },
    "checkin.undone": {
        "es": "Deshecho: {name}",
        "pt": "Desfeito: {name}",
        "en": "Undone: {name}",
        "fr": "Annulé : {name}",
    },
    "checkin.empty": {
        "es": "Escanee una credencial o escriba un código o un nombre.",
        "pt": "Escaneie um crachá ou digite um código ou um nome.",
        "en": "Scan a badge or type a code or a name.",
        "fr": "Scannez un badge ou tapez un code ou un nom.",
    },
    "checkin.no_participation": {
        "es": "Esa inscripción ya no existe.",
        "pt": "Essa inscrição não existe mais.",
        "en": "That registration no longer exists.",
        "fr": "Cette inscription n'existe plus.",
    },
    "checkin.nothing_to_undo": {
        "es": "No hay nada que deshacer.",
        "pt": "Não há nada para desfazer.",
        "en": "There is nothing to undo.",
        "fr": "Il n'y a rien à annuler.",
    },
    "checkin.no_session_now": {
        "es": "No hay sesiones hoy en este taller; indique una con --session.",
        "pt": "Não há sessões hoje nesta oficina; indique uma com --session.",
        "en": "This workshop has no session today; name one with --session.",
        "fr": "Cet atelier n'a pas de séance aujourd'hui ; indiquez-en une avec --session.",
    },
    "cli.checkin_session": {
        "es": "Sesión {id}: {day} {start}–{end} {topic}",
        "pt": "Sessão {id}: {day} {start}–{end} {topic}",
        "en": "Session {id}: {day} {start}–{end} {topic}",
        "fr": "Séance {id} : {day} {start}–{end} {topic}",
    },
}
