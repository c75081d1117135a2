"""Messages of building a workshop: schedule checks, people by id or email, marks from a
script, signatures, calendars and template files."""

TEXTS = {
    # ----- the schedule check -------------------------------------------------------------
    "schedule.all_tracks": {
        "es": "todos los itinerarios",
        "pt": "todas as trilhas",
        "en": "all tracks",
        "fr": "tous les parcours",
    },
    "schedule.problem.empty_topic": {
        "es": "La sesión {session} no tiene tema.",
        "pt": "A sessão {session} não tem tema.",
        "en": "The session {session} has no topic.",
        "fr": "La séance {session} n'a pas de sujet.",
    },
    "schedule.problem.outside": {
        "es": "La sesión {session} cae fuera del taller ({first} – {last}).",
        "pt": "A sessão {session} fica fora da oficina ({first} – {last}).",
        "en": "The session {session} falls outside the workshop ({first} – {last}).",
        "fr": "La séance {session} tombe en dehors de l'atelier ({first} – {last}).",
    },
    "schedule.problem.overlap": {
        "es": "La sesión {session} se superpone con {other}.",
        "pt": "A sessão {session} se sobrepõe a {other}.",
        "en": "The session {session} overlaps {other}.",
        "fr": "La séance {session} chevauche {other}.",
    },
    "schedule.problem.trainer_clash": {
        "es": "{who} daría {session} y {other} a la misma hora.",
        "pt": "{who} daria {session} e {other} ao mesmo tempo.",
        "en": "{who} would teach {session} and {other} at the same time.",
        "fr": "{who} animerait {session} et {other} en même temps.",
    },
    "schedule.problems_more": {
        "es": "{first} (y {more} más)",
        "pt": "{first} (e mais {more})",
        "en": "{first} (and {more} more)",
        "fr": "{first} (et {more} de plus)",
    },
    "schedule.choose_sessions": {
        "es": "Elija al menos una sesión.",
        "pt": "Escolha pelo menos uma sessão.",
        "en": "Choose at least one session.",
        "fr": "Choisissez au moins une séance.",
    },
    "schedule.no_session_in": {
        "es": "El taller {code} no tiene ninguna sesión con id {id}.",
        "pt": "A oficina {code} não tem sessão com id {id}.",
        "en": "Workshop {code} has no session with id {id}.",
        "fr": "L'atelier {code} n'a aucune séance d'identifiant {id}.",
    },
    "schedule.not_a_trainer": {
        "es": "{who} no es instructor del taller {code}; agréguelo primero con el rol de instructor.",
        "pt": "{who} não é instrutor da oficina {code}; adicione-o antes com o papel de instrutor.",
        "en": "{who} is not a trainer of workshop {code}; add them with the trainer role first.",
        "fr": "{who} n'est pas formateur de l'atelier {code} ; ajoutez-le d'abord avec le rôle "
        "de formateur.",
    },
    "session.no_id": {
        "es": "No hay ninguna sesión con id {id}.",
        "pt": "Não há sessão com id {id}.",
        "en": "There is no session with id {id}.",
        "fr": "Il n'y a aucune séance d'identifiant {id}.",
    },
    "calendar.no_sessions": {
        "es": "El taller {code} no tiene sesiones para exportar.",
        "pt": "A oficina {code} não tem sessões para exportar.",
        "en": "Workshop {code} has no session to export.",
        "fr": "L'atelier {code} n'a aucune séance à exporter.",
    },
    "calendar.no_sessions_trainer": {
        "es": "El taller {code} no tiene sesiones de ese instructor para exportar.",
        "pt": "A oficina {code} não tem sessões desse instrutor para exportar.",
        "en": "Workshop {code} has no session of that trainer to export.",
        "fr": "L'atelier {code} n'a aucune séance de ce formateur à exporter.",
    },
    "import.choose_track": {
        "es": "El taller tiene {n} itinerarios ({tracks}): indique cuál siguen estas personas con "
        "--track NOMBRE, asigne una columna Itinerario, o use --track none para dejarlas solo en "
        "las plenarias.",
        "pt": "A oficina tem {n} trilhas ({tracks}): diga qual estas pessoas seguem com "
        "--track NOME, mapeie uma coluna Track, ou use --track none para deixá-las só nas "
        "plenárias.",
        "en": "The workshop has {n} tracks ({tracks}): say which these people follow with "
        "--track NAME, map a Track column, or give --track none to keep them to the "
        "plenary sessions.",
        "fr": "L'atelier a {n} parcours ({tracks}) : indiquez celui que suivent ces personnes "
        "avec --track NOM, associez une colonne Track, ou donnez --track none pour les "
        "limiter aux plénières.",
    },
    # ----- people by id or email ----------------------------------------------------------
    "person.ref_missing": {
        "es": "Nombre a una persona por su id o su correo.",
        "pt": "Indique uma pessoa pelo id ou pelo e-mail.",
        "en": "Name a person by id or email.",
        "fr": "Désignez une personne par son identifiant ou son courriel.",
    },
    "person.no_id": {
        "es": "No hay ninguna persona con id {id}.",
        "pt": "Não há pessoa com id {id}.",
        "en": "There is no person with id {id}.",
        "fr": "Il n'y a aucune personne d'identifiant {id}.",
    },
    "person.ref_invalid": {
        "es": "'{ref}' no es ni un id de persona ni un correo.",
        "pt": "'{ref}' não é nem um id de pessoa nem um e-mail.",
        "en": "'{ref}' is neither a person id nor an email.",
        "fr": "'{ref}' n'est ni un identifiant de personne ni un courriel.",
    },
    "person.no_email": {
        "es": "No hay ninguna persona con el correo {email}.",
        "pt": "Não há pessoa com o e-mail {email}.",
        "en": "There is no person with email {email}.",
        "fr": "Il n'y a aucune personne avec le courriel {email}.",
    },
    "person.email_shared": {
        "es": "Varias personas tienen el correo {email}; nombre a la persona por su id.",
        "pt": "Várias pessoas têm o e-mail {email}; indique a pessoa pelo id.",
        "en": "Several people have the email {email}; name the person by id.",
        "fr": "Plusieurs personnes ont le courriel {email} ; désignez la personne par son "
        "identifiant.",
    },
    "person.not_in_workshop": {
        "es": "La persona {id} no participa en ese taller.",
        "pt": "A pessoa {id} não participa dessa oficina.",
        "en": "Person {id} does not take part in that workshop.",
        "fr": "La personne {id} ne participe pas à cet atelier.",
    },
    "cli.person_duplicate_email": {
        "es": "{n} persona(s) ya tienen el mismo correo; use su id (person edit) o agregue "
        "--allow-duplicate",
        "pt": "{n} pessoa(s) já têm o mesmo e-mail; use o id (person edit) ou acrescente "
        "--allow-duplicate",
        "en": "{n} person(s) already have the same email; use their id (person edit), or add "
        "--allow-duplicate",
        "fr": "{n} personne(s) ont déjà le même courriel ; utilisez son identifiant (person "
        "edit) ou ajoutez --allow-duplicate",
    },
    "cli.person_duplicate_name": {
        "es": "{n} persona(s) ya tienen el mismo nombre y país; use su id (person edit) o "
        "agregue --allow-duplicate",
        "pt": "{n} pessoa(s) já têm o mesmo nome e país; use o id (person edit) ou acrescente "
        "--allow-duplicate",
        "en": "{n} person(s) already have the same name and country; use their id (person "
        "edit), or add --allow-duplicate",
        "fr": "{n} personne(s) ont déjà le même nom et le même pays ; utilisez son identifiant "
        "(person edit) ou ajoutez --allow-duplicate",
    },
    "cli.person_several_roles": {
        "es": "la persona {id} tiene varios roles en este taller ({roles}); indique cuál con "
        "--role",
        "pt": "a pessoa {id} tem vários papéis nesta oficina ({roles}); diga qual com --role",
        "en": "person {id} has several roles in this workshop ({roles}); say which with --role",
        "fr": "la personne {id} a plusieurs rôles dans cet atelier ({roles}) ; précisez "
        "lequel avec --role",
    },
    "cli.place_needs_workshop": {
        "es": "--track, --no-track y --status necesitan --workshop CÓDIGO",
        "pt": "--track, --no-track e --status precisam de --workshop CÓDIGO",
        "en": "--track, --no-track and --status need --workshop CODE",
        "fr": "--track, --no-track et --status demandent --workshop CODE",
    },
    "cli.not_a_trainer": {
        "es": "{who} no es instructor de este taller; agréguelo antes con 'person edit ID "
        "--workshop CÓDIGO --role trainer'",
        "pt": "{who} não é instrutor desta oficina; adicione-o antes com 'person edit ID "
        "--workshop CÓDIGO --role trainer'",
        "en": "{who} is not a trainer of this workshop; add them with 'person edit ID "
        "--workshop CODE --role trainer' first",
        "fr": "{who} n'est pas formateur de cet atelier ; ajoutez-le d'abord avec 'person "
        "edit ID --workshop CODE --role trainer'",
    },
    # ----- marks from a script ------------------------------------------------------------
    "cli.mark_missing": {
        "es": "indique la marca con --mark P, L, E o A",
        "pt": "indique a marcação com --mark P, L, E ou A",
        "en": "say which mark with --mark P, L, E or A",
        "fr": "indiquez la marque avec --mark P, L, E ou A",
    },
    "cli.mark_line_missing": {
        "es": "entrada estándar, línea {line}: sin marca; agregue una o use --mark.",
        "pt": "entrada padrão, linha {line}: sem marcação; acrescente uma ou use --mark.",
        "en": "stdin line {line}: no mark; add one or give --mark.",
        "fr": "entrée standard, ligne {line} : pas de marque ; ajoutez-en une ou donnez --mark.",
    },
    "marks.not_a_mark": {
        "es": "'{text}' no es una marca; use P (presente), L (tarde), E (justificado), "
        "A (ausente) o clear.",
        "pt": "'{text}' não é uma marcação; use P (presente), L (atraso), E (justificado), "
        "A (ausente) ou clear.",
        "en": "'{text}' is not a mark; use P (present), L (late), E (excused), A (absent) "
        "or clear.",
        "fr": "'{text}' n'est pas une marque ; utilisez P (présent), L (en retard), "
        "E (excusé), A (absent) ou clear.",
    },
    "marks.not_attendee": {
        "es": "{name} (id {id}) no es participante de este taller; no se marcó nada.",
        "pt": "{name} (id {id}) não é participante desta oficina; nada foi marcado.",
        "en": "{name} (id {id}) is not an attendee of this workshop; nothing was marked.",
        "fr": "{name} (id {id}) n'est pas participant de cet atelier ; rien n'a été marqué.",
    },
    "marks.not_in_track": {
        "es": "La persona {id} no sigue el itinerario de la sesión {session}; no se marcó nada.",
        "pt": "A pessoa {id} não segue a trilha da sessão {session}; nada foi marcado.",
        "en": "Person {id} does not follow the track of session {session}; nothing was marked.",
        "fr": "La personne {id} ne suit pas le parcours de la séance {session} ; rien n'a été "
        "marqué.",
    },
    # ----- certificates, signatures, templates ----------------------------------------------
    "certificate.not_a_code": {
        "es": "'{text}' no es un código de certificado: {reason}.",
        "pt": "'{text}' não é um código de certificado: {reason}.",
        "en": "'{text}' is not a certificate code: {reason}.",
        "fr": "'{text}' n'est pas un code d'attestation : {reason}.",
    },
    "signature.format": {
        "es": "La firma debe ser una imagen PNG o JPEG.",
        "pt": "A assinatura deve ser uma imagem PNG ou JPEG.",
        "en": "The signature must be a PNG or JPEG image.",
        "fr": "La signature doit être une image PNG ou JPEG.",
    },
    "signature.too_large": {
        "es": "La imagen de la firma es demasiado grande ({kb} KB); use una de menos de {mb} MB.",
        "pt": "A imagem da assinatura é grande demais ({kb} KB); use uma com menos de {mb} MB.",
        "en": "The signature image is too large ({kb} KB); use one under {mb} MB.",
        "fr": "L'image de la signature est trop grande ({kb} Ko) ; utilisez-en une de moins "
        "de {mb} Mo.",
    },
    "signature.unreadable": {
        "es": "No se puede leer la imagen de la firma: {error}",
        "pt": "Não é possível ler a imagem da assinatura: {error}",
        "en": "The signature image cannot be read: {error}",
        "fr": "L'image de la signature est illisible : {error}",
    },
    "template_file.not_template": {
        "es": "{name}: no es un archivo de plantilla (un .zip escrito por 'templates export').",
        "pt": "{name}: não é um arquivo de modelo (um .zip escrito por 'templates export').",
        "en": "{name}: not a template file (a .zip written by 'templates export').",
        "fr": "{name} : ce n'est pas un fichier de modèle (un .zip écrit par 'templates export').",
    },
    "template_file.damaged": {
        "es": "{name}: la plantilla que contiene está dañada.",
        "pt": "{name}: o modelo que ele contém está danificado.",
        "en": "{name}: the template inside is damaged.",
        "fr": "{name} : le modèle qu'il contient est endommagé.",
    },
    "template_file.newer": {
        "es": "{name}: lo escribió una versión más nueva de lacworkshop; actualice para leerlo.",
        "pt": "{name}: foi escrito por uma versão mais nova do lacworkshop; atualize para lê-lo.",
        "en": "{name}: written by a newer version of lacworkshop; update to read it.",
        "fr": "{name} : écrit par une version plus récente de lacworkshop ; mettez à jour pour "
        "le lire.",
    },
    "template_file.missing_part": {
        "es": "{name}: falta {part} adentro.",
        "pt": "{name}: falta {part} dentro dele.",
        "en": "{name}: {part} is missing inside.",
        "fr": "{name} : {part} manque à l'intérieur.",
    },
    "template_file.no_name": {
        "es": "{name}: la plantilla no tiene nombre; dele uno con --name.",
        "pt": "{name}: o modelo não tem nome; dê um com --name.",
        "en": "{name}: the template has no name; give one with --name.",
        "fr": "{name} : le modèle n'a pas de nom ; donnez-en un avec --name.",
    },
    "template_file.not_image": {
        "es": "{name}: {part} no es una imagen PNG o JPEG.",
        "pt": "{name}: {part} não é uma imagem PNG ou JPEG.",
        "en": "{name}: {part} is not a PNG or JPEG image.",
        "fr": "{name} : {part} n'est pas une image PNG ou JPEG.",
    },
    "template_file.exists": {
        "es": "Ya hay una plantilla '{template}'; elija otro nombre o reemplácela.",
        "pt": "Já existe um modelo '{template}'; escolha outro nome ou substitua-o.",
        "en": "There is already a template '{template}'; choose another name or replace it.",
        "fr": "Il existe déjà un modèle '{template}' ; choisissez un autre nom ou remplacez-le.",
    },
}
