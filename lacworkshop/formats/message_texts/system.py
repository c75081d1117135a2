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
