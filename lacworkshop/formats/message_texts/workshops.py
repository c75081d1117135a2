"""Messages about workshops, tracks, sessions and the schedule."""

TEXTS = {
    "workshop.gone": {
        "es": "Ese taller ya no existe.",
        "pt": "Essa oficina não existe mais.",
        "en": "That workshop no longer exists.",
        "fr": "Cet atelier n'existe plus.",
    },
    "workshop.no_id": {
        "es": "No hay ningún taller con id {id}.",
        "pt": "Não há oficina com id {id}.",
        "en": "There is no workshop with id {id}.",
        "fr": "Il n'y a aucun atelier d'identifiant {id}.",
    },
    "workshop.no_code": {
        "es": "No hay ningún taller con el código '{code}'.",
        "pt": "Não há oficina com o código '{code}'.",
        "en": "There is no workshop with code '{code}'.",
        "fr": "Il n'y a aucun atelier avec le code '{code}'.",
    },
    "workshop.code_missing": {
        "es": "Un taller necesita un código, p. ej. WALC2026.",
        "pt": "Uma oficina precisa de um código, p. ex. WALC2026.",
        "en": "A workshop needs a code, e.g. WALC2026.",
        "fr": "Un atelier a besoin d'un code, p. ex. WALC2026.",
    },
    "workshop.code_characters": {
        "es": "Use letras, dígitos, '-', '_' o '.' en el código (como máximo 40).",
        "pt": "Use letras, dígitos, '-', '_' ou '.' no código (no máximo 40).",
        "en": "Use letters, digits, '-', '_' or '.' in the code (at most 40).",
        "fr": "Utilisez des lettres, des chiffres, '-', '_' ou '.' dans le code (40 au plus).",
    },
    "workshop.code_taken": {
        "es": "Otro taller ya tiene el código {code}.",
        "pt": "Outra oficina já tem o código {code}.",
        "en": "Another workshop already has the code {code}.",
        "fr": "Un autre atelier a déjà le code {code}.",
    },
    "workshop.title_missing": {
        "es": "Un taller necesita un título.",
        "pt": "Uma oficina precisa de um título.",
        "en": "A workshop needs a title.",
        "fr": "Un atelier a besoin d'un titre.",
    },
    "workshop.ends_before_start": {
        "es": "El taller no puede terminar antes de empezar.",
        "pt": "A oficina não pode terminar antes de começar.",
        "en": "The workshop cannot end before it starts.",
        "fr": "L'atelier ne peut pas finir avant de commencer.",
    },
    "choose.country": {
        "es": "Elija un país de la lista.",
        "pt": "Escolha um país da lista.",
        "en": "Choose a country from the list.",
        "fr": "Choisissez un pays dans la liste.",
    },
    "workshop.no_language": {
        "es": "Elija al menos un idioma.",
        "pt": "Escolha pelo menos um idioma.",
        "en": "Choose at least one language.",
        "fr": "Choisissez au moins une langue.",
    },
    "workshop.unknown_language": {
        "es": "Idioma desconocido '{language}'; use {languages}.",
        "pt": "Idioma desconhecido '{language}'; use {languages}.",
        "en": "Unknown language '{language}'; use {languages}.",
        "fr": "Langue inconnue '{language}' ; utilisez {languages}.",
    },
    "workshop.min_share_range": {
        "es": "La proporción mínima está entre 0 % y 100 %.",
        "pt": "A proporção mínima fica entre 0 % e 100 %.",
        "en": "The minimum share is between 0 % and 100 %.",
        "fr": "La part minimale est comprise entre 0 % et 100 %.",
    },
    "workshop.late_range": {
        "es": "Una llegada tarde cuenta entre 0 % y 100 %.",
        "pt": "Um atraso conta entre 0 % e 100 %.",
        "en": "A late arrival counts between 0 % and 100 %.",
        "fr": "Une arrivée en retard compte entre 0 % et 100 %.",
    },
    "workshop.unknown_certificate_language": {
        "es": "Idioma de certificado desconocido.",
        "pt": "Idioma de certificado desconhecido.",
        "en": "Unknown certificate language.",
        "fr": "Langue d'attestation inconnue.",
    },
    "track.gone": {
        "es": "Ese itinerario ya no existe.",
        "pt": "Essa trilha não existe mais.",
        "en": "That track no longer exists.",
        "fr": "Ce parcours n'existe plus.",
    },
    "track.name_missing": {
        "es": "Un itinerario necesita un nombre.",
        "pt": "Uma trilha precisa de um nome.",
        "en": "A track needs a name.",
        "fr": "Un parcours a besoin d'un nom.",
    },
    "track.name_taken": {
        "es": "Este taller ya tiene un itinerario llamado {name}.",
        "pt": "Esta oficina já tem uma trilha chamada {name}.",
        "en": "This workshop already has a track called {name}.",
        "fr": "Cet atelier a déjà un parcours nommé {name}.",
    },
    "track.keep_one": {
        "es": "Un taller conserva al menos un itinerario.",
        "pt": "Uma oficina mantém pelo menos uma trilha.",
        "en": "A workshop keeps at least one track.",
        "fr": "Un atelier garde au moins un parcours.",
    },
    "track.choose": {
        "es": "Elija uno de los itinerarios de este taller.",
        "pt": "Escolha uma das trilhas desta oficina.",
        "en": "Choose one of this workshop's tracks.",
        "fr": "Choisissez l'un des parcours de cet atelier.",
    },
    "track.no_id": {
        "es": "El taller {code} no tiene ningún itinerario con id {id}.",
        "pt": "A oficina {code} não tem trilha com id {id}.",
        "en": "Workshop {code} has no track with id {id}.",
        "fr": "L'atelier {code} n'a aucun parcours d'identifiant {id}.",
    },
    "track.unknown": {
        "es": "Este taller no tiene el itinerario '{track}' (itinerarios: {tracks}).",
        "pt": "Esta oficina não tem a trilha '{track}' (trilhas: {tracks}).",
        "en": "This workshop has no track '{track}' (tracks: {tracks}).",
        "fr": "Cet atelier n'a pas de parcours '{track}' (parcours : {tracks}).",
    },
    "track.unknown_in": {
        "es": "El taller {code} no tiene el itinerario '{track}'; sus itinerarios: {tracks}.",
        "pt": "A oficina {code} não tem a trilha '{track}'; suas trilhas: {tracks}.",
        "en": "Workshop {code} has no track '{track}'; its tracks: {tracks}.",
        "fr": "L'atelier {code} n'a pas de parcours '{track}' ; ses parcours : {tracks}.",
    },
    "track.none_yet": {
        "es": "Este taller no tiene itinerarios; agregue un itinerario y sus sesiones primero.",
        "pt": "Esta oficina não tem trilhas; adicione uma trilha e suas sessões primeiro.",
        "en": "This workshop has no tracks; add a track and its sessions first.",
        "fr": "Cet atelier n'a aucun parcours ; ajoutez d'abord un parcours et ses séances.",
    },
    "session.gone": {
        "es": "Esa sesión ya no existe.",
        "pt": "Essa sessão não existe mais.",
        "en": "That session no longer exists.",
        "fr": "Cette séance n'existe plus.",
    },
    "session.end_after_start": {
        "es": "Una sesión debe terminar después de empezar.",
        "pt": "Uma sessão deve terminar depois de começar.",
        "en": "A session must end after it starts.",
        "fr": "Une séance doit finir après avoir commencé.",
    },
    "session.date_outside": {
        "es": "La fecha debe estar dentro del taller ({first} – {last}).",
        "pt": "A data deve estar dentro da oficina ({first} – {last}).",
        "en": "The date must fall within the workshop ({first} – {last}).",
        "fr": "La date doit se situer pendant l'atelier ({first} – {last}).",
    },
    "schedule.last_before_first": {
        "es": "El último día es anterior al primero.",
        "pt": "O último dia vem antes do primeiro.",
        "en": "The last day comes before the first.",
        "fr": "Le dernier jour précède le premier.",
    },
    "schedule.no_blocks": {
        "es": "Agregue al menos un bloque diario.",
        "pt": "Adicione pelo menos um bloco diário.",
        "en": "Add at least one daily block.",
        "fr": "Ajoutez au moins un créneau quotidien.",
    },
    "schedule.block_ends_early": {
        "es": "El bloque {n} termina antes de empezar.",
        "pt": "O bloco {n} termina antes de começar.",
        "en": "Block {n} ends before it starts.",
        "fr": "Le créneau {n} finit avant de commencer.",
    },
    "schedule.block_overlaps": {
        "es": "El bloque {n} se superpone con el anterior.",
        "pt": "O bloco {n} se sobrepõe ao anterior.",
        "en": "Block {n} overlaps the block before it.",
        "fr": "Le créneau {n} chevauche le précédent.",
    },
    "schedule.all_skipped": {
        "es": "Todos los días de ese intervalo se omiten.",
        "pt": "Todos os dias desse intervalo são pulados.",
        "en": "Every day in that range is skipped.",
        "fr": "Tous les jours de cette période sont sautés.",
    },
    "schedule.range_outside": {
        "es": "El intervalo debe estar dentro del taller ({first} – {last}).",
        "pt": "O intervalo deve estar dentro da oficina ({first} – {last}).",
        "en": "The range must fall within the workshop ({first} – {last}).",
        "fr": "La période doit se situer pendant l'atelier ({first} – {last}).",
    },
    "series.unknown": {
        "es": "No hay ninguna serie de talleres '{series}'; las series son: {known}.",
        "pt": "Não há série de oficinas '{series}'; as séries são: {known}.",
        "en": "There is no workshop series '{series}'; the series are: {known}.",
        "fr": "Il n'y a pas de série d'ateliers '{series}' ; les séries sont : {known}.",
    },
    "backups.keep_one": {
        "es": "Conserve al menos una copia de seguridad.",
        "pt": "Mantenha pelo menos um backup.",
        "en": "Keep at least one backup.",
        "fr": "Gardez au moins une sauvegarde.",
    },
    "undo.restore_conflict": {
        "es": "No se puede recuperar {entity} {label}: algo a lo que pertenece cambió o se "
        "eliminó desde entonces. Restaure la copia de seguridad automática.",
        "pt": "Não é possível recuperar {entity} {label}: algo a que pertence foi alterado ou "
        "excluído desde então. Restaure o backup automático.",
        "en": "Cannot bring back {entity} {label}: something it belongs to was changed or "
        "deleted since. Restore from the automatic backup instead.",
        "fr": "Impossible de rétablir {entity} {label} : un élément dont il dépend a été "
        "modifié ou supprimé depuis. Restaurez plutôt la sauvegarde automatique.",
    },
}
