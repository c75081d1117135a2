"""Messages of badge and table-tent printing."""

TEXTS = {
    "badges.unknown_layout": {
        "es": "No hay un formato de credencial llamado '{layout}'. Formatos: {layouts}.",
        "pt": "Não há um formato de crachá chamado '{layout}'. Formatos: {layouts}.",
        "en": "There is no badge layout called '{layout}'. Layouts: {layouts}.",
        "fr": "Il n'y a pas de format de badge nommé « {layout} ». Formats : {layouts}.",
    },
    "badges.unknown_field": {
        "es": "Campo de credencial desconocido: {names}. Campos: {fields}.",
        "pt": "Campo de crachá desconhecido: {names}. Campos: {fields}.",
        "en": "Unknown badge field: {names}. Fields: {fields}.",
        "fr": "Champ de badge inconnu : {names}. Champs : {fields}.",
    },
    "badges.bad_colour": {
        "es": "'{colour}' no es un color: escríbalo como #RRGGBB, por ejemplo #0072B2.",
        "pt": "'{colour}' não é uma cor: escreva como #RRGGBB, por exemplo #0072B2.",
        "en": "'{colour}' is not a colour: write it as #RRGGBB, for example #0072B2.",
        "fr": "« {colour} » n'est pas une couleur : écrivez-la #RRGGBB, par exemple #0072B2.",
    },
    "badges.late_minutes": {
        "es": "Los minutos para contar una llegada tarde van de 0 a 600, no {minutes}.",
        "pt": "Os minutos para contar um atraso vão de 0 a 600, não {minutes}.",
        "en": "The minutes after which an arrival counts as late go from 0 to 600, not {minutes}.",
        "fr": "Les minutes après lesquelles une arrivée compte en retard vont de 0 à 600, pas {minutes}.",
    },
    "badges.unknown_role": {
        "es": "No existe el rol '{role}'. Roles: {roles}.",
        "pt": "Não existe a função '{role}'. Funções: {roles}.",
        "en": "There is no role '{role}'. Roles: {roles}.",
        "fr": "Le rôle « {role} » n'existe pas. Rôles : {roles}.",
    },
    "badges.nobody": {
        "es": "Nadie coincide con lo pedido: no hay credenciales que imprimir.",
        "pt": "Ninguém corresponde ao pedido: não há crachás para imprimir.",
        "en": "Nobody matches what was asked: there are no badges to print.",
        "fr": "Personne ne correspond à la demande : aucun badge à imprimer.",
    },
    "badges.skipped": {
        "es": "Sin credencial para {person}: ninguna fuente incluida dibuja {chars}.",
        "pt": "Sem crachá para {person}: nenhuma fonte incluída desenha {chars}.",
        "en": "No badge for {person}: no bundled font draws {chars}.",
        "fr": "Pas de badge pour {person} : aucune police fournie ne dessine {chars}.",
    },
    "cli.wrote_badges": {
        "es": "{badges} credencial(es) en {pages} página(s) ({layout}): {path}",
        "pt": "{badges} crachá(s) em {pages} página(s) ({layout}): {path}",
        "en": "{badges} badge(s) on {pages} page(s) ({layout}): {path}",
        "fr": "{badges} badge(s) sur {pages} page(s) ({layout}) : {path}",
    },
    "cli.wrote_tents": {
        "es": "{tents} cartel(es) de mesa: {path}",
        "pt": "{tents} prisma(s) de mesa: {path}",
        "en": "{tents} table tent(s): {path}",
        "fr": "{tents} chevalet(s) de table : {path}",
    },
}
