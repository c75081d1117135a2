"""What issuing certificates says: the plan of a dry run, who got nothing and why."""

_NB = "\u00a0"

TEXTS = {
    "certificate.before_end": {
        "es": "La última sesión del taller termina el {ends}: los certificados emitidos ahora "
        "darían fe de lo que aún no ocurrió. Confirme para emitirlos antes del final "
        "(en la línea de comandos: --before-end).",
        "pt": "A última sessão da oficina termina em {ends}: os certificados emitidos agora "
        "atestariam o que ainda não aconteceu. Confirme para emiti-los antes do fim "
        "(na linha de comando: --before-end).",
        "en": "The workshop's last session ends {ends}: certificates issued now would attest "
        "what has not happened. Confirm to issue before the end (command line: --before-end).",
        "fr": f"La dernière séance de l’atelier se termine le {{ends}}{_NB}: des attestations "
        "délivrées maintenant certifieraient ce qui n’a pas encore eu lieu. Confirmez pour les "
        "délivrer avant la fin (en ligne de commande" + _NB + ": --before-end).",
    },
    "cli.certificates_output_or_dry_run": {
        "es": "indique dónde escribir: -o FILE.pdf, --per-person DIR o --zip FILE "
        "(o --dry-run para solo listar)",
        "pt": "indique onde gravar: -o FILE.pdf, --per-person DIR ou --zip FILE "
        "(ou --dry-run para só listar)",
        "en": "say where to write: -o FILE.pdf, --per-person DIR or --zip FILE "
        "(or --dry-run to only list)",
        "fr": f"indiquez où écrire{_NB}: -o FILE.pdf, --per-person DIR ou --zip FILE "
        "(ou --dry-run pour seulement lister)",
    },
    "cli.certificates_issued": {
        "es": "{code}, certificados de {kind}, plantilla {template}: emitidos {issued}, "
        "reutilizados {reused}, reimpresos {reprinted}, reemplazados {superseded}, "
        "bloqueados {blocked}, no elegibles {not_eligible}.",
        "pt": "{code}, certificados de {kind}, modelo {template}: emitidos {issued}, "
        "reutilizados {reused}, reimpressos {reprinted}, substituídos {superseded}, "
        "bloqueados {blocked}, não elegíveis {not_eligible}.",
        "en": "{code}, {kind} certificates, template {template}: {issued} issued, {reused} "
        "reused, {reprinted} reprinted, {superseded} superseded, {blocked} blocked, "
        "{not_eligible} not eligible.",
        "fr": f"{{code}}, attestations de {{kind}}, modèle {{template}}{_NB}: délivrées "
        "{issued}, réutilisées {reused}, réimprimées {reprinted}, remplacées {superseded}, "
        "bloquées {blocked}, non éligibles {not_eligible}.",
    },
    "cli.certificates_plan": {
        "es": "{code}, certificados de {kind}, plantilla {template}: se emitirían {issued}, "
        "reutilizados {reused}, se reimprimirían {reprinted}, se reemplazarían {superseded}, "
        "bloqueados {blocked}, no elegibles {not_eligible}. No se escribió nada (simulación).",
        "pt": "{code}, certificados de {kind}, modelo {template}: seriam emitidos {issued}, "
        "reutilizados {reused}, seriam reimpressos {reprinted}, seriam substituídos "
        "{superseded}, bloqueados {blocked}, não elegíveis {not_eligible}. Nada foi gravado "
        "(simulação).",
        "en": "{code}, {kind} certificates, template {template}: {issued} would be issued, "
        "{reused} reused, {reprinted} would be reprinted, {superseded} would be superseded, "
        "{blocked} blocked, {not_eligible} not eligible. Nothing was written (dry run).",
        "fr": f"{{code}}, attestations de {{kind}}, modèle {{template}}{_NB}: seraient "
        "délivrées {issued}, réutilisées {reused}, seraient réimprimées {reprinted}, "
        "seraient remplacées {superseded}, bloquées {blocked}, non éligibles {not_eligible}. "
        "Rien n’a été écrit (simulation).",
    },
    "cli.plan_issue_new": {
        "es": "emitir: {name} (certificado nuevo)",
        "pt": "emitir: {name} (certificado novo)",
        "en": "issue: {name} (new certificate)",
        "fr": f"délivrer{_NB}: {{name}} (nouvelle attestation)",
    },
    "cli.plan_issue_version": {
        "es": "emitir: {name} ({code}, versión {version})",
        "pt": "emitir: {name} ({code}, versão {version})",
        "en": "issue: {name} ({code}, version {version})",
        "fr": f"délivrer{_NB}: {{name}} ({{code}}, version {{version}})",
    },
    "cli.plan_reprint": {
        "es": "reimprimir: {name} ({code}, {language}, {template})",
        "pt": "reimprimir: {name} ({code}, {language}, {template})",
        "en": "reprint: {name} ({code}, {language}, {template})",
        "fr": f"réimprimer{_NB}: {{name}} ({{code}}, {{language}}, {{template}})",
    },
    "cli.plan_supersede": {
        "es": "reemplazar: {name} ({code}, versión {version})",
        "pt": "substituir: {name} ({code}, versão {version})",
        "en": "supersede: {name} ({code}, version {version})",
        "fr": f"remplacer{_NB}: {{name}} ({{code}}, version {{version}})",
    },
    "cli.plan_unchanged": {
        "es": "sin cambios: {name} ({code})",
        "pt": "sem mudanças: {name} ({code})",
        "en": "unchanged: {name} ({code})",
        "fr": f"inchangée{_NB}: {{name}} ({{code}})",
    },
    "cli.certificate_not_eligible": {
        "es": "no elegible: {name}: {reason}",
        "pt": "não elegível: {name}: {reason}",
        "en": "not eligible: {name}: {reason}",
        "fr": f"non éligible{_NB}: {{name}}{_NB}: {{reason}}",
    },
    "cli.certificate_warning": {
        "es": "aviso: {name}: {reason}",
        "pt": "aviso: {name}: {reason}",
        "en": "warning: {name}: {reason}",
        "fr": f"avertissement{_NB}: {{name}}{_NB}: {{reason}}",
    },
}
