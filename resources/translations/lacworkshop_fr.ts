<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About lacworkshop</source>
        <translation>À propos de lacworkshop</translation>
    </message>
    <message>
        <source>Plan technical training workshops, record attendance session by session, and produce registers, sign-in sheets and verifiable certificates.</source>
        <translation>Planifiez des ateliers de formation technique, enregistrez la présence séance par séance et produisez registres, feuilles d&apos;émargement et attestations vérifiables.</translation>
    </message>
    <message>
        <source>none bundled</source>
        <translation>aucune fournie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <source>Licence texts shipped with this copy</source>
        <translation>Textes des licences fournis avec cette copie</translation>
    </message>
</context>
<context>
    <name>AddParticipantsDialog</name>
    <message>
        <source>Add people to the workshop</source>
        <translation>Ajouter des personnes à l&apos;atelier</translation>
    </message>
    <message>
        <source>Name, email or organisation; accents optional</source>
        <translation>Nom, courriel ou organisation&#xa0;; accents facultatifs</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sans parcours)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>Par&amp;cours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>Ajouter la &amp;sélection</translation>
    </message>
    <message>
        <source>First {n} matches; type more to narrow.</source>
        <translation>Les {n} premiers résultats&#xa0;; tapez davantage pour affiner.</translation>
    </message>
    <message>
        <source>{n} match(es).</source>
        <translation>{n} résultat(s).</translation>
    </message>
    <message>
        <source>New person ready to add.</source>
        <translation>Nouvelle personne prête à être ajoutée.</translation>
    </message>
</context>
<context>
    <name>AssignTrainersDialog</name>
    <message>
        <source>Assign trainers</source>
        <translation>Affecter des formateurs</translation>
    </message>
    <message numerus="yes">
        <source>Trainers for the %n selected session(s):</source>
        <translation>
            <numerusform>Formateurs de %n séance sélectionnée&#xa0;:</numerusform>
            <numerusform>Formateurs des %n séances sélectionnées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add people with the trainer role to the workshop to assign them here.</source>
        <translation>Ajoutez à l&apos;atelier des personnes ayant le rôle de formateur pour les affecter ici.</translation>
    </message>
    <message>
        <source>&amp;Replace the sessions&apos; trainers</source>
        <translation>&amp;Remplacer les formateurs des séances</translation>
    </message>
    <message>
        <source>Unchecked, the chosen trainers are added to those already assigned.</source>
        <translation>Si la case est décochée, les formateurs choisis s&apos;ajoutent à ceux déjà affectés.</translation>
    </message>
</context>
<context>
    <name>AttendanceFiles</name>
    <message>
        <source>Export register…</source>
        <translation>Exporter le registre de présence…</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>Importer le registre de présence…</translation>
    </message>
    <message>
        <source>Sign-in sheets…</source>
        <translation>Feuilles d&apos;émargement…</translation>
    </message>
    <message>
        <source>Export attendance register</source>
        <translation>Exporter le registre de présence</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Écriture du registre…</translation>
    </message>
    <message>
        <source>Register written to %1</source>
        <translation>Registre enregistré dans %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre de présence</translation>
    </message>
    <message>
        <source>Import attendance register</source>
        <translation>Importer le registre de présence</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xlsm)</source>
        <translation>Classeur Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Reading the register</source>
        <translation>Lecture du registre</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>%1 mark(s) imported</source>
        <translation>%1 pointage(s) importé(s)</translation>
    </message>
    <message>
        <source>Save sign-in sheets</source>
        <translation>Enregistrer les feuilles d&apos;émargement</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the sheets…</source>
        <translation>Création des feuilles…</translation>
    </message>
    <message>
        <source>%1 sign-in sheet(s) written to %2</source>
        <translation>%1 feuille(s) d&apos;émargement enregistrée(s) dans %2</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Feuilles d&apos;émargement</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Eligibility set by hand: %s</source>
        <translation>Éligibilité fixée manuellement&#xa0;: %s</translation>
    </message>
    <message>
        <source>Plenary session (every track)</source>
        <translation>Séance plénière (tous les parcours)</translation>
    </message>
    <message>
        <source>Trainers: %s</source>
        <translation>Formateurs&#xa0;: %s</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Eligible (by hand)</source>
        <translation>Éligible (manuel)</translation>
    </message>
    <message>
        <source>Withheld (by hand)</source>
        <translation>Refusée (manuel)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>éligible</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>non éligible</translation>
    </message>
    <message>
        <source>By the rule alone: %s</source>
        <translation>Selon la règle&#xa0;: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Motif&#xa0;: %s</translation>
    </message>
    <message>
        <source>Not yet marked</source>
        <translation>Pas encore pointé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Note&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Workshop:</source>
        <translation>Atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Only at risk or not eligible</source>
        <translation>Seulement à risque ou non éligibles</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Tous présents</translation>
    </message>
    <message>
        <source>Mark everyone not yet marked in the current session present</source>
        <translation>Pointer présents tous ceux qui ne sont pas encore pointés dans la séance en cours</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Eligibility by hand…</source>
        <translation>Éligibilité manuelle…</translation>
    </message>
    <message>
        <source>P present · L late · E excused · A absent · Delete clears · Space or a click cycles · select a block to mark it at once</source>
        <translation>P présent · L en retard · E excusé · A absent · Suppr efface · Espace ou un clic fait défiler · sélectionnez un bloc pour le pointer d&apos;un coup</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sans parcours)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>non pointé</translation>
    </message>
    <message>
        <source>next mark</source>
        <translation>pointage suivant</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cell(s) %1</source>
        <translation>
            <numerusform>Pointer %n cellule&#xa0;: %1</numerusform>
            <numerusform>Pointer %n cellules&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Choose a session (a column) first.</source>
        <translation>Choisissez d&apos;abord une séance (une colonne).</translation>
    </message>
    <message>
        <source>Everyone present at %1</source>
        <translation>Tous présents à %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mark the session first; a note belongs to a mark.</source>
        <translation>Pointez d&apos;abord la séance&#xa0;; une note se rattache à un pointage.</translation>
    </message>
    <message>
        <source>Note on this mark:</source>
        <translation>Note sur ce pointage&#xa0;:</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Choisissez d&apos;abord une personne.</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Set eligibility by hand</source>
        <translation>Fixer l&apos;éligibilité manuellement</translation>
    </message>
    <message>
        <source>Present	P</source>
        <translation>Présent	P</translation>
    </message>
    <message>
        <source>Late	L</source>
        <translation>En retard	L</translation>
    </message>
    <message>
        <source>Excused	E</source>
        <translation>Excusé	E</translation>
    </message>
    <message>
        <source>Absent	A</source>
        <translation>Absent	A</translation>
    </message>
    <message>
        <source>Not marked	Delete</source>
        <translation>Non pointé	Suppr</translation>
    </message>
    <message>
        <source>Everyone present in this session</source>
        <translation>Tous présents à cette séance</translation>
    </message>
    <message>
        <source>No workshop to show. Create one or load the demo.</source>
        <translation>Aucun atelier à afficher. Créez-en un ou chargez la démonstration.</translation>
    </message>
    <message>
        <source>%1 people · %2 sessions · %3 eligible · %4 on track · %5 at risk · %6 not eligible</source>
        <translation>%1 personnes · %2 séances · %3 éligibles · %4 en bonne voie · %5 à risque · %6 non éligibles</translation>
    </message>
</context>
<context>
    <name>BadgeSettingsDialog</name>
    <message>
        <source>Badge settings</source>
        <translation>Réglages des badges</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Role and its colour</source>
        <translation>Rôle et sa couleur</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Workshop code</source>
        <translation>Code de l&apos;atelier</translation>
    </message>
    <message>
        <source>Check-in QR</source>
        <translation>QR d&apos;accueil</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Formateurs</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel d&apos;appui</translation>
    </message>
    <message>
        <source>Colour-blind safe defaults</source>
        <translation>Couleurs par défaut adaptées aux daltoniens</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Support&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Late after:</source>
        <translation>En retard après&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the workshop&apos;s &amp;logo…</source>
        <translation>Choisir le &amp;logo de l&apos;atelier…</translation>
    </message>
    <message>
        <source>Without one, the organisation&apos;s logo is printed.</source>
        <translation>À défaut, le logo de l&apos;organisation est imprimé.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Workshop logo</source>
        <translation>Logo de l&apos;atelier</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo chosen; choose &amp;another…</source>
        <translation>Logo choisi&#xa0;; en choisir un &amp;autre…</translation>
    </message>
