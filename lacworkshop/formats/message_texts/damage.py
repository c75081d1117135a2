"""Messages about a damaged database and the backup that can replace it."""

TEXTS = {
    "db.damaged_at_open": {
        "es": "{path} está dañada ({problem}) y no se modificó. {offer}",
        "pt": "{path} está danificado ({problem}) e não foi modificado. {offer}",
        "en": "{path} is damaged ({problem}) and was left untouched. {offer}",
        "fr": "{path} est endommagée ({problem}) et n'a pas été modifiée. {offer}",
    },
    "db.not_ours_at_open": {
        "es": "{path} no es una base de datos de lacworkshop ({problem}) y no se modificó. {offer}",
        "pt": "{path} não é um banco de dados do lacworkshop ({problem}) e não foi "
        "modificado. {offer}",
        "en": "{path} is not a lacworkshop database ({problem}) and was left untouched. {offer}",
        "fr": "{path} n'est pas une base de données lacworkshop ({problem}) et n'a pas été "
        "modifiée. {offer}",
    },
    "db.problem.empty": {
        "es": "el archivo está vacío",
        "pt": "o arquivo está vazio",
        "en": "the file is empty",
        "fr": "le fichier est vide",
    },
    "db.problem.not_sqlite": {
        "es": "no es un archivo SQLite",
        "pt": "não é um arquivo SQLite",
        "en": "not a SQLite file",
        "fr": "ce n'est pas un fichier SQLite",
    },
    "db.problem.cut_short": {
        "es": "el archivo está cortado",
        "pt": "o arquivo está truncado",
        "en": "the file is cut short",
        "fr": "le fichier est tronqué",
    },
    "db.problem.bad_header": {
        "es": "la cabecera del archivo está dañada",
        "pt": "o cabeçalho do arquivo está danificado",
        "en": "the file's header is damaged",
        "fr": "l'en-tête du fichier est endommagé",
    },
    "db.problem.check_failed": {
        "es": "no pasó la verificación de integridad de SQLite",
        "pt": "não passou na verificação de integridade do SQLite",
        "en": "it failed SQLite's integrity check",
        "fr": "elle a échoué à la vérification d'intégrité de SQLite",
    },
    "db.problem.unreadable": {
        "es": "SQLite no puede leerla",
        "pt": "o SQLite não consegue lê-lo",
        "en": "SQLite cannot read it",
        "fr": "SQLite ne peut pas la lire",
    },
    "db.offer_backup": {
        "es": "La última copia de seguridad buena es {backup} ({date}); restáurela con: "
        'lacworkshop --db "{path}" restore latest',
        "pt": "O último backup bom é {backup} ({date}); restaure-o com: "
        'lacworkshop --db "{path}" restore latest',
        "en": "The latest good backup is {backup} ({date}); restore it with: "
        'lacworkshop --db "{path}" restore latest',
        "fr": "La dernière bonne sauvegarde est {backup} ({date}) ; restaurez-la avec : "
        'lacworkshop --db "{path}" restore latest',
    },
    "db.offer_none_good": {
        "es": "Ninguna de sus copias de seguridad pasó la verificación.",
        "pt": "Nenhum de seus backups passou na verificação.",
        "en": "None of its backups passed the check either.",
        "fr": "Aucune de ses sauvegardes n'a passé la vérification non plus.",
    },
    "db.offer_no_backup": {
        "es": "No se encontró ninguna copia de seguridad suya.",
        "pt": "Nenhum backup dele foi encontrado.",
        "en": "No backup of it was found.",
        "fr": "Aucune sauvegarde n'en a été trouvée.",
    },
}
