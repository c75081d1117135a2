"""What happened to each row of an import: why it was skipped, linked or left as it was."""

TEXTS = {
    "import.why_same_email": {
        "es": "mismo correo",
        "pt": "mesmo e-mail",
        "en": "same email",
        "fr": "même adresse e-mail",
    },
    "import.why_same_name_country": {
        "es": "mismo nombre y país",
        "pt": "mesmo nome e país",
        "en": "same name and country",
        "fr": "même nom et même pays",
    },
    "import.why_same_ref": {
        "es": "mismo número de inscripción",
        "pt": "mesmo número de inscrição",
        "en": "same registration number",
        "fr": "même numéro d'inscription",
    },
    "import.row_merged": {
        "es": "fusionada con la fila {row} ({why})",
        "pt": "mesclada com a linha {row} ({why})",
        "en": "merged into row {row} ({why})",
        "fr": "fusionnée avec la ligne {row} ({why})",
    },
    "import.row_same_person": {
        "es": "la misma persona que la fila {row} ({why})",
        "pt": "a mesma pessoa da linha {row} ({why})",
        "en": "same person as row {row} ({why})",
        "fr": "même personne que la ligne {row} ({why})",
    },
    "import.row_skipped_by_choice": {
        "es": "ya está en la base de datos como {name} ({why}); omitida por elección",
        "pt": "já está no banco de dados como {name} ({why}); ignorada por escolha",
        "en": "already in the database as {name} ({why}); skipped by choice",
        "fr": "déjà dans la base de données sous le nom {name} ({why}) ; ignorée par choix",
    },
    "import.row_matched": {
        "es": "{why}: {name}",
        "pt": "{why}: {name}",
        "en": "{why} as {name}",
        "fr": "{why} : {name}",
    },
    "import.role_attendee": {
        "es": "participante",
        "pt": "participante",
        "en": "attendee",
        "fr": "participant",
    },
    "import.role_trainer": {
        "es": "instructor",
        "pt": "instrutor",
        "en": "trainer",
        "fr": "formateur",
    },
    "import.role_organiser": {
        "es": "organizador",
        "pt": "organizador",
        "en": "organiser",
        "fr": "organisateur",
    },
    "import.role_staff": {
        "es": "personal de apoyo",
        "pt": "equipe de apoio",
        "en": "staff",
        "fr": "personnel d'appui",
    },
    "import.place_no_track": {
        "es": "ningún itinerario",
        "pt": "nenhuma trilha",
        "en": "no track",
        "fr": "aucun parcours",
    },
    "import.place_track": {
        "es": "itinerario {track}",
        "pt": "trilha {track}",
        "en": "track {track}",
        "fr": "parcours {track}",
    },
    "import.place_role_on": {
        "es": "{role} en {track}",
        "pt": "{role} em {track}",
        "en": "{role} on {track}",
        "fr": "{role} sur {track}",
    },
    "import.place_also": {
        "es": "también inscrita en {code} como {roles}; se deja como está",
        "pt": "também inscrita em {code} como {roles}; fica como está",
        "en": "also registered in {code} as {roles}, left as it is",
        "fr": "aussi inscrite à {code} comme {roles} ; laissée telle quelle",
    },
    "import.place_already": {
        "es": "ya inscrita en {code} como {role}",
        "pt": "já inscrita em {code} como {role}",
        "en": "already registered in {code} as {role}",
        "fr": "déjà inscrite à {code} comme {role}",
    },
    "import.place_left": {
        "es": "{already} en {held}; se deja como está (esta importación dice {wanted}; "
        "elija actualizar para moverla)",
        "pt": "{already} em {held}; fica como está (esta importação diz {wanted}; "
        "escolha atualizar para movê-la)",
        "en": "{already} on {held}; left as it is (this import says {wanted}; "
        "choose update to move them)",
        "fr": "{already} sur {held} ; laissée telle quelle (cet import indique {wanted} ; "
        "choisissez mettre à jour pour la déplacer)",
    },
    "import.place_moved_track": {
        "es": "{already}; movida de {before} a {after}",
        "pt": "{already}; movida de {before} para {after}",
        "en": "{already}; moved from {before} to {after}",
        "fr": "{already} ; déplacée de {before} vers {after}",
    },
    "import.place_moved_role": {
        "es": "ya inscrita en {code} como {before}; pasa a {after}",
        "pt": "já inscrita em {code} como {before}; passa a {after}",
        "en": "already registered in {code} as {before}; moved to {after}",
        "fr": "déjà inscrite à {code} comme {before} ; passe à {after}",
    },
}