</context>
<context>
    <name>BadgeStockBox</name>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>{product}: {count} labels of {width} x {height} mm, {paper}</source>
        <translation>{product}&#xa0;: {count} étiquettes de {width} x {height} mm, {paper}</translation>
    </message>
    <message>
        <source>{stock}, one badge per page ({width} x {height} mm)</source>
        <translation>{stock}, un badge par page ({width} x {height} mm)</translation>
    </message>
    <message>
        <source>{paper}, {count} badges to cut and fold (both faces, {width} x {height} mm)</source>
        <translation>{paper}, {count} badges à découper et plier (recto verso, {width} x {height} mm)</translation>
    </message>
    <message>
        <source>{paper}, {count} badges to cut ({width} x {height} mm)</source>
        <translation>{paper}, {count} badges à découper ({width} x {height} mm)</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Badges and table tents</source>
        <translation>Badges et chevalets de table</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Badges nominatifs</translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation>Chevalets de table</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <source>The people selected (%n)</source>
        <translation>
            <numerusform>La personne sélectionnée (%n)</numerusform>
            <numerusform>Les personnes sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>New arrivals (badge never printed)</source>
        <translation>Nouveaux arrivants (badge jamais imprimé)</translation>
    </message>
    <message>
        <source>One track</source>
        <translation>Un parcours</translation>
    </message>
    <message>
        <source>One role</source>
        <translation>Un rôle</translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation>Inscrits depuis</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Formateurs</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel d&apos;appui</translation>
    </message>
    <message>
        <source>&amp;Print:</source>
        <translation>&amp;Imprimer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>Par&amp;cours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stock:</source>
        <translation>&amp;Support&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ré&amp;glages…</translation>
    </message>
    <message>
        <source>Everyone here means the trainers and the organisers.</source>
        <translation>Ici, « Tout le monde » désigne les formateurs et les organisateurs.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) on %1 page(s).</source>
        <translation>
            <numerusform>%n badge sur %1 page(s).</numerusform>
            <numerusform>%n badges sur %1 page(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>BlockRow</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>BundleConflictsDialog</name>
    <message>
        <source>(mark cleared)</source>
        <translation>(pointage effacé)</translation>
    </message>
    <message>
        <source>Conflicts in the bundle</source>
        <translation>Conflits dans le paquet</translation>
    </message>
    <message>
        <source>These records were changed both here and in the bundle. Choose, for each, which value to keep; everything else in the bundle merges as it is.</source>
        <translation>Ces fiches ont été modifiées à la fois ici et dans le paquet. Choisissez pour chacune la valeur à conserver&#xa0;; tout le reste du paquet est fusionné tel quel.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Ici (la mienne)</translation>
    </message>
    <message>
        <source>The bundle&apos;s</source>
        <translation>Celle du paquet</translation>
    </message>
    <message>
        <source>The newest</source>
        <translation>La plus récente</translation>
    </message>
    <message>
        <source>For all:</source>
        <translation>Pour toutes&#xa0;:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s</source>
        <translation>Prendre celle du paquet</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Garder la plus récente</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The whole workshop</source>
        <translation>Tout l&apos;atelier</translation>
    </message>
    <message>
        <source>Only the attendance of {track}</source>
        <translation>Seulement la présence de {track}</translation>
    </message>
    <message>
        <source>Bundles (*.lwbundle)</source>
        <translation>Paquets (*.lwbundle)</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivrée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Fin de formation</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
</context>
<context>
    <name>CertificatesIssueBox</name>
    <message>
        <source>Issue certificates</source>
        <translation>Délivrer des attestations</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Participation (attendance)</source>
        <translation>Participation (présence)</translation>
    </message>
    <message>
        <source>Completion (with hours)</source>
        <translation>Fin de formation (avec heures)</translation>
    </message>
    <message>
        <source>Trainer (modules and hours)</source>
        <translation>Formateur (modules et heures)</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Each person&apos;s language</source>
        <translation>Langue de chaque personne</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Modifier les modèles…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Also one PDF per person, in a zip file</source>
        <translation>Aussi un PDF par personne, dans un fichier zip</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Générer…</translation>
    </message>
    <message>
        <source>The last session of this workshop ends on %1. Certificates issued now would attest what has not happened yet. Issue them anyway?</source>
        <translation>La dernière séance de cet atelier se termine le %1. Des attestations délivrées maintenant attesteraient ce qui n&apos;a pas encore eu lieu. Les délivrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Working out what to issue…</source>
        <translation>Calcul de ce qui doit être délivré…</translation>
    </message>
    <message>
        <source>Nothing issued.</source>
        <translation>Rien n&apos;a été délivré.</translation>
    </message>
    <message>
        <source>Save certificates as</source>
        <translation>Enregistrer les attestations sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the per-person files as</source>
        <translation>Enregistrer les fichiers individuels sous</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>{issued} issued, {reused} reused, {reprinted} reprinted, {superseded} superseded, {blocked} blocked, {not_eligible} not eligible.</source>
        <translation>{issued} délivrée(s), {reused} réutilisée(s), {reprinted} réimprimée(s), {superseded} remplacée(s), {blocked} bloquée(s), {not_eligible} non éligible(s).</translation>
    </message>
    <message>
        <source>Some people got no certificate; the details say who and why.</source>
        <translation>Certaines personnes n&apos;ont reçu aucune attestation&#xa0;; les détails indiquent qui et pourquoi.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Issuing certificates…</source>
        <translation>Délivrance des attestations…</translation>
    </message>
    <message>
        <source>Certificates cancelled; no file written.</source>
        <translation>Attestations annulées&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Written: %1 (%2 pages).</source>
        <translation>Écrit&#xa0;: %1 (%2 pages).</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>Délivrer à nouveau</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Show superseded and revoked</source>
        <translation>Afficher les remplacées et révoquées</translation>
    </message>
    <message>
        <source>Earlier versions and revoked certificates stay in the register.</source>
        <translation>Les versions antérieures et les attestations révoquées restent dans le registre.</translation>
    </message>
    <message numerus="yes">
        <source>%n valid certificate(s)</source>
        <translation>
            <numerusform>%n attestation valide</numerusform>
            <numerusform>%n attestations valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n superseded or revoked hidden)</source>
        <translation>
            <numerusform>(%n remplacée ou révoquée masquée)</numerusform>
            <numerusform>(%n remplacées ou révoquées masquées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the certificates…</source>
        <translation>Préparation des attestations…</translation>
    </message>
    <message>
        <source>The last session of this workshop has not ended yet. Issue the certificate anyway?</source>
        <translation>La dernière séance de cet atelier n&apos;est pas encore terminée. Délivrer l&apos;attestation quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Reprinted %1: the same code and version, still valid.</source>
        <translation>%1 réimprimée&#xa0;: même code et même version, toujours valide.</translation>
    </message>
    <message>
        <source>%1 revoked; it stays in the register (show superseded and revoked).</source>
        <translation>%1 révoquée&#xa0;; elle reste dans le registre (afficher les remplacées et révoquées).</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Courriel…</translation>
    </message>
    <message>
        <source>Email the selected holders their certificate (everyone when none is).</source>
        <translation>Envoyer par courriel leur attestation aux titulaires sélectionnés (à tous si aucun ne l&apos;est).</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Issued version %1 as %2.</source>
        <translation>Version %1 délivrée sous le code %2.</translation>
    </message>
    <message>
        <source>Nothing changed: %1 is still the valid certificate.</source>
        <translation>Rien n&apos;a changé&#xa0;: %1 reste l&apos;attestation valide.</translation>
    </message>
    <message>
        <source>This person is no longer entitled to this certificate.</source>
        <translation>Cette personne n&apos;a plus droit à cette attestation.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Révoquer l&apos;attestation</translation>
    </message>
    <message>
        <source>Why is %1 (%2) revoked? The certificate stays in the register.</source>
        <translation>Pourquoi révoquer %1 (%2)&#xa0;? L&apos;attestation reste dans le registre.</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <source>Choose the session under way by the workshop&apos;s clock</source>
        <translation>Choisir la séance en cours selon l&apos;horloge de l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Grands caractères</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation>&amp;Badges…</translation>
    </message>
    <message>
        <source>Scan a badge, or type its code or a name, then Enter</source>
        <translation>Scannez un badge, ou tapez son code ou un nom, puis Entrée</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;Undo last scan</source>
        <translation>&amp;Annuler le dernier scan</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Recent scans:</source>
        <translation>Derniers scans&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the session to check people in to.</source>
        <translation>Choisissez la séance pour laquelle enregistrer les arrivées.</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>{n} track(s)</source>
        <translation>{n} parcours</translation>
    </message>
    <message>
        <source>{n} session(s)</source>
        <translation>{n} séance(s)</translation>
    </message>
    <message>
        <source>{n} participation(s)</source>
        <translation>{n} participation(s)</translation>
    </message>
    <message>
        <source>{n} attendance mark(s)</source>
        <translation>{n} pointage(s) de présence</translation>
    </message>
    <message>
        <source>{n} issued certificate(s)</source>
        <translation>{n} attestation(s) délivrée(s)</translation>
    </message>
    <message>
        <source>{n} trainer assignment(s)</source>
        <translation>{n} affectation(s) de formateur</translation>
    </message>
    <message>
        <source>Nothing else depends on it.</source>
        <translation>Rien d&apos;autre n&apos;en dépend.</translation>
    </message>
    <message>
        <source>This also deletes {items}.</source>
        <translation>Cela supprime aussi {items}.</translation>
    </message>
    <message>
        <source>Delete {what} “{label}”?</source>
        <translation>Supprimer {what} «&#xa0;{label}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>You can take this back with Edit &gt; Undo.</source>
        <translation>Vous pouvez revenir en arrière avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DocumentLanguageBox</name>
    <message>
        <source>Workshop language</source>
        <translation>Langue de l&apos;atelier</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>DuplicateWarningDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>This may be someone already in the database:</source>
        <translation>Il s&apos;agit peut-être d&apos;une personne déjà dans la base de données&#xa0;:</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>même nom et même pays</translation>
    </message>
    <message>
        <source>&amp;Open that person</source>
        <translation>&amp;Ouvrir cette personne</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
</context>
<context>
    <name>EmailAccountDialog</name>
    <message>
        <source>Email account</source>
        <translation>Compte de courriel</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>p. ex. smtp.example.org</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (généralement port 465)</translation>
    </message>
    <message>
        <source>None (local servers only)</source>
        <translation>Aucune (serveurs locaux uniquement)</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;écurité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>asked when sending if left empty</source>
        <translation>demandé à l&apos;envoi s&apos;il est laissé vide</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the password in the system &amp;keyring</source>
        <translation>Conserver le mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Nom de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Adresse de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Répondre à&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. https://example.org/verify/</source>
        <translation>p. ex. https://example.org/verify/</translation>
    </message>
    <message>
        <source>&amp;Verification address:</source>
        <translation>Adresse de &amp;vérification&#xa0;:</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Au &amp;maximum&#xa0;:</translation>
    </message>
    <message>
        <source>The password is never written to the database or its backups. The certificate code is added to the end of the verification address.</source>
        <translation>Le mot de passe n&apos;est jamais écrit dans la base de données ni dans ses sauvegardes. Le code de l&apos;attestation est ajouté à la fin de l&apos;adresse de vérification.</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>A test message was sent to {address}.</source>
        <translation>Un message de test a été envoyé à {address}.</translation>
    </message>
</context>
<context>
    <name>EmailLabels</name>
    <message>
        <source>Your certificate</source>
        <translation>Votre attestation</translation>
    </message>
    <message>
        <source>Welcome and practical information</source>
        <translation>Bienvenue et informations pratiques</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>{template} {code} v{version}</source>
        <translation>{template} {code} v{version}</translation>
    </message>
</context>
<context>
    <name>EmailMessageBox</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Your own words, shown where the text says {note}</source>
        <translation>Vos propres mots, affichés là où le texte indique {note}</translation>
    </message>
    <message>
        <source>Save &amp;text</source>
        <translation>Enregistrer le &amp;texte</translation>
    </message>
    <message>
        <source>&amp;Built-in text</source>
        <translation>Texte &amp;intégré</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Text in &amp;language:</source>
        <translation>Texte en &amp;langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Your n&amp;ote:</source>
        <translation>Votre n&amp;ote&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EmailOutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Retry the failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>&amp;Export the log…</source>
        <translation>E&amp;xporter le journal…</translation>
    </message>
    <message>
        <source>{rows} messages saved in {path}</source>
        <translation>{rows} messages enregistrés dans {path}</translation>
    </message>
    <message>
        <source>Waiting {queued}, sent {sent}, failed {failed}.</source>
        <translation>En attente {queued}, envoyés {sent}, échecs {failed}.</translation>
    </message>
    <message>
        <source>Set up the email account first, in Preferences &gt; Email.</source>
        <translation>Configurez d&apos;abord le compte de courriel, dans Préférences &gt; Courriel.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Sent {sent}, to try again later {deferred}, failed {failed}.</source>
        <translation>Envoyés {sent}, à réessayer plus tard {deferred}, échecs {failed}.</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}); the messages wait in the outbox.</source>
        <translation>Le serveur est injoignable ({reason})&#xa0;; les messages restent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Export the log of messages</source>
        <translation>Exporter le journal des messages</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Feuille de calcul (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>EmailPassword</name>
    <message>
        <source>Email password</source>
        <translation>Mot de passe du courriel</translation>
    </message>
    <message>
        <source>Password for {user} at {host}:</source>
        <translation>Mot de passe de {user} sur {host}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EmailPreviewPanel</name>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>To: {to}</source>
        <translation>À&#xa0;: {to}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Objet&#xa0;: {subject}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Langue&#xa0;: {language}</translation>
    </message>
    <message>
        <source>Attached: certificate {code}</source>
        <translation>Pièce jointe&#xa0;: attestation {code}</translation>
    </message>
</context>
<context>
    <name>EmailRecipientsBox</name>
    <message>
        <source>To whom</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>&amp;Everyone (nobody gets the same message twice)</source>
        <translation>&amp;Tout le monde (personne ne reçoit deux fois le même message)</translation>
    </message>
    <message>
        <source>Only those &amp;not sent this certificate yet</source>
        <translation>Seulement ceux à qui cette attestation n&apos;a pas encore été &amp;envoyée</translation>
    </message>
    <message>
        <source>One t&amp;rack:</source>
        <translation>Un pa&amp;rcours&#xa0;:</translation>
    </message>
    <message>
        <source>The {n} people selected</source>
        <translation>Les {n} personnes sélectionnées</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Fin de formation</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Attach the certificate&apos;s &amp;PDF (else the link only)</source>
        <translation>Joindre le &amp;PDF de l&apos;attestation (sinon le lien seulement)</translation>
    </message>
    <message>
        <source>Each round goes once per person: round 2 sends a second reminder.</source>
        <translation>Chaque vague n&apos;est envoyée qu&apos;une fois par personne&#xa0;: la vague 2 envoie un second rappel.</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>&amp;Vague&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Attestation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EmailSendDialog</name>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Nobody to preview.</source>
        <translation>Personne à prévisualiser.</translation>
    </message>
    <message>
        <source>Set up the email account first, in Preferences &gt; Email.</source>
        <translation>Configurez d&apos;abord le compte de courriel, dans Préférences &gt; Courriel.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Préparation de la liste…</translation>
    </message>
    <message>
        <source>Dry run: {queued} would be queued, {already} are in the outbox already, {skipped} cannot be sent.</source>
        <translation>Simulation&#xa0;: {queued} seraient mis en file d&apos;attente, {already} sont déjà dans la boîte d&apos;envoi, {skipped} ne peuvent pas être envoyés.</translation>
    </message>
    <message>
        <source>{queued} queued, {already} in the outbox already, {skipped} cannot be sent.</source>
        <translation>{queued} mis en file d&apos;attente, {already} déjà dans la boîte d&apos;envoi, {skipped} ne peuvent pas être envoyés.</translation>
    </message>
    <message>
        <source>Sent {sent}, to try again later {deferred}, failed {failed}.</source>
        <translation>Envoyés {sent}, à réessayer plus tard {deferred}, échecs {failed}.</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}); the messages wait in the outbox and go with the next send.</source>
        <translation>Le serveur est injoignable ({reason})&#xa0;; les messages restent dans la boîte d&apos;envoi et partiront au prochain envoi.</translation>
    </message>
