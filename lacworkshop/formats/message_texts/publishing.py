"""Messages of publishing the verification folder."""

TEXTS = {
    "publish.not_a_folder": {
        "es": "{path} es un archivo; la publicación se escribe en una carpeta.",
        "pt": "{path} é um arquivo; a publicação é gravada em uma pasta.",
        "en": "{path} is a file; the publication is written into a folder.",
        "fr": "{path} est un fichier ; la publication s’écrit dans un dossier.",
    },
    "publish.folder_not_ours": {
        "es": "La carpeta {path} contiene otros archivos; elija una carpeta vacía o una "
        "publicación anterior, que se reemplaza entera.",
        "pt": "A pasta {path} contém outros arquivos; escolha uma pasta vazia ou uma "
        "publicação anterior, que é substituída por inteiro.",
        "en": "The folder {path} holds other files; choose an empty folder or an earlier "
        "publication, which is replaced whole.",
        "fr": "Le dossier {path} contient d’autres fichiers ; choisissez un dossier vide ou "
        "une publication précédente, qui est remplacée en entier.",
    },
    "publish.no_workshops": {
        "es": "No hay talleres que publicar.",
        "pt": "Não há oficinas para publicar.",
        "en": "There are no workshops to publish.",
        "fr": "Il n’y a aucun atelier à publier.",
    },
    "publish.no_status_list": {
        "es": "sin la lista de estado de las credenciales (status/): {reason}",
        "pt": "sem a lista de status das credenciais (status/): {reason}",
        "en": "without the credentials' status list (status/): {reason}",
        "fr": "sans la liste d’état des attestations (status/) : {reason}",
    },
    "publish.done": {
        "es": "Publicado en {folder}: talleres {workshops}, certificados listados {listed}, "
        "omitidos sin consentimiento para figurar {left_out}, revocados {revoked}.",
        "pt": "Publicado em {folder}: oficinas {workshops}, certificados listados {listed}, "
        "omitidos sem consentimento para constar {left_out}, revogados {revoked}.",
        "en": "Published into {folder}: {workshops} workshops, {listed} certificates listed, "
        "{left_out} left out (no consent to being listed), {revoked} revoked.",
        "fr": "Publié dans {folder} : ateliers {workshops}, certificats listés {listed}, "
        "omis faute de consentement à figurer {left_out}, révoqués {revoked}.",
    },
}
