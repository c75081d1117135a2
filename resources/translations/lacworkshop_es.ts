<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About lacworkshop</source>
        <translation>Acerca de lacworkshop</translation>
    </message>
    <message>
        <source>Plan technical training workshops, record attendance session by session, and produce registers, sign-in sheets and verifiable certificates.</source>
        <translation>Planifique talleres de formación técnica, registre la asistencia sesión por sesión y produzca listas, hojas de firmas y certificados verificables.</translation>
    </message>
    <message>
        <source>none bundled</source>
        <translation>ninguna incluida</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <source>Licence texts shipped with this copy</source>
        <translation>Textos de licencia incluidos con esta copia</translation>
    </message>
</context>
<context>
    <name>AddParticipantsDialog</name>
    <message>
        <source>Add people to the workshop</source>
        <translation>Agregar personas al taller</translation>
    </message>
    <message>
        <source>Name, email or organisation; accents optional</source>
        <translation>Nombre, correo u organización; tildes opcionales</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sin itinerario)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Itinerario:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;Agregar seleccionadas</translation>
    </message>
    <message>
        <source>First {n} matches; type more to narrow.</source>
        <translation>Primeras {n} coincidencias; escriba más para acotar.</translation>
    </message>
    <message>
        <source>{n} match(es).</source>
        <translation>{n} coincidencia(s).</translation>
    </message>
    <message>
        <source>New person ready to add.</source>
        <translation>Nueva persona lista para agregar.</translation>
    </message>
</context>
<context>
    <name>AssignTrainersDialog</name>
    <message>
        <source>Assign trainers</source>
        <translation>Asignar instructores</translation>
    </message>
    <message numerus="yes">
        <source>Trainers for the %n selected session(s):</source>
        <translation>
            <numerusform>Instructores de la sesión seleccionada (%n):</numerusform>
            <numerusform>Instructores de las %n sesiones seleccionadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add people with the trainer role to the workshop to assign them here.</source>
        <translation>Agregue al taller personas con el rol de instructor para asignarlas aquí.</translation>
    </message>
    <message>
        <source>&amp;Replace the sessions&apos; trainers</source>
        <translation>&amp;Reemplazar los instructores de las sesiones</translation>
    </message>
    <message>
        <source>Unchecked, the chosen trainers are added to those already assigned.</source>
        <translation>Si no se marca, los instructores elegidos se agregan a los ya asignados.</translation>
    </message>
</context>
<context>
    <name>AttendanceFiles</name>
    <message>
        <source>Export register…</source>
        <translation>Exportar lista de asistencia…</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>Importar lista de asistencia…</translation>
    </message>
    <message>
        <source>Sign-in sheets…</source>
        <translation>Hojas de firmas…</translation>
    </message>
    <message>
        <source>Export attendance register</source>
        <translation>Exportar lista de asistencia</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Escribiendo la lista…</translation>
    </message>
    <message>
        <source>Register written to %1</source>
        <translation>Lista escrita en %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Import attendance register</source>
        <translation>Importar lista de asistencia</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xlsm)</source>
        <translation>Libro de Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Reading the register</source>
        <translation>Leyendo la lista</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>%1 mark(s) imported</source>
        <translation>%1 marca(s) importada(s)</translation>
    </message>
    <message>
        <source>Save sign-in sheets</source>
        <translation>Guardar hojas de firmas</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the sheets…</source>
        <translation>Dibujando las hojas…</translation>
    </message>
    <message>
        <source>%1 sign-in sheet(s) written to %2</source>
        <translation>%1 hoja(s) de firmas escrita(s) en %2</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Hojas de firmas</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Eligibility set by hand: %s</source>
        <translation>Elegibilidad fijada manualmente: %s</translation>
    </message>
    <message>
        <source>Plenary session (every track)</source>
        <translation>Sesión plenaria (todos los itinerarios)</translation>
    </message>
    <message>
        <source>Trainers: %s</source>
        <translation>Instructores: %s</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Eligible (by hand)</source>
        <translation>Elegible (manual)</translation>
    </message>
    <message>
        <source>Withheld (by hand)</source>
        <translation>Denegado (manual)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>elegible</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>no elegible</translation>
    </message>
    <message>
        <source>By the rule alone: %s</source>
        <translation>Según la regla: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Motivo: %s</translation>
    </message>
    <message>
        <source>Not yet marked</source>
        <translation>Sin marcar aún</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Nota: %s</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Workshop:</source>
        <translation>Taller:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Itinerario:</translation>
    </message>
    <message>
        <source>Only at risk or not eligible</source>
        <translation>Solo en riesgo o no elegibles</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Todos presentes</translation>
    </message>
    <message>
        <source>Mark everyone not yet marked in the current session present</source>
        <translation>Marcar como presentes a todos los aún sin marcar en la sesión actual</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Eligibility by hand…</source>
        <translation>Elegibilidad manual…</translation>
    </message>
    <message>
        <source>P present · L late · E excused · A absent · Delete clears · Space or a click cycles · select a block to mark it at once</source>
        <translation>P presente · L tarde · E justificado · A ausente · Supr borra · Espacio o un clic alterna · seleccione un bloque para marcarlo de una vez</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sin itinerario)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>justificado</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>next mark</source>
        <translation>siguiente marca</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cell(s) %1</source>
        <translation>
            <numerusform>Marcar %n celda como %1</numerusform>
            <numerusform>Marcar %n celdas como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Choose a session (a column) first.</source>
        <translation>Primero elija una sesión (una columna).</translation>
    </message>
    <message>
        <source>Everyone present at %1</source>
        <translation>Todos presentes en %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Mark the session first; a note belongs to a mark.</source>
        <translation>Primero marque la sesión; una nota pertenece a una marca.</translation>
    </message>
    <message>
        <source>Note on this mark:</source>
        <translation>Nota sobre esta marca:</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Primero elija una persona.</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <source>Set eligibility by hand</source>
        <translation>Fijar la elegibilidad manualmente</translation>
    </message>
    <message>
        <source>Present	P</source>
        <translation>Presente	P</translation>
    </message>
    <message>
        <source>Late	L</source>
        <translation>Tarde	L</translation>
    </message>
    <message>
        <source>Excused	E</source>
        <translation>Justificado	E</translation>
    </message>
    <message>
        <source>Absent	A</source>
        <translation>Ausente	A</translation>
    </message>
    <message>
        <source>Not marked	Delete</source>
        <translation>Sin marcar	Supr</translation>
    </message>
    <message>
        <source>Everyone present in this session</source>
        <translation>Todos presentes en esta sesión</translation>
    </message>
    <message>
        <source>No workshop to show. Create one or load the demo.</source>
        <translation>No hay ningún taller que mostrar. Cree uno o cargue la demostración.</translation>
    </message>
    <message>
        <source>%1 people · %2 sessions · %3 eligible · %4 on track · %5 at risk · %6 not eligible</source>
        <translation>%1 personas · %2 sesiones · %3 elegibles · %4 al día · %5 en riesgo · %6 no elegibles</translation>
    </message>
</context>
<context>
    <name>BadgeSettingsDialog</name>
    <message>
        <source>Badge settings</source>
        <translation>Configuración de credenciales</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Role and its colour</source>
        <translation>Rol y su color</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Workshop code</source>
        <translation>Código del taller</translation>
    </message>
    <message>
        <source>Check-in QR</source>
        <translation>QR de acreditación</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Instructores</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal de apoyo</translation>
    </message>
    <message>
        <source>Colour-blind safe defaults</source>
        <translation>Colores predeterminados aptos para daltonismo</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Soporte:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Late after:</source>
        <translation>Tarde después de:</translation>
    </message>
    <message>
        <source>Choose the workshop&apos;s &amp;logo…</source>
        <translation>Elegir el &amp;logotipo del taller…</translation>
    </message>
    <message>
        <source>Without one, the organisation&apos;s logo is printed.</source>
        <translation>Si no hay ninguno, se imprime el logotipo de la organización.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Workshop logo</source>
        <translation>Logotipo del taller</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo chosen; choose &amp;another…</source>
        <translation>Logotipo elegido; elegir &amp;otro…</translation>
    </message>
</context>
<context>
    <name>BadgeStockBox</name>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>{product}: {count} labels of {width} x {height} mm, {paper}</source>
        <translation>{product}: {count} etiquetas de {width} x {height} mm, {paper}</translation>
    </message>
    <message>
        <source>{stock}, one badge per page ({width} x {height} mm)</source>
        <translation>{stock}, una credencial por página ({width} x {height} mm)</translation>
    </message>
    <message>
        <source>{paper}, {count} badges to cut and fold (both faces, {width} x {height} mm)</source>
        <translation>{paper}, {count} credenciales para recortar y doblar (ambas caras, {width} x {height} mm)</translation>
    </message>
    <message>
        <source>{paper}, {count} badges to cut ({width} x {height} mm)</source>
        <translation>{paper}, {count} credenciales para recortar ({width} x {height} mm)</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Badges and table tents</source>
        <translation>Credenciales y tarjetas de mesa</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Credenciales con nombre</translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation>Tarjetas de mesa</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <source>The people selected (%n)</source>
        <translation>
            <numerusform>La persona seleccionada (%n)</numerusform>
            <numerusform>Las personas seleccionadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>New arrivals (badge never printed)</source>
        <translation>Recién llegados (credencial aún no impresa)</translation>
    </message>
    <message>
        <source>One track</source>
        <translation>Un itinerario</translation>
    </message>
    <message>
        <source>One role</source>
        <translation>Un rol</translation>
    </message>
    <message>
        <source>Registered since</source>
        <translation>Inscritos desde</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Instructores</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal de apoyo</translation>
    </message>
    <message>
        <source>&amp;Print:</source>
        <translation>Im&amp;primir:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quiénes:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Itinerario:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Stock:</source>
        <translation>&amp;Soporte:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Co&amp;nfiguración…</translation>
    </message>
    <message>
        <source>Everyone here means the trainers and the organisers.</source>
        <translation>Aquí «Todos» significa los instructores y los organizadores.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) on %1 page(s).</source>
        <translation>
            <numerusform>%n credencial; páginas: %1.</numerusform>
            <numerusform>%n credenciales; páginas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
