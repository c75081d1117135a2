"""What the command line says about its work (listings stay English, for scripts)."""

TEXTS = {
    "cli.warning": {
        "es": "aviso: {message}",
        "pt": "aviso: {message}",
        "en": "warning: {message}",
        "fr": "avertissement : {message}",
    },
    "cli.demo_added": {
        "es": "Demo agregada: talleres {workshops}, personas {people}, participaciones "
        "{participations}, sesiones {slots}, marcas de asistencia {marks}.",
        "pt": "Demo adicionada: oficinas {workshops}, pessoas {people}, participações "
        "{participations}, sessões {slots}, marcações de presença {marks}.",
        "en": "Demo added: {workshops} workshops, {people} people, {participations} "
        "participations, {slots} sessions, {marks} attendance marks.",
        "fr": "Démo ajoutée : ateliers {workshops}, personnes {people}, participations "
        "{participations}, séances {slots}, pointages {marks}.",
    },
    "cli.wrote": {
        "es": "escrito: {path}",
        "pt": "gravado: {path}",
        "en": "wrote {path}",
        "fr": "écrit : {path}",
    },
    "cli.wrote_pages": {
        "es": "escrito: {path} (páginas: {pages})",
        "pt": "gravado: {path} (páginas: {pages})",
        "en": "wrote {path} ({pages} pages)",
        "fr": "écrit : {path} (pages : {pages})",
    },
    "cli.wrote_files": {
        "es": "escritos en {folder}: {count} archivos",
        "pt": "gravados em {folder}: {count} arquivos",
        "en": "wrote {count} files into {folder}",
        "fr": "écrits dans {folder} : {count} fichiers",
    },
    "cli.wrote_signin": {
        "es": "escrito: {path}: sesiones {sections}, páginas {pages}",
        "pt": "gravado: {path}: sessões {sections}, páginas {pages}",
        "en": "wrote {path}: {sections} session(s), {pages} page(s)",
        "fr": "écrit : {path} : séances {sections}, pages {pages}",
    },
    "cli.people_written": {
        "es": "personas escritas en {path}: {rows}",
        "pt": "pessoas gravadas em {path}: {rows}",
        "en": "{rows} people written to {path}",
        "fr": "personnes écrites dans {path} : {rows}",
    },
    "cli.statistics_written": {
        "es": "estadísticas escritas en {path}",
        "pt": "estatísticas gravadas em {path}",
        "en": "statistics written to {path}",
        "fr": "statistiques écrites dans {path}",
    },
    "cli.certificates_summary": {
        "es": "{code}, certificados de {kind}, plantilla {template}: emitidos {issued}, "
        "reutilizados {reused}, reemplazados {superseded}, bloqueados {blocked}, "
        "no elegibles {not_eligible}.",
        "pt": "{code}, certificados de {kind}, modelo {template}: emitidos {issued}, "
        "reutilizados {reused}, substituídos {superseded}, bloqueados {blocked}, "
        "não elegíveis {not_eligible}.",
        "en": "{code}, {kind} certificates, template {template}: {issued} issued, {reused} "
        "reused, {superseded} superseded, {blocked} blocked, {not_eligible} not eligible.",
        "fr": "{code}, attestations de {kind}, modèle {template} : délivrées {issued}, "
        "réutilisées {reused}, remplacées {superseded}, bloquées {blocked}, "
        "non éligibles {not_eligible}.",
    },
    "cli.certificate_blocked": {
        "es": "bloqueado: {name}: {reason}",
        "pt": "bloqueado: {name}: {reason}",
        "en": "blocked: {name}: {reason}",
        "fr": "bloqué : {name} : {reason}",
    },
    "cli.backup_before_import": {
        "es": "copia de seguridad antes de importar: {path}",
        "pt": "backup antes da importação: {path}",
        "en": "backup before import: {path}",
        "fr": "sauvegarde avant l'import : {path}",
    },
    "cli.dry_run": {
        "es": "  (simulación: no se escribió nada)",
        "pt": "  (simulação: nada foi gravado)",
        "en": "  (dry run: nothing written)",
        "fr": "  (simulation : rien n'a été écrit)",
    },
    "cli.report_saved": {
        "es": "informe guardado en {path}",
        "pt": "relatório salvo em {path}",
        "en": "report saved to {path}",
        "fr": "rapport enregistré dans {path}",
    },
    "cli.marks_changed": {
        "es": "marcas cambiadas: {changed}, sin cambios: {unchanged}, problemas: {problems}",
        "pt": "marcações alteradas: {changed}, sem alteração: {unchanged}, problemas: {problems}",
        "en": "{changed} mark(s) changed, {unchanged} unchanged, {problems} problem(s)",
        "fr": "pointages modifiés : {changed}, inchangés : {unchanged}, problèmes : {problems}",
    },
    "cli.marks_would_change": {
        "es": "marcas que cambiarían: {changed}, sin cambios: {unchanged}, problemas: {problems}",
        "pt": "marcações que mudariam: {changed}, sem alteração: {unchanged}, problemas: "
        "{problems}",
        "en": "{changed} mark(s) would change, {unchanged} unchanged, {problems} problem(s)",
        "fr": "pointages qui changeraient : {changed}, inchangés : {unchanged}, problèmes : "
        "{problems}",
    },
}
