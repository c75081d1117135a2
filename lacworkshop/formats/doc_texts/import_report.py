"""Words of the import summary report."""

TEXTS = {
    "import_report.title": {
        "es": "Resumen de importación",
        "pt": "Resumo da importação",
        "en": "Import summary",
        "fr": "Résumé de l’importation",
    },
    "import_report.sheet_summary": {
        "es": "Resumen",
        "pt": "Resumo",
        "en": "Summary",
        "fr": "Résumé",
    },
    "import_report.sheet_rows": {"es": "Filas", "pt": "Linhas", "en": "Rows", "fr": "Lignes"},
    "import_report.sheet_warnings": {
        "es": "Avisos",
        "pt": "Avisos",
        "en": "Warnings",
        "fr": "Avertissements",
    },
    "import_report.item": {"es": "Dato", "pt": "Item", "en": "Item", "fr": "Élément"},
    "import_report.value": {"es": "Valor", "pt": "Valor", "en": "Value", "fr": "Valeur"},
    "import_report.file": {"es": "Archivo", "pt": "Arquivo", "en": "File", "fr": "Fichier"},
    "import_report.workshop": {"es": "Taller", "pt": "Oficina", "en": "Workshop", "fr": "Atelier"},
    "import_report.row": {"es": "Fila", "pt": "Linha", "en": "Row", "fr": "Ligne"},
    "import_report.name": {"es": "Nombre", "pt": "Nome", "en": "Name", "fr": "Nom"},
    "import_report.outcome": {
        "es": "Resultado",
        "pt": "Resultado",
        "en": "Outcome",
        "fr": "Résultat",
    },
    "import_report.reason": {"es": "Motivo", "pt": "Motivo", "en": "Reason", "fr": "Motif"},
    "import_report.message": {"es": "Aviso", "pt": "Aviso", "en": "Warning", "fr": "Avertissement"},
    "import_report.created": {"es": "creadas", "pt": "criadas", "en": "created", "fr": "créées"},
    "import_report.linked": {"es": "vinculadas", "pt": "vinculadas", "en": "linked", "fr": "liées"},
    "import_report.updated": {
        "es": "actualizadas",
        "pt": "atualizadas",
        "en": "updated",
        "fr": "mises à jour",
    },
    "import_report.skipped": {
        "es": "omitidas",
        "pt": "ignoradas",
        "en": "skipped",
        "fr": "ignorées",
    },
    "import_report.participations": {
        "es": "inscripciones añadidas",
        "pt": "inscrições adicionadas",
        "en": "participations added",
        "fr": "inscriptions ajoutées",
    },
}
