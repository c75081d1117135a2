"""Words of the published verification page (verify.html), in the page's four languages.

Placeholders in braces are filled by the page's own script, not by Python.
"""

TEXTS = {
    "verify_page.title": {
        "es": "Verificar un certificado",
        "pt": "Verificar um certificado",
        "en": "Verify a certificate",
        "fr": "Vérifier un certificat",
    },
    "verify_page.issued_by": {
        "es": "Certificados emitidos por {issuer}",
        "pt": "Certificados emitidos por {issuer}",
        "en": "Certificates issued by {issuer}",
        "fr": "Certificats délivrés par {issuer}",
    },
    "verify_page.intro": {
        "es": "Escriba el código impreso en el certificado o pegue el texto de su código QR.",
        "pt": "Digite o código impresso no certificado ou cole o texto do seu código QR.",
        "en": "Type the code printed on the certificate, or paste the text of its QR code.",
        "fr": "Saisissez le code imprimé sur le certificat ou collez le texte de son code QR.",
    },
    "verify_page.input_label": {
        "es": "Código o texto del QR",
        "pt": "Código ou texto do QR",
        "en": "Code or QR text",
        "fr": "Code ou texte du QR",
    },
    "verify_page.check": {
        "es": "Verificar",
        "pt": "Verificar",
        "en": "Check",
        "fr": "Vérifier",
    },
    "verify_page.language": {
        "es": "Idioma",
        "pt": "Idioma",
        "en": "Language",
        "fr": "Langue",
    },
    "verify_page.valid": {
        "es": "Certificado válido",
        "pt": "Certificado válido",
        "en": "Valid certificate",
        "fr": "Certificat valide",
    },
    "verify_page.valid_signed": {
        "es": "La firma corresponde a la clave de {issuer} y el certificado no fue revocado.",
        "pt": "A assinatura corresponde à chave de {issuer} e o certificado não foi revogado.",
        "en": "The signature matches the key of {issuer} and the certificate has not been revoked.",
        "fr": "La signature correspond à la clé de {issuer} et le certificat n’a pas été révoqué.",
    },
    "verify_page.valid_listed": {
        "es": "Este código figura como válido en la lista publicada por {issuer}.",
        "pt": "Este código consta como válido na lista publicada por {issuer}.",
        "en": "This code is listed as valid by {issuer}.",
        "fr": "Ce code figure comme valide dans la liste publiée par {issuer}.",
    },
    "verify_page.invalid": {
        "es": "No válido",
        "pt": "Inválido",
        "en": "Not valid",
        "fr": "Non valide",
    },
    "verify_page.bad_signature": {
        "es": "La firma no corresponde: el texto fue alterado o no lo firmó {issuer}.",
        "pt": "A assinatura não confere: o texto foi alterado ou não foi assinado por {issuer}.",
        "en": "The signature does not match: the text was altered or was not signed by {issuer}.",
        "fr": "La signature ne correspond pas : le texte a été modifié ou n’a pas été signé "
        "par {issuer}.",
    },
    "verify_page.bad_format": {
        "es": "Este texto no es el de un código QR de certificado (está incompleto o alterado).",
        "pt": "Este texto não é o de um código QR de certificado (está incompleto ou alterado).",
        "en": "This is not the text of a certificate’s QR code (it is incomplete or altered).",
        "fr": "Ce texte n’est pas celui du code QR d’un certificat (il est incomplet ou modifié).",
    },
    "verify_page.unknown_key": {
        "es": "Fue firmado con una clave que {issuer} no publicó ({kid}).",
        "pt": "Foi assinado com uma chave que {issuer} não publicou ({kid}).",
        "en": "It was signed with a key {issuer} has not published ({kid}).",
        "fr": "Il a été signé avec une clé que {issuer} n’a pas publiée ({kid}).",
    },
    "verify_page.revoked": {
        "es": "Revocado",
        "pt": "Revogado",
        "en": "Revoked",
        "fr": "Révoqué",
    },
    "verify_page.revoked_on": {
        "es": "{issuer} revocó este certificado el {date}.",
        "pt": "{issuer} revogou este certificado em {date}.",
        "en": "{issuer} revoked this certificate on {date}.",
        "fr": "{issuer} a révoqué ce certificat le {date}.",
    },
    "verify_page.superseded": {
        "es": "Reemplazado por una versión más reciente",
        "pt": "Substituído por uma versão mais recente",
        "en": "Replaced by a newer version",
        "fr": "Remplacé par une version plus récente",
    },
    "verify_page.superseded_by": {
        "es": "Lo reemplaza el certificado {code}, versión {version}.",
        "pt": "É substituído pelo certificado {code}, versão {version}.",
        "en": "Certificate {code}, version {version}, replaces it.",
        "fr": "Le certificat {code}, version {version}, le remplace.",
    },
    "verify_page.superseded_none": {
        "es": "Una versión más reciente lo reemplazó, y ya no es válida.",
        "pt": "Uma versão mais recente o substituiu, e ela já não é válida.",
        "en": "A newer version replaced it, and that one is no longer valid either.",
        "fr": "Une version plus récente l’a remplacé, et elle n’est plus valide non plus.",
    },
    "verify_page.mistyped": {
        "es": "Código mal escrito",
        "pt": "Código digitado errado",
        "en": "Mistyped code",
        "fr": "Code mal saisi",
    },
    "verify_page.mistyped_detail": {
        "es": "Un código tiene 12 caracteres (como 7KQ2-M9XD-4HBR); revise cada uno.",
        "pt": "Um código tem 12 caracteres (como 7KQ2-M9XD-4HBR); confira cada um.",
        "en": "A code has 12 characters (like 7KQ2-M9XD-4HBR); check each of them.",
        "fr": "Un code compte 12 caractères (comme 7KQ2-M9XD-4HBR) ; vérifiez chacun d’eux.",
    },
    "verify_page.not_listed": {
        "es": "No figura en la lista pública",
        "pt": "Não consta da lista pública",
        "en": "Not in the public list",
        "fr": "Absent de la liste publique",
    },
    "verify_page.not_listed_detail": {
        "es": "El código {code} no figura aquí. Puede que su titular no haya aceptado "
        "figurar en la lista: escanee el código QR del certificado para verificarlo.",
        "pt": "O código {code} não consta aqui. Talvez o titular não tenha aceitado constar "
        "da lista: escaneie o código QR do certificado para verificá-lo.",
        "en": "The code {code} is not listed here. Its holder may not have agreed to be "
        "listed: scan the certificate’s QR code to check it.",
        "fr": "Le code {code} ne figure pas ici. Son titulaire n’a peut-être pas accepté "
        "d’être listé : scannez le code QR du certificat pour le vérifier.",
    },
    "verify_page.no_data": {
        "es": "Falta el archivo data.js junto a esta página: no se puede verificar nada.",
        "pt": "Falta o arquivo data.js ao lado desta página: nada pode ser verificado.",
        "en": "The file data.js is missing beside this page: nothing can be checked.",
        "fr": "Le fichier data.js manque à côté de cette page : rien ne peut être vérifié.",
    },
    "verify_page.no_crypto": {
        "es": "Este navegador no puede verificar firmas Ed25519; use un navegador actualizado.",
        "pt": "Este navegador não consegue verificar assinaturas Ed25519; use um navegador "
        "atualizado.",
        "en": "This browser cannot check Ed25519 signatures; please use an up-to-date browser.",
        "fr": "Ce navigateur ne sait pas vérifier les signatures Ed25519 ; utilisez un "
        "navigateur à jour.",
    },
    "verify_page.field.name": {
        "es": "Nombre",
        "pt": "Nome",
        "en": "Name",
        "fr": "Nom",
    },
    "verify_page.field.workshop": {
        "es": "Taller",
        "pt": "Oficina",
        "en": "Workshop",
        "fr": "Atelier",
    },
    "verify_page.field.dates": {
        "es": "Fechas",
        "pt": "Datas",
        "en": "Dates",
        "fr": "Dates",
    },
    "verify_page.field.hours": {
        "es": "Horas",
        "pt": "Horas",
        "en": "Hours",
        "fr": "Heures",
    },
    "verify_page.field.kind": {
        "es": "Tipo",
        "pt": "Tipo",
        "en": "Kind",
        "fr": "Type",
    },
    "verify_page.field.issuer": {
        "es": "Emitido por",
        "pt": "Emitido por",
        "en": "Issued by",
        "fr": "Délivré par",
    },
    "verify_page.field.code": {
        "es": "Código",
        "pt": "Código",
        "en": "Code",
        "fr": "Code",
    },
    "verify_page.field.key": {
        "es": "Clave",
        "pt": "Chave",
        "en": "Key",
        "fr": "Clé",
    },
    "verify_page.code_version": {
        "es": "{code}, versión {version}",
        "pt": "{code}, versão {version}",
        "en": "{code}, version {version}",
        "fr": "{code}, version {version}",
    },
    "verify_page.kind.participation": {
        "es": "Participación",
        "pt": "Participação",
        "en": "Participation",
        "fr": "Participation",
    },
    "verify_page.kind.completion": {
        "es": "Aprobación",
        "pt": "Conclusão",
        "en": "Completion",
        "fr": "Réussite",
    },
    "verify_page.kind.trainer": {
        "es": "Instructor",
        "pt": "Instrutor",
        "en": "Trainer",
        "fr": "Formateur",
    },
    "verify_page.keys_heading": {
        "es": "Claves públicas de {issuer}",
        "pt": "Chaves públicas de {issuer}",
        "en": "Public keys of {issuer}",
        "fr": "Clés publiques de {issuer}",
    },
    "verify_page.key_since": {
        "es": "{fingerprint}, en uso desde el {created}",
        "pt": "{fingerprint}, em uso desde {created}",
        "en": "{fingerprint}, in use since {created}",
        "fr": "{fingerprint}, utilisée depuis le {created}",
    },
    "verify_page.key_retired": {
        "es": "{fingerprint}, en uso del {created} al {retired}",
        "pt": "{fingerprint}, em uso de {created} a {retired}",
        "en": "{fingerprint}, in use from {created} to {retired}",
        "fr": "{fingerprint}, utilisée du {created} au {retired}",
    },
    "verify_page.published": {
        "es": "Lista publicada el {date}.",
        "pt": "Lista publicada em {date}.",
        "en": "List published on {date}.",
        "fr": "Liste publiée le {date}.",
    },
    "verify_page.privacy": {
        "es": "La verificación se hace en su navegador con la clave pública de {issuer}: "
        "lo que escribe no sale de esta página.",
        "pt": "A verificação é feita no seu navegador com a chave pública de {issuer}: o que "
        "você digita não sai desta página.",
        "en": "The check runs in your browser with the public key of {issuer}: nothing you "
        "type leaves this page.",
        "fr": "La vérification se fait dans votre navigateur avec la clé publique de "
        "{issuer} : rien de ce que vous saisissez ne quitte cette page.",
    },
}
