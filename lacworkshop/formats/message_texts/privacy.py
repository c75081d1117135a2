"""Messages about a person's data: finding them, exporting and erasing it, verifying after."""

_HOLDER = {
    "es": "certificado de {kind} {code} (versión {version}) de {workshop}",
    "pt": "certificado de {kind} {code} (versão {version}) de {workshop}",
    "en": "{kind} certificate {code} (version {version}) of {workshop}",
    "fr": "attestation de {kind} {code} (version {version}) de {workshop}",
}

TEXTS = {
    "privacy.say_whom": {
        "es": "Diga de quién son los datos: --person CORREO o --person ID.",
        "pt": "Diga de quem são os dados: --person E-MAIL ou --person ID.",
        "en": "Say whose data: --person EMAIL or --person ID.",
        "fr": "Indiquez de qui il s'agit : --person COURRIEL ou --person ID.",
    },
    "privacy.no_such_id": {
        "es": "No hay ninguna persona con el id {id}.",
        "pt": "Não há nenhuma pessoa com o id {id}.",
        "en": "There is no person with id {id}.",
        "fr": "Il n'y a aucune personne avec l'id {id}.",
    },
    "privacy.no_such_email": {
        "es": "Ninguna persona tiene esa dirección de correo.",
        "pt": "Nenhuma pessoa tem esse endereço de e-mail.",
        "en": "No person has that email address.",
        "fr": "Aucune personne n'a cette adresse de courriel.",
    },
    "privacy.shared_email": {
        "es": "Varias personas comparten esa dirección de correo; indique una por su id "
        "(vea 'lacworkshop people --search').",
        "pt": "Várias pessoas compartilham esse endereço de e-mail; indique uma pelo id "
        "(veja 'lacworkshop people --search').",
        "en": "Several people share that email address; name one by its id "
        "(see 'lacworkshop people --search').",
        "fr": "Plusieurs personnes partagent cette adresse de courriel ; désignez-en une par "
        "son id (voir 'lacworkshop people --search').",
    },
    "privacy.not_json": {
        "es": "No se puede escribir '{name}': el nombre del archivo debe terminar en .json.",
        "pt": "Não é possível gravar '{name}': o nome do arquivo deve terminar em .json.",
        "en": "Cannot write '{name}': the file name must end in .json.",
        "fr": "Impossible d'écrire '{name}' : le nom du fichier doit se terminer par .json.",
    },
    "privacy.already_erased": {
        "es": "Los datos de la persona #{id} ya fueron borrados.",
        "pt": "Os dados da pessoa #{id} já foram apagados.",
        "en": "The data of person #{id} was erased already.",
        "fr": "Les données de la personne #{id} ont déjà été effacées.",
    },
    "privacy.confirm_with_yes": {
        "es": "el borrado no se puede deshacer: confírmelo con --yes",
        "pt": "o apagamento não pode ser desfeito: confirme com --yes",
        "en": "erasure cannot be undone: confirm with --yes",
        "fr": "l'effacement est irréversible : confirmez avec --yes",
    },
    "privacy.no_merge_erased": {
        "es": "No se puede fusionar una persona cuyos datos fueron borrados.",
        "pt": "Não é possível mesclar uma pessoa cujos dados foram apagados.",
        "en": "A person whose data was erased cannot be merged.",
        "fr": "Une personne dont les données ont été effacées ne peut pas être fusionnée.",
    },
    "problem.unclear_consent": {
        "es": "consentimiento '{value}' en la columna '{column}': no es sí, no ni una fecha; "
        "no se toma como consentimiento",
        "pt": "consentimento '{value}' na coluna '{column}': não é sim, não nem uma data; "
        "não é tomado como consentimento",
        "en": "consent '{value}' in column '{column}' is neither yes, no nor a date; "
        "not taken as consent",
        "fr": "consentement '{value}' dans la colonne '{column}' : ni oui, ni non, ni une date ; "
        "non retenu comme consentement",
    },
    "blocked.erased": {
        "es": "sus datos personales fueron borrados; el registro conserva su certificado",
        "pt": "seus dados pessoais foram apagados; o registro mantém o certificado",
        "en": "their personal data was erased; the register keeps their certificate",
        "fr": "ses données personnelles ont été effacées ; le registre garde son attestation",
    },
    "verify.holder_erased": {
        "es": "una persona cuyos datos fueron borrados",
        "pt": "uma pessoa cujos dados foram apagados",
        "en": "a holder whose data was erased",
        "fr": "une personne dont les données ont été effacées",
    },
    "verify.valid_holder_erased": {
        "es": "VÁLIDO (emitido; datos del titular borrados): "
        + _HOLDER["es"]
        + ", emitido el {issued}.",
        "pt": "VÁLIDO (emitido; dados do titular apagados): "
        + _HOLDER["pt"]
        + ", emitido em {issued}.",
        "en": "VALID (issued; holder's data erased): " + _HOLDER["en"] + ", issued {issued}.",
        "fr": "VALIDE (délivrée ; données du titulaire effacées) : "
        + _HOLDER["fr"]
        + ", délivrée le {issued}.",
    },
    "verify.valid_holder_erased_hours": {
        "es": "VÁLIDO (emitido; datos del titular borrados): "
        + _HOLDER["es"]
        + ", {hours} horas, emitido el {issued}.",
        "pt": "VÁLIDO (emitido; dados do titular apagados): "
        + _HOLDER["pt"]
        + ", {hours} horas, emitido em {issued}.",
        "en": "VALID (issued; holder's data erased): "
        + _HOLDER["en"]
        + ", {hours} hours, issued {issued}.",
        "fr": "VALIDE (délivrée ; données du titulaire effacées) : "
        + _HOLDER["fr"]
        + ", {hours} heures, délivrée le {issued}.",
    },
}
