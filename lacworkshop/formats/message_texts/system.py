"""Messages for what the operating system refuses, and the apology for a bug."""

TEXTS = {
    "os.no_such_file": {
        "es": "no existe el archivo o la carpeta: {path}",
        "pt": "arquivo ou pasta inexistente: {path}",
        "en": "no such file or folder: {path}",
        "fr": "fichier ou dossier introuvable : {path}",
    },
    "os.is_a_folder": {
        "es": "{path} es una carpeta, no un archivo",
        "pt": "{path} é uma pasta, não um arquivo",
        "en": "{path} is a folder, not a file",
        "fr": "{path} est un dossier, pas un fichier",
    },
    "os.permission_denied": {
        "es": "permiso denegado: {path}",
        "pt": "permissão negada: {path}",
        "en": "permission denied: {path}",
        "fr": "permission refusée : {path}",
    },
    "os.read_only": {
        "es": "{path} está en un disco de solo lectura",
        "pt": "{path} está em um disco somente leitura",
        "en": "{path} is on a read-only disk",
        "fr": "{path} se trouve sur un disque en lecture seule",
    },
    "os.disk_full": {
        "es": "el disco está lleno; no se pudo escribir {path}. Libere espacio e inténtelo "
        "de nuevo.",
        "pt": "o disco está cheio; não foi possível gravar {path}. Libere espaço e tente de novo.",
        "en": "the disk is full; {path} could not be written. Free some space and try again.",
        "fr": "le disque est plein ; {path} n'a pas pu être écrit. Libérez de la place et "
        "réessayez.",
    },
    "os.other": {
        "es": "{path}: {reason}",
        "pt": "{path}: {reason}",
        "en": "{path}: {reason}",
        "fr": "{path} : {reason}",
    },
    "os.permission_denied_any": {
        "es": "permiso denegado; compruebe los permisos de la carpeta y del archivo",
        "pt": "permissão negada; verifique as permissões da pasta e do arquivo",
        "en": "permission denied; check the permissions of the folder and the file",
        "fr": "permission refusée ; vérifiez les droits du dossier et du fichier",
    },
    "os.read_only_any": {
        "es": "el disco es de solo lectura; no se guardó nada",
        "pt": "o disco é somente leitura; nada foi gravado",
        "en": "the disk is read-only; nothing was saved",
        "fr": "le disque est en lecture seule ; rien n'a été enregistré",
    },
    "db.cannot_open": {
        "es": "No se pudo abrir ni crear un archivo de base de datos o de copia de seguridad; "
        "compruebe que su carpeta existe y se puede escribir.",
        "pt": "Não foi possível abrir nem criar um arquivo de banco de dados ou de backup; "
        "verifique se a pasta existe e permite gravação.",
        "en": "A database or backup file could not be opened or created; check that its "
        "folder exists and can be written to.",
        "fr": "Impossible d'ouvrir ou de créer un fichier de base de données ou de sauvegarde ; "
        "vérifiez que son dossier existe et est accessible en écriture.",
    },
    "bug.apology": {
        "es": "lacworkshop no pudo terminar lo que pidió. Sus datos están a salvo: no se "
        "guardó nada a medias. Los detalles se escribieron en {log}.",
        "pt": "O lacworkshop não conseguiu concluir o que você pediu. Seus dados estão "
        "seguros: nada foi gravado pela metade. Os detalhes foram escritos em {log}.",
        "en": "lacworkshop could not finish what you asked. Your data is safe: nothing "
        "half-done was saved. The details were written to {log}.",
        "fr": "lacworkshop n'a pas pu terminer ce que vous avez demandé. Vos données sont "
        "en sécurité : rien d'inachevé n'a été enregistré. Les détails sont dans {log}.",
    },
    "cli.interrupted": {
        "es": "interrumpido",
        "pt": "interrompido",
        "en": "interrupted",
        "fr": "interrompu",
    },
    "cli.error": {
        "es": "error: {message}",
        "pt": "erro: {message}",
        "en": "error: {message}",
        "fr": "erreur : {message}",
    },
}
