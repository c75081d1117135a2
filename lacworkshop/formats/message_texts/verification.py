"""What verifying a certificate code says."""

_WHAT = {
    "es": "certificado de {kind} {code} (versión {version}) de {workshop} para {name}",
    "pt": "certificado de {kind} {code} (versão {version}) de {workshop} para {name}",
    "en": "{kind} certificate {code} (version {version}) of {workshop} for {name}",
    "fr": "attestation de {kind} {code} (version {version}) de {workshop} pour {name}",
}

TEXTS = {
    "verify.mistyped": {
        "es": "'{text}' no es un código de certificado: {reason}.",
        "pt": "'{text}' não é um código de certificado: {reason}.",
        "en": "'{text}' is not a certificate code: {reason}.",
        "fr": "'{text}' n'est pas un code d'attestation : {reason}.",
    },
    "verify.forged_signature": {
        "es": "El texto QR de {code} no fue firmado por este registro o fue alterado.",
        "pt": "O texto QR de {code} não foi assinado por este registro ou foi alterado.",
        "en": "The QR text for {code} was not signed by this register or was altered.",
        "fr": "Le texte QR de {code} n'a pas été signé par ce registre ou a été modifié.",
    },
    "verify.forged_text": {
        "es": "El texto QR no coincide con el certificado {code} del registro.",
        "pt": "O texto QR não corresponde ao certificado {code} do registro.",
        "en": "The QR text does not match certificate {code} in the register.",
        "fr": "Le texte QR ne correspond pas à l'attestation {code} du registre.",
    },
    "verify.unknown": {
        "es": "El certificado {code} no está en este registro.",
        "pt": "O certificado {code} não está neste registro.",
        "en": "No certificate {code} is in this register.",
        "fr": "Aucune attestation {code} ne figure dans ce registre.",
    },
    "verify.revoked": {
        "es": "REVOCADO {when}: " + _WHAT["es"] + ". Motivo: {reason}",
        "pt": "REVOGADO {when}: " + _WHAT["pt"] + ". Motivo: {reason}",
        "en": "REVOKED {when}: " + _WHAT["en"] + ". Reason: {reason}",
        "fr": "RÉVOQUÉE {when} : " + _WHAT["fr"] + ". Motif : {reason}",
    },
    "verify.superseded": {
        "es": "REEMPLAZADO: " + _WHAT["es"] + " fue reemplazado por {newer}.",
        "pt": "SUBSTITUÍDO: " + _WHAT["pt"] + " foi substituído por {newer}.",
        "en": "SUPERSEDED: " + _WHAT["en"] + " was replaced by {newer}.",
        "fr": "REMPLACÉE : " + _WHAT["fr"] + " a été remplacée par {newer}.",
    },
    # A certificate keeps its code across versions: the message names the valid one,
    # at the end of the line, never the step that replaced it.
    "verify.superseded_by": {
        "es": "REEMPLAZADO: "
        + _WHAT["es"]
        + " fue reemplazado; el certificado válido es ahora {current_code} "
        "(versión {current_version}).",
        "pt": "SUBSTITUÍDO: "
        + _WHAT["pt"]
        + " foi substituído; o certificado válido agora é {current_code} "
        "(versão {current_version}).",
        "en": "SUPERSEDED: "
        + _WHAT["en"]
        + " was replaced; the valid certificate is now {current_code} "
        "(version {current_version}).",
        "fr": "REMPLACÉE\u00a0: "
        + _WHAT["fr"]
        + " a été remplacée\u00a0; l’attestation valide est désormais {current_code} "
        "(version {current_version}).",
    },
    "verify.superseded_none_valid": {
        "es": "REEMPLAZADO: " + _WHAT["es"] + " fue reemplazado; ninguna versión es válida hoy.",
        "pt": "SUBSTITUÍDO: " + _WHAT["pt"] + " foi substituído; nenhuma versão é válida hoje.",
        "en": "SUPERSEDED: " + _WHAT["en"] + " was replaced; no version of it is valid now.",
        "fr": "REMPLACÉE\u00a0: "
        + _WHAT["fr"]
        + " a été remplacée\u00a0; aucune version n’est valide aujourd’hui.",
    },
    "verify.valid": {
        "es": "VÁLIDO: " + _WHAT["es"] + ", emitido el {issued}.",
        "pt": "VÁLIDO: " + _WHAT["pt"] + ", emitido em {issued}.",
        "en": "VALID: " + _WHAT["en"] + ", issued {issued}.",
        "fr": "VALIDE : " + _WHAT["fr"] + ", délivrée le {issued}.",
    },
    "verify.valid_hours": {
        "es": "VÁLIDO: " + _WHAT["es"] + ", {hours} horas, emitido el {issued}.",
        "pt": "VÁLIDO: " + _WHAT["pt"] + ", {hours} horas, emitido em {issued}.",
        "en": "VALID: " + _WHAT["en"] + ", {hours} hours, issued {issued}.",
        "fr": "VALIDE : " + _WHAT["fr"] + ", {hours} heures, délivrée le {issued}.",
    },
    "verify.a_newer_version": {
        "es": "una versión más reciente",
        "pt": "uma versão mais recente",
        "en": "a newer version",
        "fr": "une version plus récente",
    },
    "verify.kind.participation": {
        "es": "participación",
        "pt": "participação",
        "en": "participation",
        "fr": "participation",
    },
    "verify.kind.completion": {
        "es": "aprobación",
        "pt": "conclusão",
        "en": "completion",
        "fr": "réussite",
    },
    "verify.kind.trainer": {
        "es": "instructor",
        "pt": "instrutor",
        "en": "trainer",
        "fr": "formateur",
    },
    "verify.kind.organiser": {
        "es": "organizador",
        "pt": "organizador",
        "en": "organiser",
        "fr": "organisateur",
    },
}
