"""Messages about files to read: registration lists, registers, certificate codes."""

TEXTS = {
    "file.missing": {
        "es": "{path}: no existe ese archivo.",
        "pt": "{path}: arquivo inexistente.",
        "en": "{path}: no such file.",
        "fr": "{path} : fichier introuvable.",
    },
    "file.is_folder": {
        "es": "{path}: es una carpeta, no un archivo.",
        "pt": "{path}: é uma pasta, não um arquivo.",
        "en": "{path}: is a folder, not a file.",
        "fr": "{path} : c'est un dossier, pas un fichier.",
    },
    "file.empty": {
        "es": "{name}: el archivo está vacío.",
        "pt": "{name}: o arquivo está vazio.",
        "en": "{name}: the file is empty.",
        "fr": "{name} : le fichier est vide.",
    },
    "file.not_zip": {
        "es": "{name}: el archivo está dañado o no es una hoja de cálculo (no es un "
        "contenedor zip válido).",
        "pt": "{name}: o arquivo está danificado ou não é uma planilha (não é um "
        "contêiner zip válido).",
        "en": "{name}: the file is damaged or is not a spreadsheet (not a valid zip container).",
        "fr": "{name} : le fichier est endommagé ou n'est pas un classeur (conteneur zip "
        "invalide).",
    },
    "file.zip_damaged": {
        "es": "{name}: el archivo está dañado ({reason}); no se abrió.",
        "pt": "{name}: o arquivo está danificado ({reason}); não foi aberto.",
        "en": "{name}: the file is damaged ({reason}); it was not opened.",
        "fr": "{name} : le fichier est endommagé ({reason}) ; il n'a pas été ouvert.",
    },
    "file.zip_compression": {
        "es": "{name}: el archivo usa una compresión que este programa no puede leer.",
        "pt": "{name}: o arquivo usa uma compressão que este programa não consegue ler.",
        "en": "{name}: the file uses a compression this program cannot read.",
        "fr": "{name} : le fichier utilise une compression que ce programme ne sait pas lire.",
    },
    "file.far_cell": {
        "es": "{source}: la celda {cell} tiene un valor muy por debajo de la lista (fila "
        "{row}); leerla llenaría la memoria de filas vacías. Borre lo que hay en esa celda, "
        "guarde e importe de nuevo.",
        "pt": "{source}: a célula {cell} tem um valor muito abaixo da lista (linha {row}); "
        "lê-la encheria a memória de linhas vazias. Apague o que há nessa célula, salve e "
        "importe de novo.",
        "en": "{source}: cell {cell} holds a value far below the list (row {row}); reading "
        "it would fill memory with empty rows. Delete what is in that cell, save, and "
        "import again.",
        "fr": "{source} : la cellule {cell} contient une valeur très loin sous la liste "
        "(ligne {row}) ; la lire remplirait la mémoire de lignes vides. Effacez le contenu "
        "de cette cellule, enregistrez et importez à nouveau.",
    },
    "file.zip_member_overflow": {
        "es": "{name}: la parte {part} se descomprime en más de lo que declara (una bomba "
        "zip, no una lista de inscripción); no se abrió.",
        "pt": "{name}: a parte {part} se descompacta em mais do que declara (uma bomba zip, "
        "não uma lista de inscrição); não foi aberto.",
        "en": "{name}: part {part} unpacks to more than it declares (a zip bomb, not a "
        "registration list); it was not opened.",
        "fr": "{name} : la partie {part} se décompresse en plus que ce qu'elle déclare (une "
        "bombe zip, pas une liste d'inscription) ; il n'a pas été ouvert.",
    },
    "file.too_large": {
        "es": "{name}: el archivo ocupa {size}, mucho más de lo que ocupa {what} (límite "
        "{limit}); no se abrió.",
        "pt": "{name}: o arquivo tem {size}, muito mais do que ocupa {what} (limite {limit}); "
        "não foi aberto.",
        "en": "{name}: the file is {size}, far larger than any {what} (limit {limit}); it "
        "was not opened.",
        "fr": "{name} : le fichier fait {size}, bien plus que ne pèse {what} (limite {limit}) ; "
        "il n'a pas été ouvert.",
    },
    "file.too_many_parts": {
        "es": "{name}: el archivo contiene {count} partes; ninguna hoja de cálculo tiene "
        "tantas. No se abrió.",
        "pt": "{name}: o arquivo contém {count} partes; nenhuma planilha tem tantas. Não "
        "foi aberto.",
        "en": "{name}: the file holds {count} parts; no spreadsheet has so many. It was not "
        "opened.",
        "fr": "{name} : le fichier contient {count} parties ; aucun classeur n'en a autant. "
        "Il n'a pas été ouvert.",
    },
    "file.zip_ratio": {
        "es": "{name}: la parte {part} se descomprime {ratio} veces más grande de lo que "
        "ocupa (una bomba zip, no {what}); no se abrió.",
        "pt": "{name}: a parte {part} se descompacta {ratio} vezes maior do que ocupa (uma "
        "bomba zip, não {what}); não foi aberto.",
        "en": "{name}: part {part} unpacks {ratio} times larger than it is stored (a zip "
        "bomb, not a {what}); it was not opened.",
        "fr": "{name} : la partie {part} se décompresse {ratio} fois plus grande qu'elle "
        "n'est stockée (une bombe zip, pas {what}) ; il n'a pas été ouvert.",
    },
    "file.unpacks_too_large": {
        "es": "{name}: el archivo se descomprimiría en {size}, mucho más de lo que ocupa "
        "{what} (límite {limit}); no se abrió.",
        "pt": "{name}: o arquivo se descompactaria em {size}, muito mais do que ocupa "
        "{what} (limite {limit}); não foi aberto.",
        "en": "{name}: the file would unpack to {size}, far more than any {what} (limit "
        "{limit}); it was not opened.",
        "fr": "{name} : le fichier se décompresserait en {size}, bien plus que ne pèse "
        "{what} (limite {limit}) ; il n'a pas été ouvert.",
    },
    "file.csv_line": {
        "es": "{source}: línea {line}: {reason}",
        "pt": "{source}: linha {line}: {reason}",
        "en": "{source}: line {line}: {reason}",
        "fr": "{source} : ligne {line} : {reason}",
    },
    "file.csv_field_too_long": {
        "es": "{source}: línea {line}: un campo tiene más de {limit} caracteres; falta "
        "una comilla o no es una lista de inscripción.",
        "pt": "{source}: linha {line}: um campo tem mais de {limit} caracteres; falta uma "
        "aspa ou não é uma lista de inscrição.",
        "en": "{source}: line {line}: a field is longer than {limit} characters; a quote "
        "is missing or this is not a registration list.",
        "fr": "{source} : ligne {line} : un champ dépasse {limit} caractères ; il manque un "
        "guillemet ou ce n'est pas une liste d'inscription.",
    },
    "file.wrong_encoding": {
        "es": "{name}: el texto no está en la codificación {encoding} ({reason}); elija "
        "otra codificación.",
        "pt": "{name}: o texto não está na codificação {encoding} ({reason}); escolha outra "
        "codificação.",
        "en": "{name}: the text is not in the {encoding} encoding ({reason}); choose another "
        "encoding.",
        "fr": "{name} : le texte n'est pas dans l'encodage {encoding} ({reason}) ; choisissez "
        "un autre encodage.",
    },
    "file.binary": {
        "es": "{name}: el archivo contiene datos binarios, no texto; ¿es realmente un archivo CSV?",
        "pt": "{name}: o arquivo contém dados binários, não texto; é mesmo um arquivo CSV?",
        "en": "{name}: the file holds binary data, not text; is it really a CSV file?",
        "fr": "{name} : le fichier contient des données binaires, pas du texte ; est-ce "
        "vraiment un fichier CSV ?",
    },
    "sheet.password": {
        "es": "{name}: el libro está protegido con contraseña.",
        "pt": "{name}: a pasta de trabalho está protegida por senha.",
        "en": "{name}: the workbook is protected by a password.",
        "fr": "{name} : le classeur est protégé par un mot de passe.",
    },
    "sheet.unreadable": {
        "es": "{name}: no se puede leer este archivo como hoja de cálculo ({reason}).",
        "pt": "{name}: não é possível ler este arquivo como planilha ({reason}).",
        "en": "{name}: cannot read this file as a spreadsheet ({reason}).",
        "fr": "{name} : impossible de lire ce fichier comme un classeur ({reason}).",
    },
    "sheet.no_such_sheet": {
        "es": "{name}: no hay una hoja '{sheet}'; hojas: {sheets}.",
        "pt": "{name}: não há uma aba '{sheet}'; abas: {sheets}.",
        "en": "{name}: there is no sheet '{sheet}'; sheets: {sheets}.",
        "fr": "{name} : il n'y a pas de feuille '{sheet}' ; feuilles : {sheets}.",
    },
    "sheet.no_sheets": {
        "es": "{name}: el libro no tiene hojas.",
        "pt": "{name}: a pasta de trabalho não tem abas.",
        "en": "{name}: the workbook has no sheets.",
        "fr": "{name} : le classeur n'a aucune feuille.",
    },
    "sheet.sheet_unreadable": {
        "es": "{name}: la hoja '{sheet}' no se puede leer ({reason}).",
        "pt": "{name}: a aba '{sheet}' não pode ser lida ({reason}).",
        "en": "{name}: sheet '{sheet}' cannot be read ({reason}).",
        "fr": "{name} : la feuille '{sheet}' ne peut pas être lue ({reason}).",
    },
    "register.not_spreadsheet": {
        "es": "{name} no se puede leer como hoja de cálculo ({reason}).",
        "pt": "{name} não pode ser lido como planilha ({reason}).",
        "en": "{name} cannot be read as a spreadsheet ({reason}).",
        "fr": "{name} ne peut pas être lu comme un classeur ({reason}).",
    },
    "register.no_identity": {
        "es": "{name} no es un registro de asistencia exportado por lacworkshop (falta su "
        "hoja de identidad).",
        "pt": "{name} não é uma lista de presença exportada pelo lacworkshop (falta a aba "
        "de identidade).",
        "en": "{name} is not an attendance register exported by lacworkshop (its identity "
        "sheet is missing).",
        "fr": "{name} n'est pas un registre de présence exporté par lacworkshop (sa feuille "
        "d'identité manque).",
    },
    "register.not_register": {
        "es": "{name} no es un registro de asistencia exportado por lacworkshop.",
        "pt": "{name} não é uma lista de presença exportada pelo lacworkshop.",
        "en": "{name} is not an attendance register exported by lacworkshop.",
        "fr": "{name} n'est pas un registre de présence exporté par lacworkshop.",
    },
    "register.identity_damaged": {
        "es": "{name}: la identidad del taller está dañada.",
        "pt": "{name}: a identidade da oficina está danificada.",
        "en": "{name}: the workshop identity is damaged.",
        "fr": "{name} : l'identité de l'atelier est endommagée.",
    },
    "code.empty": {
        "es": "el código está vacío",
        "pt": "o código está vazio",
        "en": "the code is empty",
        "fr": "le code est vide",
    },
    "code.bad_characters": {
        "es": "un código de certificado no contiene {chars}",
        "pt": "um código de certificado não contém {chars}",
        "en": "a certificate code has no {chars}",
        "fr": "un code d'attestation ne contient pas {chars}",
    },
    "code.wrong_length": {
        "es": "un código de certificado tiene {expected} caracteres; este tiene {actual}",
        "pt": "um código de certificado tem {expected} caracteres; este tem {actual}",
        "en": "a certificate code has {expected} characters, this one has {actual}",
        "fr": "un code d'attestation compte {expected} caractères, celui-ci en a {actual}",
    },
    "code.mistyped": {
        "es": "el código está mal escrito (su carácter de control no coincide)",
        "pt": "o código foi digitado errado (o caractere de verificação não confere)",
        "en": "the code is mistyped (its check character does not match)",
        "fr": "le code est mal saisi (son caractère de contrôle ne correspond pas)",
    },
    "term.registration list": {
        "es": "una lista de inscripción",
        "pt": "uma lista de inscrição",
        "en": "registration list",
        "fr": "une liste d'inscription",
    },
    "term.attendance register": {
        "es": "un registro de asistencia",
        "pt": "uma lista de presença",
        "en": "attendance register",
        "fr": "un registre de présence",
    },
}
