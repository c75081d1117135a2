"""Messages about people, their participation and their attendance."""

TEXTS = {
    "person.gone": {
        "es": "Esa persona ya no existe.",
        "pt": "Essa pessoa não existe mais.",
        "en": "That person no longer exists.",
        "fr": "Cette personne n'existe plus.",
    },
    "person.name_missing": {
        "es": "Escriba al menos un nombre o un apellido.",
        "pt": "Digite pelo menos um nome ou um sobrenome.",
        "en": "Type at least a given name or a family name.",
        "fr": "Saisissez au moins un prénom ou un nom.",
    },
    "person.bad_email": {
        "es": "'{email}' no parece una dirección de correo (nombre@dominio.org).",
        "pt": "'{email}' não parece um endereço de e-mail (nome@dominio.org).",
        "en": "'{email}' does not look like an email address (name@domain.org).",
        "fr": "'{email}' ne ressemble pas à une adresse de courriel (nom@domaine.org).",
    },
    "person.language": {
        "es": "Elija español, portugués, inglés o francés.",
        "pt": "Escolha espanhol, português, inglês ou francês.",
        "en": "Choose Spanish, Portuguese, English or French.",
        "fr": "Choisissez l'espagnol, le portugais, l'anglais ou le français.",
    },
    "people.one_gone": {
        "es": "Una de las personas elegidas ya no existe.",
        "pt": "Uma das pessoas escolhidas não existe mais.",
        "en": "One of the chosen people no longer exists.",
        "fr": "L'une des personnes choisies n'existe plus.",
    },
    "merge.same_person": {
        "es": "Elija dos personas distintas para fusionar.",
        "pt": "Escolha duas pessoas diferentes para mesclar.",
        "en": "Choose two different people to merge.",
        "fr": "Choisissez deux personnes différentes à fusionner.",
    },
    "merge.one_gone": {
        "es": "Una de las dos personas ya no existe.",
        "pt": "Uma das duas pessoas não existe mais.",
        "en": "One of the two people no longer exists.",
        "fr": "L'une des deux personnes n'existe plus.",
    },
    "participation.gone": {
        "es": "Esa participación ya no existe.",
        "pt": "Essa participação não existe mais.",
        "en": "That participation no longer exists.",
        "fr": "Cette participation n'existe plus.",
    },
    "participation.no_id": {
        "es": "No hay ninguna participación con id {id}.",
        "pt": "Não há participação com id {id}.",
        "en": "There is no participation with id {id}.",
        "fr": "Il n'y a aucune participation d'identifiant {id}.",
    },
    "attendance.foreign_participation": {
        "es": "La participación {id} no pertenece a este taller.",
        "pt": "A participação {id} não pertence a esta oficina.",
        "en": "Participation {id} is not part of this workshop.",
        "fr": "La participation {id} ne fait pas partie de cet atelier.",
    },
    "attendance.foreign_session": {
        "es": "La sesión {id} no pertenece a este taller.",
        "pt": "A sessão {id} não pertence a esta oficina.",
        "en": "Session {id} is not part of this workshop.",
        "fr": "La séance {id} ne fait pas partie de cet atelier.",
    },
    "attendance.note_needs_mark": {
        "es": "Marque primero la sesión; una nota pertenece a una marca.",
        "pt": "Marque a sessão primeiro; uma nota pertence a uma marcação.",
        "en": "Mark the session first; a note belongs to a mark.",
        "fr": "Pointez d'abord la séance ; une note accompagne un pointage.",
    },
    "register.other_workshop": {
        "es": "{name} es el registro de asistencia del taller {found}, no de {code}; no se "
        "importó nada.",
        "pt": "{name} é a lista de presença da oficina {found}, não de {code}; nada foi importado.",
        "en": "{name} is the attendance register of workshop {found}, not {code}; nothing "
        "was imported.",
        "fr": "{name} est le registre de présence de l'atelier {found}, pas de {code} ; rien "
        "n'a été importé.",
    },
    "register.other_database": {
        "es": "{name} se exportó para el taller {found} desde otra base de datos; sus filas "
        "no se pueden emparejar aquí, así que no se importó nada.",
        "pt": "{name} foi exportado para a oficina {found} de outro banco de dados; suas "
        "linhas não podem ser associadas aqui, então nada foi importado.",
        "en": "{name} was exported for workshop {found} from another database; its rows "
        "cannot be matched here, so nothing was imported.",
        "fr": "{name} a été exporté pour l'atelier {found} depuis une autre base de données ; "
        "ses lignes ne peuvent pas être rapprochées ici, donc rien n'a été importé.",
    },
    "override.reason_required": {
        "es": "Explique por qué la elegibilidad se fija a mano; el motivo es obligatorio.",
        "pt": "Explique por que a elegibilidade é definida manualmente; o motivo é obrigatório.",
        "en": "Say why eligibility is set by hand; the reason is required.",
        "fr": "Indiquez pourquoi l'éligibilité est fixée à la main ; le motif est obligatoire.",
    },
    "override.reason_too_long": {
        "es": "El motivo tiene más de {limit} caracteres.",
        "pt": "O motivo tem mais de {limit} caracteres.",
        "en": "The reason is longer than {limit} characters.",
        "fr": "Le motif dépasse {limit} caractères.",
    },
}
