"""Messages about importing registration lists and the command line's own options."""

TEXTS = {
    "map.syntax": {
        "es": "--map '{item}': escríbalo como COLUMNA=campo, p. ej. 'Correo=email'.",
        "pt": "--map '{item}': escreva como COLUNA=campo, p. ex. 'Correo=email'.",
        "en": "--map '{item}': write it as COLUMN=field, e.g. 'Correo=email'.",
        "fr": "--map '{item}' : écrivez-le COLONNE=champ, p. ex. 'Correo=email'.",
    },
    "map.unknown_field": {
        "es": "--map '{item}': campo desconocido '{field_name}'; campos: {fields}.",
        "pt": "--map '{item}': campo desconhecido '{field_name}'; campos: {fields}.",
        "en": "--map '{item}': unknown field '{field_name}'; fields: {fields}.",
        "fr": "--map '{item}' : champ inconnu '{field_name}' ; champs : {fields}.",
    },
    "map.unknown_column": {
        "es": "--map '{item}': {source} no tiene la columna '{column}'; columnas: {columns}.",
        "pt": "--map '{item}': {source} não tem a coluna '{column}'; colunas: {columns}.",
        "en": "--map '{item}': {source} has no column '{column}'; columns: {columns}.",
        "fr": "--map '{item}' : {source} n'a pas de colonne '{column}' ; colonnes : {columns}.",
    },
    "map.no_name": {
        "es": "{source}: ninguna columna corresponde a un nombre (nombres, apellidos o nombre "
        "completo); elija una, p. ej. --map 'Nombre=given_names'.",
        "pt": "{source}: nenhuma coluna corresponde a um nome (nomes, sobrenomes ou nome "
        "completo); escolha uma, p. ex. --map 'Nombre=given_names'.",
        "en": "{source}: no column is mapped to a name (given names, family names or full "
        "name); choose one, e.g. --map 'Nombre=given_names'.",
        "fr": "{source} : aucune colonne ne correspond à un nom (prénoms, noms ou nom "
        "complet) ; choisissez-en une, p. ex. --map 'Nombre=given_names'.",
    },
    "import.unknown_encoding": {
        "es": "codificación desconocida '{encoding}'; p. ej. utf-8, cp1252, utf-16",
        "pt": "codificação desconhecida '{encoding}'; p. ex. utf-8, cp1252, utf-16",
        "en": "unknown encoding '{encoding}'; e.g. utf-8, cp1252, utf-16",
        "fr": "encodage inconnu '{encoding}' ; p. ex. utf-8, cp1252, utf-16",
    },
    "import.encoding_unsure": {
        "es": "{name}: no se puede saber con certeza la codificación del texto (la más "
        "probable es {encoding}); elíjala con --encoding, p. ej. --encoding {encoding}",
        "pt": "{name}: não é possível saber com certeza a codificação do texto (a mais "
        "provável é {encoding}); escolha-a com --encoding, p. ex. --encoding {encoding}",
        "en": "{name}: cannot tell the text encoding for sure (best guess {encoding}); "
        "choose it with --encoding, e.g. --encoding {encoding}",
        "fr": "{name} : impossible de déterminer l'encodage du texte avec certitude (le plus "
        "probable : {encoding}) ; choisissez-le avec --encoding, p. ex. --encoding {encoding}",
    },
    "import.sheet_empty": {
        "es": "{name}: la hoja '{sheet}' está vacía.",
        "pt": "{name}: a aba '{sheet}' está vazia.",
        "en": "{name}: the sheet '{sheet}' is empty.",
        "fr": "{name} : la feuille '{sheet}' est vide.",
    },
    "import.header_row": {
        "es": "{name}: la fila {row} está vacía o fuera de la hoja.",
        "pt": "{name}: a linha {row} está vazia ou fora da aba.",
        "en": "{name}: row {row} is empty or outside the sheet.",
        "fr": "{name} : la ligne {row} est vide ou hors de la feuille.",
    },
    "cli.need_workshop": {
        "es": "Indique el taller con --workshop CODE.",
        "pt": "Indique a oficina com --workshop CODE.",
        "en": "Name the workshop with --workshop CODE.",
        "fr": "Indiquez l'atelier avec --workshop CODE.",
    },
    "cli.need_output": {
        "es": "Indique el archivo a escribir con -o FILE.xlsx o -o FILE.csv.",
        "pt": "Indique o arquivo a gravar com -o FILE.xlsx ou -o FILE.csv.",
        "en": "Name the file to write with -o FILE.xlsx or -o FILE.csv.",
        "fr": "Indiquez le fichier à écrire avec -o FILE.xlsx ou -o FILE.csv.",
    },
    "cli.register_suffix": {
        "es": "{path}: el registro es un archivo .xlsx; llámelo FILE.xlsx.",
        "pt": "{path}: a lista de presença é um arquivo .xlsx; chame-o FILE.xlsx.",
        "en": "{path}: the register is an .xlsx file; name it FILE.xlsx.",
        "fr": "{path} : le registre est un fichier .xlsx ; nommez-le FILE.xlsx.",
    },
    "cli.certificates_workshop": {
        "es": "indique el taller: --workshop CODE (o: certificates list, verify)",
        "pt": "indique a oficina: --workshop CODE (ou: certificates list, verify)",
        "en": "say which workshop: --workshop CODE (or: certificates list, verify)",
        "fr": "indiquez l'atelier : --workshop CODE (ou : certificates list, verify)",
    },
    "cli.certificates_output": {
        "es": "indique dónde escribir: -o FILE.pdf, --per-person DIR o --zip FILE",
        "pt": "indique onde gravar: -o FILE.pdf, --per-person DIR ou --zip FILE",
        "en": "say where to write: -o FILE.pdf, --per-person DIR or --zip FILE",
        "fr": "indiquez où écrire : -o FILE.pdf, --per-person DIR ou --zip FILE",
    },
    "cli.no_folder": {
        "es": "la carpeta de {path} no existe",
        "pt": "a pasta de {path} não existe",
        "en": "the folder of {path} does not exist",
        "fr": "le dossier de {path} n'existe pas",
    },
    "cli.no_certificate": {
        "es": "no hay ningún certificado para escribir",
        "pt": "não há certificado para gravar",
        "en": "no certificate to write",
        "fr": "aucune attestation à écrire",
    },
}