</context>
<context>
    <name>ExportPeopleDialog</name>
    <message>
        <source>Export attendee list</source>
        <translation>Exporter la liste des participants</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Enregistrer comme préréglage…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <source>Language of the file:</source>
        <translation>Langue du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>Séparateur CSV&#xa0;:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>What separates the fields when the list is saved as CSV. Excel in Spanish, Portuguese or French opens a semicolon file in columns. Not used for xlsx.</source>
        <translation>Ce qui sépare les champs lorsque la liste est enregistrée en CSV. Excel en espagnol, en portugais ou en français ouvre en colonnes un fichier séparé par des points-virgules. Non utilisé pour xlsx.</translation>
    </message>
    <message>
        <source>Columns (only these are written)</source>
        <translation>Colonnes (seules celles-ci sont écrites)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>In the file, in this order</source>
        <translation>Dans le fichier, dans cet ordre</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Ajouter →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Who is in the list</source>
        <translation>Qui figure dans la liste</translation>
    </message>
    <message>
        <source>Tracks (none ticked: all):</source>
        <translation>Parcours (aucun coché&#xa0;: tous)&#xa0;:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Formateurs</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel d&apos;appui</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En liste d&apos;attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Only those eligible for a certificate</source>
        <translation>Seulement les personnes éligibles à une attestation</translation>
    </message>
    <message>
        <source>Only those not eligible</source>
        <translation>Seulement les personnes non éligibles</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Attestation&#xa0;:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the list.</source>
        <translation>
            <numerusform>%n personne dans la liste.</numerusform>
            <numerusform>%n personnes dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>For the venue</source>
        <translation>Pour le lieu</translation>
    </message>
    <message>
        <source>For the funder</source>
        <translation>Pour le bailleur de fonds</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(choisissez un préréglage)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nom du préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>Supprimer le préréglage «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>{n} people written to {path}</source>
        <translation>{n} personnes écrites dans {path}</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Registration list</source>
        <translation>Liste des inscriptions</translation>
    </message>
    <message>
        <source>Choose the file (Excel, LibreOffice, CSV or text) and where its people go. Nothing is written until you confirm the preview.</source>
        <translation>Choisissez le fichier (Excel, LibreOffice, CSV ou texte) et la destination de ses personnes. Rien n&apos;est écrit avant que vous confirmiez l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel d&apos;appui</translation>
    </message>
    <message>
        <source>Role (unless a column says):</source>
        <translation>Rôle (sauf si une colonne l&apos;indique)&#xa0;:</translation>
    </message>
    <message>
        <source>There is no workshop yet: create one first, then import.</source>
        <translation>Il n&apos;y a pas encore d&apos;atelier&#xa0;: créez-en un d&apos;abord, puis importez.</translation>
    </message>
    <message>
        <source>Registration lists ({patterns});;All files (*)</source>
        <translation>Listes d&apos;inscriptions ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sans parcours)</translation>
    </message>
    <message>
        <source>The track these people follow. “(no track)” keeps them to the plenary sessions, unless a Track column in the file says otherwise.</source>
        <translation>Le parcours que suivent ces personnes. «&#xa0;(sans parcours)&#xa0;» les limite aux séances plénières, sauf si une colonne Parcours du fichier indique autre chose.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to lacworkshop</source>
        <translation>Bienvenue dans lacworkshop</translation>
    </message>
    <message>
        <source>There is no database yet. Start with an empty one for your own workshops, or open a demo to look around first. The demo lives in a database of its own and never mixes with your work.</source>
        <translation>Il n&apos;y a pas encore de base de données. Commencez avec une base vide pour vos propres ateliers, ou ouvrez d&apos;abord une démonstration pour découvrir l&apos;application. La démonstration a sa propre base de données et ne se mélange jamais à votre travail.</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Commencer avec une base de données &amp;vide</translation>
    </message>
    <message>
        <source>Open a &amp;demo (separate database)</source>
        <translation>Ouvrir une &amp;démonstration (base de données distincte)</translation>
    </message>
    <message>
        <source>Your database: {path}</source>
        <translation>Votre base de données&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>GenderChoice</name>
    <message>
        <source>Optional.</source>
        <translation>Facultatif.</translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation>Selon les propres termes de la personne</translation>
    </message>
