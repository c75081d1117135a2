"""Messages of working as a team: bundles between laptops and a shared server."""

TEXTS = {
    "db.edited_elsewhere": {
        "es": "otra persona cambió este registro mientras usted lo editaba; nada se "
        "sobrescribió. Vuelva a abrirlo para ver sus cambios y repita su edición.",
        "pt": "outra pessoa alterou este registro enquanto você o editava; nada foi "
        "sobrescrito. Abra-o de novo para ver as alterações e refaça a sua edição.",
        "en": "someone else changed this record while you were editing it; nothing was "
        "overwritten. Open it again to see their changes, then redo your edit.",
        "fr": "quelqu’un d’autre a modifié cet enregistrement pendant que vous le "
        "modifiiez\u00a0; rien n’a été écrasé. Rouvrez-le pour voir ses changements, "
        "puis refaites votre modification.",
    },
    "db.connection_lost": {
        "es": "se perdió la conexión con el servidor de la base de datos mientras se guardaba; "
        "no se guardó nada. La conexión se retoma sola: vuelva a guardar.",
        "pt": "a conexão com o servidor do banco de dados caiu enquanto se gravava; nada foi "
        "gravado. A conexão é retomada sozinha: grave de novo.",
        "en": "the connection to the database server was lost while saving; nothing was "
        "saved. It is taken up again by itself: save again.",
        "fr": "la connexion au serveur de la base de données a été perdue pendant "
        "l’enregistrement ; rien n’a été enregistré. Elle se rétablit d’elle-même : "
        "enregistrez à nouveau.",
    },
    "db.server_unreachable": {
        "es": "no se pudo conectar con la base de datos {url}: {reason}",
        "pt": "não foi possível conectar ao banco de dados {url}: {reason}",
        "en": "could not connect to the database {url}: {reason}",
        "fr": "impossible de se connecter à la base de données {url}\u00a0: {reason}",
    },
    "db.server_driver_missing": {
        "es": "para usar un servidor PostgreSQL instale lacworkshop con su extra "
        "«postgres» (psycopg).",
        "pt": "para usar um servidor PostgreSQL instale o lacworkshop com o extra "
        "“postgres” (psycopg).",
        "en": "to use a PostgreSQL server, install lacworkshop with its “postgres” "
        "extra (psycopg).",
        "fr": "pour utiliser un serveur PostgreSQL, installez lacworkshop avec son "
        "extra «\u00a0postgres\u00a0» (psycopg).",
    },
    "db.pg_tool_missing": {
        "es": "falta la herramienta {tool} de PostgreSQL; instale el cliente de PostgreSQL.",
        "pt": "a ferramenta {tool} do PostgreSQL não foi encontrada; instale o cliente "
        "do PostgreSQL.",
        "en": "PostgreSQL's {tool} was not found; install the PostgreSQL client tools.",
        "fr": "l’outil {tool} de PostgreSQL est introuvable\u00a0; installez le client PostgreSQL.",
    },
    "db.pg_tool_failed": {
        "es": "{tool} falló: {reason}",
        "pt": "{tool} falhou: {reason}",
        "en": "{tool} failed: {reason}",
        "fr": "{tool} a échoué\u00a0: {reason}",
    },
    "bundle.not_a_bundle": {
        "es": "{name} no es un paquete de lacworkshop.",
        "pt": "{name} não é um pacote do lacworkshop.",
        "en": "{name} is not a lacworkshop bundle.",
        "fr": "{name} n’est pas un paquet lacworkshop.",
    },
    "bundle.too_new": {
        "es": "{name} fue creado por una versión más nueva de lacworkshop (formato "
        "{version}; esta lee hasta el {supported}). Actualice lacworkshop para importarlo.",
        "pt": "{name} foi criado por uma versão mais nova do lacworkshop (formato "
        "{version}; esta lê até o {supported}). Atualize o lacworkshop para importá-lo.",
        "en": "{name} was made by a newer version of lacworkshop (format {version}; "
        "this one reads up to {supported}). Update lacworkshop to import it.",
        "fr": "{name} a été créé par une version plus récente de lacworkshop (format "
        "{version}\u00a0; celle-ci lit jusqu’au {supported}). Mettez lacworkshop à jour "
        "pour l’importer.",
    },
    "bundle.damaged": {
        "es": "{name} está dañado: su parte {part} no coincide con su suma de control.",
        "pt": "{name} está danificado: a parte {part} não confere com a soma de verificação.",
        "en": "{name} is damaged: its part {part} does not match its checksum.",
        "fr": "{name} est endommagé\u00a0: sa partie {part} ne correspond pas à sa somme "
        "de contrôle.",
    },
    "bundle.unreadable": {
        "es": "{name} no se puede leer: {reason}",
        "pt": "{name} não pode ser lido: {reason}",
        "en": "{name} cannot be read: {reason}",
        "fr": "{name} est illisible\u00a0: {reason}",
    },
    "bundle.no_such_track": {
        "es": "el taller {workshop} no tiene el itinerario {track}.",
        "pt": "a oficina {workshop} não tem a trilha {track}.",
        "en": "the workshop {workshop} has no track {track}.",
        "fr": "l’atelier {workshop} n’a pas de parcours {track}.",
    },
    "bundle.on_conflict": {
        "es": "elija mine (lo suyo), theirs (lo del paquete) o newest (lo más reciente).",
        "pt": "escolha mine (o seu), theirs (o do pacote) ou newest (o mais recente).",
        "en": "choose mine (yours), theirs (the bundle's) or newest (the latest change).",
        "fr": "choisissez mine (le vôtre), theirs (celui du paquet) ou newest (le plus récent).",
    },
}