</context>
<context>
    <name>BlockRow</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>BundleConflictsDialog</name>
    <message>
        <source>(mark cleared)</source>
        <translation>(marca borrada)</translation>
    </message>
    <message>
        <source>Conflicts in the bundle</source>
        <translation>Conflictos en el paquete</translation>
    </message>
    <message>
        <source>These records were changed both here and in the bundle. Choose, for each, which value to keep; everything else in the bundle merges as it is.</source>
        <translation>Estos registros se modificaron tanto aquí como en el paquete. Elija, para cada uno, qué valor conservar; todo lo demás del paquete se fusiona tal cual.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>En el paquete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Aquí (el mío)</translation>
    </message>
    <message>
        <source>The bundle&apos;s</source>
        <translation>El del paquete</translation>
    </message>
    <message>
        <source>The newest</source>
        <translation>El más reciente</translation>
    </message>
    <message>
        <source>For all:</source>
        <translation>Para todos:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s</source>
        <translation>Tomar el del paquete</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Conservar el más reciente</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>The whole workshop</source>
        <translation>Todo el taller</translation>
    </message>
    <message>
        <source>Only the attendance of {track}</source>
        <translation>Solo la asistencia de {track}</translation>
    </message>
    <message>
        <source>Bundles (*.lwbundle)</source>
        <translation>Paquetes (*.lwbundle)</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Reemplazado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
</context>
<context>
    <name>CertificatesIssueBox</name>
    <message>
        <source>Issue certificates</source>
        <translation>Emitir certificados</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Taller:</translation>
    </message>
    <message>
        <source>Participation (attendance)</source>
        <translation>Participación (asistencia)</translation>
    </message>
    <message>
        <source>Completion (with hours)</source>
        <translation>Finalización (con horas)</translation>
    </message>
    <message>
        <source>Trainer (modules and hours)</source>
        <translation>Instructor (módulos y horas)</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Each person&apos;s language</source>
        <translation>Idioma de cada persona</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Editar plantillas…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Also one PDF per person, in a zip file</source>
        <translation>También un PDF por persona, en un archivo zip</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Generar…</translation>
    </message>
    <message>
        <source>The last session of this workshop ends on %1. Certificates issued now would attest what has not happened yet. Issue them anyway?</source>
        <translation>La última sesión de este taller termina el %1. Los certificados emitidos ahora darían fe de algo que aún no ha ocurrido. ¿Emitirlos de todos modos?</translation>
    </message>
    <message>
        <source>Working out what to issue…</source>
        <translation>Calculando qué emitir…</translation>
    </message>
    <message>
        <source>Nothing issued.</source>
        <translation>No se emitió nada.</translation>
    </message>
    <message>
        <source>Save certificates as</source>
        <translation>Guardar certificados como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the per-person files as</source>
        <translation>Guardar los archivos por persona como</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>{issued} issued, {reused} reused, {reprinted} reprinted, {superseded} superseded, {blocked} blocked, {not_eligible} not eligible.</source>
        <translation>{issued} emitidos, {reused} reutilizados, {reprinted} reimpresos, {superseded} reemplazados, {blocked} bloqueados, {not_eligible} no elegibles.</translation>
    </message>
    <message>
        <source>Some people got no certificate; the details say who and why.</source>
        <translation>Algunas personas no recibieron certificado; los detalles indican quiénes y por qué.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Issuing certificates…</source>
        <translation>Emitiendo certificados…</translation>
    </message>
    <message>
        <source>Certificates cancelled; no file written.</source>
        <translation>Certificados cancelados; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Written: %1 (%2 pages).</source>
        <translation>Escrito: %1 (%2 páginas).</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>Volver a emitir</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Show superseded and revoked</source>
        <translation>Mostrar reemplazados y revocados</translation>
    </message>
    <message>
        <source>Earlier versions and revoked certificates stay in the register.</source>
        <translation>Las versiones anteriores y los certificados revocados siguen en el registro.</translation>
    </message>
    <message numerus="yes">
        <source>%n valid certificate(s)</source>
        <translation>
            <numerusform>%n certificado válido</numerusform>
            <numerusform>%n certificados válidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n superseded or revoked hidden)</source>
        <translation>
            <numerusform>(%n reemplazado o revocado oculto)</numerusform>
            <numerusform>(%n reemplazados o revocados ocultos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the certificates…</source>
        <translation>Preparando los certificados…</translation>
    </message>
    <message>
        <source>The last session of this workshop has not ended yet. Issue the certificate anyway?</source>
        <translation>La última sesión de este taller aún no ha terminado. ¿Emitir el certificado de todos modos?</translation>
    </message>
    <message>
        <source>Reprinted %1: the same code and version, still valid.</source>
        <translation>Se reimprimió %1: mismo código y versión, sigue siendo válido.</translation>
    </message>
    <message>
        <source>%1 revoked; it stays in the register (show superseded and revoked).</source>
        <translation>%1 revocado; sigue en el registro (mostrar reemplazados y revocados).</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Enviar por correo…</translation>
    </message>
    <message>
        <source>Email the selected holders their certificate (everyone when none is).</source>
        <translation>Enviar por correo su certificado a los titulares seleccionados (a todos si no hay ninguno seleccionado).</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Issued version %1 as %2.</source>
        <translation>Versión %1 emitida como %2.</translation>
    </message>
    <message>
        <source>Nothing changed: %1 is still the valid certificate.</source>
        <translation>Nada cambió: %1 sigue siendo el certificado válido.</translation>
    </message>
    <message>
        <source>This person is no longer entitled to this certificate.</source>
        <translation>Esta persona ya no tiene derecho a este certificado.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Revocar certificado</translation>
    </message>
    <message>
        <source>Why is %1 (%2) revoked? The certificate stays in the register.</source>
        <translation>¿Por qué se revoca %1 (%2)? El certificado queda en el registro.</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Ahora</translation>
    </message>
    <message>
        <source>Choose the session under way by the workshop&apos;s clock</source>
        <translation>Elegir la sesión en curso según el reloj del taller</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>Letra &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation>&amp;Credenciales…</translation>
    </message>
    <message>
        <source>Scan a badge, or type its code or a name, then Enter</source>
        <translation>Escanee una credencial o escriba su código o un nombre, y luego presione Enter</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;Undo last scan</source>
        <translation>&amp;Deshacer el último escaneo</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Recent scans:</source>
        <translation>Escaneos recientes:</translation>
    </message>
    <message>
        <source>Choose the session to check people in to.</source>
        <translation>Elija la sesión en la que se acreditará a las personas.</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>{n} track(s)</source>
        <translation>{n} itinerario(s)</translation>
    </message>
    <message>
        <source>{n} session(s)</source>
        <translation>{n} sesión(es)</translation>
    </message>
    <message>
        <source>{n} participation(s)</source>
        <translation>{n} participación(es)</translation>
    </message>
    <message>
        <source>{n} attendance mark(s)</source>
        <translation>{n} marca(s) de asistencia</translation>
    </message>
    <message>
        <source>{n} issued certificate(s)</source>
        <translation>{n} certificado(s) emitido(s)</translation>
    </message>
    <message>
        <source>{n} trainer assignment(s)</source>
        <translation>{n} asignación(es) de instructor</translation>
    </message>
    <message>
        <source>Nothing else depends on it.</source>
        <translation>Nada más depende de esto.</translation>
    </message>
    <message>
        <source>This also deletes {items}.</source>
        <translation>Esto también elimina {items}.</translation>
    </message>
    <message>
        <source>Delete {what} “{label}”?</source>
        <translation>¿Eliminar {what} «{label}»?</translation>
    </message>
    <message>
        <source>You can take this back with Edit &gt; Undo.</source>
        <translation>Puede deshacerlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>DocumentLanguageBox</name>
    <message>
        <source>Workshop language</source>
        <translation>Idioma del taller</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
</context>
<context>
    <name>DuplicateWarningDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>This may be someone already in the database:</source>
        <translation>Puede ser alguien que ya está en la base de datos:</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>mismo nombre y país</translation>
    </message>
    <message>
        <source>&amp;Open that person</source>
        <translation>&amp;Abrir esa persona</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
</context>
<context>
    <name>EmailAccountDialog</name>
    <message>
        <source>Email account</source>
        <translation>Cuenta de correo</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>p. ej., smtp.example.org</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>None (local servers only)</source>
        <translation>Ninguna (solo servidores locales)</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>asked when sending if left empty</source>
        <translation>se solicita al enviar si se deja vacía</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>Keep the password in the system &amp;keyring</source>
        <translation>Guardar la contraseña en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Responder a:</translation>
    </message>
    <message>
        <source>e.g. https://example.org/verify/</source>
        <translation>p. ej., https://example.org/verify/</translation>
    </message>
    <message>
        <source>&amp;Verification address:</source>
        <translation>Dirección de &amp;verificación:</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Como &amp;máximo:</translation>
    </message>
    <message>
        <source>The password is never written to the database or its backups. The certificate code is added to the end of the verification address.</source>
        <translation>La contraseña nunca se escribe en la base de datos ni en sus copias de seguridad. El código del certificado se agrega al final de la dirección de verificación.</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Enviar un mensaje de prue&amp;ba</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar un mensaje de prueba</translation>
    </message>
    <message>
        <source>A test message was sent to {address}.</source>
        <translation>Se envió un mensaje de prueba a {address}.</translation>
    </message>
</context>
<context>
    <name>EmailLabels</name>
    <message>
        <source>Your certificate</source>
        <translation>Su certificado</translation>
    </message>
    <message>
        <source>Welcome and practical information</source>
        <translation>Bienvenida e información práctica</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
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
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Your own words, shown where the text says {note}</source>
        <translation>Sus propias palabras, que se muestran donde el texto dice {note}</translation>
    </message>
    <message>
        <source>Save &amp;text</source>
        <translation>&amp;Guardar texto</translation>
    </message>
    <message>
        <source>&amp;Built-in text</source>
        <translation>Texto incl&amp;uido</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Text in &amp;language:</source>
        <translation>Texto en &amp;idioma:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Your n&amp;ote:</source>
        <translation>Su n&amp;ota:</translation>
    </message>
</context>
<context>
    <name>EmailOutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Retry the failed</source>
        <translation>&amp;Reintentar los fallidos</translation>
    </message>
    <message>
        <source>&amp;Export the log…</source>
        <translation>E&amp;xportar el historial…</translation>
    </message>
    <message>
        <source>{rows} messages saved in {path}</source>
        <translation>{rows} mensajes guardados en {path}</translation>
    </message>
    <message>
        <source>Waiting {queued}, sent {sent}, failed {failed}.</source>
        <translation>En espera: {queued}; enviados: {sent}; fallidos: {failed}.</translation>
    </message>
    <message>
        <source>Set up the email account first, in Preferences &gt; Email.</source>
        <translation>Configure primero la cuenta de correo en Preferencias &gt; Correo.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent {sent}, to try again later {deferred}, failed {failed}.</source>
        <translation>Enviados: {sent}; para reintentar más tarde: {deferred}; fallidos: {failed}.</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}); the messages wait in the outbox.</source>
        <translation>No se pudo conectar con el servidor ({reason}); los mensajes esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Export the log of messages</source>
        <translation>Exportar el historial de mensajes</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Hoja de cálculo (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>EmailPassword</name>
    <message>
        <source>Email password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <source>Password for {user} at {host}:</source>
        <translation>Contraseña de {user} en {host}:</translation>
    </message>
</context>
<context>
    <name>EmailPreviewPanel</name>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>To: {to}</source>
        <translation>Para: {to}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <source>Attached: certificate {code}</source>
        <translation>Adjunto: certificado {code}</translation>
    </message>
</context>
<context>
    <name>EmailRecipientsBox</name>
    <message>
        <source>To whom</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>&amp;Everyone (nobody gets the same message twice)</source>
        <translation>&amp;Todos (nadie recibe el mismo mensaje dos veces)</translation>
    </message>
    <message>
        <source>Only those &amp;not sent this certificate yet</source>
        <translation>Solo a quienes aún &amp;no se les envió este certificado</translation>
    </message>
    <message>
        <source>One t&amp;rack:</source>
        <translation>Un it&amp;inerario:</translation>
    </message>
    <message>
        <source>The {n} people selected</source>
        <translation>Las {n} personas seleccionadas</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Attach the certificate&apos;s &amp;PDF (else the link only)</source>
        <translation>Adjuntar el &amp;PDF del certificado (si no, solo el enlace)</translation>
    </message>
    <message>
        <source>Each round goes once per person: round 2 sends a second reminder.</source>
        <translation>Cada ronda se envía una sola vez por persona: la ronda 2 envía un segundo recordatorio.</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificado:</translation>
    </message>
</context>
<context>
    <name>EmailSendDialog</name>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Nobody to preview.</source>
        <translation>No hay nadie para la vista previa.</translation>
    </message>
    <message>
        <source>Set up the email account first, in Preferences &gt; Email.</source>
        <translation>Configure primero la cuenta de correo en Preferencias &gt; Correo.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Preparando la lista…</translation>
    </message>
    <message>
        <source>Dry run: {queued} would be queued, {already} are in the outbox already, {skipped} cannot be sent.</source>
        <translation>Simulación: {queued} se pondrían en cola, {already} ya están en la bandeja de salida, {skipped} no se pueden enviar.</translation>
    </message>
    <message>
        <source>{queued} queued, {already} in the outbox already, {skipped} cannot be sent.</source>
        <translation>{queued} en cola, {already} ya en la bandeja de salida, {skipped} no se pueden enviar.</translation>
    </message>
    <message>
        <source>Sent {sent}, to try again later {deferred}, failed {failed}.</source>
        <translation>Enviados: {sent}; para reintentar más tarde: {deferred}; fallidos: {failed}.</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}); the messages wait in the outbox and go with the next send.</source>
        <translation>No se pudo conectar con el servidor ({reason}); los mensajes esperan en la bandeja de salida y saldrán con el próximo envío.</translation>
    </message>
