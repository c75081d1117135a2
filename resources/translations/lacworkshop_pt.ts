<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About lacworkshop</source>
        <translation>Sobre o lacworkshop</translation>
    </message>
    <message>
        <source>Plan technical training workshops, record attendance session by session, and produce registers, sign-in sheets and verifiable certificates.</source>
        <translation>Planeje oficinas de capacitação técnica, registre a frequência sessão por sessão e produza listas, folhas de assinatura e certificados verificáveis.</translation>
    </message>
    <message>
        <source>none bundled</source>
        <translation>nenhuma incluída</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Feito com</translation>
    </message>
    <message>
        <source>Licence texts shipped with this copy</source>
        <translation>Textos de licença incluídos nesta cópia</translation>
    </message>
</context>
<context>
    <name>AddParticipantsDialog</name>
    <message>
        <source>Add people to the workshop</source>
        <translation>Adicionar pessoas à oficina</translation>
    </message>
    <message>
        <source>Name, email or organisation; accents optional</source>
        <translation>Nome, e-mail ou organização; acentos opcionais</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nova pessoa…</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sem trilha)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Trilha:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;Adicionar selecionadas</translation>
    </message>
    <message>
        <source>First {n} matches; type more to narrow.</source>
        <translation>Primeros {n} resultados; digite mais para refinar.</translation>
    </message>
    <message>
        <source>{n} match(es).</source>
        <translation>{n} resultado(s).</translation>
    </message>
    <message>
        <source>New person ready to add.</source>
        <translation>Nova pessoa pronta para adicionar.</translation>
    </message>
</context>
<context>
    <name>AssignTrainersDialog</name>
    <message>
        <source>Assign trainers</source>
        <translation>Atribuir instrutores</translation>
    </message>
    <message numerus="yes">
        <source>Trainers for the %n selected session(s):</source>
        <translation>
            <numerusform>Instrutores da %n sessão selecionada:</numerusform>
            <numerusform>Instrutores das %n sessões selecionadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add people with the trainer role to the workshop to assign them here.</source>
        <translation>Adicione à oficina pessoas com o papel de instrutor para atribuí-las aqui.</translation>
    </message>
    <message>
        <source>&amp;Replace the sessions&apos; trainers</source>
        <translation>&amp;Substituir os instrutores das sessões</translation>
    </message>
    <message>
        <source>Unchecked, the chosen trainers are added to those already assigned.</source>
        <translation>Se desmarcado, os instrutores escolhidos são adicionados aos já atribuídos.</translation>
    </message>
</context>
<context>
    <name>AttendanceFiles</name>
    <message>
        <source>Export register…</source>
        <translation>Exportar lista de frequência…</translation>
    </message>
    <message>
        <source>Import register…</source>
        <translation>Importar lista de frequência…</translation>
    </message>
    <message>
        <source>Sign-in sheets…</source>
        <translation>Folhas de assinatura…</translation>
    </message>
    <message>
        <source>Export attendance register</source>
        <translation>Exportar lista de frequência</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Gravando a lista…</translation>
    </message>
    <message>
        <source>Register written to %1</source>
        <translation>Lista gravada em %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Lista de frequência</translation>
    </message>
    <message>
        <source>Import attendance register</source>
        <translation>Importar lista de frequência</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xlsm)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Reading the register</source>
        <translation>Lendo a lista</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>%1 mark(s) imported</source>
        <translation>%1 marcação(ões) importada(s)</translation>
    </message>
    <message>
        <source>Save sign-in sheets</source>
        <translation>Salvar folhas de assinatura</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the sheets…</source>
        <translation>Gerando as folhas…</translation>
    </message>
    <message>
        <source>%1 sign-in sheet(s) written to %2</source>
        <translation>%1 folha(s) de assinatura gravada(s) em %2</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Folhas de assinatura</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Eligibility set by hand: %s</source>
        <translation>Elegibilidade definida manualmente: %s</translation>
    </message>
    <message>
        <source>Plenary session (every track)</source>
        <translation>Sessão plenária (todas as trilhas)</translation>
    </message>
    <message>
        <source>Trainers: %s</source>
        <translation>Instrutores: %s</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Percentual</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Eligible (by hand)</source>
        <translation>Elegível (manual)</translation>
    </message>
    <message>
        <source>Withheld (by hand)</source>
        <translation>Negado (manual)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegível</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Em dia</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Não elegível</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>elegível</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>não elegível</translation>
    </message>
    <message>
        <source>By the rule alone: %s</source>
        <translation>Pela regra: %s</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Motivo: %s</translation>
    </message>
    <message>
        <source>Not yet marked</source>
        <translation>Ainda não marcado</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasado</translation>
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
        <translation>Observação: %s</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Workshop:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Trilha:</translation>
    </message>
    <message>
        <source>Only at risk or not eligible</source>
        <translation>Somente em risco ou não elegíveis</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Todos presentes</translation>
    </message>
    <message>
        <source>Mark everyone not yet marked in the current session present</source>
        <translation>Marcar como presentes todos os ainda não marcados na sessão atual</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Observação…</translation>
    </message>
    <message>
        <source>Eligibility by hand…</source>
        <translation>Elegibilidade manual…</translation>
    </message>
    <message>
        <source>P present · L late · E excused · A absent · Delete clears · Space or a click cycles · select a block to mark it at once</source>
        <translation>P presente · L atrasado · E justificado · A ausente · Delete apaga · Espaço ou um clique alterna · selecione um bloco para marcá-lo de uma vez</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sem trilha)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>late</source>
        <translation>atrasado</translation>
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
        <translation>não marcado</translation>
    </message>
    <message>
        <source>next mark</source>
        <translation>próxima marcação</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cell(s) %1</source>
        <translation>
            <numerusform>Marcar %n célula como %1</numerusform>
            <numerusform>Marcar %n células como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>Choose a session (a column) first.</source>
        <translation>Primeiro escolha uma sessão (uma coluna).</translation>
    </message>
    <message>
        <source>Everyone present at %1</source>
        <translation>Todos presentes em %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Mark the session first; a note belongs to a mark.</source>
        <translation>Marque a sessão primeiro; a observação pertence a uma marcação.</translation>
    </message>
    <message>
        <source>Note on this mark:</source>
        <translation>Observação sobre esta marcação:</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar observação</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Primeiro escolha uma pessoa.</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidade</translation>
    </message>
    <message>
        <source>Set eligibility by hand</source>
        <translation>Definir a elegibilidade manualmente</translation>
    </message>
    <message>
        <source>Present	P</source>
        <translation>Presente	P</translation>
    </message>
    <message>
        <source>Late	L</source>
        <translation>Atrasado	L</translation>
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
        <translation>Não marcado	Delete</translation>
    </message>
    <message>
        <source>Everyone present in this session</source>
        <translation>Todos presentes nesta sessão</translation>
    </message>
    <message>
        <source>No workshop to show. Create one or load the demo.</source>
        <translation>Não há oficina para mostrar. Crie uma ou carregue a demonstração.</translation>
    </message>
    <message>
        <source>%1 people · %2 sessions · %3 eligible · %4 on track · %5 at risk · %6 not eligible</source>
        <translation>%1 pessoas · %2 sessões · %3 elegíveis · %4 em dia · %5 em risco · %6 não elegíveis</translation>
    </message>
