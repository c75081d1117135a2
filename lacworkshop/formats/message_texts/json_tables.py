"""Messages about registration lists exported as JSON or JSON Lines by forms tools."""

_NB = "\u00a0"

TEXTS = {
    "json.unreadable": {
        "es": "{name}: no es JSON válido en la línea {line}, columna {column} ({reason}).",
        "pt": "{name}: não é JSON válido na linha {line}, coluna {column} ({reason}).",
        "en": "{name}: not valid JSON at line {line}, column {column} ({reason}).",
        "fr": f"{{name}}{_NB}: JSON non valide à la ligne {{line}}, colonne {{column}} "
        "({reason}).",
    },
    "json.not_utf8": {
        "es": "{name}: un archivo JSON debe estar en UTF-8, y este no lo está. Expórtelo de "
        "nuevo desde la herramienta de formularios.",
        "pt": "{name}: um arquivo JSON deve estar em UTF-8, e este não está. Exporte-o de novo "
        "pela ferramenta de formulários.",
        "en": "{name}: a JSON file must be UTF-8, and this one is not. Export it again from "
        "the forms tool.",
        "fr": f"{{name}}{_NB}: un fichier JSON doit être en UTF-8, et celui-ci ne l’est pas. "
        "Exportez-le de nouveau depuis l’outil de formulaires.",
    },
    "json.not_a_table": {
        "es": "{name}: no contiene una lista de respuestas (objetos con campos) que importar.",
        "pt": "{name}: não contém uma lista de respostas (objetos com campos) para importar.",
        "en": "{name}: holds no list of responses (objects with fields) to import.",
        "fr": f"{{name}}{_NB}: ne contient aucune liste de réponses (objets avec des champs) "
        "à importer.",
    },
    "json.not_an_object": {
        "es": "{name}, fila {row}: se esperaba una respuesta con campos (un objeto JSON).",
        "pt": "{name}, linha {row}: esperava-se uma resposta com campos (um objeto JSON).",
        "en": "{name}, row {row}: expected a response with fields (a JSON object).",
        "fr": f"{{name}}, ligne {{row}}{_NB}: une réponse avec des champs (un objet JSON) "
        "était attendue.",
    },
}