</context>
<context>
    <name>ExportPeopleDialog</name>
    <message>
        <source>Export attendee list</source>
        <translation>Exportar lista de participantes</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Ajuste predefinido:</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Guardar como ajuste predefinido…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar ajuste predefinido</translation>
    </message>
    <message>
        <source>Language of the file:</source>
        <translation>Idioma del archivo:</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>Separador CSV:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>What separates the fields when the list is saved as CSV. Excel in Spanish, Portuguese or French opens a semicolon file in columns. Not used for xlsx.</source>
        <translation>Lo que separa los campos cuando la lista se guarda como CSV. Excel en español, portugués o francés abre en columnas un archivo con punto y coma. No se usa para xlsx.</translation>
    </message>
    <message>
        <source>Columns (only these are written)</source>
        <translation>Columnas (solo se escriben estas)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>In the file, in this order</source>
        <translation>En el archivo, en este orden</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Agregar →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Who is in the list</source>
        <translation>Quién está en la lista</translation>
    </message>
    <message>
        <source>Tracks (none ticked: all):</source>
        <translation>Itinerarios (ninguno marcado: todos):</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Instructores</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal de apoyo</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Only those eligible for a certificate</source>
        <translation>Solo quienes pueden recibir certificado</translation>
    </message>
    <message>
        <source>Only those not eligible</source>
        <translation>Solo quienes no son elegibles</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the list.</source>
        <translation>
            <numerusform>%n persona en la lista.</numerusform>
            <numerusform>%n personas en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>For the venue</source>
        <translation>Para la sede</translation>
    </message>
    <message>
        <source>For the funder</source>
        <translation>Para el financiador</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(elija un ajuste predefinido)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar ajuste predefinido</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nombre del ajuste predefinido:</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>¿Eliminar el ajuste predefinido «{name}»?</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Elija al menos una columna.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>{n} people written to {path}</source>
        <translation>{n} personas escritas en {path}</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Registration list</source>
        <translation>Lista de inscripción</translation>
    </message>
    <message>
        <source>Choose the file (Excel, LibreOffice, CSV or text) and where its people go. Nothing is written until you confirm the preview.</source>
        <translation>Elija el archivo (Excel, LibreOffice, CSV o texto) y a dónde van sus personas. No se escribe nada hasta que confirme la vista previa.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Taller:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Itinerario:</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal de apoyo</translation>
    </message>
    <message>
        <source>Role (unless a column says):</source>
        <translation>Rol (salvo que una columna lo indique):</translation>
    </message>
    <message>
        <source>There is no workshop yet: create one first, then import.</source>
        <translation>Todavía no hay ningún taller: cree uno primero y luego importe.</translation>
    </message>
    <message>
        <source>Registration lists ({patterns});;All files (*)</source>
        <translation>Listas de inscripción ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sin itinerario)</translation>
    </message>
    <message>
        <source>The track these people follow. “(no track)” keeps them to the plenary sessions, unless a Track column in the file says otherwise.</source>
        <translation>El itinerario que siguen estas personas. «(sin itinerario)» las deja solo en las sesiones plenarias, salvo que una columna Itinerario del archivo diga otra cosa.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to lacworkshop</source>
        <translation>Le damos la bienvenida a lacworkshop</translation>
    </message>
    <message>
        <source>There is no database yet. Start with an empty one for your own workshops, or open a demo to look around first. The demo lives in a database of its own and never mixes with your work.</source>
        <translation>Todavía no hay ninguna base de datos. Empiece con una vacía para sus propios talleres o abra una demostración para recorrer la aplicación primero. La demostración está en una base de datos propia y nunca se mezcla con su trabajo.</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Empezar con una base de datos &amp;vacía</translation>
    </message>
    <message>
        <source>Open a &amp;demo (separate database)</source>
        <translation>Abrir una &amp;demostración (base de datos aparte)</translation>
    </message>
    <message>
        <source>Your database: {path}</source>
        <translation>Su base de datos: {path}</translation>
    </message>