</context>
<context>
    <name>BadgeSettingsDialog</name>
    <message>
        <source>Badge settings</source>
        <translation>Configurações do crachá</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Role and its colour</source>
        <translation>Papel e sua cor</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Trilha</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Workshop code</source>
        <translation>Código da oficina</translation>
    </message>
    <message>
        <source>Check-in QR</source>
        <translation>QR de credenciamento</translation>
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
        <translation>Instrutores</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipe de apoio</translation>
    </message>
    <message>
        <source>Colour-blind safe defaults</source>
        <translation>Cores padrão seguras para daltônicos</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Cores:</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Late after:</source>
        <translation>Atrasado após:</translation>
    </message>
    <message>
        <source>Choose the workshop&apos;s &amp;logo…</source>
        <translation>Escolher o &amp;logotipo da oficina…</translation>
    </message>
    <message>
        <source>Without one, the organisation&apos;s logo is printed.</source>
        <translation>Sem ele, é impresso o logotipo da organização.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Workshop logo</source>
        <translation>Logotipo da oficina</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo chosen; choose &amp;another…</source>
        <translation>Logotipo escolhido; escolher &amp;outro…</translation>
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
        <translation>{stock}, um crachá por página ({width} x {height} mm)</translation>
    </message>
    <message>
        <source>{paper}, {count} badges to cut and fold (both faces, {width} x {height} mm)</source>
        <translation>{paper}, {count} crachás para recortar e dobrar (frente e verso, {width} x {height} mm)</translation>
    </message>
    <message>
        <source>{paper}, {count} badges to cut ({width} x {height} mm)</source>
        <translation>{paper}, {count} crachás para recortar ({width} x {height} mm)</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <source>Badges and table tents</source>
        <translation>Crachás e prismas de mesa</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Crachás</translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation>Prismas de mesa</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <source>The people selected (%n)</source>
        <translation>
            <numerusform>A pessoa selecionada (%n)</numerusform>
            <numerusform>As pessoas selecionadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>New arrivals (badge never printed)</source>
        <translation>Recém-chegados (crachá nunca impresso)</translation>
    </message>
    <message>
        <source>One track</source>
        <translation>Uma trilha</translation>
    </message>
    <message>
        <source>One role</source>
        <translation>Um papel</translation>
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
        <translation>Instrutores</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipe de apoio</translation>
    </message>
    <message>
        <source>&amp;Print:</source>
        <translation>I&amp;mprimir:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quem:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Trilha:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Stock:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Tama&amp;nho do papel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pré-&amp;visualizar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salvar PDF…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Configu&amp;rações…</translation>
    </message>
    <message>
        <source>Everyone here means the trainers and the organisers.</source>
        <translation>Aqui, todos significa os instrutores e os organizadores.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) on %1 page(s).</source>
        <translation>
            <numerusform>%n crachá em %1 página(s).</numerusform>
            <numerusform>%n crachás em %1 página(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
</context>
<context>
    <name>BlockRow</name>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>BundleConflictsDialog</name>
    <message>
        <source>(mark cleared)</source>
        <translation>(marcação apagada)</translation>
    </message>
    <message>
        <source>Conflicts in the bundle</source>
        <translation>Conflitos no pacote</translation>
    </message>
    <message>
        <source>These records were changed both here and in the bundle. Choose, for each, which value to keep; everything else in the bundle merges as it is.</source>
        <translation>Estes registros foram alterados tanto aqui quanto no pacote. Escolha, para cada um, qual valor manter; todo o resto do pacote é mesclado como está.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aqui</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>No pacote</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Aqui (o meu)</translation>
    </message>
    <message>
        <source>The bundle&apos;s</source>
        <translation>O do pacote</translation>
    </message>
    <message>
        <source>The newest</source>
        <translation>O mais recente</translation>
    </message>
    <message>
        <source>For all:</source>
        <translation>Para todos:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Manter o meu</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s</source>
        <translation>Usar o do pacote</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Manter o mais recente</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>The whole workshop</source>
        <translation>A oficina inteira</translation>
    </message>
    <message>
        <source>Only the attendance of {track}</source>
        <translation>Somente a frequência de {track}</translation>
    </message>
    <message>
        <source>Bundles (*.lwbundle)</source>
        <translation>Pacotes (*.lwbundle)</translation>
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
        <translation>Versão</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participação</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instrutor</translation>
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
        <translation>Substituído</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogado</translation>
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
        <translation>Oficina:</translation>
    </message>
    <message>
        <source>Participation (attendance)</source>
        <translation>Participação (frequência)</translation>
    </message>
    <message>
        <source>Completion (with hours)</source>
        <translation>Conclusão (com carga horária)</translation>
    </message>
    <message>
        <source>Trainer (modules and hours)</source>
        <translation>Instrutor (módulos e horas)</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Each person&apos;s language</source>
        <translation>Idioma de cada pessoa</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Editar modelos…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Also one PDF per person, in a zip file</source>
        <translation>Também um PDF por pessoa, em um arquivo zip</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Gerar…</translation>
    </message>
    <message>
        <source>The last session of this workshop ends on %1. Certificates issued now would attest what has not happened yet. Issue them anyway?</source>
        <translation>A última sessão desta oficina termina em %1. Certificados emitidos agora atestariam algo que ainda não aconteceu. Emitir mesmo assim?</translation>
    </message>
    <message>
        <source>Working out what to issue…</source>
        <translation>Calculando o que emitir…</translation>
    </message>
    <message>
        <source>Nothing issued.</source>
        <translation>Nada foi emitido.</translation>
    </message>
    <message>
        <source>Save certificates as</source>
        <translation>Salvar certificados como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the per-person files as</source>
        <translation>Salvar os arquivos por pessoa como</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Arquivos zip (*.zip)</translation>
    </message>
    <message>
        <source>{issued} issued, {reused} reused, {reprinted} reprinted, {superseded} superseded, {blocked} blocked, {not_eligible} not eligible.</source>
        <translation>{issued} emitidos, {reused} reaproveitados, {reprinted} reimpressos, {superseded} substituídos, {blocked} bloqueados, {not_eligible} não elegíveis.</translation>
    </message>
    <message>
        <source>Some people got no certificate; the details say who and why.</source>
        <translation>Algumas pessoas não receberam certificado; os detalhes indicam quem e por quê.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Issuing certificates…</source>
        <translation>Emitindo certificados…</translation>
    </message>
    <message>
        <source>Certificates cancelled; no file written.</source>
        <translation>Certificados cancelados; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Written: %1 (%2 pages).</source>
        <translation>Gravado: %1 (%2 páginas).</translation>
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
        <translation>Reemitir</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revogar…</translation>
    </message>
    <message>
        <source>Show superseded and revoked</source>
        <translation>Mostrar substituídos e revogados</translation>
    </message>
    <message>
        <source>Earlier versions and revoked certificates stay in the register.</source>
        <translation>As versões anteriores e os certificados revogados continuam no registro.</translation>
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
            <numerusform>(%n substituído ou revogado oculto)</numerusform>
            <numerusform>(%n substituídos ou revogados ocultos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the certificates…</source>
        <translation>Preparando os certificados…</translation>
    </message>
    <message>
        <source>The last session of this workshop has not ended yet. Issue the certificate anyway?</source>
        <translation>A última sessão desta oficina ainda não terminou. Emitir o certificado mesmo assim?</translation>
    </message>
    <message>
        <source>Reprinted %1: the same code and version, still valid.</source>
        <translation>%1 reimpresso: mesmo código e versão, continua válido.</translation>
    </message>
    <message>
        <source>%1 revoked; it stays in the register (show superseded and revoked).</source>
        <translation>%1 revogado; continua no registro (mostrar substituídos e revogados).</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Email the selected holders their certificate (everyone when none is).</source>
        <translation>Enviar por e-mail o certificado aos titulares selecionados (a todos, se nenhum estiver selecionado).</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Issued version %1 as %2.</source>
        <translation>Versão %1 emitida como %2.</translation>
    </message>
    <message>
        <source>Nothing changed: %1 is still the valid certificate.</source>
        <translation>Nada mudou: %1 continua sendo o certificado válido.</translation>
    </message>
    <message>
        <source>This person is no longer entitled to this certificate.</source>
        <translation>Esta pessoa não tem mais direito a este certificado.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Revogar certificado</translation>
    </message>
    <message>
        <source>Why is %1 (%2) revoked? The certificate stays in the register.</source>
        <translation>Por que %1 (%2) é revogado? O certificado permanece no registro.</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Agora</translation>
    </message>
    <message>
        <source>Choose the session under way by the workshop&apos;s clock</source>
        <translation>Escolher a sessão em andamento pelo relógio da oficina</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation>&amp;Crachás…</translation>
    </message>
    <message>
        <source>Scan a badge, or type its code or a name, then Enter</source>
        <translation>Leia um crachá ou digite o código dele ou um nome e pressione Enter</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>&amp;Undo last scan</source>
        <translation>&amp;Desfazer a última leitura</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Credenciamento</translation>
    </message>
    <message>
        <source>Recent scans:</source>
        <translation>Leituras recentes:</translation>
    </message>
    <message>
        <source>Choose the session to check people in to.</source>
        <translation>Escolha a sessão em que as pessoas serão credenciadas.</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>{n} track(s)</source>
        <translation>{n} trilha(s)</translation>
    </message>
    <message>
        <source>{n} session(s)</source>
        <translation>{n} sessão(ões)</translation>
    </message>
    <message>
        <source>{n} participation(s)</source>
        <translation>{n} participação(ões)</translation>
    </message>
    <message>
        <source>{n} attendance mark(s)</source>
        <translation>{n} marcação(ões) de frequência</translation>
    </message>
    <message>
        <source>{n} issued certificate(s)</source>
        <translation>{n} certificado(s) emitido(s)</translation>
    </message>
    <message>
        <source>{n} trainer assignment(s)</source>
        <translation>{n} atribuição(ões) de instrutor</translation>
    </message>
    <message>
        <source>Nothing else depends on it.</source>
        <translation>Nada mais depende disso.</translation>
    </message>
    <message>
        <source>This also deletes {items}.</source>
        <translation>Isto também exclui {items}.</translation>
    </message>
    <message>
        <source>Delete {what} “{label}”?</source>
        <translation>Excluir {what} “{label}”?</translation>
    </message>
    <message>
        <source>You can take this back with Edit &gt; Undo.</source>
        <translation>Você pode desfazer com Editar &gt; Desfazer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>DocumentLanguageBox</name>
    <message>
        <source>Workshop language</source>
        <translation>Idioma da oficina</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
</context>
<context>
    <name>DuplicateWarningDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Possível duplicata</translation>
    </message>
    <message>
        <source>This may be someone already in the database:</source>
        <translation>Pode ser alguém que já está no banco de dados:</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>mesmo nome e país</translation>
    </message>
    <message>
        <source>&amp;Open that person</source>
        <translation>&amp;Abrir essa pessoa</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Mesclar…</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Salvar mesmo assim</translation>
    </message>
</context>
<context>
    <name>EmailAccountDialog</name>
    <message>
        <source>Email account</source>
        <translation>Conta de e-mail</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>ex.: smtp.example.org</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (geralmente porta 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (geralmente porta 465)</translation>
    </message>
    <message>
        <source>None (local servers only)</source>
        <translation>Nenhuma (somente servidores locais)</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;egurança:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>asked when sending if left empty</source>
        <translation>solicitada no envio se ficar em branco</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <source>Keep the password in the system &amp;keyring</source>
        <translation>Guardar a senha no &amp;chaveiro do sistema</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Nome do remetente:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>En&amp;dereço do remetente:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Responder para:</translation>
    </message>
    <message>
        <source>e.g. https://example.org/verify/</source>
        <translation>ex.: https://example.org/verify/</translation>
    </message>
    <message>
        <source>&amp;Verification address:</source>
        <translation>Endereço de &amp;verificação:</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>No &amp;máximo:</translation>
    </message>
    <message>
        <source>The password is never written to the database or its backups. The certificate code is added to the end of the verification address.</source>
        <translation>A senha nunca é gravada no banco de dados nem nos backups dele. O código do certificado é adicionado ao final do endereço de verificação.</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Enviar uma mensagem de &amp;teste</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Enviar uma mensagem de teste</translation>
    </message>
    <message>
        <source>A test message was sent to {address}.</source>
        <translation>Uma mensagem de teste foi enviada para {address}.</translation>
    </message>
</context>
<context>
    <name>EmailLabels</name>
    <message>
        <source>Your certificate</source>
        <translation>Seu certificado</translation>
    </message>
    <message>
        <source>Welcome and practical information</source>
        <translation>Boas-vindas e informações práticas</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Your own words, shown where the text says {note}</source>
        <translation>Suas próprias palavras, exibidas onde o texto diz {note}</translation>
    </message>
    <message>
        <source>Save &amp;text</source>
        <translation>Salvar &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Built-in text</source>
        <translation>Texto &amp;padrão</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensagem:</translation>
    </message>
    <message>
        <source>Text in &amp;language:</source>
        <translation>Texto no &amp;idioma:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Assunto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Your n&amp;ote:</source>
        <translation>Sua &amp;observação:</translation>
    </message>
</context>
<context>
    <name>EmailOutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
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
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar agora</translation>
    </message>
    <message>
        <source>&amp;Retry the failed</source>
        <translation>&amp;Tentar de novo as que falharam</translation>
    </message>
    <message>
        <source>&amp;Export the log…</source>
        <translation>E&amp;xportar o registro…</translation>
    </message>
    <message>
        <source>{rows} messages saved in {path}</source>
        <translation>{rows} mensagens salvas em {path}</translation>
    </message>
    <message>
        <source>Waiting {queued}, sent {sent}, failed {failed}.</source>
        <translation>Aguardando {queued}, enviadas {sent}, com falha {failed}.</translation>
    </message>
    <message>
        <source>Set up the email account first, in Preferences &gt; Email.</source>
        <translation>Configure primeiro a conta de e-mail, em Preferências &gt; E-mail.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent {sent}, to try again later {deferred}, failed {failed}.</source>
        <translation>Enviadas {sent}, a tentar novamente mais tarde {deferred}, com falha {failed}.</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}); the messages wait in the outbox.</source>
        <translation>Não foi possível conectar ao servidor ({reason}); as mensagens aguardam na caixa de saída.</translation>
    </message>
    <message>
        <source>Export the log of messages</source>
        <translation>Exportar o registro de mensagens</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Planilha (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>EmailPassword</name>
    <message>
        <source>Email password</source>
        <translation>Senha de e-mail</translation>
    </message>
    <message>
        <source>Password for {user} at {host}:</source>
        <translation>Senha de {user} em {host}:</translation>
    </message>
</context>
<context>
    <name>EmailPreviewPanel</name>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pré-&amp;visualizar</translation>
    </message>
    <message>
        <source>To: {to}</source>
        <translation>Para: {to}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Assunto: {subject}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <source>Attached: certificate {code}</source>
        <translation>Anexo: certificado {code}</translation>
    </message>
</context>
<context>
    <name>EmailRecipientsBox</name>
    <message>
        <source>To whom</source>
        <translation>Para quem</translation>
    </message>
    <message>
        <source>&amp;Everyone (nobody gets the same message twice)</source>
        <translation>To&amp;dos (ninguém recebe a mesma mensagem duas vezes)</translation>
    </message>
    <message>
        <source>Only those &amp;not sent this certificate yet</source>
        <translation>Somente quem ainda &amp;não recebeu este certificado</translation>
    </message>
    <message>
        <source>One t&amp;rack:</source>
        <translation>Uma t&amp;rilha:</translation>
    </message>
    <message>
        <source>The {n} people selected</source>
        <translation>As {n} pessoas selecionadas</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participação</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instrutor</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Attach the certificate&apos;s &amp;PDF (else the link only)</source>
        <translation>Anexar o &amp;PDF do certificado (senão, somente o link)</translation>
    </message>
    <message>
        <source>Each round goes once per person: round 2 sends a second reminder.</source>
        <translation>Cada rodada é enviada uma vez por pessoa: a rodada 2 envia um segundo lembrete.</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>R&amp;odada:</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulação</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Nobody to preview.</source>
        <translation>Ninguém para pré-visualizar.</translation>
    </message>
    <message>
        <source>Set up the email account first, in Preferences &gt; Email.</source>
        <translation>Configure primeiro a conta de e-mail, em Preferências &gt; E-mail.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Listando…</translation>
    </message>
    <message>
        <source>Dry run: {queued} would be queued, {already} are in the outbox already, {skipped} cannot be sent.</source>
        <translation>Simulação: {queued} entrariam na fila, {already} já estão na caixa de saída, {skipped} não podem ser enviadas.</translation>
    </message>
    <message>
        <source>{queued} queued, {already} in the outbox already, {skipped} cannot be sent.</source>
        <translation>{queued} na fila, {already} já na caixa de saída, {skipped} não podem ser enviadas.</translation>
    </message>
    <message>
        <source>Sent {sent}, to try again later {deferred}, failed {failed}.</source>
        <translation>Enviadas {sent}, a tentar novamente mais tarde {deferred}, com falha {failed}.</translation>
    </message>
    <message>
        <source>The server could not be reached ({reason}); the messages wait in the outbox and go with the next send.</source>
        <translation>Não foi possível conectar ao servidor ({reason}); as mensagens aguardam na caixa de saída e vão no próximo envio.</translation>
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
        <translation>Predefinição:</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Salvar como predefinição…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Excluir predefinição</translation>
    </message>
    <message>
        <source>Language of the file:</source>
        <translation>Idioma do arquivo:</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>Separador do CSV:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Vírgula</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Ponto e vírgula</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>What separates the fields when the list is saved as CSV. Excel in Spanish, Portuguese or French opens a semicolon file in columns. Not used for xlsx.</source>
        <translation>O que separa os campos quando a lista é salva como CSV. O Excel em espanhol, português ou francês abre em colunas um arquivo separado por ponto e vírgula. Não é usado para xlsx.</translation>
    </message>
    <message>
        <source>Columns (only these are written)</source>
        <translation>Colunas (somente estas são gravadas)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponíveis</translation>
    </message>
    <message>
        <source>In the file, in this order</source>
        <translation>No arquivo, nesta ordem</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Adicionar →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← Remover</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Who is in the list</source>
        <translation>Quem está na lista</translation>
    </message>
    <message>
        <source>Tracks (none ticked: all):</source>
        <translation>Trilhas (nenhuma marcada: todas):</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Instrutores</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipe de apoio</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Papéis:</translation>
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
        <translation>Em lista de espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Only those eligible for a certificate</source>
        <translation>Somente quem tem direito a certificado</translation>
    </message>
    <message>
        <source>Only those not eligible</source>
        <translation>Somente os não elegíveis</translation>
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
            <numerusform>%n pessoa na lista.</numerusform>
            <numerusform>%n pessoas na lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>For the venue</source>
        <translation>Para o local do evento</translation>
    </message>
    <message>
        <source>For the funder</source>
        <translation>Para o financiador</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(escolha uma predefinição)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Salvar predefinição</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nome da predefinição:</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>Excluir a predefinição “{name}”?</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Escolha pelo menos uma coluna.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>{n} people written to {path}</source>
        <translation>{n} pessoas gravadas em {path}</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Registration list</source>
        <translation>Lista de inscrições</translation>
    </message>
    <message>
        <source>Choose the file (Excel, LibreOffice, CSV or text) and where its people go. Nothing is written until you confirm the preview.</source>
        <translation>Escolha o arquivo (Excel, LibreOffice, CSV ou texto) e para onde vão as pessoas. Nada é gravado até você confirmar a prévia.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Trilha:</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instrutor</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipe de apoio</translation>
    </message>
    <message>
        <source>Role (unless a column says):</source>
        <translation>Papel (a menos que uma coluna diga):</translation>
    </message>
    <message>
        <source>There is no workshop yet: create one first, then import.</source>
        <translation>Ainda não há oficina: crie uma primeiro e depois importe.</translation>
    </message>
    <message>
        <source>Registration lists ({patterns});;All files (*)</source>
        <translation>Listas de inscrições ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sem trilha)</translation>
    </message>
    <message>
        <source>The track these people follow. “(no track)” keeps them to the plenary sessions, unless a Track column in the file says otherwise.</source>
        <translation>A trilha que estas pessoas seguem. “(sem trilha)” as deixa só nas sessões plenárias, a menos que uma coluna Trilha do arquivo diga outra coisa.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to lacworkshop</source>
        <translation>Boas-vindas ao lacworkshop</translation>
    </message>
    <message>
        <source>There is no database yet. Start with an empty one for your own workshops, or open a demo to look around first. The demo lives in a database of its own and never mixes with your work.</source>
        <translation>Ainda não há banco de dados. Comece com um vazio para as suas oficinas ou abra primeiro uma demonstração para conhecer o programa. A demonstração fica em um banco de dados próprio e nunca se mistura com o seu trabalho.</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Começar com um banco de dados &amp;vazio</translation>
    </message>
    <message>
        <source>Open a &amp;demo (separate database)</source>
        <translation>Abrir uma &amp;demonstração (banco de dados separado)</translation>
    </message>
    <message>
        <source>Your database: {path}</source>
        <translation>Seu banco de dados: {path}</translation>
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
        <translation>Nas palavras da própria pessoa</translation>
    </message>
</context>
<context>
    <name>GenderMappingBox</name>
    <message>
        <source>Genders not recognised</source>
        <translation>Gêneros não reconhecidos</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import registrations</source>
        <translation>Importar inscrições</translation>
    </message>
</context>
<context>
    <name>ImportWizardFile</name>
    <message>
        <source>Cannot read the file</source>
        <translation>Não é possível ler o arquivo</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada para importar</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} is empty.</source>
        <translation>{file}: a planilha {sheet} está vazia.</translation>
    </message>