</context>
<context>
    <name>GenderMappingBox</name>
    <message>
        <source>Genders not recognised</source>
        <translation>Genres non reconnus</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
</context>
<context>
    <name>ImportWizardFile</name>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} is empty.</source>
        <translation>{file}&#xa0;: la feuille {sheet} est vide.</translation>
    </message>
</context>
<context>
    <name>IssuePreviewDialog</name>
    <message>
        <source>Issue certificates: what will happen</source>
        <translation>Délivrer des attestations&#xa0;: ce qui va se passer</translation>
    </message>
    <message>
        <source>Reprints keep their code, version and date: every copy already sent stays valid.</source>
        <translation>Les réimpressions conservent leur code, leur version et leur date&#xa0;: toute copie déjà envoyée reste valide.</translation>
    </message>
    <message>
        <source>Issue and write…</source>
        <translation>Délivrer et écrire…</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel d&apos;appui</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En liste d&apos;attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Inscriptions ouvertes</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>LayoutPage</name>
    <message>
        <source>Sheet and header</source>
        <translation>Feuille et en-tête</translation>
    </message>
    <message>
        <source>Check that the names read right and that the header row is the one marked.</source>
        <translation>Vérifiez que les noms s&apos;affichent correctement et que la ligne d&apos;en-tête est bien celle indiquée.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Encodage du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#xa0;; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Header on row:</source>
        <translation>En-tête à la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>The text encoding could not be told for sure; it was read as {enc}. If names below look wrong (JosÃ© instead of José), choose another encoding.</source>
        <translation>L&apos;encodage du texte n&apos;a pas pu être déterminé avec certitude&#xa0;; il a été lu comme {enc}. Si les noms ci-dessous semblent erronés (JosÃ© au lieu de José), choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>The delimiter could not be told for sure; check the columns below.</source>
        <translation>Le séparateur n&apos;a pas pu être déterminé avec certitude&#xa0;; vérifiez les colonnes ci-dessous.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;workshop</source>
        <translation>Nouvel &amp;atelier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the d&amp;emo database</source>
        <translation>Ouvrir la base de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importer des inscriptions…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <source>Import b&amp;undle…</source>
        <translation>Importer un &amp;paquet…</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>Se connecter à un ser&amp;veur…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Remove &amp;demo data…</source>
        <translation>Supprimer les données de dé&amp;monstration…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About lacworkshop</source>
        <translation>À &amp;propos de lacworkshop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>lacworkshop — {name} — Demo database</source>
        <translation>lacworkshop — {name} — Base de démonstration</translation>
    </message>
    <message>
        <source>lacworkshop — {name}</source>
        <translation>lacworkshop — {name}</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Ouvrir la base de démonstration</translation>
    </message>
    <message>
        <source>There is no demo data to remove.</source>
        <translation>Il n&apos;y a aucune donnée de démonstration à supprimer.</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Supprimer les données de démonstration</translation>
    </message>
    <message>
        <source>Remove every demo workshop ({workshops}), demo person ({people}), demo signatory ({signatories}) and demo template ({templates})? Their sessions, attendance and certificates go with them. Your own work is not touched, and a backup is written first.</source>
        <translation>Supprimer tous les ateliers ({workshops}), personnes ({people}), signataires ({signatories}) et modèles ({templates}) de démonstration&#xa0;? Leurs séances, présences et attestations seront supprimées avec eux. Votre propre travail n&apos;est pas modifié, et une sauvegarde est écrite au préalable.</translation>
    </message>
    <message>
        <source>Demo data removed; a backup was written to {path}</source>
        <translation>Données de démonstration supprimées&#xa0;; une sauvegarde a été écrite dans {path}</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} ouvert</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>lacworkshop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données lacworkshop (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>lacworkshop databases (*.sqlite3)</source>
        <translation>Bases de données lacworkshop (*.sqlite3)</translation>
    </message>
    <message>
        <source>{path} already exists; use Open instead.</source>
        <translation>{path} existe déjà&#xa0;; utilisez plutôt Ouvrir.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace {name} with the backup {backup}? Changes made since that backup are set aside (the database as it is now is backed up first).</source>
        <translation>Remplacer {name} par la sauvegarde {backup}&#xa0;? Les modifications faites depuis cette sauvegarde sont mises de côté (la base de données dans son état actuel est d&apos;abord sauvegardée).</translation>
    </message>
    <message>
        <source>Restored {backup}; the previous database was kept as {previous}</source>
        <translation>{backup} restaurée&#xa0;; la base de données précédente a été conservée sous {previous}</translation>
    </message>
    <message>
        <source>The new language takes effect when lacworkshop restarts.</source>
        <translation>La nouvelle langue s&apos;appliquera au redémarrage de lacworkshop.</translation>
    </message>
    <message>
        <source>{n} messages wait in the outbox: Edit &gt; Outbox… sends them.</source>
        <translation>{n} messages attendent dans la boîte d&apos;envoi&#xa0;: Édition &gt; Boîte d&apos;envoi… les envoie.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing is not available in this version.</source>
        <translation>L&apos;importation n&apos;est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Say what each column holds. Columns left on “ignore” are not imported.</source>
        <translation>Indiquez ce que contient chaque colonne. Les colonnes laissées sur «&#xa0;ignorer&#xa0;» ne sont pas importées.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Noms de famille</translation>
    </message>
    <message>
        <source>Full name (split into given and family names)</source>
        <translation>Nom complet (séparé en prénoms et noms de famille)</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Notes (added to the participation)</source>
        <translation>Notes (ajoutées à la participation)</translation>
    </message>
    <message>
        <source>Consent (the header is the notice answered)</source>
        <translation>Consentement (l&apos;en-tête est l&apos;avis auquel on a répondu)</translation>
    </message>
    <message>
        <source>Registration number on the platform</source>
        <translation>Numéro d&apos;inscription sur la plateforme</translation>
    </message>
    <message>
        <source>Registration status (cancelled, refunded are skipped)</source>
        <translation>Statut de l&apos;inscription (les annulées et remboursées sont ignorées)</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne dans le fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Recognised as an export of {system}.</source>
        <translation>Reconnu comme un export de {system}.</translation>
    </message>
    <message>
        <source>The columns are set as when you last imported a file with these headers.</source>
        <translation>Les colonnes sont réglées comme lors de votre dernière importation d&apos;un fichier avec ces en-têtes.</translation>
    </message>
    <message>
        <source>The columns were recognised from their headers and the values under them; correct any that are wrong.</source>
        <translation>Les colonnes ont été reconnues d&apos;après leurs en-têtes et les valeurs qu&apos;elles contiennent&#xa0;; corrigez celles qui sont erronées.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <source>Which column holds the names?</source>
        <translation>Quelle colonne contient les noms&#xa0;?</translation>
    </message>
    <message>
        <source>No column is set to a name. Set one column to “Given names”, “Family names” or “Full name”.</source>
        <translation>Aucune colonne n&apos;est associée à un nom. Associez une colonne à «&#xa0;Prénoms&#xa0;», «&#xa0;Noms de famille&#xa0;» ou «&#xa0;Nom complet&#xa0;».</translation>
    </message>
    <message>
        <source>A field is set twice</source>
        <translation>Un champ est associé deux fois</translation>
    </message>
    <message>
        <source>Each field can come from one column only, except names (two family-name columns are joined) and notes.</source>
        <translation>Chaque champ ne peut provenir que d&apos;une seule colonne, sauf les noms (deux colonnes de noms de famille sont réunies) et les notes.</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Keep this record (#{id})</source>
        <translation>Conserver cette fiche (#{id})</translation>
    </message>
    <message>
        <source>Every workshop, attendance mark, certificate and session of the other record moves to the one kept; empty fields are filled from it; then the other record is removed. A backup of the database is taken first.</source>
        <translation>Chaque atelier, pointage de présence, attestation et séance de l&apos;autre fiche passe à celle conservée&#xa0;; les champs vides sont complétés à partir d&apos;elle&#xa0;; puis l&apos;autre fiche est supprimée. Une sauvegarde de la base de données est faite au préalable.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <source>New edition</source>
        <translation>Nouvelle édition</translation>
    </message>
    <message>
        <source>The new edition gets the tracks, the schedule moved to the new dates, the trainers and the certificate rule. Attendees are not copied.</source>
        <translation>La nouvelle édition reprend les parcours, le programme décalé aux nouvelles dates, les formateurs et la règle d&apos;attestation. Les participants ne sont pas copiés.</translation>
    </message>
    <message>
        <source>&amp;Create edition</source>
        <translation>&amp;Créer l&apos;édition</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Certificate eligibility by hand</source>
        <translation>Éligibilité à l&apos;attestation fixée manuellement</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>éligible</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>non éligible</translation>
    </message>
    <message>
        <source>%1 attended %2 of %3 hours (%4 %). By the rule alone: %5.</source>
        <translation>%1 a suivi %2 heures sur %3 (%4 %). Selon la règle&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Follow the attendance rule</source>
        <translation>Suivre la règle de présence</translation>
    </message>
    <message>
        <source>Grant the certificate</source>
        <translation>Accorder l&apos;attestation</translation>
    </message>
    <message>
        <source>Withhold the certificate</source>
        <translation>Refuser l&apos;attestation</translation>
    </message>
    <message>
        <source>Reason (required to grant or withhold):</source>
        <translation>Motif (obligatoire pour accorder ou refuser)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. medical certificate for Wednesday</source>
        <translation>p. ex. certificat médical pour mercredi</translation>
    </message>
</context>
<context>
    <name>PaperSizeBox</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Family names</source>
        <translation>Noms de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Every role</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>&amp;Add people…</source>
        <translation>&amp;Ajouter des personnes…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Changer l&apos;état</translation>
    </message>
    <message>
        <source>Set track</source>
        <translation>Changer de parcours</translation>
    </message>
    <message>
        <source>Remove from workshop</source>
        <translation>Retirer de l&apos;atelier</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sans parcours)</translation>
    </message>
    <message>
        <source>Add {n} people</source>
        <translation>Ajouter {n} personnes</translation>
    </message>
    <message>
        <source>{n} added.</source>
        <translation>{n} ajoutées.</translation>
    </message>
    <message>
        <source>{n} already had that role.</source>
        <translation>{n} avaient déjà ce rôle.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Set status to {s}</source>
        <translation>Passer à l&apos;état {s}</translation>
    </message>
    <message>
        <source>Change track</source>
        <translation>Changer de parcours</translation>
    </message>
    <message>
        <source>Remove {n} from this workshop: {names}?</source>
        <translation>Retirer {n} de cet atelier&#xa0;: {names}&#xa0;?</translation>
    </message>
    <message>
        <source>You can take this back with Edit &gt; Undo.</source>
        <translation>Vous pouvez revenir en arrière avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Remove {n} from the workshop</source>
        <translation>Retirer {n} de l&apos;atelier</translation>
    </message>
</context>
<context>
    <name>PeopleFilters</name>
    <message>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Any workshop</source>
        <translation>Tous les ateliers</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search name, email, organisation, document (Ctrl+F)</source>
        <translation>Rechercher nom, courriel, organisation, pièce d&apos;identité (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Merge two…</source>
        <translation>&amp;Fusionner deux…</translation>
    </message>
    <message>
        <source>Select two people, then merge them into one.</source>
        <translation>Sélectionnez deux personnes, puis fusionnez-les en une seule.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Courriel…</translation>
    </message>
    <message>
        <source>Email the selected people of the workshop shown.</source>
        <translation>Envoyer un courriel aux personnes sélectionnées de l&apos;atelier affiché.</translation>
    </message>
    <message>
        <source>Print &amp;badges for the selection…</source>
        <translation>Imprimer les &amp;badges de la sélection…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Everything held about this person, as a JSON file they can ask for.</source>
        <translation>Tout ce qui est conservé sur cette personne, dans un fichier JSON qu&apos;elle peut demander.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data everywhere; counts and certificates stay.</source>
        <translation>Effacer partout les données de cette personne&#xa0;; les décomptes et les attestations sont conservés.</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <source>Save the changes to this person first?</source>
        <translation>Enregistrer d&apos;abord les modifications de cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Show one workshop&apos;s people first.</source>
        <translation>Affichez d&apos;abord les personnes d&apos;un seul atelier.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Choose a workshop in the filter first.</source>
        <translation>Choisissez d&apos;abord un atelier dans le filtre.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select one person to delete.</source>
        <translation>Sélectionnez une personne à supprimer.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>la personne</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message>
        <source>Select the two records of the same person (Ctrl+click), then Merge.</source>
        <translation>Sélectionnez les deux fiches de la même personne (Ctrl+clic), puis Fusionner.</translation>
    </message>
    <message>
        <source>Merged: {p} participations and {c} certificates moved.</source>
        <translation>Fusionnées&#xa0;: {p} participations et {c} attestations déplacées.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Family names</source>
        <translation>Noms de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>PersonConsentLabel</name>
    <message>
        <source>processing of their data for the workshop</source>
        <translation>le traitement de ses données pour l&apos;atelier</translation>
    </message>
    <message>
        <source>being listed publicly</source>
        <translation>la publication de son nom dans une liste publique</translation>
    </message>
    <message>
        <source>receiving email</source>
        <translation>la réception de courriels</translation>
    </message>
    <message>
        <source>photos and video</source>
        <translation>les photos et vidéos</translation>
    </message>
    <message>
        <source>Consent: none recorded.</source>
        <translation>Consentement&#xa0;: aucun enregistré.</translation>
    </message>
    <message>
        <source>Personal data erased on {date}.</source>
        <translation>Données personnelles effacées le {date}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Consent: agreed to {what}.</source>
        <translation>Consentement accordé pour&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Given: {date}.</source>
        <translation>Donné le {date}.</translation>
    </message>
    <message>
        <source>Notice: {notice}</source>
        <translation>Avis&#xa0;: {notice}</translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Both surnames, e.g. Núñez Peña</source>
        <translation>Les deux, p. ex. Núñez Peña</translation>
    </message>
    <message>
        <source>Name for badges and certificates</source>
        <translation>Pour badges et attestations</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Prénoms&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family names:</source>
        <translation>Noms de &amp;famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Nom d&apos;&amp;usage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>Doc&amp;ument id:</source>
        <translation>Pièce d&apos;i&amp;dentité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PersonMessagesTable</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>PersonWorkshopsTable</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>New version %1 of %2: %3</source>
        <translation>Nouvelle version %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>New certificate: %1</source>
        <translation>Nouvelle attestation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reprint of %1 (still valid): %2</source>
        <translation>Réimpression de %1 (toujours valide)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unchanged %1: %2</source>
        <translation>%1 inchangée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Blocked: %1: %2</source>
        <translation>Bloquée&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not eligible: %1: %2</source>
        <translation>Non éligible&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Avertissement&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>{issued} to issue, {reprinted} to reprint, {superseded} to supersede, {reused} unchanged, {blocked} blocked, {not_eligible} not eligible.</source>
        <translation>{issued} à délivrer, {reprinted} à réimprimer, {superseded} à remplacer, {reused} inchangée(s), {blocked} bloquée(s), {not_eligible} non éligible(s).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Automatic (system language: {language})</source>
        <translation>Automatique (langue du système&#xa0;: {language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when lacworkshop restarts.</source>
        <translation>Une nouvelle langue s&apos;applique au redémarrage de lacworkshop.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. LACNIC, LACNOG, Fundación Internet Bolivia</source>
        <translation>p. ex. LACNIC, LACNOG, Fundación Internet Bolivia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>The built-in certificate templates print this logo; templates with a logo of their own keep it.</source>
        <translation>Les modèles d&apos;attestation fournis impriment ce logo&#xa0;; les modèles qui ont leur propre logo le conservent.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Automatic backups to &amp;keep:</source>
        <translation>Sauvegardes automatiques à &amp;conserver&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Dossier des sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>The account certificates and messages go from.</source>
        <translation>Le compte depuis lequel partent les attestations et les messages.</translation>
    </message>
    <message>
        <source>Email &amp;account…</source>
        <translation>&amp;Compte de courriel…</translation>
    </message>
    <message>
        <source>(sample logo)</source>
        <translation>(logo d&apos;exemple)</translation>
    </message>
    <message>
        <source>Choose the organisation logo</source>
        <translation>Choisissez le logo de l&apos;organisation</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>Impossible de lire {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{file} cannot be used as the logo: {reason}</source>
        <translation>{file} ne peut pas servir de logo&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>No file manager could be opened. The backups are in:
{path}</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu être ouvert. Les sauvegardes se trouvent dans&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>The name is too long: at most {n} characters.</source>
        <translation>Le nom est trop long&#xa0;: {n} caractères au maximum.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Noms de famille</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Already known as</source>
        <translation>Déjà connu sous le nom</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Skip (same person)</source>
        <translation>Ignorer (même personne)</translation>
    </message>
    <message>
        <source>Merge into the earlier row</source>
        <translation>Fusionner avec la ligne précédente</translation>
    </message>
    <message>
        <source>Link to the existing person</source>
        <translation>Lier à la personne existante</translation>
    </message>
    <message>
        <source>Update the existing person</source>
        <translation>Mettre à jour la personne existante</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>nom manquant</translation>
    </message>
    <message>
        <source>bad email “{value}”</source>
        <translation>courriel invalide «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>unknown country “{value}” (left empty)</source>
        <translation>pays inconnu «&#xa0;{value}&#xa0;» (laissé vide)</translation>
    </message>
    <message>
        <source>unknown language “{value}” (left empty)</source>
        <translation>langue inconnue «&#xa0;{value}&#xa0;» (laissée vide)</translation>
    </message>
    <message>
        <source>unknown role “{value}” (the chosen role is used)</source>
        <translation>rôle inconnu «&#xa0;{value}&#xa0;» (le rôle choisi est utilisé)</translation>
    </message>
    <message>
        <source>unknown track “{value}” (the chosen track is used)</source>
        <translation>parcours inconnu «&#xa0;{value}&#xa0;» (le parcours choisi est utilisé)</translation>
    </message>
    <message>
        <source>{column} longer than {value} characters</source>
        <translation>{column} dépasse {value} caractères</translation>
    </message>
    <message>
        <source>garbled text “{value}” in {column}: choose another text encoding</source>
        <translation>texte illisible «&#xa0;{value}&#xa0;» dans {column}&#xa0;: choisissez un autre encodage</translation>
    </message>
    <message>
        <source>consent “{value}” in {column} is neither yes, no nor a date: not taken as consent</source>
        <translation>consentement «&#xa0;{value}&#xa0;» dans {column} n&apos;est ni oui, ni non, ni une date&#xa0;: non pris comme consentement</translation>
    </message>
    <message>
        <source>invisible control characters removed from {column} (they can disguise a name); kept: “{value}”</source>
        <translation>caractères de contrôle invisibles supprimés de {column} (ils peuvent masquer un nom)&#xa0;; conservé&#xa0;: « {value} »</translation>
    </message>
    <message>
        <source>“{value}” looks like a spreadsheet formula (kept as text)</source>
        <translation>« {value} » ressemble à une formule de tableur (conservé comme texte)</translation>
    </message>
    <message>
        <source>“{value}” holds markup (kept as text)</source>
        <translation>« {value} » contient du balisage (conservé comme texte)</translation>
    </message>
    <message>
        <source>“{value}” holds characters unusual in a name</source>
        <translation>« {value} » contient des caractères inhabituels dans un nom</translation>
    </message>
    <message>
        <source>gender “{value}” not recognised (kept as self-described)</source>
        <translation>genre « {value} » non reconnu (conservé comme autodéfini)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>même nom et même pays</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>already in this workshop</source>
        <translation>déjà dans cet atelier</translation>
    </message>
    <message>
        <source>row {row} ({why})</source>
        <translation>ligne {row} ({why})</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the rows, then press Import.</source>
        <translation>Rien n&apos;a encore été écrit. Vérifiez les lignes, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>People already in the database:</source>
        <translation>Personnes déjà dans la base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Link to the existing person</source>
        <translation>Lier à la personne existante</translation>
    </message>
    <message>
        <source>Update the existing person</source>
        <translation>Mettre à jour la personne existante</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Only rows that need attention</source>
        <translation>Seulement les lignes à vérifier</translation>
    </message>
    <message>
        <source>People checked in on the registration platform were present at the first session</source>
        <translation>Les personnes dont l&apos;arrivée est enregistrée sur la plateforme d&apos;inscription étaient présentes à la première séance</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Impossible de préparer l&apos;importation</translation>
    </message>
    <message>
        <source>{rows} rows under the header on row {header} of {file} ({sheet}): {new} new people, {dups} duplicates, {blocked} cannot be imported, {warnings} with warnings. Workshop {workshop}.</source>
        <translation>{rows} lignes sous l&apos;en-tête de la ligne {header} de {file} ({sheet})&#xa0;: {new} nouvelles personnes, {dups} doublons, {blocked} impossibles à importer, {warnings} avec avertissements. Atelier {workshop}.</translation>
    </message>
    <message>
        <source>The text encoding was guessed ({enc}), not known. If names look wrong, go Back and choose another encoding; rows with garbled text are not imported.</source>
        <translation>L&apos;encodage du texte a été deviné ({enc}), il n&apos;est pas connu. Si les noms semblent erronés, revenez en arrière et choisissez un autre encodage&#xa0;; les lignes au texte illisible ne sont pas importées.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Exported from {system}.</source>
        <translation>Exporté depuis {system}.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>L&apos;importation a échoué</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Longest name</source>
        <translation>Nom le plus long</translation>
    </message>
    <message>
        <source>Person&apos;s language</source>
        <translation>Langue de la personne</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Aperçu pour&#xa0;:</translation>
    </message>
    <message>
        <source>Add a workshop to see a preview.</source>
        <translation>Ajoutez un atelier pour voir un aperçu.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Written: {path}
{parts} participation(s), {marks} attendance mark(s), {certs} certificate(s), {audit} audit entries.</source>
        <translation>Écrit&#xa0;: {path}
{parts} participation(s), {marks} pointage(s) de présence, {certs} attestation(s), {audit} entrées du journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased already.</source>
        <translation>Les données de cette personne ont déjà été effacées.</translation>
    </message>
    <message>
        <source>Erase the personal data of {name}? This cannot be undone.

Goes: names, email, phone, organisation, document id, language, notes and consent, also where they were copied (attendance notes, certificate texts, the audit log).

Stays, anonymised: {parts} participation(s) and {marks} attendance mark(s), with country and gender, so counts and statistics do not change; {certs} certificate(s), verifiable as issued with the holder&apos;s data erased.

{backups} backup(s) still hold this person; restoring one brings the data back.</source>
        <translation>Effacer les données personnelles de {name}&#xa0;? Cette action est irréversible.

Supprimés&#xa0;: noms, courriel, téléphone, organisation, pièce d&apos;identité, langue, notes et consentement, y compris là où ils ont été copiés (notes de présence, textes des attestations, journal d&apos;audit).

Conservés, anonymisés&#xa0;: {parts} participation(s) et {marks} pointage(s) de présence, avec le pays et le genre, pour que les décomptes et les statistiques ne changent pas&#xa0;; {certs} attestation(s), vérifiable(s) comme délivrée(s), avec les données du titulaire effacées.

{backups} sauvegarde(s) contiennent encore cette personne&#xa0;; en restaurer une fait revenir les données.</translation>
    </message>
    <message>
        <source>The personal data of person #{id} was erased.</source>
        <translation>Les données personnelles de la personne n° {id} ont été effacées.</translation>
    </message>
    <message>
        <source>Another program has the database open: old pages stay in its log until it closes.</source>
        <translation>Un autre programme a ouvert la base de données&#xa0;: les anciennes pages restent dans son journal jusqu&apos;à sa fermeture.</translation>
    </message>
    <message>
        <source>These backups still hold the person:</source>
        <translation>Ces sauvegardes contiennent encore la personne&#xa0;:</translation>
    </message>
    <message>
        <source>{file}: removed by rotation after {n} more backup(s), about {date} if one is taken every day</source>
        <translation>{file}&#xa0;: supprimée par rotation après {n} sauvegarde(s) de plus, vers le {date} si une sauvegarde est faite chaque jour</translation>
    </message>
    <message>
        <source>Restoring one of them, or any older copy of the database, brings the erased data back: erase the person again after any restore.</source>
        <translation>Restaurer l&apos;une d&apos;elles, ou toute copie plus ancienne de la base de données, fait revenir les données effacées&#xa0;: effacez à nouveau la personne après toute restauration.</translation>
    </message>
    <message>
        <source>No older backup holds this person.</source>
        <translation>Aucune sauvegarde plus ancienne ne contient cette personne.</translation>
    </message>
</context>
<context>
    <name>PublishAction</name>
    <message>
        <source>Write a folder to upload to your website: a page that verifies certificates in any browser, the public keys, the revocations, and the codes of every workshop with the names of people who agreed to be listed.</source>
        <translation>Génère un dossier à mettre en ligne sur votre site web&#xa0;: une page qui vérifie les attestations dans n&apos;importe quel navigateur, les clés publiques, les révocations et les codes de chaque atelier avec les noms des personnes qui ont accepté d&apos;y figurer.</translation>
    </message>
    <message>
        <source>Publish the verification folder into</source>
        <translation>Publier le dossier de vérification dans</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Publish every workshop, or only %1? The folder holds only what is published now: publish into a new folder, or publish them all.</source>
        <translation>Publier tous les ateliers, ou seulement %1&#xa0;? Le dossier ne contient que ce qui est publié maintenant&#xa0;: publiez dans un nouveau dossier, ou publiez-les tous.</translation>
    </message>
    <message>
        <source>&amp;Every workshop</source>
        <translation>&amp;Tous les ateliers</translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation>&amp;Seulement %1</translation>
    </message>
    <message>
        <source>Writing the verification folder…</source>
        <translation>Écriture du dossier de vérification…</translation>
    </message>
    <message>
        <source>Published %1 workshop(s) into %2: %3 certificate(s) listed, %4 left out (no consent to being listed), %5 revoked. Upload the whole folder; verify.html also works opened from disk.</source>
        <translation>%1 atelier(s) publié(s) dans %2&#xa0;: %3 attestation(s) listée(s), %4 omise(s) (sans consentement à figurer dans la liste), %5 révoquée(s). Mettez en ligne le dossier entier&#xa0;; verify.html fonctionne aussi ouvert depuis le disque.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>ReadinessNote</name>
    <message>
        <source>the organisation&apos;s logo (Edit &gt; Preferences)</source>
        <translation>le logo de l&apos;organisation (Édition &gt; Préférences)</translation>
    </message>
    <message>
        <source>a signatory of your own (Edit templates… &gt; Signatories…)</source>
        <translation>un signataire à vous (Modifier les modèles… &gt; Signataires…)</translation>
    </message>
    <message>
        <source>These certificates would show the demo&apos;s sample logo or signature, or have no signatory. Certificates of this workshop cannot be issued until you set: {missing}.</source>
        <translation>Ces attestations afficheraient le logo ou la signature d&apos;exemple de la démonstration, ou n&apos;auraient aucun signataire. Les attestations de cet atelier ne peuvent pas être délivrées tant que vous n&apos;avez pas défini&#xa0;: {missing}.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import attendance register</source>
        <translation>Importer le registre de présence</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>non pointé</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>%1: %2 mark(s) change, %3 unchanged, %4 problem(s).</source>
        <translation>%1&#xa0;: %2 pointage(s) modifié(s), %3 inchangé(s), %4 problème(s).</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>Non lu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Series (every edition):</source>
        <translation>Série (toutes les éditions)&#xa0;:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Workshop language</source>
        <translation>Langue de l&apos;atelier</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Export attendee list…</source>
        <translation>Exporter la liste des participants…</translation>
    </message>
    <message>
        <source>Export statistics (xlsx)…</source>
        <translation>Exporter les statistiques (xlsx)…</translation>
    </message>
    <message>
        <source>There is no workshop yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;atelier.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Statistics written to {path}</source>
        <translation>Statistiques écrites dans {path}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of {name}. The database as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Choisissez la sauvegarde à mettre à la place de {name}. La base de données dans son état actuel est d&apos;abord sauvegardée&#xa0;: vous pourrez donc annuler en restaurant cette copie.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>Autre &amp;fichier…</translation>
    </message>
    <message>
        <source>backup now</source>
        <translation>sauvegarde manuelle</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <source>before an attendance import</source>
        <translation>avant une importation de présences</translation>
    </message>
    <message>
        <source>before issuing certificates</source>
        <translation>avant la délivrance d&apos;attestations</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>before merging people</source>
        <translation>avant une fusion de personnes</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <source>No backup selected.</source>
        <translation>Aucune sauvegarde sélectionnée.</translation>
    </message>
    <message>
        <source>{file} failed its check and cannot be restored.</source>
        <translation>{file} n&apos;a pas passé la vérification et ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Backup of {date}: {workshops} workshop(s), {people} people, {certificates} certificate(s).
{file}</source>
        <translation>Sauvegarde du {date}&#xa0;: {workshops} atelier(s), {people} personnes, {certificates} attestation(s).
{file}</translation>
    </message>
    <message>
        <source>lacworkshop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données lacworkshop (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>{file} into {workshop}: {created} created, {linked} linked, {updated} updated, {skipped} skipped; {parts} added to the workshop.</source>
        <translation>{file} dans {workshop}&#xa0;: {created} créées, {linked} liées, {updated} mises à jour, {skipped} ignorées&#xa0;; {parts} ajoutées à l&apos;atelier.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): skipped, {reason}</source>
        <translation>Ligne {row} ({name})&#xa0;: ignorée, {reason}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Ligne {row}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Toutes les lignes ont été importées.</translation>
    </message>
    <message>
        <source>The database was copied just before the import, to {path}.</source>
        <translation>La base de données a été copiée juste avant l&apos;importation, dans {path}.</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Enregistrer le rapport d&apos;importation</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Enregistré&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>ScheduleGeneratorDialog</name>
    <message>
        <source>Generate sessions</source>
        <translation>Générer des séances</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>e.g. 2026-10-07, 2026-10-12</source>
        <translation>p. ex. 2026-10-07, 2026-10-12</translation>
    </message>
    <message>
        <source>All tracks together (plenary)</source>
        <translation>Tous les parcours ensemble (plénière)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Daily blocks:</source>
        <translation>Blocs quotidiens&#xa0;:</translation>
    </message>
    <message>
        <source>Skip weekdays:</source>
        <translation>Sauter les jours&#xa0;:</translation>
    </message>
    <message>
        <source>Skip dates:</source>
        <translation>Sauter les dates&#xa0;:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Topic (optional):</source>
        <translation>Sujet (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-10-07.</source>
        <translation>{text} n&apos;est pas une date comme 2026-10-07.</translation>
    </message>
    <message>
        <source>{days} day(s) × {blocks} block(s): {n} sessions, {hours:g} h per track.</source>
        <translation>{days} jour(s) × {blocks} bloc(s)&#xa0;: {n} séances, {hours:g} h par parcours.</translation>
    </message>
    <message>
        <source>Choose at least one track.</source>
        <translation>Choisissez au moins un parcours.</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>Add track…</source>
        <translation>Ajouter un parcours…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete track</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tracks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parcours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Formateurs</translation>
    </message>
    <message>
        <source>&amp;Generate sessions…</source>
        <translation>&amp;Générer des séances…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Ajouter une séance…</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Modifier la séance…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Assign &amp;trainers…</source>
        <translation>Affecter des &amp;formateurs…</translation>
    </message>
    <message>
        <source>Give the selected sessions their trainers at once</source>
        <translation>Affecter en une fois leurs formateurs aux séances sélectionnées</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Save the schedule as an iCalendar file (.ics) for trainers&apos; calendars</source>
        <translation>Enregistrer le programme dans un fichier iCalendar (.ics) pour les agendas des formateurs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>{name} ({slots} sessions, {people} people)</source>
        <translation>{name} ({slots} séances, {people} personnes)</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Add track</source>
        <translation>Ajouter un parcours</translation>
    </message>
    <message>
        <source>Track name:</source>
        <translation>Nom du parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Add track {name}</source>
        <translation>Ajouter le parcours {name}</translation>
    </message>
    <message>
        <source>Rename track</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <source>track</source>
        <translation>le parcours</translation>
    </message>
    <message>
        <source>Delete track {name}</source>
        <translation>Supprimer le parcours {name}</translation>
    </message>
    <message>
        <source>Generate {n} sessions</source>
        <translation>Générer {n} séances</translation>
    </message>
    <message>
        <source>{n} sessions added.</source>
        <translation>{n} séances ajoutées.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>session</source>
        <translation>la séance</translation>
    </message>
    <message>
        <source>Delete session {label}</source>
        <translation>Supprimer la séance {label}</translation>
    </message>
    <message numerus="yes">
        <source>Assign trainers to %n session(s)</source>
        <translation>
            <numerusform>Affecter des formateurs à %n séance</numerusform>
            <numerusform>Affecter des formateurs à %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>Fichier iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>{n} sessions saved in {path} with local times: add the workshop&apos;s city to fix the time zone.</source>
        <translation>{n} séances enregistrées dans {path} en heure locale&#xa0;: ajoutez la ville de l&apos;atelier pour fixer le fuseau horaire.</translation>
    </message>
    <message>
        <source>{n} sessions saved in {path} ({zone}).</source>
        <translation>{n} séances enregistrées dans {path} ({zone}).</translation>
    </message>
</context>
<context>
    <name>ScheduleWarningBox</name>
    <message>
        <source>Schedule problems</source>
        <translation>Problèmes de programme</translation>
    </message>
    <message numerus="yes">
        <source>The schedule check found %n problem(s). Save anyway?</source>
        <translation>
            <numerusform>La vérification du programme a trouvé %n problème. Enregistrer quand même&#xa0;?</numerusform>
            <numerusform>La vérification du programme a trouvé %n problèmes. Enregistrer quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… et {n} de plus.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>ServerConnectionDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New item on this page</source>
        <translation>Nouvel élément sur cette page</translation>
    </message>
    <message>
        <source>Edit the chosen item</source>
        <translation>Modifier l&apos;élément choisi</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>The first three sign each certificate: this workshop&apos;s first.</source>
        <translation>Les trois premiers signent chaque attestation&#xa0;: ceux de cet atelier d&apos;abord.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Signs for every workshop</source>
        <translation>Signe pour tous les ateliers</translation>
    </message>
    <message>
        <source>no signature image</source>
        <translation>sans image de signature</translation>
    </message>
    <message>
        <source>Signature image…</source>
        <translation>Image de la signature…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Ajouter un signataire</translation>
    </message>
    <message>
        <source>this workshop</source>
        <translation>cet atelier</translation>
    </message>
    <message>
        <source>every workshop</source>
        <translation>tous les ateliers</translation>
    </message>
    <message>
        <source>[not printed: three at most]</source>
        <translation>[non imprimé&#xa0;: trois au maximum]</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Signature numérisée</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SigninSheetsDialog</name>
    <message>
        <source>Sign-in sheets</source>
        <translation>Feuilles d&apos;émargement</translation>
    </message>
    <message>
        <source>Every track</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SigningKeyBox</name>
    <message>
        <source>Certificate verification</source>
        <translation>Vérification des attestations</translation>
    </message>
    <message>
        <source>e.g. https://example.org/certificados/verify.html</source>
        <translation>p. ex. https://example.org/certificados/verify.html</translation>
    </message>
    <message>
        <source>Where the published verification page is; new certificates&apos; QR codes open it</source>
        <translation>Emplacement de la page de vérification publiée&#xa0;; les codes QR des nouvelles attestations l&apos;ouvrent</translation>
    </message>
    <message>
        <source>&amp;Verification address:</source>
        <translation>Adresse de &amp;vérification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation>&amp;Exporter la clé publique…</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Nouvelle clé…</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clé publique&#xa0;:</translation>
    </message>
    <message>
        <source>(private key missing: make a new key)</source>
        <translation>(clé privée manquante&#xa0;: créez une nouvelle clé)</translation>
    </message>
    <message>
        <source>Export the organisation&apos;s public key</source>
        <translation>Exporter la clé publique de l&apos;organisation</translation>
    </message>
    <message>
        <source>Public key (*.pem)</source>
        <translation>Clé publique (*.pem)</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Exporter la clé publique</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>Make a new signing key? New certificates are signed with it; certificates issued before keep verifying with the old public key. Publish the new public key afterwards.</source>
        <translation>Créer une nouvelle clé de signature&#xa0;? Les nouvelles attestations seront signées avec elle&#xa0;; les attestations délivrées auparavant restent vérifiables avec l&apos;ancienne clé publique. Publiez ensuite la nouvelle clé publique.</translation>
    </message>
</context>
<context>
    <name>SlotEditorDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>All tracks (plenary)</source>
        <translation>Tous les parcours (plénière)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>Sa&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>&amp;Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Trainers:</source>
        <translation>Formateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Add people with the trainer role to the workshop to assign them here.</source>
        <translation>Ajoutez à l&apos;atelier des personnes ayant le rôle de formateur pour les affecter ici.</translation>
    </message>
</context>
<context>
    <name>StatPanel</name>
    <message>
        <source>Copy chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>Rien à compter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation>L&apos;image n&apos;a pas pu être écrite.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Certificate templates</source>
        <translation>Modèles d&apos;attestation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Classic: serif, double frame</source>
        <translation>Classique&#xa0;: empattements, double cadre</translation>
    </message>
    <message>
        <source>Modern: sans, colour band</source>
        <translation>Moderne&#xa0;: sans empattements, bande de couleur</translation>
    </message>
    <message>
        <source>Bilingual: two languages</source>
        <translation>Bilingue&#xa0;: deux langues</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Style&#xa0;:</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Fin de formation</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Kind shown:</source>
        <translation>Type affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page&#xa0;:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Title font:</source>
        <translation>Police du titre&#xa0;:</translation>
    </message>
    <message>
        <source>Text font:</source>
        <translation>Police du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Image or PDF…</source>
        <translation>Image ou PDF…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Arrière-plan&#xa0;:</translation>
    </message>
    <message>
        <source>Signatories…</source>
        <translation>Signataires…</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signé par&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Built-in templates are kept; use Save as…</source>
        <translation>Les modèles fournis sont conservés&#xa0;; utilisez Enregistrer sous…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Accent</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisissez un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose a background</source>
        <translation>Choisissez un arrière-plan</translation>
    </message>
    <message>
        <source>Images or PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images ou PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>This PDF cannot be read.</source>
        <translation>Impossible de lire ce PDF.</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Enregistrer le modèle sous</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Nom du nouveau modèle&#xa0;:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
</context>
<context>
    <name>TemplateTexts</name>
    <message>
        <source>Words (empty: the standard words)</source>
        <translation>Textes (vide&#xa0;: les textes standard)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Introduction&#xa0;:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Variables&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TracklessNotice</name>
    <message>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) have no track, so only the plenary sessions count for their certificate: {names}. Give them a track under Workshops › Participants.</source>
        <translation>
            <numerusform>%n participant n&apos;a pas de parcours, donc seules les séances plénières comptent pour son attestation&#xa0;: {names}. Attribuez-lui un parcours dans Ateliers › Participants.</numerusform>
            <numerusform>%n participants n&apos;ont pas de parcours, donc seules les séances plénières comptent pour leur attestation&#xa0;: {names}. Attribuez-leur un parcours dans Ateliers › Participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TracklessWarningBox</name>
    <message>
        <source>Attendees without a track</source>
        <translation>Participants sans parcours</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) have no track: only the plenary sessions count for them, so a few sessions may earn a certificate. Issue anyway?</source>
        <translation>
            <numerusform>%n participant n&apos;a pas de parcours&#xa0;: seules les séances plénières comptent pour lui, il pourrait donc obtenir une attestation avec peu de séances. Délivrer quand même&#xa0;?</numerusform>
            <numerusform>%n participants n&apos;ont pas de parcours&#xa0;: seules les séances plénières comptent pour eux, ils pourraient donc obtenir une attestation avec peu de séances. Délivrer quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue anyway</source>
        <translation>&amp;Délivrer quand même</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Préfère ne pas répondre</translation>
    </message>
    <message>
        <source>Self-described</source>
        <translation>Autodéfini</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>VerifyBar</name>
    <message>
        <source>A code (7KQ2-M9XD-4HBR), QR text or link; or drop a PDF, photo or .jwt</source>
        <translation>Un code (7KQ2-M9XD-4HBR), le texte d&apos;un QR ou un lien&#xa0;; ou déposez un PDF, une photo ou un .jwt</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <source>Verify a certificate PDF, a photo or scan of it, or its credential (.jwt)</source>
        <translation>Vérifier le PDF d&apos;une attestation, une photo ou un scan de celle-ci, ou son justificatif (.jwt)</translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation>Vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Vérifier une attestation</translation>
    </message>
    <message>
        <source>Verify a certificate from a file</source>
        <translation>Vérifier une attestation depuis un fichier</translation>
    </message>
    <message>
        <source>Certificates, photos and credentials (*.pdf *.png *.jpg *.jpeg *.jwt)</source>
        <translation>Attestations, photos et justificatifs (*.pdf *.png *.jpg *.jpeg *.jwt)</translation>
    </message>
    <message>
        <source>Sorry, verifying failed unexpectedly; the log has the details.</source>
        <translation>Désolé, la vérification a échoué de manière inattendue&#xa0;; le journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>WeekTableView</name>
    <message>
        <source>Track:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(sans sujet)</translation>
    </message>
    <message>
        <source>{topic} (all tracks)</source>
        <translation>{topic} (tous les parcours)</translation>
    </message>
    <message>
        <source>Total: {hours}</source>
        <translation>Total&#xa0;: {hours}</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Inscriptions ouvertes</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>counts as present</source>
        <translation>compte comme présent</translation>
    </message>
    <message>
        <source>counts a fraction of the session</source>
        <translation>compte une fraction de la séance</translation>
    </message>
    <message>
        <source>counts as absent</source>
        <translation>compte comme absent</translation>
    </message>
    <message>
        <source>is left out of the scheduled hours</source>
        <translation>est hors des heures prévues</translation>
    </message>
    <message>
        <source>Each person&apos;s language</source>
        <translation>Langue de chaque personne</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Series, e.g. WALC</source>
        <translation>Série, p. ex. WALC</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Series and edition:</source>
        <translation>Série et édition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates (first, last):</source>
        <translation>&amp;Dates (début, fin)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>&amp;Organisation hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate rule</source>
        <translation>Règle d&apos;attestation</translation>
    </message>
    <message>
        <source>&amp;Minimum share of scheduled hours:</source>
        <translation>Part &amp;minimale des heures&#xa0;:</translation>
    </message>
    <message>
        <source>A &amp;late arrival:</source>
        <translation>Un &amp;retard&#xa0;:</translation>
    </message>
    <message>
        <source>Fraction counted when late:</source>
        <translation>Part comptée si retard&#xa0;:</translation>
    </message>
    <message>
        <source>An &amp;excused absence:</source>
        <translation>Une absence e&amp;xcusée&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate language:</source>
        <translation>Langue de l&apos;attestation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Search code, title or series (Ctrl+F)</source>
        <translation>Rechercher code, titre ou série (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Nouvel atelier</translation>
    </message>
    <message>
        <source>New &amp;edition…</source>
        <translation>Nouvelle &amp;édition…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importer des inscriptions…</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Tracks and &amp;schedule</source>
        <translation>Parcours et pro&amp;gramme</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Supprimer l&apos;atelier</translation>
    </message>
    <message>
        <source>Save the changes to this workshop first?</source>
        <translation>Enregistrer d&apos;abord les modifications de cet atelier&#xa0;?</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>New workshop {code}</source>
        <translation>Nouvel atelier {code}</translation>
    </message>
    <message>
        <source>Edit workshop {code}</source>
        <translation>Modifier l&apos;atelier {code}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Workshop saved.</source>
        <translation>Atelier enregistré.</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Nouvelle édition</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>l&apos;atelier</translation>
    </message>
    <message>
        <source>Delete workshop {label}</source>
        <translation>Supprimer l&apos;atelier {label}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>lacworkshop cannot start</source>
        <translation>lacworkshop ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>bundle_actions</name>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>The bundle was written to {path}.</source>
        <translation>Le paquet a été écrit dans {path}.</translation>
    </message>
    <message>
        <source>People: {pa} added, {pu} updated.
Participations: {ra} added, {ru} updated.
Attendance marks: {ma} added, {mu} updated.
Conflicts decided: {c}.</source>
        <translation>Personnes&#xa0;: {pa} ajoutées, {pu} mises à jour.
Participations&#xa0;: {ra} ajoutées, {ru} mises à jour.
Pointages de présence&#xa0;: {ma} ajoutés, {mu} mis à jour.
Conflits tranchés&#xa0;: {c}.</translation>
    </message>
    <message>
        <source>
Workshop details: {wu} updated. Sessions: {su} updated.</source>
        <translation>
Détails de l&apos;atelier&#xa0;: {wu} mis à jour. Séances&#xa0;: {su} mises à jour.</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Bundles (*.lwbundle);;All files (*)</source>
        <translation>Paquets (*.lwbundle);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>damaged_database</name>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. It was left untouched.

The latest good backup is {backup}. Restore it now? The damaged file is kept beside the backups.</source>
        <translation>{path} est endommagée et ne peut pas être ouverte. Elle n&apos;a pas été modifiée.

La dernière sauvegarde valide est {backup}. La restaurer maintenant&#xa0;? Le fichier endommagé est conservé à côté des sauvegardes.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>lacworkshop</source>
        <translation>lacworkshop</translation>
    </message>
</context>
<context>
    <name>save_path</name>
    <message>
        <source>{path} is the database or one of its backups. Choose another file.</source>
        <translation>{path} est la base de données ou l&apos;une de ses sauvegardes. Choisissez un autre fichier.</translation>
    </message>
</context>
</TS>
