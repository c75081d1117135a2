"""What an import preview and an attendance import say about single rows and cells."""

TEXTS = {
    "problem.garbled": {
        "es": "texto ilegible '{text}' en la columna '{column}': la codificación del archivo "
        "se leyó mal; elija otra codificación",
        "pt": "texto ilegível '{text}' na coluna '{column}': a codificação do arquivo foi "
        "lida errado; escolha outra codificação",
        "en": "garbled text '{text}' in column '{column}': the file's text encoding was read "
        "wrong; choose another encoding",
        "fr": "texte illisible '{text}' dans la colonne '{column}' : l'encodage du fichier a "
        "été mal lu ; choisissez un autre encodage",
    },
    "problem.unknown_country": {
        "es": "país desconocido '{value}' (se deja vacío)",
        "pt": "país desconhecido '{value}' (deixado vazio)",
        "en": "unknown country '{value}' (left empty)",
        "fr": "pays inconnu '{value}' (laissé vide)",
    },
    "problem.missing_name": {
        "es": "falta el nombre",
        "pt": "falta o nome",
        "en": "missing name",
        "fr": "nom manquant",
    },
    "problem.bad_email": {
        "es": "correo no válido '{value}' en la columna '{column}'",
        "pt": "e-mail inválido '{value}' na coluna '{column}'",
        "en": "bad email '{value}' in column '{column}'",
        "fr": "courriel invalide '{value}' dans la colonne '{column}'",
    },
    "problem.unknown_language": {
        "es": "idioma desconocido '{value}' (se deja vacío)",
        "pt": "idioma desconhecido '{value}' (deixado vazio)",
        "en": "unknown language '{value}' (left empty)",
        "fr": "langue inconnue '{value}' (laissée vide)",
    },
    "problem.unknown_role": {
        "es": "rol desconocido '{value}'; se usa {role}",
        "pt": "papel desconhecido '{value}'; usado {role}",
        "en": "unknown role '{value}'; {role} used",
        "fr": "rôle inconnu '{value}' ; {role} utilisé",
    },
    "problem.unknown_track": {
        "es": "itinerario desconocido '{value}'; se usa {track}",
        "pt": "trilha desconhecida '{value}'; usada {track}",
        "en": "unknown track '{value}'; {track} used",
        "fr": "parcours inconnu '{value}' ; {track} utilisé",
    },
    "problem.no_track": {
        "es": "sin itinerario",
        "pt": "sem trilha",
        "en": "no track",
        "fr": "sans parcours",
    },
    "problem.too_long": {
        "es": "{field} de más de {limit} caracteres en la columna '{column}'",
        "pt": "{field} com mais de {limit} caracteres na coluna '{column}'",
        "en": "{field} longer than {limit} characters in column '{column}'",
        "fr": "{field} de plus de {limit} caractères dans la colonne '{column}'",
    },
    "marks.not_participant": {
        "es": "{sheet}: el id de fila {row} ({who}) no es un participante activo de {code}; "
        "sus marcas no se leyeron.",
        "pt": "{sheet}: o id de linha {row} ({who}) não é um participante ativo de {code}; "
        "suas marcações não foram lidas.",
        "en": "{sheet}: row id {row} ({who}) is not an active participant of {code}; its "
        "marks were not read.",
        "fr": "{sheet} : l'identifiant de ligne {row} ({who}) n'est pas un participant actif "
        "de {code} ; ses pointages n'ont pas été lus.",
    },
    "marks.other_track": {
        "es": "{where}: esa sesión no está en el itinerario de esta persona; se ignora.",
        "pt": "{where}: essa sessão não está na trilha desta pessoa; ignorada.",
        "en": "{where}: that session is not in this person's track; ignored.",
        "fr": "{where} : cette séance n'est pas dans le parcours de cette personne ; ignorée.",
    },
    "marks.bad_mark": {
        "es": "{where}: '{value}' no es P, L, E ni A; esa celda no se leyó.",
        "pt": "{where}: '{value}' não é P, L, E nem A; essa célula não foi lida.",
        "en": "{where}: '{value}' is not one of P, L, E, A; that cell was not read.",
        "fr": "{where} : '{value}' n'est ni P, ni L, ni E, ni A ; cette cellule n'a pas été lue.",
    },
    "marks.conflict": {
        "es": "{where}: difiere de {other} para la misma persona y sesión; se conservó la primera.",
        "pt": "{where}: difere de {other} para a mesma pessoa e sessão; a primeira foi mantida.",
        "en": "{where}: differs from {other} for the same person and session; the first was kept.",
        "fr": "{where} : diffère de {other} pour la même personne et la même séance ; la "
        "première a été gardée.",
    },
    "marks.no_id_row": {
        "es": "{sheet}: falta la fila oculta de ids de sesión; se omite la hoja.",
        "pt": "{sheet}: falta a linha oculta de ids de sessão; aba ignorada.",
        "en": "{sheet}: the hidden row of session ids is missing; sheet skipped.",
        "fr": "{sheet} : la ligne cachée des identifiants de séance manque ; feuille ignorée.",
    },
    "marks.row_without_id": {
        "es": "{where}: la fila de '{who}' no tiene id; sus marcas no se leyeron (agregue "
        "primero a las personas nuevas en la aplicación).",
        "pt": "{where}: a linha de '{who}' não tem id; suas marcações não foram lidas "
        "(adicione primeiro as pessoas novas no aplicativo).",
        "en": "{where}: the row of '{who}' has no id; its marks were not read (add new "
        "people in the app first).",
        "fr": "{where} : la ligne de '{who}' n'a pas d'identifiant ; ses pointages n'ont pas "
        "été lus (ajoutez d'abord les nouvelles personnes dans l'application).",
    },
}