</context>
<context>
    <name>GenderChoice</name>
    <message>
        <source>Optional.</source>
        <translation>Opcional.</translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation>En palabras de la propia persona</translation>
    </message>
</context>
<context>
    <name>GenderMappingBox</name>
    <message>
        <source>Genders not recognised</source>
        <translation>Géneros no reconocidos</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import registrations</source>
        <translation>Importar inscripciones</translation>
    </message>
</context>
<context>
    <name>ImportWizardFile</name>
    <message>
        <source>Cannot read the file</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} is empty.</source>
        <translation>{file}: la hoja {sheet} está vacía.</translation>
    </message>
</context>
<context>
    <name>IssuePreviewDialog</name>
    <message>
        <source>Issue certificates: what will happen</source>
        <translation>Emitir certificados: qué ocurrirá</translation>
    </message>
    <message>
        <source>Reprints keep their code, version and date: every copy already sent stays valid.</source>
        <translation>Las reimpresiones conservan su código, versión y fecha: todas las copias ya enviadas siguen siendo válidas.</translation>
    </message>
    <message>
        <source>Issue and write…</source>
        <translation>Emitir y escribir…</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Attendee</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal de apoyo</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Inscripciones abiertas</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
</context>
<context>
    <name>LayoutPage</name>
    <message>
        <source>Sheet and header</source>
        <translation>Hoja y encabezado</translation>
    </message>
    <message>
        <source>Check that the names read right and that the header row is the one marked.</source>
        <translation>Verifique que los nombres se lean bien y que la fila de encabezado sea la marcada.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Codificación del texto:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Header on row:</source>
        <translation>Encabezado en la fila:</translation>
    </message>
    <message>
        <source>The text encoding could not be told for sure; it was read as {enc}. If names below look wrong (JosÃ© instead of José), choose another encoding.</source>
        <translation>No se pudo determinar con certeza la codificación del texto; se leyó como {enc}. Si los nombres de abajo se ven mal (JosÃ© en lugar de José), elija otra codificación.</translation>
    </message>
    <message>
        <source>The delimiter could not be told for sure; check the columns below.</source>
        <translation>No se pudo determinar con certeza el delimitador; revise las columnas de abajo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New &amp;workshop</source>
        <translation>Nuevo &amp;taller</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the d&amp;emo database</source>
        <translation>Abrir la base de datos de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importar inscripciones…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xportar paquete…</translation>
    </message>
    <message>
        <source>Import b&amp;undle…</source>
        <translation>Importar pa&amp;quete…</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>Conectar a un ser&amp;vidor…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Restaurar desde una copia de se&amp;guridad…</translation>
    </message>
    <message>
        <source>Remove &amp;demo data…</source>
        <translation>&amp;Eliminar datos de demostración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Bandeja de &amp;salida…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About lacworkshop</source>
        <translation>&amp;Acerca de lacworkshop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>lacworkshop — {name} — Demo database</source>
        <translation>lacworkshop — {name} — Base de datos de demostración</translation>
    </message>
    <message>
        <source>lacworkshop — {name}</source>
        <translation>lacworkshop — {name}</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Abrir la base de datos de demostración</translation>
    </message>
    <message>
        <source>There is no demo data to remove.</source>
        <translation>No hay datos de demostración que eliminar.</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Eliminar datos de demostración</translation>
    </message>
    <message>
        <source>Remove every demo workshop ({workshops}), demo person ({people}), demo signatory ({signatories}) and demo template ({templates})? Their sessions, attendance and certificates go with them. Your own work is not touched, and a backup is written first.</source>
        <translation>¿Eliminar todos los talleres de demostración ({workshops}), personas de demostración ({people}), firmantes de demostración ({signatories}) y plantillas de demostración ({templates})? Sus sesiones, asistencia y certificados se eliminan con ellos. Su propio trabajo no se modifica y antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Demo data removed; a backup was written to {path}</source>
        <translation>Datos de demostración eliminados; se escribió una copia de seguridad en {path}</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Se abrió {path}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>lacworkshop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de lacworkshop (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>lacworkshop databases (*.sqlite3)</source>
        <translation>Bases de datos de lacworkshop (*.sqlite3)</translation>
    </message>
    <message>
        <source>{path} already exists; use Open instead.</source>
        <translation>{path} ya existe; use Abrir en su lugar.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad escrita en {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace {name} with the backup {backup}? Changes made since that backup are set aside (the database as it is now is backed up first).</source>
        <translation>¿Reemplazar {name} por la copia de seguridad {backup}? Los cambios hechos desde esa copia quedan apartados (antes se hace una copia de seguridad de la base de datos tal como está ahora).</translation>
    </message>
    <message>
        <source>Restored {backup}; the previous database was kept as {previous}</source>
        <translation>Se restauró {backup}; la base de datos anterior se conservó como {previous}</translation>
    </message>
    <message>
        <source>The new language takes effect when lacworkshop restarts.</source>
        <translation>El nuevo idioma se aplicará cuando lacworkshop se reinicie.</translation>
    </message>
    <message>
        <source>{n} messages wait in the outbox: Edit &gt; Outbox… sends them.</source>
        <translation>{n} mensajes esperan en la bandeja de salida: Editar &gt; Bandeja de salida… los envía.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing is not available in this version.</source>
        <translation>La importación no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Say what each column holds. Columns left on “ignore” are not imported.</source>
        <translation>Indique qué contiene cada columna. Las columnas que quedan en «ignorar» no se importan.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name (split into given and family names)</source>
        <translation>Nombre completo (se separa en nombres y apellidos)</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Notes (added to the participation)</source>
        <translation>Notas (se agregan a la participación)</translation>
    </message>
    <message>
        <source>Consent (the header is the notice answered)</source>
        <translation>Consentimiento (el encabezado es el aviso respondido)</translation>
    </message>
    <message>
        <source>Registration number on the platform</source>
        <translation>Número de inscripción en la plataforma</translation>
    </message>
    <message>
        <source>Registration status (cancelled, refunded are skipped)</source>
        <translation>Estado de la inscripción (se omiten las canceladas y reembolsadas)</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Acreditado</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Recognised as an export of {system}.</source>
        <translation>Reconocido como una exportación de {system}.</translation>
    </message>
    <message>
        <source>The columns are set as when you last imported a file with these headers.</source>
        <translation>Las columnas quedan como la última vez que importó un archivo con estos encabezados.</translation>
    </message>
    <message>
        <source>The columns were recognised from their headers and the values under them; correct any that are wrong.</source>
        <translation>Las columnas se reconocieron por sus encabezados y por los valores debajo de ellos; corrija las que estén mal.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <source>Which column holds the names?</source>
        <translation>¿Qué columna contiene los nombres?</translation>
    </message>
    <message>
        <source>No column is set to a name. Set one column to “Given names”, “Family names” or “Full name”.</source>
        <translation>Ninguna columna está asignada a un nombre. Asigne una columna a «Nombres», «Apellidos» o «Nombre completo».</translation>
    </message>
    <message>
        <source>A field is set twice</source>
        <translation>Un campo está asignado dos veces</translation>
    </message>
    <message>
        <source>Each field can come from one column only, except names (two family-name columns are joined) and notes.</source>
        <translation>Cada campo puede venir de una sola columna, salvo los nombres (dos columnas de apellidos se unen) y las notas.</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Fusionar personas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Keep this record (#{id})</source>
        <translation>Conservar este registro (#{id})</translation>
    </message>
    <message>
        <source>Every workshop, attendance mark, certificate and session of the other record moves to the one kept; empty fields are filled from it; then the other record is removed. A backup of the database is taken first.</source>
        <translation>Cada taller, marca de asistencia, certificado y sesión del otro registro pasa al que se conserva; los campos vacíos se completan con él; luego se elimina el otro registro. Antes se hace una copia de seguridad de la base de datos.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <source>New edition</source>
        <translation>Nueva edición</translation>
    </message>
    <message>
        <source>The new edition gets the tracks, the schedule moved to the new dates, the trainers and the certificate rule. Attendees are not copied.</source>
        <translation>La nueva edición recibe los itinerarios, el programa trasladado a las nuevas fechas, los instructores y la regla de certificados. Los participantes no se copian.</translation>
    </message>
    <message>
        <source>&amp;Create edition</source>
        <translation>&amp;Crear edición</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Certificate eligibility by hand</source>
        <translation>Elegibilidad para el certificado fijada manualmente</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>elegible</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>no elegible</translation>
    </message>
    <message>
        <source>%1 attended %2 of %3 hours (%4 %). By the rule alone: %5.</source>
        <translation>%1 asistió %2 de %3 horas (%4 %). Según la regla: %5.</translation>
    </message>
    <message>
        <source>Follow the attendance rule</source>
        <translation>Seguir la regla de asistencia</translation>
    </message>
    <message>
        <source>Grant the certificate</source>
        <translation>Otorgar el certificado</translation>
    </message>
    <message>
        <source>Withhold the certificate</source>
        <translation>Denegar el certificado</translation>
    </message>
    <message>
        <source>Reason (required to grant or withhold):</source>
        <translation>Motivo (obligatorio para otorgar o denegar):</translation>
    </message>
    <message>
        <source>e.g. medical certificate for Wednesday</source>
        <translation>p. ej., certificado médico del miércoles</translation>
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
        <translation>Carta</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Every role</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>&amp;Add people…</source>
        <translation>&amp;Agregar personas…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Set track</source>
        <translation>Cambiar itinerario</translation>
    </message>
    <message>
        <source>Remove from workshop</source>
        <translation>Quitar del taller</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sin itinerario)</translation>
    </message>
    <message>
        <source>Add {n} people</source>
        <translation>Agregar {n} personas</translation>
    </message>
    <message>
        <source>{n} added.</source>
        <translation>{n} agregadas.</translation>
    </message>
    <message>
        <source>{n} already had that role.</source>
        <translation>{n} ya tenían ese rol.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Set status to {s}</source>
        <translation>Cambiar estado a {s}</translation>
    </message>
    <message>
        <source>Change track</source>
        <translation>Cambiar itinerario</translation>
    </message>
    <message>
        <source>Remove {n} from this workshop: {names}?</source>
        <translation>¿Quitar {n} de este taller: {names}?</translation>
    </message>
    <message>
        <source>You can take this back with Edit &gt; Undo.</source>
        <translation>Puede deshacerlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Remove {n} from the workshop</source>
        <translation>Quitar {n} del taller</translation>
    </message>
</context>
<context>
    <name>PeopleFilters</name>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Cualquier rol</translation>
    </message>
    <message>
        <source>Any workshop</source>
        <translation>Cualquier taller</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search name, email, organisation, document (Ctrl+F)</source>
        <translation>Buscar nombre, correo, organización, documento (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <source>&amp;Merge two…</source>
        <translation>&amp;Fusionar dos…</translation>
    </message>
    <message>
        <source>Select two people, then merge them into one.</source>
        <translation>Seleccione dos personas y luego fusiónelas en una.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Enviar correo…</translation>
    </message>
    <message>
        <source>Email the selected people of the workshop shown.</source>
        <translation>Enviar un correo a las personas seleccionadas del taller mostrado.</translation>
    </message>
    <message>
        <source>Print &amp;badges for the selection…</source>
        <translation>Imprimir &amp;credenciales de la selección…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exportar datos personales…</translation>
    </message>
    <message>
        <source>Everything held about this person, as a JSON file they can ask for.</source>
        <translation>Todo lo que se guarda sobre esta persona, como un archivo JSON que puede solicitar.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar datos personales…</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data everywhere; counts and certificates stay.</source>
        <translation>Borra los datos de esta persona en todas partes; los conteos y certificados se mantienen.</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <source>Save the changes to this person first?</source>
        <translation>¿Guardar antes los cambios de esta persona?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Show one workshop&apos;s people first.</source>
        <translation>Muestre primero las personas de un taller.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Choose a workshop in the filter first.</source>
        <translation>Elija primero un taller en el filtro.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select one person to delete.</source>
        <translation>Seleccione una persona para eliminar.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>la persona</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar a {name}</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Fusionar personas</translation>
    </message>
    <message>
        <source>Select the two records of the same person (Ctrl+click), then Merge.</source>
        <translation>Seleccione los dos registros de la misma persona (Ctrl+clic) y luego Fusionar.</translation>
    </message>
    <message>
        <source>Merged: {p} participations and {c} certificates moved.</source>
        <translation>Fusionadas: se movieron {p} participaciones y {c} certificados.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>PersonConsentLabel</name>
    <message>
        <source>processing of their data for the workshop</source>
        <translation>el tratamiento de sus datos para el taller</translation>
    </message>
    <message>
        <source>being listed publicly</source>
        <translation>aparecer en listas públicas</translation>
    </message>
    <message>
        <source>receiving email</source>
        <translation>recibir correos electrónicos</translation>
    </message>
    <message>
        <source>photos and video</source>
        <translation>fotos y video</translation>
    </message>
    <message>
        <source>Consent: none recorded.</source>
        <translation>Consentimiento: ninguno registrado.</translation>
    </message>
    <message>
        <source>Personal data erased on {date}.</source>
        <translation>Datos personales borrados el {date}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Consent: agreed to {what}.</source>
        <translation>Consentimiento: aceptó {what}.</translation>
    </message>
    <message>
        <source>Given: {date}.</source>
        <translation>Otorgado: {date}.</translation>
    </message>
    <message>
        <source>Notice: {notice}</source>
        <translation>Aviso: {notice}</translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Both surnames, e.g. Núñez Peña</source>
        <translation>Ambos apellidos, p. ej., Núñez Peña</translation>
    </message>
    <message>
        <source>Name for badges and certificates</source>
        <translation>Para credenciales y certificados</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Nombres:</translation>
    </message>
    <message>
        <source>&amp;Family names:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Nombre pre&amp;ferido:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>Doc&amp;ument id:</source>
        <translation>&amp;Documento de identidad:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
</context>
<context>
    <name>PersonMessagesTable</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>PersonWorkshopsTable</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>New version %1 of %2: %3</source>
        <translation>Nueva versión %1 de %2: %3</translation>
    </message>
    <message>
        <source>New certificate: %1</source>
        <translation>Nuevo certificado: %1</translation>
    </message>
    <message>
        <source>Reprint of %1 (still valid): %2</source>
        <translation>Reimpresión de %1 (sigue siendo válido): %2</translation>
    </message>
    <message>
        <source>Unchanged %1: %2</source>
        <translation>Sin cambios %1: %2</translation>
    </message>
    <message>
        <source>Blocked: %1: %2</source>
        <translation>Bloqueado: %1: %2</translation>
    </message>
    <message>
        <source>Not eligible: %1: %2</source>
        <translation>No elegible: %1: %2</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Advertencia: %1: %2</translation>
    </message>
    <message>
        <source>{issued} to issue, {reprinted} to reprint, {superseded} to supersede, {reused} unchanged, {blocked} blocked, {not_eligible} not eligible.</source>
        <translation>{issued} por emitir, {reprinted} por reimprimir, {superseded} por reemplazar, {reused} sin cambios, {blocked} bloqueados, {not_eligible} no elegibles.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Automatic (system language: {language})</source>
        <translation>Automático (idioma del sistema: {language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when lacworkshop restarts.</source>
        <translation>Un nuevo idioma se aplicará cuando lacworkshop se reinicie.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>e.g. LACNIC, LACNOG, Fundación Internet Bolivia</source>
        <translation>p. ej., LACNIC, LACNOG, Fundación Internet Bolivia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>The built-in certificate templates print this logo; templates with a logo of their own keep it.</source>
        <translation>Las plantillas de certificado incluidas imprimen este logotipo; las plantillas con un logotipo propio lo conservan.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Automatic backups to &amp;keep:</source>
        <translation>Copias automáticas a &amp;conservar:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Carpeta de copias:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>The account certificates and messages go from.</source>
        <translation>La cuenta desde la que salen los certificados y los mensajes.</translation>
    </message>
    <message>
        <source>Email &amp;account…</source>
        <translation>&amp;Cuenta de correo…</translation>
    </message>
    <message>
        <source>(sample logo)</source>
        <translation>(logotipo de ejemplo)</translation>
    </message>
    <message>
        <source>Choose the organisation logo</source>
        <translation>Elija el logotipo de la organización</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>No se puede leer {file}: {error}</translation>
    </message>
    <message>
        <source>{file} cannot be used as the logo: {reason}</source>
        <translation>{file} no puede usarse como logotipo: {reason}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>No file manager could be opened. The backups are in:
{path}</source>
        <translation>No se pudo abrir ningún administrador de archivos. Las copias de seguridad están en:
{path}</translation>
    </message>
    <message>
        <source>The name is too long: at most {n} characters.</source>
        <translation>El nombre es demasiado largo: como máximo {n} caracteres.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Already known as</source>
        <translation>Ya registrado como</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Skip (same person)</source>
        <translation>Omitir (misma persona)</translation>
    </message>
    <message>
        <source>Merge into the earlier row</source>
        <translation>Fusionar con la fila anterior</translation>
    </message>
    <message>
        <source>Link to the existing person</source>
        <translation>Vincular con la persona existente</translation>
    </message>
    <message>
        <source>Update the existing person</source>
        <translation>Actualizar la persona existente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>falta el nombre</translation>
    </message>
    <message>
        <source>bad email “{value}”</source>
        <translation>correo no válido «{value}»</translation>
    </message>
    <message>
        <source>unknown country “{value}” (left empty)</source>
        <translation>país desconocido «{value}» (se deja vacío)</translation>
    </message>
    <message>
        <source>unknown language “{value}” (left empty)</source>
        <translation>idioma desconocido «{value}» (se deja vacío)</translation>
    </message>
    <message>
        <source>unknown role “{value}” (the chosen role is used)</source>
        <translation>rol desconocido «{value}» (se usa el rol elegido)</translation>
    </message>
    <message>
        <source>unknown track “{value}” (the chosen track is used)</source>
        <translation>itinerario desconocido «{value}» (se usa el itinerario elegido)</translation>
    </message>
    <message>
        <source>{column} longer than {value} characters</source>
        <translation>{column} tiene más de {value} caracteres</translation>
    </message>
    <message>
        <source>garbled text “{value}” in {column}: choose another text encoding</source>
        <translation>texto ilegible «{value}» en {column}: elija otra codificación</translation>
    </message>
    <message>
        <source>consent “{value}” in {column} is neither yes, no nor a date: not taken as consent</source>
        <translation>el consentimiento «{value}» en {column} no es sí, no ni una fecha: no se toma como consentimiento</translation>
    </message>
    <message>
        <source>invisible control characters removed from {column} (they can disguise a name); kept: “{value}”</source>
        <translation>se eliminaron caracteres de control invisibles de {column} (pueden disfrazar un nombre); se conservó: «{value}»</translation>
    </message>
    <message>
        <source>“{value}” looks like a spreadsheet formula (kept as text)</source>
        <translation>«{value}» parece una fórmula de hoja de cálculo (se conserva como texto)</translation>
    </message>
    <message>
        <source>“{value}” holds markup (kept as text)</source>
        <translation>«{value}» contiene marcado (se conserva como texto)</translation>
    </message>
    <message>
        <source>“{value}” holds characters unusual in a name</source>
        <translation>«{value}» contiene caracteres poco comunes en un nombre</translation>
    </message>
    <message>
        <source>gender “{value}” not recognised (kept as self-described)</source>
        <translation>género «{value}» no reconocido (se conserva como autodescrito)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>mismo nombre y país</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>already in this workshop</source>
        <translation>ya está en este taller</translation>
    </message>
    <message>
        <source>row {row} ({why})</source>
        <translation>fila {row} ({why})</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the rows, then press Import.</source>
        <translation>Todavía no se ha escrito nada. Revise las filas y luego pulse Importar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>People already in the database:</source>
        <translation>Personas que ya están en la base de datos:</translation>
    </message>
    <message>
        <source>Link to the existing person</source>
        <translation>Vincular con la persona existente</translation>
    </message>
    <message>
        <source>Update the existing person</source>
        <translation>Actualizar la persona existente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Only rows that need attention</source>
        <translation>Solo las filas que requieren atención</translation>
    </message>
    <message>
        <source>People checked in on the registration platform were present at the first session</source>
        <translation>Las personas acreditadas en la plataforma de inscripción estuvieron presentes en la primera sesión</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>No se puede preparar la importación</translation>
    </message>
    <message>
        <source>{rows} rows under the header on row {header} of {file} ({sheet}): {new} new people, {dups} duplicates, {blocked} cannot be imported, {warnings} with warnings. Workshop {workshop}.</source>
        <translation>{rows} filas bajo el encabezado de la fila {header} de {file} ({sheet}): {new} personas nuevas, {dups} duplicados, {blocked} no se pueden importar, {warnings} con advertencias. Taller {workshop}.</translation>
    </message>
    <message>
        <source>The text encoding was guessed ({enc}), not known. If names look wrong, go Back and choose another encoding; rows with garbled text are not imported.</source>
        <translation>La codificación del texto se supuso ({enc}), no se conoce. Si los nombres se ven mal, vuelva Atrás y elija otra codificación; las filas con texto ilegible no se importan.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Exported from {system}.</source>
        <translation>Exportado de {system}.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>La importación se canceló; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Longest name</source>
        <translation>Nombre más largo</translation>
    </message>
    <message>
        <source>Person&apos;s language</source>
        <translation>Idioma de la persona</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vista previa para:</translation>
    </message>
    <message>
        <source>Add a workshop to see a preview.</source>
        <translation>Agregue un taller para ver una vista previa.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export personal data</source>
        <translation>Exportar datos personales</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Written: {path}
{parts} participation(s), {marks} attendance mark(s), {certs} certificate(s), {audit} audit entries.</source>
        <translation>Escrito: {path}
{parts} participación(es), {marks} marca(s) de asistencia, {certs} certificado(s), {audit} entradas de auditoría.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased already.</source>
        <translation>Los datos de esta persona ya fueron borrados.</translation>
    </message>
    <message>
        <source>Erase the personal data of {name}? This cannot be undone.

Goes: names, email, phone, organisation, document id, language, notes and consent, also where they were copied (attendance notes, certificate texts, the audit log).

Stays, anonymised: {parts} participation(s) and {marks} attendance mark(s), with country and gender, so counts and statistics do not change; {certs} certificate(s), verifiable as issued with the holder&apos;s data erased.

{backups} backup(s) still hold this person; restoring one brings the data back.</source>
        <translation>¿Borrar los datos personales de {name}? Esta acción no se puede deshacer.

Se borran: nombres, correo electrónico, teléfono, organización, documento de identidad, idioma, notas y consentimiento, también donde se copiaron (notas de asistencia, textos de certificados, el registro de auditoría).

Se conservan, anonimizados: {parts} participación(es) y {marks} marca(s) de asistencia, con país y género, para que los conteos y las estadísticas no cambien; {certs} certificado(s), verificables como emitidos con los datos del titular borrados.

{backups} copia(s) de seguridad aún contienen a esta persona; restaurar una de ellas recupera los datos.</translation>
    </message>
    <message>
        <source>The personal data of person #{id} was erased.</source>
        <translation>Se borraron los datos personales de la persona n.º {id}.</translation>
    </message>
    <message>
        <source>Another program has the database open: old pages stay in its log until it closes.</source>
        <translation>Otro programa tiene abierta la base de datos: las páginas antiguas permanecen en su registro hasta que lo cierre.</translation>
    </message>
    <message>
        <source>These backups still hold the person:</source>
        <translation>Estas copias de seguridad aún contienen a la persona:</translation>
    </message>
    <message>
        <source>{file}: removed by rotation after {n} more backup(s), about {date} if one is taken every day</source>
        <translation>{file}: se eliminará por rotación después de {n} copia(s) de seguridad más, hacia el {date} si se hace una cada día</translation>
    </message>
    <message>
        <source>Restoring one of them, or any older copy of the database, brings the erased data back: erase the person again after any restore.</source>
        <translation>Restaurar una de ellas, o cualquier copia anterior de la base de datos, recupera los datos borrados: vuelva a borrar a la persona después de cualquier restauración.</translation>
    </message>
    <message>
        <source>No older backup holds this person.</source>
        <translation>Ninguna copia de seguridad anterior contiene a esta persona.</translation>
    </message>
</context>
<context>
    <name>PublishAction</name>
    <message>
        <source>Write a folder to upload to your website: a page that verifies certificates in any browser, the public keys, the revocations, and the codes of every workshop with the names of people who agreed to be listed.</source>
        <translation>Escribe una carpeta para subir a su sitio web: una página que verifica certificados en cualquier navegador, las claves públicas, las revocaciones y los códigos de cada taller con los nombres de las personas que aceptaron figurar en la lista.</translation>
    </message>
    <message>
        <source>Publish the verification folder into</source>
        <translation>Publicar la carpeta de verificación en</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish every workshop, or only %1? The folder holds only what is published now: publish into a new folder, or publish them all.</source>
        <translation>¿Publicar todos los talleres o solo %1? La carpeta contiene únicamente lo que se publique ahora: publique en una carpeta nueva o publíquelos todos.</translation>
    </message>
    <message>
        <source>&amp;Every workshop</source>
        <translation>&amp;Todos los talleres</translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation>&amp;Solo %1</translation>
    </message>
    <message>
        <source>Writing the verification folder…</source>
        <translation>Escribiendo la carpeta de verificación…</translation>
    </message>
    <message>
        <source>Published %1 workshop(s) into %2: %3 certificate(s) listed, %4 left out (no consent to being listed), %5 revoked. Upload the whole folder; verify.html also works opened from disk.</source>
        <translation>Publicado en %2: %1 taller(es), %3 certificado(s) listado(s), %4 omitido(s) (sin consentimiento para figurar en la lista), %5 revocado(s). Suba la carpeta completa; verify.html también funciona si se abre desde el disco.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>ReadinessNote</name>
    <message>
        <source>the organisation&apos;s logo (Edit &gt; Preferences)</source>
        <translation>el logotipo de la organización (Editar &gt; Preferencias)</translation>
    </message>
    <message>
        <source>a signatory of your own (Edit templates… &gt; Signatories…)</source>
        <translation>un firmante propio (Editar plantillas… &gt; Firmantes…)</translation>
    </message>
    <message>
        <source>These certificates would show the demo&apos;s sample logo or signature, or have no signatory. Certificates of this workshop cannot be issued until you set: {missing}.</source>
        <translation>Estos certificados mostrarían el logotipo o la firma de ejemplo de la demostración, o no tendrían firmante. Los certificados de este taller no se pueden emitir hasta que defina: {missing}.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import attendance register</source>
        <translation>Importar lista de asistencia</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>justificado</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>%1: %2 mark(s) change, %3 unchanged, %4 problem(s).</source>
        <translation>%1: cambian %2 marca(s), %3 sin cambios, %4 problema(s).</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>No leído:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Taller:</translation>
    </message>
    <message>
        <source>Series (every edition):</source>
        <translation>Serie (todas las ediciones):</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Workshop language</source>
        <translation>Idioma del taller</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Export attendee list…</source>
        <translation>Exportar lista de participantes…</translation>
    </message>
    <message>
        <source>Export statistics (xlsx)…</source>
        <translation>Exportar estadísticas (xlsx)…</translation>
    </message>
    <message>
        <source>There is no workshop yet.</source>
        <translation>Todavía no hay ningún taller.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Statistics written to {path}</source>
        <translation>Estadísticas escritas en {path}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of {name}. The database as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Elija la copia de seguridad que reemplazará a {name}. Antes se hace una copia de seguridad de la base de datos tal como está ahora, así que puede deshacerlo restaurando esa copia.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>Otro &amp;archivo…</translation>
    </message>
    <message>
        <source>backup now</source>
        <translation>copia manual</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>before an attendance import</source>
        <translation>antes de importar asistencia</translation>
    </message>
    <message>
        <source>before issuing certificates</source>
        <translation>antes de emitir certificados</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before merging people</source>
        <translation>antes de fusionar personas</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>No backup selected.</source>
        <translation>No se seleccionó ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>{file} failed its check and cannot be restored.</source>
        <translation>{file} no pasó la verificación y no se puede restaurar.</translation>
    </message>
    <message>
        <source>Backup of {date}: {workshops} workshop(s), {people} people, {certificates} certificate(s).
{file}</source>
        <translation>Copia de seguridad del {date}: {workshops} taller(es), {people} personas, {certificates} certificado(s).
{file}</translation>
    </message>
    <message>
        <source>lacworkshop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de lacworkshop (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <source>{file} into {workshop}: {created} created, {linked} linked, {updated} updated, {skipped} skipped; {parts} added to the workshop.</source>
        <translation>{file} en {workshop}: {created} creadas, {linked} vinculadas, {updated} actualizadas, {skipped} omitidas; {parts} agregadas al taller.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): skipped, {reason}</source>
        <translation>Fila {row} ({name}): omitida, {reason}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Fila {row}: {message}</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Se importaron todas las filas.</translation>
    </message>
    <message>
        <source>The database was copied just before the import, to {path}.</source>
        <translation>La base de datos se copió justo antes de la importación, en {path}.</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Guardar informe de importación</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Guardado: {name}</translation>
    </message>
</context>
<context>
    <name>ScheduleGeneratorDialog</name>
    <message>
        <source>Generate sessions</source>
        <translation>Generar sesiones</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Agregar un bloque</translation>
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
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>e.g. 2026-10-07, 2026-10-12</source>
        <translation>p. ej., 2026-10-07, 2026-10-12</translation>
    </message>
    <message>
        <source>All tracks together (plenary)</source>
        <translation>Todos los itinerarios juntos (plenaria)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Daily blocks:</source>
        <translation>Bloques diarios:</translation>
    </message>
    <message>
        <source>Skip weekdays:</source>
        <translation>Omitir días de la semana:</translation>
    </message>
    <message>
        <source>Skip dates:</source>
        <translation>Omitir fechas:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Topic (optional):</source>
        <translation>Tema (opcional):</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-10-07.</source>
        <translation>{text} no es una fecha como 2026-10-07.</translation>
    </message>
    <message>
        <source>{days} day(s) × {blocks} block(s): {n} sessions, {hours:g} h per track.</source>
        <translation>{days} día(s) × {blocks} bloque(s): {n} sesiones, {hours:g} h por itinerario.</translation>
    </message>
    <message>
        <source>Choose at least one track.</source>
        <translation>Elija al menos un itinerario.</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>Add track…</source>
        <translation>Agregar itinerario…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete track</source>
        <translation>Eliminar itinerario</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tracks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Itinerarios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Instructores</translation>
    </message>
    <message>
        <source>&amp;Generate sessions…</source>
        <translation>&amp;Generar sesiones…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Agregar sesión…</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Editar sesión…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Assign &amp;trainers…</source>
        <translation>Asignar &amp;instructores…</translation>
    </message>
    <message>
        <source>Give the selected sessions their trainers at once</source>
        <translation>Asigna instructores a todas las sesiones seleccionadas a la vez</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <source>Save the schedule as an iCalendar file (.ics) for trainers&apos; calendars</source>
        <translation>Guarda el programa como archivo iCalendar (.ics) para los calendarios de los instructores</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>{name} ({slots} sessions, {people} people)</source>
        <translation>{name} ({slots} sesiones, {people} personas)</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Todos los itinerarios</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Add track</source>
        <translation>Agregar itinerario</translation>
    </message>
    <message>
        <source>Track name:</source>
        <translation>Nombre del itinerario:</translation>
    </message>
    <message>
        <source>Add track {name}</source>
        <translation>Agregar itinerario {name}</translation>
    </message>
    <message>
        <source>Rename track</source>
        <translation>Renombrar itinerario</translation>
    </message>
    <message>
        <source>track</source>
        <translation>el itinerario</translation>
    </message>
    <message>
        <source>Delete track {name}</source>
        <translation>Eliminar itinerario {name}</translation>
    </message>
    <message>
        <source>Generate {n} sessions</source>
        <translation>Generar {n} sesiones</translation>
    </message>
    <message>
        <source>{n} sessions added.</source>
        <translation>{n} sesiones agregadas.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Agregar sesión</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>session</source>
        <translation>la sesión</translation>
    </message>
    <message>
        <source>Delete session {label}</source>
        <translation>Eliminar sesión {label}</translation>
    </message>
    <message numerus="yes">
        <source>Assign trainers to %n session(s)</source>
        <translation>
            <numerusform>Asignar instructores a %n sesión</numerusform>
            <numerusform>Asignar instructores a %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>Archivo iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>{n} sessions saved in {path} with local times: add the workshop&apos;s city to fix the time zone.</source>
        <translation>{n} sesiones guardadas en {path} con horas locales: agregue la ciudad del taller para fijar la zona horaria.</translation>
    </message>
    <message>
        <source>{n} sessions saved in {path} ({zone}).</source>
        <translation>{n} sesiones guardadas en {path} ({zone}).</translation>
    </message>
</context>
<context>
    <name>ScheduleWarningBox</name>
    <message>
        <source>Schedule problems</source>
        <translation>Problemas del programa</translation>
    </message>
    <message numerus="yes">
        <source>The schedule check found %n problem(s). Save anyway?</source>
        <translation>
            <numerusform>La revisión del programa encontró %n problema. ¿Guardar de todos modos?</numerusform>
            <numerusform>La revisión del programa encontró %n problemas. ¿Guardar de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… y {n} más.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>ServerConnectionDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Conectar a un servidor</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Recordar la contraseña en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New item on this page</source>
        <translation>Nuevo elemento en esta página</translation>
    </message>
    <message>
        <source>Edit the chosen item</source>
        <translation>Editar el elemento elegido</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>The first three sign each certificate: this workshop&apos;s first.</source>
        <translation>Los tres primeros firman cada certificado: primero los de este taller.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Signs for every workshop</source>
        <translation>Firma para todos los talleres</translation>
    </message>
    <message>
        <source>no signature image</source>
        <translation>sin imagen de firma</translation>
    </message>
    <message>
        <source>Signature image…</source>
        <translation>Imagen de la firma…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Agregar firmante</translation>
    </message>
    <message>
        <source>this workshop</source>
        <translation>este taller</translation>
    </message>
    <message>
        <source>every workshop</source>
        <translation>todos los talleres</translation>
    </message>
    <message>
        <source>[not printed: three at most]</source>
        <translation>[no se imprime: tres como máximo]</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Firma escaneada</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SigninSheetsDialog</name>
    <message>
        <source>Sign-in sheets</source>
        <translation>Hojas de firmas</translation>
    </message>
    <message>
        <source>Every track</source>
        <translation>Todos los itinerarios</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Itinerario:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>SigningKeyBox</name>
    <message>
        <source>Certificate verification</source>
        <translation>Verificación de certificados</translation>
    </message>
    <message>
        <source>e.g. https://example.org/certificados/verify.html</source>
        <translation>p. ej., https://example.org/certificados/verify.html</translation>
    </message>
    <message>
        <source>Where the published verification page is; new certificates&apos; QR codes open it</source>
        <translation>Dónde está la página de verificación publicada; los códigos QR de los certificados nuevos la abren</translation>
    </message>
    <message>
        <source>&amp;Verification address:</source>
        <translation>&amp;Dirección de verificación:</translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation>&amp;Exportar clave pública…</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Nueva clave…</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clave pública:</translation>
    </message>
    <message>
        <source>(private key missing: make a new key)</source>
        <translation>(falta la clave privada: cree una clave nueva)</translation>
    </message>
    <message>
        <source>Export the organisation&apos;s public key</source>
        <translation>Exportar la clave pública de la organización</translation>
    </message>
    <message>
        <source>Public key (*.pem)</source>
        <translation>Clave pública (*.pem)</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Exportar clave pública</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nueva clave</translation>
    </message>
    <message>
        <source>Make a new signing key? New certificates are signed with it; certificates issued before keep verifying with the old public key. Publish the new public key afterwards.</source>
        <translation>¿Crear una nueva clave de firma? Los certificados nuevos se firman con ella; los emitidos antes se siguen verificando con la clave pública anterior. Publique después la nueva clave pública.</translation>
    </message>
</context>
<context>
    <name>SlotEditorDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>All tracks (plenary)</source>
        <translation>Todos los itinerarios (plenaria)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>Itine&amp;rario:</translation>
    </message>
    <message>
        <source>Trainers:</source>
        <translation>Instructores:</translation>
    </message>
    <message>
        <source>Add people with the trainer role to the workshop to assign them here.</source>
        <translation>Agregue al taller personas con el rol de instructor para asignarlas aquí.</translation>
    </message>
</context>
<context>
    <name>StatPanel</name>
    <message>
        <source>Copy chart</source>
        <translation>Copiar gráfico</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>Todavía no hay nada que contar.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation>No se pudo escribir la imagen.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Certificate templates</source>
        <translation>Plantillas de certificado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Classic: serif, double frame</source>
        <translation>Clásico: serif, marco doble</translation>
    </message>
    <message>
        <source>Modern: sans, colour band</source>
        <translation>Moderno: sans serif, banda de color</translation>
    </message>
    <message>
        <source>Bilingual: two languages</source>
        <translation>Bilingüe: dos idiomas</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Kind shown:</source>
        <translation>Tipo mostrado:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Title font:</source>
        <translation>Fuente del título:</translation>
    </message>
    <message>
        <source>Text font:</source>
        <translation>Fuente del texto:</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Image or PDF…</source>
        <translation>Imagen o PDF…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Fondo:</translation>
    </message>
    <message>
        <source>Signatories…</source>
        <translation>Firmantes…</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Built-in templates are kept; use Save as…</source>
        <translation>Las plantillas incluidas se conservan; use Guardar como…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Acento</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elija un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose a background</source>
        <translation>Elija un fondo</translation>
    </message>
    <message>
        <source>Images or PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Imágenes o PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>This PDF cannot be read.</source>
        <translation>No se puede leer este PDF.</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Guardar plantilla como</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Nombre de la nueva plantilla:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
</context>
<context>
    <name>TemplateTexts</name>
    <message>
        <source>Words (empty: the standard words)</source>
        <translation>Textos (vacío: los textos estándar)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Introducción:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Cuerpo:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Marcadores:</translation>
    </message>
</context>
<context>
    <name>TracklessNotice</name>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) have no track, so only the plenary sessions count for their certificate: {names}. Give them a track under Workshops › Participants.</source>
        <translation>
            <numerusform>%n participante no tiene itinerario, así que solo las sesiones plenarias cuentan para su certificado: {names}. Asígnele un itinerario en Talleres › Participantes.</numerusform>
            <numerusform>%n participantes no tienen itinerario, así que solo las sesiones plenarias cuentan para su certificado: {names}. Asígneles un itinerario en Talleres › Participantes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TracklessWarningBox</name>
    <message>
        <source>Attendees without a track</source>
        <translation>Participantes sin itinerario</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) have no track: only the plenary sessions count for them, so a few sessions may earn a certificate. Issue anyway?</source>
        <translation>
            <numerusform>%n participante no tiene itinerario: para esa persona solo cuentan las sesiones plenarias, así que pocas sesiones podrían bastar para obtener un certificado. ¿Emitir de todos modos?</numerusform>
            <numerusform>%n participantes no tienen itinerario: para esas personas solo cuentan las sesiones plenarias, así que pocas sesiones podrían bastar para obtener un certificado. ¿Emitir de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue anyway</source>
        <translation>&amp;Emitir de todos modos</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>Self-described</source>
        <translation>Autodescrito</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
</context>
<context>
    <name>VerifyBar</name>
    <message>
        <source>A code (7KQ2-M9XD-4HBR), QR text or link; or drop a PDF, photo or .jwt</source>
        <translation>Un código (7KQ2-M9XD-4HBR), el texto o enlace de un QR; o suelte un PDF, una foto o un .jwt</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Desde un archivo…</translation>
    </message>
    <message>
        <source>Verify a certificate PDF, a photo or scan of it, or its credential (.jwt)</source>
        <translation>Verificar el PDF de un certificado, una foto o escaneo del mismo, o su credencial digital (.jwt)</translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation>Verificar:</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Verificar un certificado</translation>
    </message>
    <message>
        <source>Verify a certificate from a file</source>
        <translation>Verificar un certificado desde un archivo</translation>
    </message>
    <message>
        <source>Certificates, photos and credentials (*.pdf *.png *.jpg *.jpeg *.jwt)</source>
        <translation>Certificados, fotos y credenciales digitales (*.pdf *.png *.jpg *.jpeg *.jwt)</translation>
    </message>
    <message>
        <source>Sorry, verifying failed unexpectedly; the log has the details.</source>
        <translation>Lo sentimos, la verificación falló de forma inesperada; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>WeekTableView</name>
    <message>
        <source>Track:</source>
        <translation>Itinerario:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(sin tema)</translation>
    </message>
    <message>
        <source>{topic} (all tracks)</source>
        <translation>{topic} (todos los itinerarios)</translation>
    </message>
    <message>
        <source>Total: {hours}</source>
        <translation>Total: {hours}</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Inscripciones abiertas</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>counts as present</source>
        <translation>cuenta como presente</translation>
    </message>
    <message>
        <source>counts a fraction of the session</source>
        <translation>cuenta una fracción de la sesión</translation>
    </message>
    <message>
        <source>counts as absent</source>
        <translation>cuenta como ausente</translation>
    </message>
    <message>
        <source>is left out of the scheduled hours</source>
        <translation>queda fuera de las horas</translation>
    </message>
    <message>
        <source>Each person&apos;s language</source>
        <translation>Idioma de cada persona</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Series, e.g. WALC</source>
        <translation>Serie, p. ej., WALC</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Series and edition:</source>
        <translation>Serie y edición:</translation>
    </message>
    <message>
        <source>&amp;Dates (first, last):</source>
        <translation>&amp;Fechas (inicio, fin):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>&amp;Organización anfitriona:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descripció&amp;n:</translation>
    </message>
    <message>
        <source>Certificate rule</source>
        <translation>Regla de certificados</translation>
    </message>
    <message>
        <source>&amp;Minimum share of scheduled hours:</source>
        <translation>&amp;Mínimo de horas programadas:</translation>
    </message>
    <message>
        <source>A &amp;late arrival:</source>
        <translation>Una &amp;llegada tarde:</translation>
    </message>
    <message>
        <source>Fraction counted when late:</source>
        <translation>Fracción si llega tarde:</translation>
    </message>
    <message>
        <source>An &amp;excused absence:</source>
        <translation>Una ausencia &amp;justificada:</translation>
    </message>
    <message>
        <source>Certificate language:</source>
        <translation>Idioma del certificado:</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Search code, title or series (Ctrl+F)</source>
        <translation>Buscar código, título o serie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Nuevo taller</translation>
    </message>
    <message>
        <source>New &amp;edition…</source>
        <translation>Nueva &amp;edición…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importar inscripciones…</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Tracks and &amp;schedule</source>
        <translation>I&amp;tinerarios y programa</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Eliminar taller</translation>
    </message>
    <message>
        <source>Save the changes to this workshop first?</source>
        <translation>¿Guardar antes los cambios de este taller?</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>New workshop {code}</source>
        <translation>Nuevo taller {code}</translation>
    </message>
    <message>
        <source>Edit workshop {code}</source>
        <translation>Editar taller {code}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Workshop saved.</source>
        <translation>Taller guardado.</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Nueva edición</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>el taller</translation>
    </message>
    <message>
        <source>Delete workshop {label}</source>
        <translation>Eliminar taller {label}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>lacworkshop cannot start</source>
        <translation>lacworkshop no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>bundle_actions</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>The bundle was written to {path}.</source>
        <translation>El paquete se escribió en {path}.</translation>
    </message>
    <message>
        <source>People: {pa} added, {pu} updated.
Participations: {ra} added, {ru} updated.
Attendance marks: {ma} added, {mu} updated.
Conflicts decided: {c}.</source>
        <translation>Personas: {pa} agregadas, {pu} actualizadas.
Participaciones: {ra} agregadas, {ru} actualizadas.
Marcas de asistencia: {ma} agregadas, {mu} actualizadas.
Conflictos resueltos: {c}.</translation>
    </message>
    <message>
        <source>
Workshop details: {wu} updated. Sessions: {su} updated.</source>
        <translation>
Datos del taller: {wu} actualizados. Sesiones: {su} actualizadas.</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>Bundles (*.lwbundle);;All files (*)</source>
        <translation>Paquetes (*.lwbundle);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>damaged_database</name>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. It was left untouched.

The latest good backup is {backup}. Restore it now? The damaged file is kept beside the backups.</source>
        <translation>{path} está dañada y no se puede abrir. No se modificó.

La última copia de seguridad en buen estado es {backup}. ¿Restaurarla ahora? El archivo dañado se conserva junto a las copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
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
        <translation>{path} es la base de datos o una de sus copias de seguridad. Elija otro archivo.</translation>
    </message>
</context>
</TS>