TEXTS |= {
    "term.bundle": {"es": "paquete", "pt": "pacote", "en": "bundle", "fr": "paquet"},
}

# What the command line says about a bundle.
TEXTS |= {
    "bundle.exported": {
        "es": "paquete escrito en {path}: {people} persona(s), {participations} "
        "participación(es), {marks} marca(s) de asistencia",
        "pt": "pacote gravado em {path}: {people} pessoa(s), {participations} "
        "participação(ões), {marks} marcação(ões) de presença",
        "en": "bundle written to {path}: {people} people, {participations} "
        "participation(s), {marks} attendance mark(s)",
        "fr": "paquet écrit dans {path}\u00a0: {people} personne(s), {participations} "
        "participation(s), {marks} pointage(s) de présence",
    },
    "bundle.header": {
        "es": "paquete {workshop}{track} hecho por {who} el {when}",
        "pt": "pacote {workshop}{track} feito por {who} em {when}",
        "en": "bundle {workshop}{track} made by {who} on {when}",
        "fr": "paquet {workshop}{track} fait par {who} le {when}",
    },
    "bundle.structure": {
        "es": "taller: {workshop}; itinerarios añadidos: {tracks}; sesiones añadidas: {slots}",
        "pt": "oficina: {workshop}; trilhas acrescentadas: {tracks}; sessões acrescentadas: "
        "{slots}",
        "en": "workshop: {workshop}; tracks added: {tracks}; sessions added: {slots}",
        "fr": "atelier\u00a0: {workshop}\u00a0; parcours ajoutés\u00a0: {tracks}\u00a0; "
        "séances ajoutées\u00a0: {slots}",
    },
    "bundle.workshop_added": {"es": "nuevo", "pt": "novo", "en": "new", "fr": "nouveau"},
    "bundle.workshop_existing": {
        "es": "ya estaba",
        "pt": "já existia",
        "en": "already here",
        "fr": "déjà là",
    },
    "bundle.counts": {
        "es": "{what}: {added} añadido(s), {updated} actualizado(s), {unchanged} sin cambios",
        "pt": "{what}: {added} acrescentado(s), {updated} atualizado(s), {unchanged} sem alteração",
        "en": "{what}: {added} added, {updated} updated, {unchanged} unchanged",
        "fr": "{what}\u00a0: {added} ajouté(s), {updated} mis à jour, {unchanged} inchangé(s)",
    },
    "bundle.kind.workshop": {
        "es": "datos del taller",
        "pt": "dados da oficina",
        "en": "workshop details",
        "fr": "données de l’atelier",
    },
    "bundle.kind.sessions": {"es": "sesiones", "pt": "sessões", "en": "sessions", "fr": "séances"},
    "bundle.kind.people": {"es": "personas", "pt": "pessoas", "en": "people", "fr": "personnes"},
    "bundle.kind.participations": {
        "es": "participaciones",
        "pt": "participações",
        "en": "participations",
        "fr": "participations",
    },
    "bundle.kind.marks": {
        "es": "marcas de asistencia",
        "pt": "marcações de presença",
        "en": "attendance marks",
        "fr": "pointages de présence",
    },
    "bundle.conflict": {
        "es": "conflicto en {what}, {field}: suyo «{mine}» ({mine_by}, {mine_at}), del "
        "paquete «{theirs}» ({theirs_by}, {theirs_at}) → {outcome}",
        "pt": "conflito em {what}, {field}: seu “{mine}” ({mine_by}, {mine_at}), do pacote "
        "“{theirs}” ({theirs_by}, {theirs_at}) → {outcome}",
        "en": "conflict in {what}, {field}: yours “{mine}” ({mine_by}, {mine_at}), the "
        "bundle's “{theirs}” ({theirs_by}, {theirs_at}) → {outcome}",
        "fr": "conflit sur {what}, {field}\u00a0: le vôtre «\u00a0{mine}\u00a0» ({mine_by}, "
        "{mine_at}), celui du paquet «\u00a0{theirs}\u00a0» ({theirs_by}, {theirs_at}) → "
        "{outcome}",
    },
    "bundle.outcome.mine": {
        "es": "se queda el suyo",
        "pt": "fica o seu",
        "en": "yours kept",
        "fr": "le vôtre est gardé",
    },
    "bundle.outcome.theirs": {
        "es": "se toma el del paquete",
        "pt": "fica o do pacote",
        "en": "the bundle's taken",
        "fr": "celui du paquet est pris",
    },
    "bundle.outcome.open": {
        "es": "sin decidir",
        "pt": "sem decisão",
        "en": "left open",
        "fr": "non tranché",
    },
    "bundle.open_conflicts": {
        "es": "{count} conflicto(s) quedan como estaban; elija con --on-conflict "
        "mine|theirs|newest",
        "pt": "{count} conflito(s) ficaram como estavam; escolha com --on-conflict "
        "mine|theirs|newest",
        "en": "{count} conflict(s) left as they were; choose with --on-conflict mine|theirs|newest",
        "fr": "{count} conflit(s) laissé(s) en l’état\u00a0; choisissez avec --on-conflict "
        "mine|theirs|newest",
    },
    "bundle.dry_run": {
        "es": "simulación: no se escribió nada",
        "pt": "simulação: nada foi gravado",
        "en": "dry run: nothing was written",
        "fr": "simulation\u00a0: rien n’a été écrit",
    },
    "bundle.unknown": {"es": "?", "pt": "?", "en": "?", "fr": "?"},
    "bundle.cleared": {
        "es": "(marca borrada)",
        "pt": "(marcação apagada)",
        "en": "(mark cleared)",
        "fr": "(pointage effacé)",
    },
}
