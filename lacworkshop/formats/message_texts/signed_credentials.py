"""Messages about the organisation's signing key and signed certificates."""

TEXTS = {
    "keys.private_lost": {
        "es": "La clave privada de firma de la organización (huella {fingerprint}) ya no está "
        "en esta computadora: se vació el llavero del sistema o se borró su archivo. Los "
        "certificados ya emitidos se siguen verificando. Para emitir nuevos, cree una clave "
        "nueva: «lacworkshop keys rotate» o Preferencias > Nueva clave; los certificados "
        "nuevos se firman con ella y los antiguos siguen siendo válidos con la clave pública "
        "anterior.",
        "pt": "A chave privada de assinatura da organização (impressão digital {fingerprint}) "
        "não está mais neste computador: o chaveiro do sistema foi esvaziado ou seu arquivo "
        "foi apagado. Os certificados já emitidos continuam sendo verificados. Para emitir "
        "novos, crie uma chave nova: «lacworkshop keys rotate» ou Preferências > Nova chave; "
        "os certificados novos são assinados com ela e os antigos continuam válidos com a "
        "chave pública anterior.",
        "en": "The organisation's private signing key (fingerprint {fingerprint}) is no longer "
        "on this computer: the system keyring was emptied or its file was removed. "
        "Certificates already issued still verify. To issue new ones, make a new key: "
        "'lacworkshop keys rotate' or Preferences > New key; new certificates are signed "
        "with it and old ones stay valid with the earlier public key.",
        "fr": "La clé privée de signature de l’organisation (empreinte {fingerprint}) n’est "
        "plus sur cet ordinateur\u00a0: le trousseau du système a été vidé ou son fichier "
        "supprimé. Les attestations déjà délivrées restent vérifiables. Pour en délivrer de "
        "nouvelles, créez une nouvelle clé\u00a0: «\u00a0lacworkshop keys rotate\u00a0» ou "
        "Préférences > Nouvelle clé\u00a0; les nouvelles attestations sont signées avec elle "
        "et les anciennes restent valides avec la clé publique précédente.",
    },
    "keys.verify_url": {
        "es": "'{url}' no sirve como dirección de verificación: escriba una dirección web "
        "completa (https://...) sin espacios ni '#', de {limit} caracteres como máximo.",
        "pt": "'{url}' não serve como endereço de verificação: escreva um endereço web "
        "completo (https://...) sem espaços nem '#', com no máximo {limit} caracteres.",
        "en": "'{url}' cannot serve as the verification address: write a full web address "
        "(https://...) with no spaces or '#', at most {limit} characters long.",
        "fr": "'{url}' ne peut pas servir d’adresse de vérification\u00a0: écrivez une adresse "
        "web complète (https://...) sans espace ni '#', de {limit} caractères au plus.",
    },
    "keys.public_key_file": {
        "es": "{path} no contiene una clave pública Ed25519 (un archivo .pem exportado con "
        "«lacworkshop keys export-public» o un keys.json publicado).",
        "pt": "{path} não contém uma chave pública Ed25519 (um arquivo .pem exportado com "
        "«lacworkshop keys export-public» ou um keys.json publicado).",
        "en": "{path} holds no Ed25519 public key (a .pem file exported with 'lacworkshop "
        "keys export-public', or a published keys.json).",
        "fr": "{path} ne contient aucune clé publique Ed25519 (un fichier .pem exporté avec "
        "«\u00a0lacworkshop keys export-public\u00a0» ou un keys.json publié).",
    },
    "verify.payload_damaged": {
        "es": "NO VÁLIDO: el texto no es un certificado firmado completo; está dañado o "
        "incompleto.",
        "pt": "INVÁLIDO: o texto não é um certificado assinado completo; está danificado ou "
        "incompleto.",
        "en": "INVALID: the text is not a complete signed certificate; it is damaged or "
        "incomplete.",
        "fr": "NON VALIDE\u00a0: le texte n’est pas une attestation signée complète\u00a0; il "
        "est endommagé ou incomplet.",
    },
    "verify.unknown_key": {
        "es": "NO VÁLIDO: el certificado {code} dice estar firmado con la clave {fingerprint}, "
        "que no es una clave de esta organización.",
        "pt": "INVÁLIDO: o certificado {code} diz estar assinado com a chave {fingerprint}, "
        "que não é uma chave desta organização.",
        "en": "INVALID: certificate {code} claims to be signed with key {fingerprint}, which "
        "is not one of this organisation's keys.",
        "fr": "NON VALIDE\u00a0: l’attestation {code} se dit signée avec la clé "
        "{fingerprint}, qui n’est pas une clé de cette organisation.",
    },
    "verify.bad_signature": {
        "es": "NO VÁLIDO: la firma del certificado {code} no corresponde a su contenido: el "
        "texto fue alterado.",
        "pt": "INVÁLIDO: a assinatura do certificado {code} não corresponde ao seu conteúdo: "
        "o texto foi alterado.",
        "en": "INVALID: the signature of certificate {code} does not match its contents: the "
        "text was altered.",
        "fr": "NON VALIDE\u00a0: la signature de l’attestation {code} ne correspond pas à son "
        "contenu\u00a0: le texte a été modifié.",
    },
    "verify.signature_only": {
        "es": "FIRMA VÁLIDA: el certificado {code} (versión {version}) fue firmado con la "
        "clave {fingerprint}. Sin el registro no se sabe si fue revocado después; consulte "
        "la lista de revocación publicada.",
        "pt": "ASSINATURA VÁLIDA: o certificado {code} (versão {version}) foi assinado com a "
        "chave {fingerprint}. Sem o registro não se sabe se foi revogado depois; consulte a "
        "lista de revogação publicada.",
        "en": "VALID SIGNATURE: certificate {code} (version {version}) was signed with key "
        "{fingerprint}. Without the register, whether it was revoked since is not known; "
        "see the published revocation list.",
        "fr": "SIGNATURE VALIDE\u00a0: l’attestation {code} (version {version}) a été signée "
        "avec la clé {fingerprint}. Sans le registre, on ne sait pas si elle a été révoquée "
        "depuis\u00a0; voir la liste de révocation publiée.",
    },
    "verify.certified": {
        "es": "Certifica: {kind} de {name} en {workshop} «{title}», del {first_day} al "
        "{last_day}{hours}. Emisor: {issuer}. Clave: {fingerprint}.",
        "pt": "Certifica: {kind} de {name} em {workshop} «{title}», de {first_day} a "
        "{last_day}{hours}. Emissor: {issuer}. Chave: {fingerprint}.",
        "en": "Certifies: {kind} of {name} in {workshop} '{title}', {first_day} to "
        "{last_day}{hours}. Issuer: {issuer}. Key: {fingerprint}.",
        "fr": "Atteste\u00a0: {kind} de {name} à {workshop} «\u00a0{title}\u00a0», du "
        "{first_day} au {last_day}{hours}. Émetteur\u00a0: {issuer}. Clé\u00a0: "
        "{fingerprint}.",
    },
    "verify.certified_hours": {
        "es": ", {hours} horas",
        "pt": ", {hours} horas",
        "en": ", {hours} hours",
        "fr": ", {hours}\u00a0heures",
    },
    "verify.no_qr": {
        "es": "No se encontró ningún código QR de certificado en {path}.",
        "pt": "Nenhum código QR de certificado foi encontrado em {path}.",
        "en": "No certificate QR code was found in {path}.",
        "fr": "Aucun code QR d’attestation n’a été trouvé dans {path}.",
    },
    "verify.unreadable_file": {
        "es": "{path} no es un PDF, una imagen ni una credencial que se pueda leer.",
        "pt": "{path} não é um PDF, uma imagem nem uma credencial que se possa ler.",
        "en": "{path} is not a PDF, an image or a credential that can be read.",
        "fr": "{path} n’est ni un PDF, ni une image, ni une attestation numérique lisible.",
    },
    "verify.file_too_large": {
        "es": "{path} es demasiado grande para ser un certificado ({size} MB; máximo {limit} MB).",
        "pt": "{path} é grande demais para ser um certificado ({size} MB; máximo {limit} MB).",
        "en": "{path} is too large to be a certificate ({size} MB; at most {limit} MB).",
        "fr": "{path} est trop volumineux pour une attestation ({size}\u00a0Mo\u00a0; au plus "
        "{limit}\u00a0Mo).",
    },
    "verify.credential_bad": {
        "es": "NO VÁLIDO: la credencial no está firmada por una clave de esta organización o "
        "fue alterada.",
        "pt": "INVÁLIDO: a credencial não está assinada por uma chave desta organização ou foi "
        "alterada.",
        "en": "INVALID: the credential is not signed by one of this organisation's keys, or it "
        "was altered.",
        "fr": "NON VALIDE\u00a0: l’attestation numérique n’est pas signée par une clé de cette "
        "organisation, ou elle a été modifiée.",
    },
    "verify.credential_valid": {
        "es": "CREDENCIAL VÁLIDA: Open Badge del certificado {code} (versión {version}), "
        "firmada con la clave {fingerprint}.",
        "pt": "CREDENCIAL VÁLIDA: Open Badge do certificado {code} (versão {version}), "
        "assinada com a chave {fingerprint}.",
        "en": "VALID CREDENTIAL: Open Badge of certificate {code} (version {version}), signed "
        "with key {fingerprint}.",
        "fr": "ATTESTATION NUMÉRIQUE VALIDE\u00a0: Open Badge de l’attestation {code} "
        "(version {version}), signée avec la clé {fingerprint}.",
    },
    "verify.needs_register": {
        "es": "Solo un texto firmado (LW2...) se verifica con la clave pública; un código o un "
        "texto QR antiguo necesita el registro: quite --public-key.",
        "pt": "Só um texto assinado (LW2...) é verificado com a chave pública; um código ou um "
        "texto QR antigo precisa do registro: retire --public-key.",
        "en": "Only a signed text (LW2...) verifies with the public key; a code or an older QR "
        "text needs the register: leave out --public-key.",
        "fr": "Seul un texte signé (LW2...) se vérifie avec la clé publique ; un code ou un "
        "ancien texte QR demande le registre : retirez --public-key.",
    },
}
