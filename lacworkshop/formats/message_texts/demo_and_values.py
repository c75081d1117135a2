"""What the demo, the certificate readiness check and the import's value checks say."""

TEXTS = {
    "demo.real_work": {
        "es": "{name} contiene trabajo real ({workshops} talleres, {people} personas, "
        "{signatories} firmantes); no se agregó la demo. Abra una base de datos de demo "
        "aparte, o agregue --into-current para poner la demo junto a su trabajo.",
        "pt": "{name} contém trabalho real ({workshops} oficinas, {people} pessoas, "
        "{signatories} signatários); a demo não foi adicionada. Abra um banco de dados de "
        "demo separado, ou acrescente --into-current para pôr a demo ao lado do seu trabalho.",
        "en": "{name} holds real work ({workshops} workshops, {people} people, "
        "{signatories} signatories); the demo was not added. Open a separate demo database, "
        "or add --into-current to put the demo beside your work.",
        "fr": "{name} contient du travail réel ({workshops} ateliers, {people} personnes, "
        "{signatories} signataires) ; la démo n’a pas été ajoutée. Ouvrez une base de démo "
        "à part, ou ajoutez --into-current pour mettre la démo à côté de votre travail.",
    },
    "cli.demo_removed": {
        "es": "Demo eliminada: talleres {workshops}, personas {people}, firmantes "
        "{signatories}, plantillas {templates}. Antes se escribió una copia de seguridad: "
        "{path}",
        "pt": "Demo removida: oficinas {workshops}, pessoas {people}, signatários "
        "{signatories}, modelos {templates}. Antes foi gravada uma cópia de segurança: {path}",
        "en": "Demo removed: {workshops} workshops, {people} people, {signatories} "
        "signatories, {templates} templates. A backup was written first: {path}",
        "fr": "Démo supprimée : ateliers {workshops}, personnes {people}, signataires "
        "{signatories}, modèles {templates}. Une sauvegarde a d’abord été écrite : {path}",
    },
    "cli.demo_none": {
        "es": "No hay datos de demo que eliminar.",
        "pt": "Não há dados de demo para remover.",
        "en": "There is no demo data to remove.",
        "fr": "Il n’y a pas de données de démo à supprimer.",
    },
    "cli.import_skipped_row": {
        "es": "  fila {row} omitida ({name}): {reason}",
        "pt": "  linha {row} ignorada ({name}): {reason}",
        "en": "  skipped row {row} ({name}): {reason}",
        "fr": "  ligne {row} ignorée ({name}) : {reason}",
    },
    "cli.import_no_name": {
        "es": "sin nombre",
        "pt": "sem nome",
        "en": "no name",
        "fr": "sans nom",
    },
    "cli.import_warning_row": {
        "es": "  advertencia en la fila {row}: {message}",
        "pt": "  aviso na linha {row}: {message}",
        "en": "  warning row {row}: {message}",
        "fr": "  avertissement à la ligne {row} : {message}",
    },
    "cli.with_warnings": {
        "es": "{count} con advertencias",
        "pt": "{count} com avisos",
        "en": "{count} with warnings",
        "fr": "{count} avec avertissements",
    },
    "readiness.logo": {
        "es": "Estos certificados llevarían el logo de muestra de la demo; configure primero "
        "el logo de la organización (Editar > Preferencias).",
        "pt": "Estes certificados levariam o logotipo de exemplo da demo; configure antes o "
        "logotipo da organização (Editar > Preferências).",
        "en": "These certificates would print the demo's sample logo; set the organisation's "
        "logo (Edit > Preferences) first.",
        "fr": "Ces certificats porteraient le logo d’exemple de la démo ; définissez d’abord "
        "le logo de l’organisation (Édition > Préférences).",
    },
    "readiness.signatory": {
        "es": "Estos certificados no tendrían firmante; agregue primero un firmante propio "
        "(Editar plantillas… > Firmantes…).",
        "pt": "Estes certificados não teriam signatário; acrescente antes um signatário "
        "próprio (Editar modelos… > Signatários…).",
        "en": "These certificates would have no signatory; set a signatory of your own "
        "(Edit templates… > Signatories…) first.",
        "fr": "Ces certificats n’auraient pas de signataire ; ajoutez d’abord un signataire à "
        "vous (Modifier les modèles… > Signataires…).",
    },
    "readiness.sample_signatory": {
        "es": "Estos certificados llevarían la firma de muestra (firmaría: {names}); agregue "
        "primero un firmante propio (Editar plantillas… > Firmantes…).",
        "pt": "Estes certificados levariam a assinatura de exemplo (assinaria: {names}); "
        "acrescente antes um signatário próprio (Editar modelos… > Signatários…).",
        "en": "These certificates would print the sample signature (signed by {names}); set "
        "a signatory of your own (Edit templates… > Signatories…) first.",
        "fr": "Ces certificats porteraient la signature d’exemple (signé par {names}) ; "
        "ajoutez d’abord un signataire à vous (Modifier les modèles… > Signataires…).",
    },
    "readiness.logo_signatory": {
        "es": "Estos certificados llevarían el logo de muestra de la demo y no tendrían "
        "firmante; configure primero el logo de la organización (Editar > Preferencias) y "
        "un firmante propio (Editar plantillas… > Firmantes…).",
        "pt": "Estes certificados levariam o logotipo de exemplo da demo e não teriam "
        "signatário; configure antes o logotipo da organização (Editar > Preferências) e um "
        "signatário próprio (Editar modelos… > Signatários…).",
        "en": "These certificates would print the demo's sample logo and have no signatory; "
        "set the organisation's logo (Edit > Preferences) and a signatory of your own "
        "(Edit templates… > Signatories…) first.",
        "fr": "Ces certificats porteraient le logo d’exemple de la démo et n’auraient pas de "
        "signataire ; définissez d’abord le logo de l’organisation (Édition > Préférences) "
        "et un signataire à vous (Modifier les modèles… > Signataires…).",
    },
    "readiness.logo_sample_signatory": {
        "es": "Estos certificados llevarían el logo y la firma de muestra (firmaría: "
        "{names}); configure primero el logo de la organización (Editar > Preferencias) y "
        "un firmante propio (Editar plantillas… > Firmantes…).",
        "pt": "Estes certificados levariam o logotipo e a assinatura de exemplo (assinaria: "
        "{names}); configure antes o logotipo da organização (Editar > Preferências) e um "
        "signatário próprio (Editar modelos… > Signatários…).",
        "en": "These certificates would print the demo's sample logo and signature (signed "
        "by {names}); set the organisation's logo (Edit > Preferences) and a signatory of "
        "your own (Edit templates… > Signatories…) first.",
        "fr": "Ces certificats porteraient le logo et la signature d’exemple (signé par "
        "{names}) ; définissez d’abord le logo de l’organisation (Édition > Préférences) et "
        "un signataire à vous (Modifier les modèles… > Signataires…).",
    },
    "problem.name_formula": {
        "es": "{field} '{value}' parece una fórmula de hoja de cálculo; se importa como texto",
        "pt": "{field} '{value}' parece uma fórmula de planilha; importado como texto",
        "en": "{field} '{value}' looks like a spreadsheet formula; imported as text",
        "fr": "{field} '{value}' ressemble à une formule de tableur ; importé comme texte",
    },
    "problem.name_markup": {
        "es": "{field} '{value}' contiene marcado; se importa como texto, etiquetas incluidas",
        "pt": "{field} '{value}' contém marcação; importado como texto, com as tags",
        "en": "{field} '{value}' holds markup; imported as text, tags and all",
        "fr": "{field} '{value}' contient du balisage ; importé comme texte, balises comprises",
    },
    "problem.name_characters": {
        "es": "{field} '{value}' contiene caracteres poco comunes en un nombre: {characters}",
        "pt": "{field} '{value}' contém caracteres incomuns num nome: {characters}",
        "en": "{field} '{value}' holds characters unusual in a name: {characters}",
        "fr": "{field} '{value}' contient des caractères inhabituels dans un nom : {characters}",
    },
    "problem.unknown_gender": {
        "es": "el género '{value}' no es uno de los valores conocidos; se guarda como autodescrito",
        "pt": "o gênero '{value}' não é um dos valores conhecidos; guardado como autodescrito",
        "en": "gender '{value}' is not one of the known values; kept as self-described",
        "fr": "le genre '{value}' n’est pas une des valeurs connues ; gardé comme autodéfini",
    },
    "term.given names": {"es": "nombres", "pt": "nomes", "en": "given names", "fr": "prénoms"},
    "term.family names": {
        "es": "apellidos",
        "pt": "sobrenomes",
        "en": "family names",
        "fr": "noms de famille",
    },
    "term.preferred name": {
        "es": "nombre preferido",
        "pt": "nome preferido",
        "en": "preferred name",
        "fr": "nom d’usage",
    },
}
