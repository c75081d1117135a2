"""Messages of restoring a database from one of its backups."""

TEXTS = {
    "restore.need_yes": {
        "es": "agregue --yes para reemplazar la base de datos sin que se le pregunte",
        "pt": "acrescente --yes para substituir o banco de dados sem confirmação",
        "en": "add --yes to replace the database without being asked",
        "fr": "ajoutez --yes pour remplacer la base de données sans confirmation",
    },
    "restore.no_such_backup": {
        "es": "no existe la copia de seguridad {backup}",
        "pt": "o backup {backup} não existe",
        "en": "no such backup: {backup}",
        "fr": "la sauvegarde {backup} n'existe pas",
    },
    "restore.backup_failed_check": {
        "es": "{backup} no pasó su verificación y no se puede restaurar.",
        "pt": "{backup} falhou na verificação e não pode ser restaurado.",
        "en": "{backup} failed its check and cannot be restored.",
        "fr": "{backup} a échoué à sa vérification et ne peut pas être restaurée.",
    },
    "restore.not_ours": {
        "es": "{backup} no es una base de datos de lacworkshop.",
        "pt": "{backup} não é um banco de dados do lacworkshop.",
        "en": "{backup} is not a lacworkshop database.",
        "fr": "{backup} n'est pas une base de données lacworkshop.",
    },
    "restore.backup_too_new": {
        "es": "{backup} fue escrita por una versión más nueva de lacworkshop (esquema {schema}).",
        "pt": "{backup} foi gravado por uma versão mais nova do lacworkshop (esquema {schema}).",
        "en": "{backup} was written by a newer version of lacworkshop (schema {schema}).",
        "fr": "{backup} a été écrite par une version plus récente de lacworkshop (schéma {schema}).",
    },
    "restore.no_good_backup": {
        "es": "no se encontró ninguna copia de seguridad correcta de {path}.",
        "pt": "nenhum backup íntegro de {path} foi encontrado.",
        "en": "no good backup of {path} was found.",
        "fr": "aucune sauvegarde intacte de {path} n'a été trouvée.",
    },
    "restore.summary": {
        "es": "copia {backup} del {when}{reason}: {workshops} taller(es), {people} persona(s), "
        "{certificates} certificado(s); verificación: {check}",
        "pt": "backup {backup} de {when}{reason}: {workshops} oficina(s), {people} pessoa(s), "
        "{certificates} certificado(s); verificação: {check}",
        "en": "backup {backup} of {when}{reason}: {workshops} workshop(s), {people} people, "
        "{certificates} certificate(s); check {check}",
        "fr": "sauvegarde {backup} du {when}{reason}\u00a0: {workshops} atelier(s), "
        "{people} personne(s), {certificates} attestation(s)\u00a0; vérification\u00a0: {check}",
    },
    "restore.unknown_date": {
        "es": "fecha desconocida",
        "pt": "data desconhecida",
        "en": "unknown date",
        "fr": "date inconnue",
    },
    "restore.check_ok": {"es": "correcta", "pt": "ok", "en": "ok", "fr": "intacte"},
    "restore.check_failed": {
        "es": "FALLIDA",
        "pt": "FALHOU",
        "en": "FAILED",
        "fr": "ÉCHEC",
    },
    "restore.ask": {
        "es": "¿Reemplazar {path} por esta copia? [s/N] ",
        "pt": "Substituir {path} por este backup? [s/N] ",
        "en": "Replace {path} with this backup? [y/N] ",
        "fr": "Remplacer {path} par cette sauvegarde\u00a0? [o/N] ",
    },
    "restore.nothing_changed": {
        "es": "no se modificó nada",
        "pt": "nada foi alterado",
        "en": "nothing was changed",
        "fr": "rien n'a été modifié",
    },
    "restore.previous_kept": {
        "es": "la base de datos tal como estaba se conserva en {path}",
        "pt": "o banco de dados como estava foi guardado em {path}",
        "en": "the database as it was is kept as {path}",
        "fr": "la base de données telle qu'elle était est conservée dans {path}",
    },
    "restore.done": {
        "es": "{path} restaurada desde {backup}",
        "pt": "{path} restaurado a partir de {backup}",
        "en": "restored {path} from {backup}",
        "fr": "{path} restaurée depuis {backup}",
    },
}