</context>
<context>
    <name>IssuePreviewDialog</name>
    <message>
        <source>Issue certificates: what will happen</source>
        <translation>Emitir certificados: o que vai acontecer</translation>
    </message>
    <message>
        <source>Reprints keep their code, version and date: every copy already sent stays valid.</source>
        <translation>As reimpressões mantêm código, versão e data: todas as cópias já enviadas continuam válidas.</translation>
    </message>
    <message>
        <source>Issue and write…</source>
        <translation>Emitir e gravar…</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
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
        <translation>Instrutor</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipe de apoio</translation>
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
        <translation>Em lista de espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Inscrições abertas</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Encerrado</translation>
    </message>
</context>
<context>
    <name>LayoutPage</name>
    <message>
        <source>Sheet and header</source>
        <translation>Planilha e cabeçalho</translation>
    </message>
    <message>
        <source>Check that the names read right and that the header row is the one marked.</source>
        <translation>Verifique se os nomes estão legíveis e se a linha de cabeçalho é a marcada.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Planilha:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Codificação do texto:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Header on row:</source>
        <translation>Cabeçalho na linha:</translation>
    </message>
    <message>
        <source>The text encoding could not be told for sure; it was read as {enc}. If names below look wrong (JosÃ© instead of José), choose another encoding.</source>
        <translation>Não foi possível determinar com certeza a codificação do texto; foi lida como {enc}. Se os nomes abaixo parecerem errados (JosÃ© em vez de José), escolha outra codificação.</translation>
    </message>
    <message>
        <source>The delimiter could not be told for sure; check the columns below.</source>
        <translation>Não foi possível determinar com certeza o delimitador; confira as colunas abaixo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshops</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Credenciamento</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>New &amp;workshop</source>
        <translation>Nova &amp;oficina</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Novo banco de dados…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir banco de dados…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Open the d&amp;emo database</source>
        <translation>Abrir o banco de dados de d&amp;emonstração</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importar inscrições…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xportar pacote…</translation>
    </message>
    <message>
        <source>Import b&amp;undle…</source>
        <translation>Importar pa&amp;cote…</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>Conectar a um ser&amp;vidor…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;taurar a partir de backup…</translation>
    </message>
    <message>
        <source>Remove &amp;demo data…</source>
        <translation>Remover dados de &amp;demonstração…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Caixa de &amp;saída…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About lacworkshop</source>
        <translation>&amp;Sobre o lacworkshop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>lacworkshop — {name} — Demo database</source>
        <translation>lacworkshop — {name} — Banco de dados de demonstração</translation>
    </message>
    <message>
        <source>lacworkshop — {name}</source>
        <translation>lacworkshop — {name}</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Abrir o banco de dados de demonstração</translation>
    </message>
    <message>
        <source>There is no demo data to remove.</source>
        <translation>Não há dados de demonstração para remover.</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Remover dados de demonstração</translation>
    </message>
    <message>
        <source>Remove every demo workshop ({workshops}), demo person ({people}), demo signatory ({signatories}) and demo template ({templates})? Their sessions, attendance and certificates go with them. Your own work is not touched, and a backup is written first.</source>
        <translation>Remover todas as oficinas de demonstração ({workshops}), pessoas de demonstração ({people}), signatários de demonstração ({signatories}) e modelos de demonstração ({templates})? As sessões, a frequência e os certificados deles também serão removidos. O seu próprio trabalho não é alterado, e antes é gravado um backup.</translation>
    </message>
    <message>
        <source>Demo data removed; a backup was written to {path}</source>
        <translation>Dados de demonstração removidos; um backup foi gravado em {path}</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Não é possível abrir o banco de dados</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} aberto</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir banco de dados</translation>
    </message>
    <message>
        <source>lacworkshop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do lacworkshop (*.sqlite3 *.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Novo banco de dados</translation>
    </message>
    <message>
        <source>lacworkshop databases (*.sqlite3)</source>
        <translation>Bancos de dados do lacworkshop (*.sqlite3)</translation>
    </message>
    <message>
        <source>{path} already exists; use Open instead.</source>
        <translation>{path} já existe; use Abrir.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>O backup falhou</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Backup gravado em {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar a partir de backup</translation>
    </message>
    <message>
        <source>Replace {name} with the backup {backup}? Changes made since that backup are set aside (the database as it is now is backed up first).</source>
        <translation>Substituir {name} pelo backup {backup}? As alterações feitas desde esse backup ficam de lado (antes é feito um backup do banco de dados em seu estado atual).</translation>
    </message>
    <message>
        <source>Restored {backup}; the previous database was kept as {previous}</source>
        <translation>{backup} restaurado; o banco de dados anterior foi mantido como {previous}</translation>
    </message>
    <message>
        <source>The new language takes effect when lacworkshop restarts.</source>
        <translation>O novo idioma será aplicado quando o lacworkshop for reiniciado.</translation>
    </message>
    <message>
        <source>{n} messages wait in the outbox: Edit &gt; Outbox… sends them.</source>
        <translation>{n} mensagens aguardam na caixa de saída: Editar &gt; Caixa de saída… as envia.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing is not available in this version.</source>
        <translation>A importação não está disponível nesta versão.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Say what each column holds. Columns left on “ignore” are not imported.</source>
        <translation>Diga o que cada coluna contém. Colunas deixadas em “ignorar” não são importadas.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Sobrenomes</translation>
    </message>
    <message>
        <source>Full name (split into given and family names)</source>
        <translation>Nome completo (separado em nomes e sobrenomes)</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nome social</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Documento de identidade</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Trilha</translation>
    </message>
    <message>
        <source>Notes (added to the participation)</source>
        <translation>Observações (adicionadas à participação)</translation>
    </message>
    <message>
        <source>Consent (the header is the notice answered)</source>
        <translation>Consentimento (o cabeçalho é o aviso respondido)</translation>
    </message>
    <message>
        <source>Registration number on the platform</source>
        <translation>Número de inscrição na plataforma</translation>
    </message>
    <message>
        <source>Registration status (cancelled, refunded are skipped)</source>
        <translation>Situação da inscrição (canceladas e reembolsadas são ignoradas)</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Credenciado</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contém</translation>
    </message>
    <message>
        <source>Recognised as an export of {system}.</source>
        <translation>Reconhecido como uma exportação de {system}.</translation>
    </message>
    <message>
        <source>The columns are set as when you last imported a file with these headers.</source>
        <translation>As colunas estão como na última vez em que você importou um arquivo com estes cabeçalhos.</translation>
    </message>
    <message>
        <source>The columns were recognised from their headers and the values under them; correct any that are wrong.</source>
        <translation>As colunas foram reconhecidas pelos cabeçalhos e pelos valores abaixo deles; corrija as que estiverem erradas.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <source>Which column holds the names?</source>
        <translation>Qual coluna contém os nomes?</translation>
    </message>
    <message>
        <source>No column is set to a name. Set one column to “Given names”, “Family names” or “Full name”.</source>
        <translation>Nenhuma coluna foi definida como nome. Defina uma coluna como “Nomes”, “Sobrenomes” ou “Nome completo”.</translation>
    </message>
    <message>
        <source>A field is set twice</source>
        <translation>Um campo foi definido duas vezes</translation>
    </message>
    <message>
        <source>Each field can come from one column only, except names (two family-name columns are joined) and notes.</source>
        <translation>Cada campo pode vir de uma única coluna, exceto nomes (duas colunas de sobrenome são unidas) e observações.</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Mesclar pessoas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Keep this record (#{id})</source>
        <translation>Manter este registro (#{id})</translation>
    </message>
    <message>
        <source>Every workshop, attendance mark, certificate and session of the other record moves to the one kept; empty fields are filled from it; then the other record is removed. A backup of the database is taken first.</source>
        <translation>Cada oficina, marcação de frequência, certificado e sessão do outro registro passa para o que é mantido; campos vazios são preenchidos com ele; depois o outro registro é removido. Antes é feito um backup do banco de dados.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Mesclar</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <source>New edition</source>
        <translation>Nova edição</translation>
    </message>
    <message>
        <source>The new edition gets the tracks, the schedule moved to the new dates, the trainers and the certificate rule. Attendees are not copied.</source>
        <translation>A nova edição recebe as trilhas, a programação movida para as novas datas, os instrutores e a regra de certificados. Os participantes não são copiados.</translation>
    </message>
    <message>
        <source>&amp;Create edition</source>
        <translation>&amp;Criar edição</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Certificate eligibility by hand</source>
        <translation>Elegibilidade para o certificado definida manualmente</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>elegível</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>não elegível</translation>
    </message>
    <message>
        <source>%1 attended %2 of %3 hours (%4 %). By the rule alone: %5.</source>
        <translation>%1 compareceu a %2 de %3 horas (%4 %). Pela regra: %5.</translation>
    </message>
    <message>
        <source>Follow the attendance rule</source>
        <translation>Seguir a regra de frequência</translation>
    </message>
    <message>
        <source>Grant the certificate</source>
        <translation>Conceder o certificado</translation>
    </message>
    <message>
        <source>Withhold the certificate</source>
        <translation>Negar o certificado</translation>
    </message>
    <message>
        <source>Reason (required to grant or withhold):</source>
        <translation>Motivo (obrigatório para conceder ou negar):</translation>
    </message>
    <message>
        <source>e.g. medical certificate for Wednesday</source>
        <translation>ex.: atestado médico de quarta-feira</translation>
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
        <translation>Sobrenomes</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Trilha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Every role</source>
        <translation>Todos os papéis</translation>
    </message>
    <message>
        <source>&amp;Add people…</source>
        <translation>&amp;Adicionar pessoas…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Alterar situação</translation>
    </message>
    <message>
        <source>Set track</source>
        <translation>Alterar trilha</translation>
    </message>
    <message>
        <source>Remove from workshop</source>
        <translation>Remover da oficina</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} pessoas</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>(sem trilha)</translation>
    </message>
    <message>
        <source>Add {n} people</source>
        <translation>Adicionar {n} pessoas</translation>
    </message>
    <message>
        <source>{n} added.</source>
        <translation>{n} adicionadas.</translation>
    </message>
    <message>
        <source>{n} already had that role.</source>
        <translation>{n} já tinham esse papel.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Set status to {s}</source>
        <translation>Alterar situação para {s}</translation>
    </message>
    <message>
        <source>Change track</source>
        <translation>Alterar trilha</translation>
    </message>
    <message>
        <source>Remove {n} from this workshop: {names}?</source>
        <translation>Remover {n} desta oficina: {names}?</translation>
    </message>
    <message>
        <source>You can take this back with Edit &gt; Undo.</source>
        <translation>Você pode desfazer com Editar &gt; Desfazer.</translation>
    </message>
    <message>
        <source>Remove {n} from the workshop</source>
        <translation>Remover {n} da oficina</translation>
    </message>
</context>
<context>
    <name>PeopleFilters</name>
    <message>
        <source>Any country</source>
        <translation>Qualquer país</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Qualquer papel</translation>
    </message>
    <message>
        <source>Any workshop</source>
        <translation>Qualquer oficina</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search name, email, organisation, document (Ctrl+F)</source>
        <translation>Buscar nome, e-mail, organização, documento (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nova pessoa</translation>
    </message>
    <message>
        <source>&amp;Merge two…</source>
        <translation>&amp;Mesclar duas…</translation>
    </message>
    <message>
        <source>Select two people, then merge them into one.</source>
        <translation>Selecione duas pessoas e depois mescle-as em uma.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>Email the selected people of the workshop shown.</source>
        <translation>Enviar e-mail às pessoas selecionadas da oficina exibida.</translation>
    </message>
    <message>
        <source>Print &amp;badges for the selection…</source>
        <translation>Imprimir &amp;crachás da seleção…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exportar dados pessoais…</translation>
    </message>
    <message>
        <source>Everything held about this person, as a JSON file they can ask for.</source>
        <translation>Tudo o que se guarda sobre esta pessoa, em um arquivo JSON que ela pode solicitar.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Apagar dados pessoais…</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data everywhere; counts and certificates stay.</source>
        <translation>Apagar os dados desta pessoa em todos os lugares; as contagens e os certificados permanecem.</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Excluir pessoa</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} pessoas</translation>
    </message>
    <message>
        <source>Save the changes to this person first?</source>
        <translation>Salvar antes as alterações desta pessoa?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Show one workshop&apos;s people first.</source>
        <translation>Primeiro mostre as pessoas de uma oficina.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar pessoa</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Crachás</translation>
    </message>
    <message>
        <source>Choose a workshop in the filter first.</source>
        <translation>Primeiro escolha uma oficina no filtro.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select one person to delete.</source>
        <translation>Selecione uma pessoa para excluir.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>a pessoa</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Excluir {name}</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Mesclar pessoas</translation>
    </message>
    <message>
        <source>Select the two records of the same person (Ctrl+click), then Merge.</source>
        <translation>Selecione os dois registros da mesma pessoa (Ctrl+clique) e depois Mesclar.</translation>
    </message>
    <message>
        <source>Merged: {p} participations and {c} certificates moved.</source>
        <translation>Mescladas: {p} participações e {c} certificados movidos.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Family names</source>
        <translation>Sobrenomes</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
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
        <translation>o tratamento dos seus dados para a oficina</translation>
    </message>
    <message>
        <source>being listed publicly</source>
        <translation>aparecer em listas públicas</translation>
    </message>
    <message>
        <source>receiving email</source>
        <translation>receber e-mails</translation>
    </message>
    <message>
        <source>photos and video</source>
        <translation>fotos e vídeo</translation>
    </message>
    <message>
        <source>Consent: none recorded.</source>
        <translation>Consentimento: nenhum registrado.</translation>
    </message>
    <message>
        <source>Personal data erased on {date}.</source>
        <translation>Dados pessoais apagados em {date}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Consent: agreed to {what}.</source>
        <translation>Consentimento: aceitou {what}.</translation>
    </message>
    <message>
        <source>Given: {date}.</source>
        <translation>Dado em: {date}.</translation>
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
        <translation>Editar pessoa</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Both surnames, e.g. Núñez Peña</source>
        <translation>Os dois sobrenomes, ex.: Núñez Peña</translation>
    </message>
    <message>
        <source>Name for badges and certificates</source>
        <translation>Para crachás e certificados</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Nomes:</translation>
    </message>
    <message>
        <source>&amp;Family names:</source>
        <translation>&amp;Sobrenomes:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Nome so&amp;cial:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;Gênero:</translation>
    </message>
    <message>
        <source>Doc&amp;ument id:</source>
        <translation>&amp;Documento de identidade:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>O&amp;bservações:</translation>
    </message>
</context>
<context>
    <name>PersonMessagesTable</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
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
        <translation>Quando</translation>
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
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Trilha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>New version %1 of %2: %3</source>
        <translation>Nova versão %1 de %2: %3</translation>
    </message>
    <message>
        <source>New certificate: %1</source>
        <translation>Novo certificado: %1</translation>
    </message>
    <message>
        <source>Reprint of %1 (still valid): %2</source>
        <translation>Reimpressão de %1 (continua válido): %2</translation>
    </message>
    <message>
        <source>Unchanged %1: %2</source>
        <translation>%1 inalterado: %2</translation>
    </message>
    <message>
        <source>Blocked: %1: %2</source>
        <translation>Bloqueado: %1: %2</translation>
    </message>
    <message>
        <source>Not eligible: %1: %2</source>
        <translation>Não elegível: %1: %2</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Aviso: %1: %2</translation>
    </message>
    <message>
        <source>{issued} to issue, {reprinted} to reprint, {superseded} to supersede, {reused} unchanged, {blocked} blocked, {not_eligible} not eligible.</source>
        <translation>{issued} a emitir, {reprinted} a reimprimir, {superseded} a substituir, {reused} inalterados, {blocked} bloqueados, {not_eligible} não elegíveis.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Automatic (system language: {language})</source>
        <translation>Automático (idioma do sistema: {language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when lacworkshop restarts.</source>
        <translation>Um novo idioma será aplicado quando o lacworkshop for reiniciado.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>e.g. LACNIC, LACNOG, Fundación Internet Bolivia</source>
        <translation>ex.: LACNIC, LACNOG, Fundación Internet Bolivia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>The built-in certificate templates print this logo; templates with a logo of their own keep it.</source>
        <translation>Os modelos de certificado incluídos imprimem este logotipo; modelos com logotipo próprio o mantêm.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Automatic backups to &amp;keep:</source>
        <translation>Backups automáticos a &amp;manter:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Pasta de backups:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The account certificates and messages go from.</source>
        <translation>A conta da qual saem os certificados e as mensagens.</translation>
    </message>
    <message>
        <source>Email &amp;account…</source>
        <translation>&amp;Conta de e-mail…</translation>
    </message>
    <message>
        <source>(sample logo)</source>
        <translation>(logotipo de exemplo)</translation>
    </message>
    <message>
        <source>Choose the organisation logo</source>
        <translation>Escolha o logotipo da organização</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>Não é possível ler {file}: {error}</translation>
    </message>
    <message>
        <source>{file} cannot be used as the logo: {reason}</source>
        <translation>{file} não pode ser usado como logotipo: {reason}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta de backups</translation>
    </message>
    <message>
        <source>No file manager could be opened. The backups are in:
{path}</source>
        <translation>Não foi possível abrir um gerenciador de arquivos. Os backups estão em:
{path}</translation>
    </message>
    <message>
        <source>The name is too long: at most {n} characters.</source>
        <translation>O nome é longo demais: no máximo {n} caracteres.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Sobrenomes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Already known as</source>
        <translation>Já cadastrado como</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Skip (same person)</source>
        <translation>Ignorar (mesma pessoa)</translation>
    </message>
    <message>
        <source>Merge into the earlier row</source>
        <translation>Mesclar com a linha anterior</translation>
    </message>
    <message>
        <source>Link to the existing person</source>
        <translation>Vincular à pessoa existente</translation>
    </message>
    <message>
        <source>Update the existing person</source>
        <translation>Atualizar a pessoa existente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>nome ausente</translation>
    </message>
    <message>
        <source>bad email “{value}”</source>
        <translation>e-mail inválido “{value}”</translation>
    </message>
    <message>
        <source>unknown country “{value}” (left empty)</source>
        <translation>país desconhecido “{value}” (deixado em branco)</translation>
    </message>
    <message>
        <source>unknown language “{value}” (left empty)</source>
        <translation>idioma desconhecido “{value}” (deixado em branco)</translation>
    </message>
    <message>
        <source>unknown role “{value}” (the chosen role is used)</source>
        <translation>papel desconhecido “{value}” (usa-se o papel escolhido)</translation>
    </message>
    <message>
        <source>unknown track “{value}” (the chosen track is used)</source>
        <translation>trilha desconhecida “{value}” (usa-se a trilha escolhida)</translation>
    </message>
    <message>
        <source>{column} longer than {value} characters</source>
        <translation>{column} tem mais de {value} caracteres</translation>
    </message>
    <message>
        <source>garbled text “{value}” in {column}: choose another text encoding</source>
        <translation>texto corrompido “{value}” em {column}: escolha outra codificação</translation>
    </message>
    <message>
        <source>consent “{value}” in {column} is neither yes, no nor a date: not taken as consent</source>
        <translation>o consentimento “{value}” em {column} não é sim, não nem uma data: não é considerado consentimento</translation>
    </message>
    <message>
        <source>invisible control characters removed from {column} (they can disguise a name); kept: “{value}”</source>
        <translation>caracteres de controle invisíveis removidos de {column} (podem disfarçar um nome); mantido: “{value}”</translation>
    </message>
    <message>
        <source>“{value}” looks like a spreadsheet formula (kept as text)</source>
        <translation>“{value}” parece uma fórmula de planilha (mantido como texto)</translation>
    </message>
    <message>
        <source>“{value}” holds markup (kept as text)</source>
        <translation>“{value}” contém marcação (mantido como texto)</translation>
    </message>
    <message>
        <source>“{value}” holds characters unusual in a name</source>
        <translation>“{value}” contém caracteres incomuns em um nome</translation>
    </message>
    <message>
        <source>gender “{value}” not recognised (kept as self-described)</source>
        <translation>gênero “{value}” não reconhecido (mantido como autodescrito)</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <source>same name and country</source>
        <translation>mesmo nome e país</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importado</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <source>already in this workshop</source>
        <translation>já está nesta oficina</translation>
    </message>
    <message>
        <source>row {row} ({why})</source>
        <translation>linha {row} ({why})</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the rows, then press Import.</source>
        <translation>Nada foi gravado ainda. Confira as linhas e depois clique em Importar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>People already in the database:</source>
        <translation>Pessoas já no banco de dados:</translation>
    </message>
    <message>
        <source>Link to the existing person</source>
        <translation>Vincular à pessoa existente</translation>
    </message>
    <message>
        <source>Update the existing person</source>
        <translation>Atualizar a pessoa existente</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Only rows that need attention</source>
        <translation>Somente as linhas que precisam de atenção</translation>
    </message>
    <message>
        <source>People checked in on the registration platform were present at the first session</source>
        <translation>As pessoas credenciadas na plataforma de inscrição estiveram presentes na primeira sessão</translation>
    </message>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Não é possível preparar a importação</translation>
    </message>
    <message>
        <source>{rows} rows under the header on row {header} of {file} ({sheet}): {new} new people, {dups} duplicates, {blocked} cannot be imported, {warnings} with warnings. Workshop {workshop}.</source>
        <translation>{rows} linhas sob o cabeçalho da linha {header} de {file} ({sheet}): {new} pessoas novas, {dups} duplicatas, {blocked} não podem ser importadas, {warnings} com avisos. Oficina {workshop}.</translation>
    </message>
    <message>
        <source>The text encoding was guessed ({enc}), not known. If names look wrong, go Back and choose another encoding; rows with garbled text are not imported.</source>
        <translation>A codificação do texto foi presumida ({enc}), não é conhecida. Se os nomes parecerem errados, volte e escolha outra codificação; linhas com texto corrompido não são importadas.</translation>
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
        <translation>A importação falhou</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>A importação foi cancelada; nada foi gravado.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Longest name</source>
        <translation>Nome mais longo</translation>
    </message>
    <message>
        <source>Person&apos;s language</source>
        <translation>Idioma da pessoa</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Prévia para:</translation>
    </message>
    <message>
        <source>Add a workshop to see a preview.</source>
        <translation>Adicione uma oficina para ver uma prévia.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export personal data</source>
        <translation>Exportar dados pessoais</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Written: {path}
{parts} participation(s), {marks} attendance mark(s), {certs} certificate(s), {audit} audit entries.</source>
        <translation>Gravado: {path}
{parts} participação(ões), {marks} marcação(ões) de frequência, {certs} certificado(s), {audit} entradas de auditoria.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Apagar dados pessoais</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased already.</source>
        <translation>Os dados desta pessoa já foram apagados.</translation>
    </message>
    <message>
        <source>Erase the personal data of {name}? This cannot be undone.

Goes: names, email, phone, organisation, document id, language, notes and consent, also where they were copied (attendance notes, certificate texts, the audit log).

Stays, anonymised: {parts} participation(s) and {marks} attendance mark(s), with country and gender, so counts and statistics do not change; {certs} certificate(s), verifiable as issued with the holder&apos;s data erased.

{backups} backup(s) still hold this person; restoring one brings the data back.</source>
        <translation>Apagar os dados pessoais de {name}? Isso não pode ser desfeito.

São apagados: nomes, e-mail, telefone, organização, documento de identidade, idioma, observações e consentimento, também onde foram copiados (observações de frequência, textos dos certificados, o registro de auditoria).

Permanecem, anonimizados: {parts} participação(ões) e {marks} marcação(ões) de frequência, com país e gênero, para que as contagens e estatísticas não mudem; {certs} certificado(s), verificáveis como emitidos, com os dados do titular apagados.

{backups} backup(s) ainda contêm esta pessoa; restaurar um deles traz os dados de volta.</translation>
    </message>
    <message>
        <source>The personal data of person #{id} was erased.</source>
        <translation>Os dados pessoais da pessoa nº {id} foram apagados.</translation>
    </message>
    <message>
        <source>Another program has the database open: old pages stay in its log until it closes.</source>
        <translation>Outro programa está com o banco de dados aberto: as páginas antigas ficam no log dele até que seja fechado.</translation>
    </message>
    <message>
        <source>These backups still hold the person:</source>
        <translation>Estes backups ainda contêm a pessoa:</translation>
    </message>
    <message>
        <source>{file}: removed by rotation after {n} more backup(s), about {date} if one is taken every day</source>
        <translation>{file}: removido pela rotação após mais {n} backup(s), por volta de {date} se for feito um por dia</translation>
    </message>
    <message>
        <source>Restoring one of them, or any older copy of the database, brings the erased data back: erase the person again after any restore.</source>
        <translation>Restaurar um deles, ou qualquer cópia mais antiga do banco de dados, traz de volta os dados apagados: apague a pessoa novamente após qualquer restauração.</translation>
    </message>
    <message>
        <source>No older backup holds this person.</source>
        <translation>Nenhum backup anterior contém esta pessoa.</translation>
    </message>
</context>
<context>
    <name>PublishAction</name>
    <message>
        <source>Write a folder to upload to your website: a page that verifies certificates in any browser, the public keys, the revocations, and the codes of every workshop with the names of people who agreed to be listed.</source>
        <translation>Gravar uma pasta para enviar ao seu site: uma página que verifica certificados em qualquer navegador, as chaves públicas, as revogações e os códigos de cada oficina com os nomes das pessoas que aceitaram ser listadas.</translation>
    </message>
    <message>
        <source>Publish the verification folder into</source>
        <translation>Publicar a pasta de verificação em</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish every workshop, or only %1? The folder holds only what is published now: publish into a new folder, or publish them all.</source>
        <translation>Publicar todas as oficinas ou somente %1? A pasta contém somente o que for publicado agora: publique em uma nova pasta ou publique todas.</translation>
    </message>
    <message>
        <source>&amp;Every workshop</source>
        <translation>&amp;Todas as oficinas</translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation>&amp;Somente %1</translation>
    </message>
    <message>
        <source>Writing the verification folder…</source>
        <translation>Gravando a pasta de verificação…</translation>
    </message>
    <message>
        <source>Published %1 workshop(s) into %2: %3 certificate(s) listed, %4 left out (no consent to being listed), %5 revoked. Upload the whole folder; verify.html also works opened from disk.</source>
        <translation>%1 oficina(s) publicada(s) em %2: %3 certificado(s) listado(s), %4 omitido(s) (sem consentimento para ser listado), %5 revogado(s). Envie a pasta inteira; o verify.html também funciona aberto do disco.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>ReadinessNote</name>
    <message>
        <source>the organisation&apos;s logo (Edit &gt; Preferences)</source>
        <translation>o logotipo da organização (Editar &gt; Preferências)</translation>
    </message>
    <message>
        <source>a signatory of your own (Edit templates… &gt; Signatories…)</source>
        <translation>um signatário próprio (Editar modelos… &gt; Signatários…)</translation>
    </message>
    <message>
        <source>These certificates would show the demo&apos;s sample logo or signature, or have no signatory. Certificates of this workshop cannot be issued until you set: {missing}.</source>
        <translation>Estes certificados mostrariam o logotipo ou a assinatura de exemplo da demonstração, ou não teriam signatário. Os certificados desta oficina não podem ser emitidos até que você defina: {missing}.</translation>
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
        <translation>Importar lista de frequência</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>não marcado</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>late</source>
        <translation>atrasado</translation>
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
        <translation>%1: %2 marcação(ões) mudam, %3 inalterada(s), %4 problema(s).</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Célula</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Atual</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>Não lido:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <source>Series (every edition):</source>
        <translation>Série (todas as edições):</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Workshop language</source>
        <translation>Idioma da oficina</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
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
        <translation>Exportar estatísticas (xlsx)…</translation>
    </message>
    <message>
        <source>There is no workshop yet.</source>
        <translation>Ainda não há oficina.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exportar estatísticas</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Statistics written to {path}</source>
        <translation>Estatísticas gravadas em {path}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar a partir de backup</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of {name}. The database as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Escolha o backup que substituirá {name}. Antes é feito um backup do banco de dados em seu estado atual, então isso pode ser desfeito restaurando essa cópia.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar este backup</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>Outro &amp;arquivo…</translation>
    </message>
    <message>
        <source>backup now</source>
        <translation>backup manual</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diário</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de uma importação</translation>
    </message>
    <message>
        <source>before an attendance import</source>
        <translation>antes de uma importação de frequência</translation>
    </message>
    <message>
        <source>before issuing certificates</source>
        <translation>antes de emitir certificados</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de uma restauração</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de uma atualização</translation>
    </message>
    <message>
        <source>before merging people</source>
        <translation>antes de mesclar pessoas</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>danificado</translation>
    </message>
    <message>
        <source>No backup selected.</source>
        <translation>Nenhum backup selecionado.</translation>
    </message>
    <message>
        <source>{file} failed its check and cannot be restored.</source>
        <translation>{file} não passou na verificação e não pode ser restaurado.</translation>
    </message>
    <message>
        <source>Backup of {date}: {workshops} workshop(s), {people} people, {certificates} certificate(s).
{file}</source>
        <translation>Backup de {date}: {workshops} oficina(s), {people} pessoa(s), {certificates} certificado(s).
{file}</translation>
    </message>
    <message>
        <source>lacworkshop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do lacworkshop (*.sqlite3 *.sqlite *.db);;Todos os arquivos (*)</translation>
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
        <translation>Salvar relatório…</translation>
    </message>
    <message>
        <source>{file} into {workshop}: {created} created, {linked} linked, {updated} updated, {skipped} skipped; {parts} added to the workshop.</source>
        <translation>{file} em {workshop}: {created} criadas, {linked} vinculadas, {updated} atualizadas, {skipped} ignoradas; {parts} adicionadas à oficina.</translation>
    </message>
    <message>
        <source>Row {row} ({name}): skipped, {reason}</source>
        <translation>Linha {row} ({name}): ignorada, {reason}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Linha {row}: {message}</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Todas as linhas foram importadas.</translation>
    </message>
    <message>
        <source>The database was copied just before the import, to {path}.</source>
        <translation>O banco de dados foi copiado logo antes da importação, em {path}.</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Salvar relatório de importação</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Não é possível salvar</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Salvo: {name}</translation>
    </message>
</context>
<context>
    <name>ScheduleGeneratorDialog</name>
    <message>
        <source>Generate sessions</source>
        <translation>Gerar sessões</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Adicionar um bloco</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Seg</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Ter</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Qua</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Sex</translation>
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
        <translation>ex.: 2026-10-07, 2026-10-12</translation>
    </message>
    <message>
        <source>All tracks together (plenary)</source>
        <translation>Todas as trilhas juntas (plenária)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Daily blocks:</source>
        <translation>Blocos diários:</translation>
    </message>
    <message>
        <source>Skip weekdays:</source>
        <translation>Pular dias da semana:</translation>
    </message>
    <message>
        <source>Skip dates:</source>
        <translation>Pular datas:</translation>
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
        <translation>&amp;Gerar</translation>
    </message>
    <message>
        <source>{text} is not a date like 2026-10-07.</source>
        <translation>{text} não é uma data como 2026-10-07.</translation>
    </message>
    <message>
        <source>{days} day(s) × {blocks} block(s): {n} sessions, {hours:g} h per track.</source>
        <translation>{days} dia(s) × {blocks} bloco(s): {n} sessões, {hours:g} h por trilha.</translation>
    </message>
    <message>
        <source>Choose at least one track.</source>
        <translation>Escolha pelo menos uma trilha.</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>Add track…</source>
        <translation>Adicionar trilha…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Delete track</source>
        <translation>Excluir trilha</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tracks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trilhas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Trilha</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Instrutores</translation>
    </message>
    <message>
        <source>&amp;Generate sessions…</source>
        <translation>&amp;Gerar sessões…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Adicionar sessão…</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Editar sessão…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Excluir sessão</translation>
    </message>
    <message>
        <source>Assign &amp;trainers…</source>
        <translation>Atribuir &amp;instrutores…</translation>
    </message>
    <message>
        <source>Give the selected sessions their trainers at once</source>
        <translation>Atribuir instrutores a todas as sessões selecionadas de uma vez</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exportar &amp;calendário…</translation>
    </message>
    <message>
        <source>Save the schedule as an iCalendar file (.ics) for trainers&apos; calendars</source>
        <translation>Salvar a programação como arquivo iCalendar (.ics) para as agendas dos instrutores</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>{name} ({slots} sessions, {people} people)</source>
        <translation>{name} ({slots} sessões, {people} pessoas)</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Todas as trilhas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programação</translation>
    </message>
    <message>
        <source>Add track</source>
        <translation>Adicionar trilha</translation>
    </message>
    <message>
        <source>Track name:</source>
        <translation>Nome da trilha:</translation>
    </message>
    <message>
        <source>Add track {name}</source>
        <translation>Adicionar trilha {name}</translation>
    </message>
    <message>
        <source>Rename track</source>
        <translation>Renomear trilha</translation>
    </message>
    <message>
        <source>track</source>
        <translation>a trilha</translation>
    </message>
    <message>
        <source>Delete track {name}</source>
        <translation>Excluir trilha {name}</translation>
    </message>
    <message>
        <source>Generate {n} sessions</source>
        <translation>Gerar {n} sessões</translation>
    </message>
    <message>
        <source>{n} sessions added.</source>
        <translation>{n} sessões adicionadas.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Adicionar sessão</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sessão</translation>
    </message>
    <message>
        <source>session</source>
        <translation>a sessão</translation>
    </message>
    <message>
        <source>Delete session {label}</source>
        <translation>Excluir sessão {label}</translation>
    </message>
    <message numerus="yes">
        <source>Assign trainers to %n session(s)</source>
        <translation>
            <numerusform>Atribuir instrutores a %n sessão</numerusform>
            <numerusform>Atribuir instrutores a %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendário</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>Arquivo iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>{n} sessions saved in {path} with local times: add the workshop&apos;s city to fix the time zone.</source>
        <translation>{n} sessões salvas em {path} com horários locais: adicione a cidade da oficina para definir o fuso horário.</translation>
    </message>
    <message>
        <source>{n} sessions saved in {path} ({zone}).</source>
        <translation>{n} sessões salvas em {path} ({zone}).</translation>
    </message>
</context>
<context>
    <name>ScheduleWarningBox</name>
    <message>
        <source>Schedule problems</source>
        <translation>Problemas na programação</translation>
    </message>
    <message numerus="yes">
        <source>The schedule check found %n problem(s). Save anyway?</source>
        <translation>
            <numerusform>A verificação da programação encontrou %n problema. Salvar mesmo assim?</numerusform>
            <numerusform>A verificação da programação encontrou %n problemas. Salvar mesmo assim?</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… e mais {n}.</translation>
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
        <translation>Conectar a um servidor</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Lembrar a senha no chaveiro deste computador</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New item on this page</source>
        <translation>Novo item nesta página</translation>
    </message>
    <message>
        <source>Edit the chosen item</source>
        <translation>Editar o item escolhido</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Em qualquer lugar</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <source>Signatories</source>
        <translation>Signatários</translation>
    </message>
    <message>
        <source>The first three sign each certificate: this workshop&apos;s first.</source>
        <translation>Os três primeiros assinam cada certificado: primeiro os desta oficina.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Signs for every workshop</source>
        <translation>Assina por todas as oficinas</translation>
    </message>
    <message>
        <source>no signature image</source>
        <translation>sem imagem de assinatura</translation>
    </message>
    <message>
        <source>Signature image…</source>
        <translation>Imagem da assinatura…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organização:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Assinatura:</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>Adicionar signatário</translation>
    </message>
    <message>
        <source>this workshop</source>
        <translation>esta oficina</translation>
    </message>
    <message>
        <source>every workshop</source>
        <translation>todas as oficinas</translation>
    </message>
    <message>
        <source>[not printed: three at most]</source>
        <translation>[não impresso: no máximo três]</translation>
    </message>
    <message>
        <source>Scanned signature</source>
        <translation>Assinatura digitalizada</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SigninSheetsDialog</name>
    <message>
        <source>Sign-in sheets</source>
        <translation>Folhas de assinatura</translation>
    </message>
    <message>
        <source>Every track</source>
        <translation>Todas as trilhas</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos os dias</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Trilha:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dia:</translation>
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
        <translation>Verificação de certificados</translation>
    </message>
    <message>
        <source>e.g. https://example.org/certificados/verify.html</source>
        <translation>ex.: https://example.org/certificados/verify.html</translation>
    </message>
    <message>
        <source>Where the published verification page is; new certificates&apos; QR codes open it</source>
        <translation>Onde está a página de verificação publicada; os códigos QR dos novos certificados a abrem</translation>
    </message>
    <message>
        <source>&amp;Verification address:</source>
        <translation>Endereço de &amp;verificação:</translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation>&amp;Exportar chave pública…</translation>
    </message>
    <message>
        <source>New key…</source>
        <translation>Nova chave…</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Chave pública:</translation>
    </message>
    <message>
        <source>(private key missing: make a new key)</source>
        <translation>(chave privada ausente: crie uma nova chave)</translation>
    </message>
    <message>
        <source>Export the organisation&apos;s public key</source>
        <translation>Exportar a chave pública da organização</translation>
    </message>
    <message>
        <source>Public key (*.pem)</source>
        <translation>Chave pública (*.pem)</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Exportar chave pública</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nova chave</translation>
    </message>
    <message>
        <source>Make a new signing key? New certificates are signed with it; certificates issued before keep verifying with the old public key. Publish the new public key afterwards.</source>
        <translation>Criar uma nova chave de assinatura? Os novos certificados serão assinados com ela; os certificados emitidos antes continuam sendo verificados com a chave pública antiga. Publique a nova chave pública depois.</translation>
    </message>
</context>
<context>
    <name>SlotEditorDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Editar sessão</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <source>All tracks (plenary)</source>
        <translation>Todas as trilhas (plenária)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fim:</translation>
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
        <translation>T&amp;rilha:</translation>
    </message>
    <message>
        <source>Trainers:</source>
        <translation>Instrutores:</translation>
    </message>
    <message>
        <source>Add people with the trainer role to the workshop to assign them here.</source>
        <translation>Adicione à oficina pessoas com o papel de instrutor para atribuí-las aqui.</translation>
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
        <translation>Salvar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>Ainda não há nada para contar.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written.</source>
        <translation>Não foi possível gravar a imagem.</translation>
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
        <translation>Modelos de certificado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Classic: serif, double frame</source>
        <translation>Clássico: serifa, moldura dupla</translation>
    </message>
    <message>
        <source>Modern: sans, colour band</source>
        <translation>Moderno: sem serifa, faixa colorida</translation>
    </message>
    <message>
        <source>Bilingual: two languages</source>
        <translation>Bilíngue: dois idiomas</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participação</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instrutor</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Kind shown:</source>
        <translation>Tipo exibido:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paisagem</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Cores:</translation>
    </message>
    <message>
        <source>Title font:</source>
        <translation>Fonte do título:</translation>
    </message>
    <message>
        <source>Text font:</source>
        <translation>Fonte do texto:</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Escolher logotipo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Image or PDF…</source>
        <translation>Imagem ou PDF…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Fundo:</translation>
    </message>
    <message>
        <source>Signatories…</source>
        <translation>Signatários…</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Assinado por:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Built-in templates are kept; use Save as…</source>
        <translation>Os modelos incluídos são mantidos; use Salvar como…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Destaque</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Escolha um logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose a background</source>
        <translation>Escolha um fundo</translation>
    </message>
    <message>
        <source>Images or PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Imagens ou PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>This PDF cannot be read.</source>
        <translation>Não é possível ler este PDF.</translation>
    </message>
    <message>
        <source>Save template as</source>
        <translation>Salvar modelo como</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Nome do novo modelo:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (cópia)</translation>
    </message>
</context>
<context>
    <name>TemplateTexts</name>
    <message>
        <source>Words (empty: the standard words)</source>
        <translation>Textos (vazio: os textos padrão)</translation>
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
        <translation>Introdução:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corpo:</translation>
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
        <translation> e mais {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) have no track, so only the plenary sessions count for their certificate: {names}. Give them a track under Workshops › Participants.</source>
        <translation>
            <numerusform>%n participante não tem trilha, então só as sessões plenárias contam para o certificado: {names}. Atribua uma trilha em Oficinas › Participantes.</numerusform>
            <numerusform>%n participantes não têm trilha, então só as sessões plenárias contam para o certificado: {names}. Atribua uma trilha em Oficinas › Participantes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TracklessWarningBox</name>
    <message>
        <source>Attendees without a track</source>
        <translation>Participantes sem trilha</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) have no track: only the plenary sessions count for them, so a few sessions may earn a certificate. Issue anyway?</source>
        <translation>
            <numerusform>%n participante não tem trilha: só as sessões plenárias contam, então poucas sessões podem bastar para um certificado. Emitir mesmo assim?</numerusform>
            <numerusform>%n participantes não têm trilha: só as sessões plenárias contam para eles, então poucas sessões podem bastar para um certificado. Emitir mesmo assim?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue anyway</source>
        <translation>&amp;Emitir mesmo assim</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Não binário</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefere não dizer</translation>
    </message>
    <message>
        <source>Self-described</source>
        <translation>Autodescrito</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
</context>
<context>
    <name>VerifyBar</name>
    <message>
        <source>A code (7KQ2-M9XD-4HBR), QR text or link; or drop a PDF, photo or .jwt</source>
        <translation>Um código (7KQ2-M9XD-4HBR), texto do QR ou link; ou solte um PDF, uma foto ou um .jwt</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>De um arquivo…</translation>
    </message>
    <message>
        <source>Verify a certificate PDF, a photo or scan of it, or its credential (.jwt)</source>
        <translation>Verificar o PDF de um certificado, uma foto ou digitalização dele, ou sua credencial (.jwt)</translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation>Verificar:</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Verificar um certificado</translation>
    </message>
    <message>
        <source>Verify a certificate from a file</source>
        <translation>Verificar um certificado a partir de um arquivo</translation>
    </message>
    <message>
        <source>Certificates, photos and credentials (*.pdf *.png *.jpg *.jpeg *.jwt)</source>
        <translation>Certificados, fotos e credenciais (*.pdf *.png *.jpg *.jpeg *.jwt)</translation>
    </message>
    <message>
        <source>Sorry, verifying failed unexpectedly; the log has the details.</source>
        <translation>Desculpe, a verificação falhou inesperadamente; o log tem os detalhes.</translation>
    </message>
</context>
<context>
    <name>WeekTableView</name>
    <message>
        <source>Track:</source>
        <translation>Trilha:</translation>
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
        <translation>(sem tema)</translation>
    </message>
    <message>
        <source>{topic} (all tracks)</source>
        <translation>{topic} (todas as trilhas)</translation>
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
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Inscrições abertas</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>counts as present</source>
        <translation>conta como presente</translation>
    </message>
    <message>
        <source>counts a fraction of the session</source>
        <translation>conta uma fração da sessão</translation>
    </message>
    <message>
        <source>counts as absent</source>
        <translation>conta como ausente</translation>
    </message>
    <message>
        <source>is left out of the scheduled hours</source>
        <translation>fica fora da carga horária</translation>
    </message>
    <message>
        <source>Each person&apos;s language</source>
        <translation>Idioma de cada pessoa</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
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
        <translation>Série, ex.: WALC</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>Series and edition:</source>
        <translation>Série e edição:</translation>
    </message>
    <message>
        <source>&amp;Dates (first, last):</source>
        <translation>&amp;Datas (início, fim):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;idade:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>&amp;Organização anfitriã:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ção:</translation>
    </message>
    <message>
        <source>Certificate rule</source>
        <translation>Regra de certificados</translation>
    </message>
    <message>
        <source>&amp;Minimum share of scheduled hours:</source>
        <translation>&amp;Mínimo da carga horária:</translation>
    </message>
    <message>
        <source>A &amp;late arrival:</source>
        <translation>Um &amp;atraso:</translation>
    </message>
    <message>
        <source>Fraction counted when late:</source>
        <translation>Fração no atraso:</translation>
    </message>
    <message>
        <source>An &amp;excused absence:</source>
        <translation>Uma ausência &amp;justificada:</translation>
    </message>
    <message>
        <source>Certificate language:</source>
        <translation>Idioma do certificado:</translation>
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
        <translation>Datas</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Trilhas</translation>
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
        <translation>Buscar código, título ou série (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer situação</translation>
    </message>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Nova oficina</translation>
    </message>
    <message>
        <source>New &amp;edition…</source>
        <translation>Nova &amp;edição…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importar inscrições…</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>Tracks and &amp;schedule</source>
        <translation>&amp;Trilhas e programação</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Excluir oficina</translation>
    </message>
    <message>
        <source>Save the changes to this workshop first?</source>
        <translation>Salvar antes as alterações desta oficina?</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nova oficina</translation>
    </message>
    <message>
        <source>New workshop {code}</source>
        <translation>Nova oficina {code}</translation>
    </message>
    <message>
        <source>Edit workshop {code}</source>
        <translation>Editar oficina {code}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Workshop saved.</source>
        <translation>Oficina salva.</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Nova edição</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>a oficina</translation>
    </message>
    <message>
        <source>Delete workshop {label}</source>
        <translation>Excluir oficina {label}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>lacworkshop cannot start</source>
        <translation>O lacworkshop não pode ser iniciado</translation>
    </message>
</context>
<context>
    <name>bundle_actions</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <source>The bundle was written to {path}.</source>
        <translation>O pacote foi gravado em {path}.</translation>
    </message>
    <message>
        <source>People: {pa} added, {pu} updated.
Participations: {ra} added, {ru} updated.
Attendance marks: {ma} added, {mu} updated.
Conflicts decided: {c}.</source>
        <translation>Pessoas: {pa} adicionadas, {pu} atualizadas.
Participações: {ra} adicionadas, {ru} atualizadas.
Marcações de frequência: {ma} adicionadas, {mu} atualizadas.
Conflitos resolvidos: {c}.</translation>
    </message>
    <message>
        <source>
Workshop details: {wu} updated. Sessions: {su} updated.</source>
        <translation>
Dados da oficina: {wu} atualizados. Sessões: {su} atualizadas.</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importar pacote</translation>
    </message>
    <message>
        <source>Bundles (*.lwbundle);;All files (*)</source>
        <translation>Pacotes (*.lwbundle);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>damaged_database</name>
    <message>
        <source>The database is damaged</source>
        <translation>O banco de dados está danificado</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened. It was left untouched.

The latest good backup is {backup}. Restore it now? The damaged file is kept beside the backups.</source>
        <translation>{path} está danificado e não pode ser aberto. Ele não foi alterado.

O último backup em bom estado é {backup}. Restaurá-lo agora? O arquivo danificado é mantido junto aos backups.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
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
        <translation>{path} é o banco de dados ou um dos backups dele. Escolha outro arquivo.</translation>
    </message>
</context>
</TS>
