"""Messages about the database file, its lock and its folder."""

TEXTS = {
    "db.folder_failed": {
        "es": "No se puede crear la carpeta de {path}: {reason}",
        "pt": "Não é possível criar a pasta de {path}: {reason}",
        "en": "Cannot create the folder for {path}: {reason}",
        "fr": "Impossible de créer le dossier de {path} : {reason}",
    },
    "db.locked": {
        "es": "La base de datos {path} ya está abierta en otra ventana de lacworkshop{holder}. "
        "Ciérrela allí primero.",
        "pt": "O banco de dados {path} já está aberto em outra janela do lacworkshop{holder}. "
        "Feche-o lá primeiro.",
        "en": "The database {path} is already open in another lacworkshop window{holder}. "
        "Close it there first.",
        "fr": "La base de données {path} est déjà ouverte dans une autre fenêtre de "
        "lacworkshop{holder}. Fermez-la d'abord.",
    },
    "db.lock_holder": {
        "es": " (proceso {pid} en {host})",
        "pt": " (processo {pid} em {host})",
        "en": " (process {pid} on {host})",
        "fr": " (processus {pid} sur {host})",
    },
    "db.not_sqlite": {
        "es": "{path} no es una base de datos de lacworkshop (no es un archivo SQLite).",
        "pt": "{path} não é um banco de dados do lacworkshop (não é um arquivo SQLite).",
        "en": "{path} is not a lacworkshop database (not a SQLite file).",
        "fr": "{path} n'est pas une base de données lacworkshop (ce n'est pas un fichier SQLite).",
    },
    "db.unreadable": {
        "es": "{path} no es una base de datos legible: {reason}",
        "pt": "{path} não é um banco de dados legível: {reason}",
        "en": "{path} is not a readable database: {reason}",
        "fr": "{path} n'est pas une base de données lisible : {reason}",
    },
    "db.foreign_sqlite": {
        "es": "{path} es un archivo SQLite pero no una base de datos de lacworkshop; "
        "no se modificó.",
        "pt": "{path} é um arquivo SQLite, mas não um banco de dados do lacworkshop; "
        "não foi modificado.",
        "en": "{path} is a SQLite file but not a lacworkshop database; it was left untouched.",
        "fr": "{path} est un fichier SQLite mais pas une base de données lacworkshop ; "
        "il n'a pas été modifié.",
    },
    "db.too_new": {
        "es": "{path} fue escrita por una versión más reciente de lacworkshop (esquema "
        "{schema}). Actualice lacworkshop para abrirla; el archivo no se modificó.",
        "pt": "{path} foi gravado por uma versão mais nova do lacworkshop (esquema {schema}). "
        "Atualize o lacworkshop para abri-lo; o arquivo não foi modificado.",
        "en": "{path} was written by a newer version of lacworkshop (schema {schema}). "
        "Update lacworkshop to open it; the file was left untouched.",
        "fr": "{path} a été écrite par une version plus récente de lacworkshop (schéma "
        "{schema}). Mettez lacworkshop à jour pour l'ouvrir ; le fichier n'a pas été modifié.",
    },
    "db.read_only": {
        "es": "La base de datos es de solo lectura; no se guardó nada. Compruebe los permisos "
        "del archivo y de su carpeta.",
        "pt": "O banco de dados é somente leitura; nada foi gravado. Verifique as permissões "
        "do arquivo e da sua pasta.",
        "en": "The database is read-only; nothing was saved. Check the permissions of the "
        "file and its folder.",
        "fr": "La base de données est en lecture seule ; rien n'a été enregistré. Vérifiez "
        "les droits du fichier et de son dossier.",
    },
    "db.busy": {
        "es": "La base de datos está ocupada por otro proceso; inténtelo de nuevo en un momento.",
        "pt": "O banco de dados está ocupado por outro processo; tente de novo em instantes.",
        "en": "The database is busy in another process; try again in a moment.",
        "fr": "La base de données est occupée par un autre processus ; réessayez dans un instant.",
    },
    "db.damaged": {
        "es": "La base de datos está dañada y no se puede usar; restaure la última copia "
        "de seguridad.",
        "pt": "O banco de dados está danificado e não pode ser usado; restaure o backup "
        "mais recente.",
        "en": "The database is damaged and cannot be used; restore the latest backup.",
        "fr": "La base de données est endommagée et inutilisable ; restaurez la dernière "
        "sauvegarde.",
    },
    "db.disk_full": {
        "es": "El disco está lleno; no se guardó nada. Libere espacio e inténtelo de nuevo.",
        "pt": "O disco está cheio; nada foi gravado. Libere espaço e tente de novo.",
        "en": "The disk is full; nothing was saved. Free some space and try again.",
        "fr": "Le disque est plein ; rien n'a été enregistré. Libérez de la place et réessayez.",
    },
}
