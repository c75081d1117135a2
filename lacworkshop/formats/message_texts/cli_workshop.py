"""What the workshop-building commands say about their work (listings stay English)."""

TEXTS = {
    "cli.workshop_created": {
        "es": "taller {code} creado",
        "pt": "oficina {code} criada",
        "en": "created workshop {code}",
        "fr": "atelier {code} créé",
    },
    "cli.workshop_saved": {
        "es": "taller {code} guardado",
        "pt": "oficina {code} salva",
        "en": "saved workshop {code}",
        "fr": "atelier {code} enregistré",
    },
    "cli.nothing_to_change": {
        "es": "nada que cambiar; vea --help para las opciones",
        "pt": "nada a mudar; veja --help para as opções",
        "en": "nothing to change; see --help for the options",
        "fr": "rien à changer ; voyez --help pour les options",
    },
    "cli.deleted": {
        "es": "eliminado: {what}",
        "pt": "excluído: {what}",
        "en": "deleted {what}",
        "fr": "supprimé : {what}",
    },
    "cli.track_added": {
        "es": "itinerario {name} agregado (id {id})",
        "pt": "trilha {name} adicionada (id {id})",
        "en": "added track {name} (id {id})",
        "fr": "parcours {name} ajouté (id {id})",
    },
    "cli.track_added_in_place": {
        "es": "itinerario {name} agregado (id {id}) en lugar del itinerario General sin usar",
        "pt": "trilha {name} adicionada (id {id}) no lugar da trilha General sem uso",
        "en": "added track {name} (id {id}) in place of the unused track General",
        "fr": "parcours {name} ajouté (id {id}) à la place du parcours General inutilisé",
    },
    "cli.track_renamed": {
        "es": "itinerario {old} renombrado a {new}",
        "pt": "trilha {old} renomeada para {new}",
        "en": "renamed track {old} to {new}",
        "fr": "parcours {old} renommé en {new}",
    },
    "cli.track_people_stay": {
        "es": "{what}; {n} persona(s) siguen en el taller sin itinerario",
        "pt": "{what}; {n} pessoa(s) continuam na oficina sem trilha",
        "en": "{what}; {n} person(s) keep their place in the workshop without a track",
        "fr": "{what} ; {n} personne(s) restent dans l'atelier sans parcours",
    },
    "cli.session_added": {
        "es": "sesión {id} agregada",
        "pt": "sessão {id} adicionada",
        "en": "added session {id}",
        "fr": "séance {id} ajoutée",
    },
    "cli.session_saved": {
        "es": "sesión {id} guardada",
        "pt": "sessão {id} salva",
        "en": "saved session {id}",
        "fr": "séance {id} enregistrée",
    },
    "cli.sessions_generated": {
        "es": "sesiones agregadas: {n} (ids {first}–{last})",
        "pt": "sessões adicionadas: {n} (ids {first}–{last})",
        "en": "added {n} sessions (ids {first}–{last})",
        "fr": "séances ajoutées : {n} (ids {first}–{last})",
    },
    "cli.calendar_written": {
        "es": "sesiones escritas en {path}: {n} ({zone})",
        "pt": "sessões gravadas em {path}: {n} ({zone})",
        "en": "{n} sessions written to {path} ({zone})",
        "fr": "séances écrites dans {path} : {n} ({zone})",
    },
    "cli.calendar_written_floating": {
        "es": "sesiones escritas en {path}: {n} (horas locales: zona horaria desconocida; "
        "agregue la ciudad)",
        "pt": "sessões gravadas em {path}: {n} (horários locais: fuso horário desconhecido; "
        "acrescente a cidade)",
        "en": "{n} sessions written to {path} (floating local times: time zone unknown; add "
        "the city)",
        "fr": "séances écrites dans {path} : {n} (heures locales : fuseau horaire inconnu ; "
        "ajoutez la ville)",
    },
    "cli.trainers_assigned": {
        "es": "instructores asignados: {trainers}, a sesiones: {sessions}",
        "pt": "instrutores atribuídos: {trainers}, a sessões: {sessions}",
        "en": "assigned {trainers} trainer(s) to {sessions} session(s)",
        "fr": "formateurs affectés : {trainers}, à des séances : {sessions}",
    },
    "cli.signatory_added": {
        "es": "firmante {name} agregado (id {id})",
        "pt": "signatário {name} adicionado (id {id})",
        "en": "added signatory {name} (id {id})",
        "fr": "signataire {name} ajouté (id {id})",
    },
    "cli.signatory_about": {
        "es": "firmante {name} (los certificados que se escriban desde ahora irán sin esa firma)",
        "pt": "signatário {name} (os certificados gravados daqui em diante irão sem essa "
        "assinatura)",
        "en": "signatory {name} (certificates written from now on go without that signature)",
        "fr": "signataire {name} (les attestations écrites désormais n'auront plus cette "
        "signature)",
    },
    "cli.session_marked": {
        "es": "sesión {session}: marcas cambiadas {changed}, sin cambio {unchanged}",
        "pt": "sessão {session}: marcações alteradas {changed}, sem mudança {unchanged}",
        "en": "session {session}: {changed} mark(s) changed, {unchanged} unchanged",
        "fr": "séance {session} : marques changées {changed}, inchangées {unchanged}",
    },
    "cli.eligibility_granted": {
        "es": "elegibilidad concedida a mano",
        "pt": "elegibilidade concedida manualmente",
        "en": "eligibility granted by hand",
        "fr": "éligibilité accordée à la main",
    },
    "cli.eligibility_withheld": {
        "es": "elegibilidad negada a mano",
        "pt": "elegibilidade negada manualmente",
        "en": "eligibility withheld by hand",
        "fr": "éligibilité refusée à la main",
    },
    "cli.eligibility_rule_again": {
        "es": "la elegibilidad vuelve a seguir la regla de asistencia",
        "pt": "a elegibilidade volta a seguir a regra de presença",
        "en": "eligibility follows the attendance rule again",
        "fr": "l'éligibilité suit de nouveau la règle de présence",
    },
    "cli.eligibility_already_rule": {
        "es": "la elegibilidad ya seguía la regla de asistencia",
        "pt": "a elegibilidade já seguia a regra de presença",
        "en": "eligibility already followed the attendance rule",
        "fr": "l'éligibilité suivait déjà la règle de présence",
    },
    "cli.certificate_revoked": {
        "es": "certificado {code} (versión {version}) de {name} revocado",
        "pt": "certificado {code} (versão {version}) de {name} revogado",
        "en": "revoked {code} (version {version}) of {name}",
        "fr": "attestation {code} (version {version}) de {name} révoquée",
    },
    "cli.person_placed_added": {
        "es": "persona {id} agregada a {code} como {role}",
        "pt": "pessoa {id} adicionada a {code} como {role}",
        "en": "person {id} added to {code} as {role}",
        "fr": "personne {id} ajoutée à {code} comme {role}",
    },
    "cli.person_placed_updated": {
        "es": "persona {id} actualizada en {code} como {role}",
        "pt": "pessoa {id} atualizada em {code} como {role}",
        "en": "person {id} updated in {code} as {role}",
        "fr": "personne {id} mise à jour dans {code} comme {role}",
    },
    "cli.person_saved": {
        "es": "persona {id} guardada",
        "pt": "pessoa {id} salva",
        "en": "saved person {id}",
        "fr": "personne {id} enregistrée",
    },
    "cli.merge_about": {
        "es": "la persona {other} ({other_name}), al fusionarla con {keep} ({keep_name})",
        "pt": "a pessoa {other} ({other_name}), ao mesclá-la com {keep} ({keep_name})",
        "en": "person {other} ({other_name}) by merging into {keep} ({keep_name})",
        "fr": "la personne {other} ({other_name}), en la fusionnant dans {keep} ({keep_name})",
    },
    "cli.people_merged": {
        "es": "{removed} fusionada en {kept}: lugares movidos {moved}, combinados {combined}, "
        "marcas movidas {marks}, certificados movidos {certificates}",
        "pt": "{removed} mesclada em {kept}: lugares movidos {moved}, combinados {combined}, "
        "marcações movidas {marks}, certificados movidos {certificates}",
        "en": "merged {removed} into {kept}: {moved} place(s) moved, {combined} combined, "
        "{marks} mark(s) and {certificates} certificate(s) moved",
        "fr": "{removed} fusionnée dans {kept} : places déplacées {moved}, combinées "
        "{combined}, marques déplacées {marks}, attestations déplacées {certificates}",
    },
    "cli.template_written": {
        "es": "plantilla {template} escrita en {path}",
        "pt": "modelo {template} gravado em {path}",
        "en": "template {template} written to {path}",
        "fr": "modèle {template} écrit dans {path}",
    },
    "cli.template_added": {
        "es": "plantilla {template} agregada",
        "pt": "modelo {template} adicionado",
        "en": "added template {template}",
        "fr": "modèle {template} ajouté",
    },
    "cli.template_replaced": {
        "es": "plantilla {template} reemplazada",
        "pt": "modelo {template} substituído",
        "en": "replaced template {template}",
        "fr": "modèle {template} remplacé",
    },
    "cli.about_to_delete": {
        "es": "a punto de eliminar: {what}",
        "pt": "prestes a excluir: {what}",
        "en": "about to delete {what}",
        "fr": "sur le point de supprimer : {what}",
    },
    "cli.not_deleted_need_yes": {
        "es": "no se eliminó: {what}; agregue --yes para eliminar sin preguntar",
        "pt": "não excluído: {what}; acrescente --yes para excluir sem perguntar",
        "en": "not deleted: {what}; add --yes to delete without asking",
        "fr": "non supprimé : {what} ; ajoutez --yes pour supprimer sans demander",
    },
    "cli.not_deleted": {
        "es": "no se eliminó nada",
        "pt": "nada foi excluído",
        "en": "not deleted",
        "fr": "rien n'a été supprimé",
    },
    "cli.delete_prompt": {
        "es": "¿eliminar? [s/N] ",
        "pt": "excluir? [s/N] ",
        "en": "delete? [y/N] ",
        "fr": "supprimer ? [o/N] ",
    },
    "cli.backup_before_change": {
        "es": "copia de seguridad antes del cambio: {path}",
        "pt": "cópia de segurança antes da mudança: {path}",
        "en": "backup before the change: {path}",
        "fr": "sauvegarde avant le changement : {path}",
    },
    "cli.nothing_saved_problems": {
        "es": "no se guardó nada; corrija el programa, o agregue --allow-problems para guardar "
        "igual",
        "pt": "nada foi salvo; corrija a programação, ou acrescente --allow-problems para "
        "salvar mesmo assim",
        "en": "nothing saved; fix the schedule, or add --allow-problems to save anyway",
        "fr": "rien n'a été enregistré ; corrigez le programme, ou ajoutez --allow-problems "
        "pour enregistrer quand même",
    },
    "cli.trackless": {
        "es": "{n} participante(s) no tienen itinerario, así que solo cuentan las sesiones "
        "plenarias; asígnele uno con 'person edit ID --workshop CÓDIGO --track NOMBRE':",
        "pt": "{n} participante(s) não têm trilha, então só contam as sessões plenárias; "
        "atribua uma com 'person edit ID --workshop CÓDIGO --track NOME':",
        "en": "{n} attendee(s) have no track, so only the plenary sessions count for them; "
        "give them one with 'person edit ID --workshop CODE --track NAME':",
        "fr": "{n} participant(s) n'ont pas de parcours : seules les plénières comptent pour "
        "eux ; donnez-leur-en un avec 'person edit ID --workshop CODE --track NOM' :",
    },
    # What goes with a deletion.
    "cli.impact_with": {
        "es": "{what}, con {goes}",
        "pt": "{what}, com {goes}",
        "en": "{what}, with {goes}",
        "fr": "{what}, avec {goes}",
    },
    "cli.impact.tracks": {
        "es": "{n} itinerario(s)",
        "pt": "{n} trilha(s)",
        "en": "{n} track(s)",
        "fr": "{n} parcours",
    },
    "cli.impact.slots": {
        "es": "{n} sesión(es)",
        "pt": "{n} sessão(ões)",
        "en": "{n} session(s)",
        "fr": "{n} séance(s)",
    },
    "cli.impact.participations": {
        "es": "{n} participación(es)",
        "pt": "{n} participação(ões)",
        "en": "{n} participation(s)",
        "fr": "{n} participation(s)",
    },
    "cli.impact.marks": {
        "es": "{n} marca(s) de asistencia",
        "pt": "{n} marcação(ões) de presença",
        "en": "{n} attendance mark(s)",
        "fr": "{n} pointage(s)",
    },
    "cli.impact.certificates": {
        "es": "{n} certificado(s)",
        "pt": "{n} certificado(s)",
        "en": "{n} certificate(s)",
        "fr": "{n} attestation(s)",
    },
    "cli.impact.trainer_links": {
        "es": "{n} asignación(es) de instructor",
        "pt": "{n} atribuição(ões) de instrutor",
        "en": "{n} trainer assignment(s)",
        "fr": "{n} affectation(s) de formateur",
    },
    "cli.entity.workshop": {"es": "taller", "pt": "oficina", "en": "workshop", "fr": "atelier"},
    "cli.entity.track": {"es": "track", "pt": "trilha", "en": "track", "fr": "parcours"},
    "cli.entity.slot": {"es": "sesión", "pt": "sessão", "en": "session", "fr": "séance"},
    "cli.entity.person": {"es": "persona", "pt": "pessoa", "en": "person", "fr": "personne"},
    "cli.entity.participation": {
        "es": "participación",
        "pt": "participação",
        "en": "participation",
        "fr": "participation",
    },
}
