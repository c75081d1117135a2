"""Messages about where a document may be written."""

TEXTS = {
    "output.protected": {
        "es": "{path} es la base de datos o una de sus copias de seguridad; elija otro archivo.",
        "pt": "{path} é o banco de dados ou um de seus backups; escolha outro arquivo.",
        "en": "{path} is the database or one of its backups; choose another file.",
        "fr": "{path} est la base de données ou l'une de ses sauvegardes ; "
        "choisissez un autre fichier.",
    },
    "output.wrong_suffix": {
        "es": "{option} {path}: este archivo se escribe como {suffix}; "
        "indique un nombre que termine en {suffix}.",
        "pt": "{option} {path}: este arquivo é gravado como {suffix}; "
        "indique um nome terminado em {suffix}.",
        "en": "{option} {path}: this file is written as {suffix}; "
        "give a name that ends in {suffix}.",
        "fr": "{option} {path} : ce fichier est écrit en {suffix} ; "
        "donnez un nom qui se termine par {suffix}.",
    },
}
