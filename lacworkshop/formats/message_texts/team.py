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
