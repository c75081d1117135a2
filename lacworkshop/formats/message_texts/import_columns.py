"""What the import says about its columns: the system recognised, columns chosen by what
they hold, columns competing for one field, registrations a status skips."""

TEXTS = {
    "import.system": {
        "es": "{source}: exportado de {system}",
        "pt": "{source}: exportado de {system}",
        "en": "{source}: exported from {system}",
        "fr": "{source} : exporté depuis {system}",
    },
    "import.column_dropped": {
        "es": "la columna '{column}' parece '{field_name}' por su título, pero sus valores no; "
        "no se usa",
        "pt": "a coluna '{column}' parece '{field_name}' pelo título, mas os valores não; "
        "não é usada",
        "en": "column '{column}' is headed like '{field_name}' but its values are not; not used",
        "fr": "la colonne '{column}' s'intitule comme '{field_name}' mais ses valeurs non ; "
        "elle n'est pas utilisée",
    },
    "import.column_chosen": {
        "es": "la columna '{column}' contiene '{field_name}' por sus valores; se usa así",
        "pt": "a coluna '{column}' contém '{field_name}' pelos valores; é usada assim",
        "en": "column '{column}' holds '{field_name}' by its values; used as such",
        "fr": "la colonne '{column}' contient '{field_name}' d'après ses valeurs ; utilisée ainsi",
    },
    "import.columns_compete": {
        "es": "varias columnas pueden ser '{field_name}': {columns}; se usa '{chosen}' (para "
        'cambiarlo: --map "{other}={field_name}")',
        "pt": "várias colunas podem ser '{field_name}': {columns}; é usada '{chosen}' (para "
        'mudar: --map "{other}={field_name}")',
        "en": "several columns could be '{field_name}': {columns}; '{chosen}' is used (to change "
        'it: --map "{other}={field_name}")',
        "fr": "plusieurs colonnes peuvent être '{field_name}' : {columns} ; '{chosen}' est "
        'utilisée (pour changer : --map "{other}={field_name}")',
    },
    "import.columns_compete_window": {
        "es": "varias columnas pueden ser '{field_name}': {columns}; se usa '{chosen}' (elija "
        "otra en la lista de su derecha)",
        "pt": "várias colunas podem ser '{field_name}': {columns}; é usada '{chosen}' (escolha "
        "outra na lista à direita)",
        "en": "several columns could be '{field_name}': {columns}; '{chosen}' is used (choose "
        "another in the list beside it)",
        "fr": "plusieurs colonnes peuvent être '{field_name}' : {columns} ; '{chosen}' est "
        "utilisée (choisissez-en une autre dans la liste à droite)",
    },
    "problem.status_skip": {
        "es": "inscripción {kind} ('{value}' en '{column}'); no se importa",
        "pt": "inscrição {kind} ('{value}' em '{column}'); não é importada",
        "en": "registration {kind} ('{value}' in '{column}'); not imported",
        "fr": "inscription {kind} ('{value}' dans '{column}') ; non importée",
    },
    "term.cancelled": {"es": "cancelada", "pt": "cancelada", "en": "cancelled", "fr": "annulée"},
    "term.refunded": {
        "es": "reembolsada",
        "pt": "reembolsada",
        "en": "refunded",
        "fr": "remboursée",
    },
    "term.rejected": {"es": "rechazada", "pt": "recusada", "en": "rejected", "fr": "refusée"},
    "term.withdrawn": {"es": "retirada", "pt": "retirada", "en": "withdrawn", "fr": "retirée"},
    "term.suspended": {
        "es": "suspendida",
        "pt": "suspensa",
        "en": "suspended",
        "fr": "suspendue",
    },
    "import.checked_in_marked": {
        "es": "; presentes en la primera sesión (acreditados) {n}",
        "pt": "; presentes na primeira sessão (credenciados) {n}",
        "en": "; present at the first session (checked in) {n}",
        "fr": "; présents à la première séance (enregistrés) {n}",
    },
}