TEXTS.update(
    {
        "import.summary": {
            "es": "{source} en {code}: creadas {created}, vinculadas {linked}, actualizadas "
            "{updated}, omitidas {skipped}; agregadas al taller {added}",
            "pt": "{source} em {code}: criadas {created}, vinculadas {linked}, atualizadas "
            "{updated}, ignoradas {skipped}; adicionadas à oficina {added}",
            "en": "{source} into {code}: created {created}, linked {linked}, updated {updated}, "
            "skipped {skipped}; added to the workshop {added}",
            "fr": "{source} dans {code} : créées {created}, liées {linked}, mises à jour "
            "{updated}, ignorées {skipped} ; ajoutées à l'atelier {added}",
        },
        "import.summary_dry": {
            "es": "{source} en {code}: se crearían {created}, vinculadas {linked}, actualizadas "
            "{updated}, omitidas {skipped}; se agregarían al taller {added}",
            "pt": "{source} em {code}: seriam criadas {created}, vinculadas {linked}, "
            "atualizadas {updated}, ignoradas {skipped}; seriam adicionadas à oficina {added}",
            "en": "{source} into {code}: would be created {created}, linked {linked}, updated "
            "{updated}, skipped {skipped}; would be added to the workshop {added}",
            "fr": "{source} dans {code} : seraient créées {created}, liées {linked}, mises à "
            "jour {updated}, ignorées {skipped} ; seraient ajoutées à l'atelier {added}",
        },
        "import.summary_already": {
            "es": " ({n} ya estaban en él)",
            "pt": " ({n} já estavam nela)",
            "en": " ({n} were in it already)",
            "fr": " ({n} y étaient déjà)",
        },
        "import.summary_moved": {
            "es": "; pasadas al itinerario o rol de esta importación {n}",
            "pt": "; movidas para a trilha ou o papel desta importação {n}",
            "en": "; moved to this import's track or role {n}",
            "fr": "; déplacées vers le parcours ou le rôle de cet import {n}",
        },
        "import.summary_moved_dry": {
            "es": "; se pasarían al itinerario o rol de esta importación {n}",
            "pt": "; seriam movidas para a trilha ou o papel desta importação {n}",
            "en": "; would be moved to this import's track or role {n}",
            "fr": "; seraient déplacées vers le parcours ou le rôle de cet import {n}",
        },
    }
)
