"""Warnings about what a document could not print as it was, and why a certificate is held."""

TEXTS = {
    "warn.control_characters": {
        "es": "{where}: se reemplazaron caracteres de control en '{value}'",
        "pt": "{where}: caracteres de controle substituídos em '{value}'",
        "en": "{where}: control characters replaced in '{value}'",
        "fr": "{where} : caractères de contrôle remplacés dans '{value}'",
    },
    "warn.signin_name_unprintable": {
        "es": "{what} de '{who}' tiene caracteres que la fuente no puede imprimir ({chars}); "
        "se dejó una línea para escribirlo a mano.",
        "pt": "{what} de '{who}' tem caracteres que a fonte não consegue imprimir ({chars}); "
        "ficou uma linha para escrevê-lo à mão.",
        "en": "{what} of '{who}' has characters the font cannot print ({chars}); a line was "
        "left to write it by hand.",
        "fr": "{what} de '{who}' contient des caractères que la police ne sait pas imprimer "
        "({chars}) ; une ligne a été laissée pour l'écrire à la main.",
    },
    "warn.signin_field_unprintable": {
        "es": "{label} de la sesión del {day} {time} ('{value}') tiene caracteres que la "
        "fuente no puede imprimir ({chars}); se dejó en blanco.",
        "pt": "{label} da sessão de {day} {time} ('{value}') tem caracteres que a fonte não "
        "consegue imprimir ({chars}); ficou em branco.",
        "en": "{label} of the session of {day} {time} ('{value}') has characters the font "
        "cannot print ({chars}); it was left blank.",
        "fr": "{label} de la séance du {day} {time} ('{value}') contient des caractères que "
        "la police ne sait pas imprimer ({chars}) ; laissé vide.",
    },
    "blocked.no_name_label": {
        "es": "(sin nombre)",
        "pt": "(sem nome)",
        "en": "(no name)",
        "fr": "(sans nom)",
    },
    "blocked.no_name": {
        "es": "no tiene nombre para imprimir",
        "pt": "não tem nome para imprimir",
        "en": "has no name to print",
        "fr": "n'a pas de nom à imprimer",
    },
    "blocked.unprintable": {
        "es": "la fuente {font} no puede imprimir {chars}",
        "pt": "a fonte {font} não consegue imprimir {chars}",
        "en": "the font {font} cannot print {chars}",
        "fr": "la police {font} ne sait pas imprimer {chars}",
    },
    "blocked.revoked": {
        "es": "el certificado {code} fue revocado ({reason}); vuelva a emitirlo desde el "
        "registro para imprimirlo de nuevo",
        "pt": "o certificado {code} foi revogado ({reason}); reemita-o a partir do registro "
        "para imprimi-lo de novo",
        "en": "certificate {code} was revoked ({reason}); reissue it from the register to "
        "print it again",
        "fr": "l'attestation {code} a été révoquée ({reason}) ; délivrez-la à nouveau depuis "
        "le registre pour l'imprimer",
    },
}
