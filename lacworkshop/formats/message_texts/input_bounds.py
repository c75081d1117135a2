"""Messages about files past the input limits (formats/input_limits): rows, columns, the
grid a reader would build, fields, and parts that cannot be measured."""

_DELETE = {
    "es": "; no se leyó. Borre lo que hay en esa celda (o divida la lista), guarde e intente "
    "de nuevo.",
    "pt": "; não foi lido. Apague o que há nessa célula (ou divida a lista), salve e tente "
    "de novo.",
    "en": "; it was not read. Delete what is in that cell (or split the list), save, and try "
    "again.",
    "fr": " ; il n'a pas été lu. Effacez le contenu de cette cellule (ou divisez la liste), "
    "enregistrez et réessayez.",
}

TEXTS = {
    "bounds.sheet_rows": {
        "es": "{source}: hoja '{sheet}': la celda {cell} tiene un valor por debajo de la fila "
        "{limit}, más filas de las que puede tener {what}" + _DELETE["es"],
        "pt": "{source}: aba '{sheet}': a célula {cell} tem um valor abaixo da linha {limit}, "
        "mais linhas do que pode ter {what}" + _DELETE["pt"],
        "en": "{source}: sheet '{sheet}': cell {cell} holds a value below row {limit}, more "
        "rows than any {what} may have" + _DELETE["en"],
        "fr": "{source} : feuille '{sheet}' : la cellule {cell} contient une valeur sous la "
        "ligne {limit}, plus de lignes que n'en peut avoir {what}" + _DELETE["fr"],
    },
    "bounds.sheet_columns": {
        "es": "{source}: hoja '{sheet}': la celda {cell} tiene un valor a la derecha de la "
        "columna {column} ({limit} columnas), más columnas de las que puede tener {what}"
        + _DELETE["es"],
        "pt": "{source}: aba '{sheet}': a célula {cell} tem um valor à direita da coluna "
        "{column} ({limit} colunas), mais colunas do que pode ter {what}" + _DELETE["pt"],
        "en": "{source}: sheet '{sheet}': cell {cell} holds a value right of column {column} "
        "({limit} columns), more columns than any {what} may have" + _DELETE["en"],
        "fr": "{source} : feuille '{sheet}' : la cellule {cell} contient une valeur à droite "
        "de la colonne {column} ({limit} colonnes), plus de colonnes que n'en peut avoir "
        "{what}" + _DELETE["fr"],
    },
    "bounds.sheet_grid": {
        "es": "{source}: hoja '{sheet}': los valores llegan a la fila {row} y la columna "
        "{column} (celda {cell}): {cells} celdas, más de las {limit} que puede abarcar {what}"
        + _DELETE["es"],
        "pt": "{source}: aba '{sheet}': os valores chegam à linha {row} e à coluna {column} "
        "(célula {cell}): {cells} células, mais do que as {limit} que pode abranger {what}"
        + _DELETE["pt"],
        "en": "{source}: sheet '{sheet}': values reach row {row} and column {column} "
        "(cell {cell}): {cells} cells, more than the {limit} any {what} may span" + _DELETE["en"],
        "fr": "{source} : feuille '{sheet}' : les valeurs atteignent la ligne {row} et la "
        "colonne {column} (cellule {cell}) : {cells} cellules, plus que les {limit} que peut couvrir "
        "{what}" + _DELETE["fr"],
    },
    "bounds.text_rows": {
        "es": "{source}: línea {line}: más de {limit} filas, más de las que puede tener "
        "{what}; no se leyó. Divida la lista e importe las partes.",
        "pt": "{source}: linha {line}: mais de {limit} linhas, mais do que pode ter {what}; "
        "não foi lido. Divida a lista e importe as partes.",
        "en": "{source}: line {line}: more than {limit} rows, more than any {what} may have; "
        "it was not read. Split the list and import the parts.",
        "fr": "{source} : ligne {line} : plus de {limit} lignes, plus que n'en peut avoir "
        "{what} ; il n'a pas été lu. Divisez la liste et importez les parties.",
    },
    "bounds.text_columns": {
        "es": "{source}: línea {line}: {count} columnas, más de las {limit} que puede tener "
        "{what}; no se leyó.",
        "pt": "{source}: linha {line}: {count} colunas, mais do que as {limit} que pode ter "
        "{what}; não foi lido.",
        "en": "{source}: line {line}: {count} columns, more than the {limit} any {what} may "
        "have; it was not read.",
        "fr": "{source} : ligne {line} : {count} colonnes, plus que les {limit} que peut "
        "avoir {what} ; il n'a pas été lu.",
    },
    "bounds.text_grid": {
        "es": "{source}: línea {line}: {rows} filas de hasta {columns} columnas, más de las "
        "{limit} celdas que puede abarcar {what}; no se leyó.",
        "pt": "{source}: linha {line}: {rows} linhas de até {columns} colunas, mais do que as "
        "{limit} células que pode abranger {what}; não foi lido.",
        "en": "{source}: line {line}: {rows} rows of up to {columns} columns, more than the "
        "{limit} cells any {what} may span; it was not read.",
        "fr": "{source} : ligne {line} : {rows} lignes jusqu'à {columns} colonnes, plus que "
        "les {limit} cellules que peut couvrir {what} ; il n'a pas été lu.",
    },
    "bounds.xml_entities": {
        "es": "{source}: el archivo declara entidades XML; no se leyó.",
        "pt": "{source}: o arquivo declara entidades XML; não foi lido.",
        "en": "{source}: the file declares XML entities; it was not read.",
        "fr": "{source} : le fichier déclare des entités XML ; il n'a pas été lu.",
    },
    "bounds.xml_damaged": {
        "es": "{source}: el archivo está dañado (parte {part}: {reason}, línea {line}); no "
        "se leyó.",
        "pt": "{source}: o arquivo está danificado (parte {part}: {reason}, linha {line}); "
        "não foi lido.",
        "en": "{source}: the file is damaged (part {part}: {reason}, line {line}); it was not "
        "read.",
        "fr": "{source} : le fichier est endommagé (partie {part} : {reason}, ligne {line}) ; "
        "il n'a pas été lu.",
    },
    "bounds.not_excel": {
        "es": "{name}: el archivo no es un libro de Excel.",
        "pt": "{name}: o arquivo não é uma pasta de trabalho do Excel.",
        "en": "{name}: the file is not an Excel workbook.",
        "fr": "{name} : le fichier n'est pas un classeur Excel.",
    },
    "problem.control_characters": {
        "es": "se quitó de la columna '{column}': {removed} (caracteres invisibles que pueden "
        "disfrazar un nombre)",
        "pt": "removido da coluna '{column}': {removed} (caracteres invisíveis que podem "
        "disfarçar um nome)",
        "en": "removed from column '{column}': {removed} (invisible characters that can "
        "disguise a name)",
        "fr": "retiré de la colonne '{column}' : {removed} (caractères invisibles qui peuvent "
        "déguiser un nom)",
    },
}
