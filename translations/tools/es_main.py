# Spanish for the main views (sidebar, menus, lists, pages, attendance, reports, status bar). Read by
# fill_ts.py; keys are source texts, optionally "context|source" where a context needs its own wording.
ES = {
    # main / MainWindow / sidebar / menus
    "VMS — Volunteer Management System": "VMS — Sistema de gestión de voluntarios",
    "Profile folder to use.": "Carpeta de perfil que se usará.",
    "Save a screenshot and quit.": "Guardar una captura de pantalla y salir.",
    "Start on the built-in demo org.": "Empezar con la organización de demostración incluida.",
    "VMS cannot start": "VMS no puede iniciarse",
    "Syncing…": "Sincronizando…",
    "VMS — Volunteer Management": "VMS — Gestión de voluntarios",
    "Navigation": "Navegación",
    "Nothing here yet. Sign in and sync to fill your local cache.":
        "Aún no hay nada aquí. Inicie sesión y sincronice para llenar su caché local.",
    "Home": "Inicio",
    "Volunteers": "Voluntarios",
    "Organizations": "Organizaciones",
    "Events": "Eventos",
    "Calendar": "Calendario",
    "Attendance": "Asistencia",
    "Reports": "Informes",
    "&File": "&Archivo",
    "&Quit": "&Salir",
    "&Edit": "&Editar",
    "&Undo": "&Deshacer",
    "&Redo": "&Rehacer",
    "&Go": "&Ir",
    "&Help": "Ay&uda",
    "&About VMS": "&Acerca de VMS",
    "About &Qt": "Acerca de &Qt",
    "Signed in as %1 (%2)": "Sesión iniciada como %1 (%2)",
    "Not signed in": "Sin iniciar sesión",
    "Search": "Buscar",
    "&Search…": "&Buscar…",
    "&New volunteer…": "&Nuevo voluntario…",
    "Add a volunteer": "Añadir un voluntario",
    # About
    "About VMS": "Acerca de VMS",
    "VMS logo": "Logotipo de VMS",
    "<h2>VMS</h2><p>Volunteer Management System</p>": "<h2>VMS</h2><p>Sistema de gestión de voluntarios</p>",
    "Built with Qt %1, running on Qt %2.": "Compilado con Qt %1, funcionando con Qt %2.",
    "Licence: %1": "Licencia: %1",
    '<a href="%1">Home page</a> · <a href="https://www.qt.io/">Qt</a>':
        '<a href="%1">Página web</a> · <a href="https://www.qt.io/">Qt</a>',
    "Version %1": "Versión %1",
    # Account
    "Account": "Cuenta",
    "Sign in…": "Iniciar sesión…",
    "Sign out": "Cerrar sesión",
    "User: %1": "Usuario: %1",
    "Org: %1": "Organización: %1",
    "Role: %1": "Rol: %1",
    "Sign in to Salesforce to sync": "Inicie sesión en Salesforce para sincronizar",
    # Sync status
    "Sync status": "Estado de la sincronización",
    "Sync progress": "Progreso de la sincronización",
    "Sync now": "Sincronizar ahora",
    "Online": "En línea",
    "Offline": "Sin conexión",
    "last synced %1": "última sincronización %1",
    "never synced": "nunca sincronizado",
    "%1 change waiting": "%1 cambio pendiente",
    "%1 changes waiting": "%1 cambios pendientes",
    "%1 sync problem": "%1 problema de sincronización",
    "%1 sync problems": "%1 problemas de sincronización",
    # Global search
    "Search volunteers, organizations and events": "Buscar voluntarios, organizaciones y eventos",
    "Search volunteers, organizations, events (Ctrl+K)": "Buscar voluntarios, organizaciones, eventos (Ctrl+K)",
    "Search results": "Resultados de la búsqueda",
    "%1 — volunteer %2": "%1 — voluntario %2",
    "%1 — organization": "%1 — organización",
    "%1 — event, %2": "%1 — evento, %2",
    "no date": "sin fecha",
    "Nothing found for “%1”": "No se encontró nada para «%1»",
    # Home
    "Events this school year": "Eventos este curso escolar",
    "Volunteer hours this school year": "Horas de voluntariado este curso escolar",
    "Sync": "Sincronización",
    "Upcoming events (next two weeks)": "Próximos eventos (las dos próximas semanas)",
    "Upcoming events": "Próximos eventos",
    "Welcome to VMS.\n\nYour local cache is empty. Sign in and sync to bring volunteers, organizations and events from Salesforce; after that everything works offline too.":
        "Bienvenido a VMS.\n\nSu caché local está vacía. Inicie sesión y sincronice para traer voluntarios, organizaciones y eventos de Salesforce; después todo funciona también sin conexión.",
    "Welcome, %1": "Bienvenido, %1",
    "✔ Every local change has reached Salesforce.": "✔ Todos los cambios locales han llegado a Salesforce.",
    "⟳ %1 local change waiting to sync.": "⟳ %1 cambio local pendiente de sincronizar.",
    "⟳ %1 local changes waiting to sync.": "⟳ %1 cambios locales pendientes de sincronizar.",
    "No sync problems.": "No hay problemas de sincronización.",
    "⚠ %1 conflict(s) to resolve and %2 record(s) that could not be applied.":
        "⚠ %1 conflicto(s) por resolver y %2 registro(s) que no se pudieron aplicar.",
    "%1 — %2   %3": "%1 — %2   %3",
    "No events in the next two weeks.": "No hay eventos en las dos próximas semanas.",
    # list columns
    "Name": "Nombre",
    "Email": "Correo electrónico",
    "Organization": "Organización",
    "Skills": "Habilidades",
    "Last volunteered": "Último voluntariado",
    "Type": "Tipo",
    "City": "Ciudad",
    "Last activity": "Última actividad",
    "Starts": "Comienza",
    "Status": "Estado",
    "School": "Escuela",
    "District": "Distrito",
    "Draft": "Borrador",
    "Requested": "Solicitado",
    "Confirmed": "Confirmado",
    "Completed": "Completado",
    "Cancelled": "Cancelado",
    "Other": "Otro",
    # Volunteers view
    " — changes waiting to sync": " — cambios pendientes de sincronizar",
    " — do not contact": " — no contactar",
    "&Add volunteer…": "&Añadir voluntario…",
    "Add volunteer": "Añadir voluntario",
    "Add a volunteer (Ctrl+N)": "Añadir un voluntario (Ctrl+N)",
    "Name, email, organization or skill": "Nombre, correo, organización o habilidad",
    "Filter volunteers": "Filtrar voluntarios",
    "Any status": "Cualquier estado",
    "Active (past 12 months)": "Activo (últimos 12 meses)",
    "Lapsed": "Inactivo",
    "Never volunteered": "Nunca ha participado",
    "Do not contact": "No contactar",
    "Changes waiting to sync": "Cambios pendientes de sincronizar",
    "Skill": "Habilidad",
    "Any skill": "Cualquier habilidad",
    "Last volunteered: any time": "Último voluntariado: cualquier fecha",
    "In the past 30 days": "En los últimos 30 días",
    "This school year": "Este curso escolar",
    "In the past 12 months": "En los últimos 12 meses",
    "Not in the past 2 years": "No en los últimos 2 años",
    "Loading volunteers…": "Cargando voluntarios…",
    "%1 volunteer": "%1 voluntario",
    "%1 volunteers": "%1 voluntarios",
    "Showing %1 of %2": "Mostrando %1 de %2",
    "No volunteers in your local cache yet.\nSign in and sync to bring them from Salesforce, or add one with “Add volunteer”.":
        "Aún no hay voluntarios en su caché local.\nInicie sesión y sincronice para traerlos de Salesforce, o añada uno con «Añadir voluntario».",
    "No volunteers in your local cache yet.\nSign in and sync to bring them from Salesforce.":
        "Aún no hay voluntarios en su caché local.\nInicie sesión y sincronice para traerlos de Salesforce.",
    "No volunteer matches these filters.": "Ningún voluntario coincide con estos filtros.",
    # Organizations view
    "Filter organizations": "Filtrar organizaciones",
    "Filter by name, type or city": "Filtrar por nombre, tipo o ciudad",
    "Any type": "Cualquier tipo",
    "Loading organizations…": "Cargando organizaciones…",
    "%1 organization": "%1 organización",
    "%1 organizations": "%1 organizaciones",
    "No organizations in your local cache yet.\nSign in and sync to bring them from Salesforce.":
        "Aún no hay organizaciones en su caché local.\nInicie sesión y sincronice para traerlas de Salesforce.",
    "No organization matches these filters.": "Ninguna organización coincide con estos filtros.",
    # Events view
    "Filter events": "Filtrar eventos",
    "Filter by name, school or location": "Filtrar por nombre, escuela o lugar",
    "School year": "Curso escolar",
    "Loading events…": "Cargando eventos…",
    "Any school": "Cualquier escuela",
    "All years": "Todos los cursos",
    "Any district": "Cualquier distrito",
    "%1 event": "%1 evento",
    "%1 events": "%1 eventos",
    "No events in your local cache yet.\nSign in and sync to bring them from Salesforce.":
        "Aún no hay eventos en su caché local.\nInicie sesión y sincronice para traerlos de Salesforce.",
    "No event matches these filters.": "Ningún evento coincide con estos filtros.",
    # Calendar
    "Previous": "Anterior",
    "Previous month or week (Page Up)": "Mes o semana anterior (Re Pág)",
    "&Today": "&Hoy",
    "Today": "Hoy",
    "Go to today (Ctrl+T)": "Ir a hoy (Ctrl+T)",
    "Next": "Siguiente",
    "Next month or week (Page Down)": "Mes o semana siguiente (Av Pág)",
    "&Month": "&Mes",
    "Month view": "Vista mensual",
    "&Week": "&Semana",
    "Week view": "Vista semanal",
    "Legend": "Leyenda",
    "Events on the selected day": "Eventos del día seleccionado",
    "Choose a day to see its events.": "Elija un día para ver sus eventos.",
    "%1  %2\n%3": "%1  %2\n%3",
    "No events": "Sin eventos",
    "Week of %1 – %2": "Semana del %1 al %2",
    "%1: no events": "%1: sin eventos",
    "%1 %2 (%3)": "%1 %2 (%3)",
    "%1: %2": "%1: %2",
    # Pages (volunteer / organization / event)
    "Registered": "Inscrito",
    "✔ Attended": "✔ Asistió",
    "No-show": "No se presentó",
    "Unknown": "Desconocido",
    "&Back to list": "&Volver a la lista",
    "Back to the event list": "Volver a la lista de eventos",
    "Back to the organization list": "Volver a la lista de organizaciones",
    "Back to the volunteer list": "Volver a la lista de voluntarios",
    "Roster": "Lista de participantes",
    "Hours": "Horas",
    "Event %1": "Evento %1",
    "No date set": "Sin fecha fijada",
    "Status: %1": "Estado: %1",
    "Format": "Formato",
    "Location": "Lugar",
    "Host": "Anfitrión",
    "Volunteers requested": "Voluntarios solicitados",
    "Open slots": "Plazas libres",
    "Cancellation reason": "Motivo de la cancelación",
    "Description": "Descripción",
    "%1: %2 registered, %3 attended, %4 no-show, %5 cancelled":
        "%1: %2 inscritos, %3 asistieron, %4 no se presentaron, %5 cancelados",
    "Volunteers and presenters": "Voluntarios y ponentes",
    "Students": "Estudiantes",
    "Volunteer hours delivered: %1": "Horas de voluntariado realizadas: %1",
    "Volunteer": "Voluntario",
    "Role": "Rol",
    "Event": "Evento",
    "Organization %1": "Organización %1",
    "Type: %1": "Tipo: %1",
    "Address: %1": "Dirección: %1",
    "Last activity: %1": "Última actividad: %1",
    "%1 volunteer hours": "%1 horas de voluntariado",
    "Phone": "Teléfono",
    "Mobile phone": "Teléfono móvil",
    "Title": "Cargo",
    "Department": "Departamento",
    "Street": "Calle",
    "State": "Estado/provincia",
    "Postal code": "Código postal",
    "&Edit|vms::VolunteerPage": "&Editar",
    "Edit this volunteer": "Editar este voluntario",
    "&Save": "&Guardar",
    "Save changes": "Guardar los cambios",
    "Cancel": "Cancelar",
    "Cancel editing": "Cancelar la edición",
    "Problem with the changes": "Problema con los cambios",
    "Contact details": "Datos de contacto",
    "Do not call": "No llamar",
    "Opted out of email": "No desea recibir correo",
    "Volunteering": "Voluntariado",
    "Hours this school year:": "Horas este curso escolar:",
    "Hours, all time:": "Horas en total:",
    "Sessions attended:": "Sesiones a las que asistió:",
    "Skills:": "Habilidades:",
    "Interests:": "Intereses:",
    "Demographics": "Datos demográficos",
    "Gender:": "Género:",
    "Birthdate:": "Fecha de nacimiento:",
    "Racial/ethnic background:": "Origen racial/étnico:",
    "Age group:": "Grupo de edad:",
    "From": "Desde",
    "To": "Hasta",
    "Participation history": "Historial de participación",
    "Date": "Fecha",
    "Notes": "Notas",
    "Skills in their own words": "Habilidades en sus propias palabras",
    "Recruitment notes": "Notas de captación",
    "Skills in their own words:": "Habilidades en sus propias palabras:",
    "Recruitment notes:": "Notas de captación:",
    "Edit this volunteer's contact details (Ctrl+E)": "Editar los datos de contacto de este voluntario (Ctrl+E)",
    "Volunteer %1": "Voluntario %1",
    "⟳ Changes waiting to sync": "⟳ Cambios pendientes de sincronizar",
    "⛔ Do not contact": "⛔ No contactar",
    "No email": "Sin correo electrónico",
    "None recorded": "Ninguno registrado",
    "Not recorded": "No registrado",
    " (primary)": " (principal)",
    "%1 (%2)": "%1 (%2)",
    "“%1” is not an email address.": "«%1» no es una dirección de correo electrónico.",
    "“%1” does not look like a phone number.": "«%1» no parece un número de teléfono.",
    "%1 <%2> — %3": "%1 <%2> — %3",
    "Possible duplicate": "Posible duplicado",
    "This looks like a volunteer who is already in VMS.": "Parece un voluntario que ya está en VMS.",
    "Save anyway": "Guardar de todos modos",
    "Cannot undo": "No se puede deshacer",
    "Edit %1": "Editar %1",
    # Roles
    "Only an Admin may do this; you are signed in as %1.":
        "Solo un administrador puede hacer esto; ha iniciado sesión como %1.",
    "Only a Coordinator or Admin may do this; you are signed in as %1.":
        "Solo un coordinador o un administrador puede hacer esto; ha iniciado sesión como %1.",
    # Attendance
    "Attended": "Asistió",
    "No-Show": "No se presentó",
    "&Event:": "&Evento:",
    "Registered: 0000": "Inscritos: 0000",
    "&Check in (type a name, press Enter):": "&Registrar llegada (escriba un nombre y pulse Intro):",
    "Check in by name": "Registrar llegada por nombre",
    "Name or email; Enter marks the highlighted person Attended":
        "Nombre o correo; Intro marca como presente a la persona resaltada",
    "People matching the name typed": "Personas que coinciden con el nombre escrito",
    "Last action": "Última acción",
    "Change hours of %1": "Cambiar las horas de %1",
    "%1: %2 hours.": "%1: %2 horas.",
    "%1: hours cleared.": "%1: horas borradas.",
    "Presenter (not counted)": "Ponente (no cuenta)",
    "Organization / grade": "Organización / curso",
    "Waiting to sync": "Pendiente de sincronizar",
    "Mark Attended": "Marcar como presente",
    "Mark No-Show": "Marcar como ausente",
    "Clear mark": "Borrar la marca",
    "Edit hours": "Editar las horas",
    "Everyone left is No-Show": "Todos los restantes, ausentes",
    "Walk-in…": "Sin inscripción…",
    "Add students…": "Añadir estudiantes…",
    "Import CSV…": "Importar CSV…",
    "Sign-in sheet PDF…": "Hoja de firmas en PDF…",
    "Get ready for offline…": "Preparar para trabajar sin conexión…",
    "Find": "Buscar",
    "Undo": "Deshacer",
    "Redo": "Rehacer",
    "Undo  (%1)": "Deshacer  (%1)",
    "Keys: type a name + Enter = Attended · in the roster: A = Attended, N = No-Show, Del = clear, H or F2 = hours · Ctrl+Shift+N = everyone left No-Show · Ctrl+Z = undo · Ctrl+F = back to the name field":
        "Teclas: escriba un nombre + Intro = presente · en la lista: A = presente, N = ausente, Supr = borrar, H o F2 = horas · Ctrl+Mayús+N = todos los restantes ausentes · Ctrl+Z = deshacer · Ctrl+F = volver al campo del nombre",
    "You can find people here, but not mark them: %1": "Aquí puede buscar personas, pero no marcarlas: %1",
    "Read-only. %1": "Solo lectura. %1",
    "%1 — %2": "%1 — %2",
    "%1 · %2 · attendance defaults to %3": "%1 · %2 · la asistencia cuenta %3 por defecto",
    "no location": "sin lugar",
    "%1 hours": "%1 horas",
    "no hours": "sin horas",
    "Registered: %1": "Inscritos: %1",
    "Attended: %1": "Presentes: %1",
    "No-show: %1": "Ausentes: %1",
    "All in Salesforce": "Todo en Salesforce",
    "Marks are saved on this computer at once and sent to Salesforce at the next sync.":
        "Las marcas se guardan al instante en este equipo y se envían a Salesforce en la próxima sincronización.",
    "student, not on the roster: will be added": "estudiante, no está en la lista: se añadirá",
    "not on the roster: will be added": "no está en la lista: se añadirá",
    "%1 (%2) — %3": "%1 (%2) — %3",
    "Nobody matches. Ctrl+Shift+W adds a walk-in.": "Nadie coincide. Ctrl+Mayús+W añade a alguien sin inscripción.",
    "Not saved: %1": "No se guardó: %1",
    "Undone: %1.": "Deshecho: %1.",
    "Redone: %1.": "Rehecho: %1.",
    "Saved on this computer; waiting to sync.": "Guardado en este equipo; pendiente de sincronizar.",
    "Pick someone on the roster first.": "Primero elija a alguien de la lista.",
    "Mark %1 %2": "Marcar %1 %2",
    "%1: %2.": "%1: %2.",
    "Clear %1": "Borrar %1",
    "%1: back to Registered.": "%1: de nuevo inscrito.",
    "Nobody is left: everyone on the roster has a mark.": "No queda nadie: todos en la lista tienen marca.",
    "Nobody matches '%1'. Check the spelling or add a walk-in (Ctrl+Shift+W).":
        "Nadie coincide con «%1». Revise la ortografía o añada a alguien sin inscripción (Ctrl+Mayús+W).",
    "%1 is already marked Attended.": "%1 ya está marcado como presente.",
    "Check in %1": "Registrar la llegada de %1",
    "%1: Attended.": "%1: presente.",
    "%1: added to the roster, Attended.": "%1: añadido a la lista, presente.",
    "The walk-in was not added: %1": "No se añadió a la persona sin inscripción: %1",
    "the volunteer": "el voluntario",
    "Check in walk-in %1": "Registrar la llegada de %1 (sin inscripción)",
    "Walk-in %1: added, Attended.": "%1 (sin inscripción): añadido, presente.",
    "Save the sign-in sheet": "Guardar la hoja de firmas",
    "PDF files (*.pdf)": "Archivos PDF (*.pdf)",
    "Import attendance": "Importar asistencia",
    "CSV files (*.csv);;All files (*)": "Archivos CSV (*.csv);;Todos los archivos (*)",
    "Sign-in sheet - %1.pdf": "Hoja de firmas - %1.pdf",
    "Sign-in sheet saved to %1.": "Hoja de firmas guardada en %1.",
    # Roster model
    "Student": "Estudiante",
    "Other (not counted)": "Otro (no cuenta)",
    "Grade %1": "Curso %1",
    "In Salesforce": "En Salesforce",
    "Saved on this computer; it will be sent to Salesforce at the next sync.":
        "Guardado en este equipo; se enviará a Salesforce en la próxima sincronización.",
    "This row matches Salesforce as of the last sync.": "Esta fila coincide con Salesforce en la última sincronización.",
    "This person is not in the local cache, so VMS cannot mark them here.":
        "Esta persona no está en la caché local, así que VMS no puede marcarla aquí.",
    "%1, %2, %3": "%1, %2, %3",
    "waiting to sync": "pendiente de sincronizar",
    "in Salesforce": "en Salesforce",
    # Reports
    "Report": "Informe",
    "&Report:": "&Informe:",
    "Period": "Periodo",
    "Date range…": "Intervalo de fechas…",
    "From date": "Fecha inicial",
    "To date": "Fecha final",
    "from": "desde",
    "to": "hasta",
    "&Period:": "&Periodo:",
    "District filter": "Filtro de distrito",
    "Organization filter": "Filtro de organización",
    "Event type filter": "Filtro de tipo de evento",
    "&District:": "&Distrito:",
    "&Organization:": "&Organización:",
    "Event &type:": "&Tipo de evento:",
    "Export &CSV…": "Exportar &CSV…",
    "Export as CSV": "Exportar como CSV",
    "Export &PDF…": "Exportar &PDF…",
    "Export as PDF": "Exportar como PDF",
    "Export &XLSX…": "Exportar &XLSX…",
    "Export as Excel workbook": "Exportar como libro de Excel",
    "P&rint…": "Imp&rimir…",
    "Print with preview": "Imprimir con vista previa",
    "Report rows": "Filas del informe",
    "All districts": "Todos los distritos",
    "All organizations": "Todas las organizaciones",
    "All event types": "Todos los tipos de evento",
    "This report does not use this filter.": "Este informe no usa este filtro.",
    "The start date is after the end date.": "La fecha inicial es posterior a la final.",
    "Running…": "Ejecutando…",
    "Save this report as %1.": "Guardar este informe como %1.",
    "Export %1": "Exportar %1",
    "%1 files (*.%2)": "Archivos %1 (*.%2)",
    "Export failed": "La exportación falló",
    "Saved %1": "Guardado %1",
}

# Plural forms (singular, plural) for %n messages.
ES_PLURAL = {
    "%n waiting to sync": ("%n pendiente de sincronizar", "%n pendientes de sincronizar"),
    "%n people": ("%n persona", "%n personas"),
    "Mark %n people left as No-Show": ("Marcar como ausente a %n persona restante",
                                       "Marcar como ausentes a %n personas restantes"),
    "%n people left marked No-Show (Ctrl+Z undoes it).": (
        "%n persona restante marcada como ausente (Ctrl+Z lo deshace).",
        "%n personas restantes marcadas como ausentes (Ctrl+Z lo deshace)."),
    "Check in %n student(s)": ("Registrar la llegada de %n estudiante", "Registrar la llegada de %n estudiantes"),
    "%n student(s) marked Attended.": ("%n estudiante marcado como presente.",
                                       "%n estudiantes marcados como presentes."),
    "Import %n row(s)": ("Importar %n fila", "Importar %n filas"),
    "Imported %n row(s).": ("%n fila importada.", "%n filas importadas."),
    "%n row(s) in %1 ms · data as of %2": ("%n fila en %1 ms · datos a fecha de %2",
                                           "%n filas en %1 ms · datos a fecha de %2"),
}

# Reports page: report names, descriptions, columns and charts; calendar and chart widgets; sync progress.
ES.update({
    "Volunteer Hours": "Horas de voluntariado",
    "Hours and events per volunteer who attended in the period.":
        "Horas y eventos por voluntario que asistió en el periodo.",
    "First Event Date": "Fecha del primer evento",
    "Last Event Date": "Fecha del último evento",
    "Volunteer hours by month": "Horas de voluntariado por mes",
    "Organization Summary": "Resumen por organización",
    "Volunteers, events and hours per organization, through dated affiliations.":
        "Voluntarios, eventos y horas por organización, según las afiliaciones con fechas.",
    "Volunteers by organization (top 10)": "Voluntarios por organización (10 primeras)",
    "Event Attendance": "Asistencia a eventos",
    "Every event in the period with attended volunteers, students and hours.":
        "Cada evento del periodo con los voluntarios y estudiantes presentes y las horas.",
    "Volunteers Attended": "Voluntarios presentes",
    "Students Attended": "Estudiantes presentes",
    "Volunteers attended by month": "Voluntarios presentes por mes",
    "First-Time Volunteers": "Voluntarios nuevos",
    "Volunteers whose first attended event ever falls in the period.":
        "Voluntarios cuyo primer evento con asistencia cae en el periodo.",
    "First Event": "Primer evento",
    "Events In Period": "Eventos en el periodo",
    "Hours In Period": "Horas en el periodo",
    "First-time volunteers by month": "Voluntarios nuevos por mes",
    "District Summary": "Resumen por distrito",
    "Events, schools, students and volunteers per district in the period.":
        "Eventos, escuelas, estudiantes y voluntarios por distrito en el periodo.",
    "Schools": "Escuelas",
    "Students Reached": "Estudiantes alcanzados",
    "Student Participations": "Participaciones de estudiantes",
    "Volunteer Engagements": "Participaciones de voluntarios",
    "Unique Volunteers": "Voluntarios únicos",
    "Events by district": "Eventos por distrito",
    "School year %1–%2": "Curso escolar %1–%2",
    "%1 to %2": "%1 a %2",
    "Period: %1 (%2 to %3, %4)": "Periodo: %1 (%2 a %3, %4)",
    "District: %1": "Distrito: %1",
    "Organization: %1": "Organización: %1",
    "Event type: %1": "Tipo de evento: %1",
    "Unassigned": "Sin asignar",
    "The report was cancelled.": "Se canceló el informe.",
    "Nothing to chart for these filters.": "No hay nada que representar con estos filtros.",
    "Report chart": "Gráfico del informe",
    "%1 · Today": "%1 · Hoy",
    "+%1 more": "+%1 más",
    "Not signed in.": "Sin iniciar sesión.",
    "Sending %1…": "Enviando %1…",
    "Receiving %1: %2 of %3": "Recibiendo %1: %2 de %3",
    "date not set": "fecha sin fijar",
    "(organization not synced yet)": "(organización aún no sincronizada)",
    "First name": "Nombre",
    "Last name (required)": "Apellidos (obligatorio)",
    "A volunteer needs a last name.": "Un voluntario necesita apellidos.",
    "Add anyway": "Añadir de todos modos",
    "Not added: a likely duplicate exists (%1).": "No se añadió: probablemente ya existe un duplicado (%1).",
})
ES_PLURAL["… and %n more (see the table)"] = ("… y %n más (vea la tabla)", "… y %n más (vea la tabla)")

# Dialogs opened from the main views: sign-in, sync problems, walk-in, students, offline, CSV import.
ES.update({
    "Import attendance from %1": "Importar asistencia de %1",
    "Rows of the file and what will happen to each": "Filas del archivo y qué pasará con cada una",
    "Line": "Línea",
    "Person": "Persona",
    "Result": "Resultado",
    "Will be imported": "Se importará",
    "Rejected: %1": "Rechazada: %1",
    "This file cannot be imported: %1": "Este archivo no se puede importar: %1",
    "%1 will be imported; %2 rejected (see the Result column). Nothing is saved until you press Import.":
        "Se importará %1; se rechaza %2 (vea la columna Resultado). No se guarda nada hasta que pulse Importar.",
    "Get ready for offline": "Preparar para trabajar sin conexión",
    "Tick the events you will run without a network (Space ticks), then press Check.":
        "Marque los eventos que hará sin red (Espacio marca) y pulse Comprobar.",
    "What the cache holds for each event": "Lo que contiene la caché para cada evento",
    "Ready?": "¿Listo?",
    "Details": "Detalles",
    "&Check": "&Comprobar",
    "&Download what is missing": "&Descargar lo que falta",
    "Tick at least one event first.": "Primero marque al menos un evento.",
    "The check failed: %1": "La comprobación falló: %1",
    "Ready": "Listo",
    "Not yet": "Todavía no",
    "Missing: %1": "Falta: %1",
    "Ready: everything these events need is on this computer. You can go offline.":
        "Listo: todo lo que necesitan estos eventos está en este equipo. Puede trabajar sin conexión.",
    "Downloading from here is not available yet: run a sync while online, then Check again.":
        "Aún no se puede descargar desde aquí: sincronice mientras tenga conexión y vuelva a Comprobar.",
    "Downloading… press Check again when the sync has finished.":
        "Descargando… pulse Comprobar de nuevo cuando termine la sincronización.",
    "Sync problems": "Problemas de sincronización",
    "<b>Conflicts</b> — changed here and in Salesforce since the last sync. Choose which value to keep; nothing is overwritten until you do.":
        "<b>Conflictos</b> — cambiados aquí y en Salesforce desde la última sincronización. Elija qué valor conservar; no se sobrescribe nada hasta que lo haga.",
    "Conflicts": "Conflictos",
    "Record": "Registro",
    "Field": "Campo",
    "Your value": "Su valor",
    "Salesforce value": "Valor de Salesforce",
    "Found": "Detectado",
    "Keep &mine": "Conservar el &mío",
    "Keep &Salesforce's": "Conservar el de &Salesforce",
    "<b>Waiting to apply</b> — records from Salesforce that could not be stored yet. They are kept and tried again at every sync.":
        "<b>Pendientes de aplicar</b> — registros de Salesforce que aún no se pudieron guardar. Se conservan y se reintentan en cada sincronización.",
    "Records waiting to apply": "Registros pendientes de aplicar",
    "Kind": "Clase",
    "Salesforce Id": "Id de Salesforce",
    "Reason": "Motivo",
    "Tries": "Intentos",
    "(empty)": "(vacío)",
    "Your value will be sent to Salesforce at the next sync.":
        "Su valor se enviará a Salesforce en la próxima sincronización.",
    "Salesforce's value was kept.": "Se conservó el valor de Salesforce.",
    "Sign in to Salesforce": "Iniciar sesión en Salesforce",
    "No usable keychain": "No hay un llavero utilizable",
    "Stay signed in for this run only? Nothing will be saved; you will sign in again next time.":
        "¿Mantener la sesión solo durante esta ejecución? No se guardará nada; la próxima vez tendrá que iniciar sesión de nuevo.",
    "Login host": "Servidor de inicio de sesión",
    "Production (login.salesforce.com)": "Producción (login.salesforce.com)",
    "Sandbox (test.salesforce.com)": "Sandbox (test.salesforce.com)",
    "Custom My Domain": "My Domain propio",
    "My Domain address": "Dirección de My Domain",
    "yourorg.my.salesforce.com": "suorg.my.salesforce.com",
    "Connected app client id": "Id de cliente de la aplicación conectada",
    "Open browser and sign in": "Abrir el navegador e iniciar sesión",
    "&Login host:": "&Servidor:",
    "My &Domain:": "My &Domain:",
    "&Client id:": "Id de &cliente:",
    "Enter your org's My Domain address.": "Introduzca la dirección My Domain de su organización.",
    "Enter the connected app's client id (ask your Salesforce admin).":
        "Introduzca el id de cliente de la aplicación conectada (pídalo a su administrador de Salesforce).",
    "Waiting for you to finish signing in in your browser…": "Esperando a que termine de iniciar sesión en el navegador…",
    "Could not open a browser. Open this address yourself:\n%1":
        "No se pudo abrir un navegador. Abra usted esta dirección:\n%1",
    "Finishing sign-in…": "Terminando el inicio de sesión…",
    "Add students from a school or class": "Añadir estudiantes de una escuela o clase",
    "&School": "&Escuela",
    "Class": "Clase",
    "&Class": "&Clase",
    "Filter students by name": "Filtrar estudiantes por nombre",
    "Type to filter by name": "Escriba para filtrar por nombre",
    "&Find": "&Buscar",
    "Students; Space ticks the one selected": "Estudiantes; Espacio marca el seleccionado",
    "&Mark ticked students Attended": "&Marcar como presentes a los estudiantes marcados",
    "All classes": "Todas las clases",
    "%1 %2": "%1 %2",
    "%1 %2 (grade %3)": "%1 %2 (curso %3)",
    "Add a walk-in volunteer": "Añadir un voluntario sin inscripción",
    "&First name": "&Nombre",
    "&Last name (required)": "&Apellidos (obligatorio)",
    "&Email": "&Correo electrónico",
    "&Phone": "&Teléfono",
    "&Organization": "&Organización",
    "Possible existing records": "Posibles registros existentes",
    "&Add and mark attended": "&Añadir y marcar como presente",
    "&Use the selected person": "&Usar la persona seleccionada",
    "A last name is needed.": "Hacen falta los apellidos.",
    "'%1' is not an email address.": "«%1» no es una dirección de correo electrónico.",
    "%1 — %2 (%3)": "%1 — %2 (%3)",
    "This may be someone already in VMS. Pick them and press Use the selected person, or press Add again to add a new volunteer anyway.":
        "Puede que esta persona ya esté en VMS. Selecciónela y pulse Usar la persona seleccionada, o pulse Añadir de nuevo para añadir igualmente un voluntario nuevo.",
    "&Add as new anyway": "&Añadir como nuevo igualmente",
})
ES_PLURAL.update({
    "&Import %n good row(s)": ("&Importar %n fila correcta", "&Importar %n filas correctas"),
    "%n row(s)": ("%n fila", "%n filas"),
    "%n people on the roster": ("%n persona en la lista", "%n personas en la lista"),
    "%n classes": ("%n clase", "%n clases"),
    "%n students of the school": ("%n estudiante de la escuela", "%n estudiantes de la escuela"),
    "%n event(s) not ready yet. Download what is missing while you still have a network.": (
        "%n evento aún no está listo. Descargue lo que falta mientras tenga red.",
        "%n eventos aún no están listos. Descargue lo que falta mientras tenga red."),
    "&Mark %n ticked student(s) Attended": ("&Marcar como presente a %n estudiante marcado",
                                            "&Marcar como presentes a %n estudiantes marcados"),
})

# Messages from core shown in the GUI: keychain, sign-in, attendance, reports, PDFs.
ES.update({
    "the keychain did not answer within %1 s (it may be waiting for a password prompt that cannot be shown)":
        "el llavero no respondió en %1 s (puede que espere una petición de contraseña que no se puede mostrar)",
    "VMS keeps your Salesforce sign-in only in the OS keychain and never writes it anywhere else. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) in your desktop session, then try again.":
        "VMS guarda su inicio de sesión de Salesforce solo en el llavero del sistema y nunca lo escribe en otro sitio. Instale y desbloquee un llavero Secret Service (GNOME Keyring o KWallet) en su sesión de escritorio y vuelva a intentarlo.",
    "No OS keychain is available": "No hay ningún llavero del sistema disponible",
    "The OS keychain refused access (is it locked?)": "El llavero del sistema denegó el acceso (¿está bloqueado?)",
    "The OS keychain failed": "El llavero del sistema falló",
    "the OS keychain": "el llavero del sistema",
    "memory (this run only)": "memoria (solo esta ejecución)",
    "The keychain entry of VMS is damaged.": "La entrada de VMS en el llavero está dañada.",
    "The keychain entry of VMS is incomplete.": "La entrada de VMS en el llavero está incompleta.",
    "Not signed in: sign in (vms-cli login) first.": "Sin iniciar sesión: inicie sesión primero (vms-cli login).",
    "Could not reach the login host to renew the session (%1).":
        "No se pudo contactar con el servidor de inicio de sesión para renovar la sesión (%1).",
    "The sign-in was revoked or has expired (%1). Sign in again.":
        "El inicio de sesión se revocó o caducó (%1). Inicie sesión de nuevo.",
    "The org did not renew the session: %1": "La organización no renovó la sesión: %1",
    "'%1' is not a Salesforce user id.": "«%1» no es un id de usuario de Salesforce.",
    "Could not reach %1 (%2).": "No se pudo contactar con %1 (%2).",
    "Signed out.": "Sesión cerrada.",
    "Signed out here, but the org could not be told to revoke the sign-in: %1":
        "Sesión cerrada aquí, pero no se pudo pedir a la organización que revoque el inicio de sesión: %1",
    "Sign-in timed out: the browser did not come back within %1 s.":
        "Se agotó el tiempo de inicio de sesión: el navegador no volvió en %1 s.",
    "The connected app's client id (consumer key) is empty.":
        "El id de cliente (consumer key) de la aplicación conectada está vacío.",
    "Sign-in was cancelled.": "Se canceló el inicio de sesión.",
    "This sign-in is already over; you can close this page.": "Este inicio de sesión ya terminó; puede cerrar esta página.",
    "Access was denied in the browser (%1).": "Se denegó el acceso en el navegador (%1).",
    "Salesforce refused the sign-in: %1 (%2).": "Salesforce rechazó el inicio de sesión: %1 (%2).",
    "Could not reach %1 to finish signing in (%2).": "No se pudo contactar con %1 para terminar el inicio de sesión (%2).",
    "Salesforce refused the authorization code (%1).": "Salesforce rechazó el código de autorización (%1).",
    "You are signed in to VMS. You can close this page.": "Ha iniciado sesión en VMS. Puede cerrar esta página.",
    "Signed in": "Sesión iniciada",
    "Sign-in failed": "El inicio de sesión falló",
    "The demo org could not start: %1": "La organización de demostración no pudo iniciarse: %1",
    "There is no open conflict with id %1.": "No hay ningún conflicto abierto con el id %1.",
    "the event itself is not cached": "el propio evento no está en la caché",
    "the rosters have never been downloaded": "las listas nunca se han descargado",
    "the school is not cached": "la escuela no está en la caché",
    "no classes of the school are cached": "no hay clases de la escuela en la caché",
    "no students of the school are cached": "no hay estudiantes de la escuela en la caché",
    "Unknown attendance status; use Registered, Attended, No-Show or Cancelled.":
        "Estado de asistencia desconocido; use Registered, Attended, No-Show o Cancelled.",
    "Hours must be between 0 and 24.": "Las horas deben estar entre 0 y 24.",
    "No event with local id %1 in the cache.": "No hay ningún evento con el id local %1 en la caché.",
    "No %1 with local id %2 in the cache.": "No hay ningún %1 con el id local %2 en la caché.",
    "volunteer": "voluntario",
    "student": "estudiante",
    "Cannot start saving attendance: %1": "No se puede empezar a guardar la asistencia: %1",
    "same email": "mismo correo electrónico",
    "same name and phone": "mismo nombre y teléfono",
    "Cannot start saving the volunteer: %1": "No se puede empezar a guardar el voluntario: %1",
    "The volunteer field '%1' cannot be edited in VMS.": "El campo «%1» del voluntario no se puede editar en VMS.",
    "No volunteer with local id %1 in the cache.": "No hay ningún voluntario con el id local %1 en la caché.",
    "Cannot read %1: %2": "No se puede leer %1: %2",
    "The file is empty; the first line must name the columns.":
        "El archivo está vacío; la primera línea debe nombrar las columnas.",
    "Unknown column '%1' in the first line; the columns are: %2.":
        "Columna «%1» desconocida en la primera línea; las columnas son: %2.",
    "The column '%1' appears twice.": "La columna «%1» aparece dos veces.",
    "The first line must include a 'status' column.": "La primera línea debe incluir una columna «status».",
    "The first line must include 'contact_id', 'email' or 'first_name' and 'last_name' to say who each row is.":
        "La primera línea debe incluir «contact_id», «email» o «first_name» y «last_name» para indicar quién es cada fila.",
    "Has %1 fields; the first line names %2.": "Tiene %1 campos; la primera línea nombra %2.",
    "Says nobody: fill contact_id, email or first_name and last_name.":
        "No indica a nadie: rellene contact_id, email o first_name y last_name.",
    "No cached volunteer has the email %1.": "Ningún voluntario de la caché tiene el correo %1.",
    "No cached volunteer or student is named %1.": "Ningún voluntario o estudiante de la caché se llama %1.",
    "%1 matches %2 people; use contact_id to say which.": "%1 coincide con %2 personas; use contact_id para indicar cuál.",
    "%1 already appears on an earlier line.": "%1 ya aparece en una línea anterior.",
    "The status is empty; use Registered, Attended, No-Show or Cancelled.":
        "El estado está vacío; use Registered, Attended, No-Show o Cancelled.",
    "Unknown status '%1'; use Registered, Attended, No-Show or Cancelled.":
        "Estado «%1» desconocido; use Registered, Attended, No-Show o Cancelled.",
    "Hours '%1' is not a number.": "Las horas «%1» no son un número.",
    "Hours must be between 0 and 24, not %1.": "Las horas deben estar entre 0 y 24, no %1.",
    "Data as of %1": "Datos a fecha de %1",
    "%1 (continued)": "%1 (continuación)",
    "No rows for this period and these filters.": "No hay filas para este periodo y estos filtros.",
    "Page %1 of %2": "Página %1 de %2",
    "The export was cancelled.": "Se canceló la exportación.",
    "Cannot write %1: %2. No file was written.": "No se puede escribir %1: %2. No se escribió ningún archivo.",
    "the spreadsheet could not be created": "no se pudo crear la hoja de cálculo",
    "the PDF could not be drawn": "no se pudo dibujar el PDF",
    "Sync cancelled.": "Sincronización cancelada.",
    "Cancelled.": "Cancelado.",
    "The org did not answer within %1 s.": "La organización no respondió en %1 s.",
    "The connection to the org failed (%1).": "La conexión con la organización falló (%1).",
    "The org refused the session (%1). Sign in again.": "La organización rechazó la sesión (%1). Inicie sesión de nuevo.",
    "The org's daily API request limit is used up (%1). Try again tomorrow or ask the Salesforce admin to raise it.":
        "Se agotó el límite diario de peticiones API de la organización (%1). Inténtelo mañana o pida al administrador de Salesforce que lo aumente.",
    "The org could not be reached after %1 attempts: %2": "No se pudo contactar con la organización tras %1 intentos: %2",
    "#": "#",
    "Signature": "Firma",
    "Time in": "Hora de llegada",
    "Cannot write %1: %2": "No se puede escribir %1: %2",
    "Sign-in sheet — %1": "Hoja de firmas — %1",
    "Cannot start the PDF %1": "No se puede empezar el PDF %1",
    "Sign-in sheet: %1": "Hoja de firmas: %1",
    "Location not set": "Lugar sin fijar",
    "Please print your name if it is not listed, and sign. Staff enter these marks into VMS.":
        "Escriba su nombre si no aparece en la lista, y firme. El personal introduce estas marcas en VMS.",
    "%1, %2": "%1, %2",
    "Student, grade %1": "Estudiante, curso %1",
    "Presenter": "Ponente",
    "%1 on the roster · printed %2 (Central time)": "%1 en la lista · impreso %2 (hora central)",
    "Cannot finish the PDF %1": "No se puede terminar el PDF %1",
})
ES_PLURAL["%n people on the roster are not cached"] = ("%n persona de la lista no está en la caché",
                                                       "%n personas de la lista no están en la caché")

# Sign-in, the org's answers, sync, report periods and attendance look-ups (GUI and vms-cli share them).
ES.update({
    "The login URL is empty.": "La URL de inicio de sesión está vacía.",
    "'%1' is not a login URL: use https://login.salesforce.com, https://test.salesforce.com or your My Domain (https://…).":
        "«%1» no es una URL de inicio de sesión: use https://login.salesforce.com, https://test.salesforce.com o su My Domain (https://…).",
    "The login URL must not contain a user name or password.":
        "La URL de inicio de sesión no debe contener un nombre de usuario ni una contraseña.",
    "Refusing the plain http:// login URL '%1': only https:// is allowed (http:// only on this computer's loopback address).":
        "Se rechaza la URL http:// sin cifrar «%1»: solo se admite https:// (http:// solo en la dirección local de este equipo).",
    "The login URL '%1' must be just the host, e.g. https://login.salesforce.com.":
        "La URL de inicio de sesión «%1» debe ser solo el servidor, p. ej. https://login.salesforce.com.",
    "The redirect port must be 1–65535.": "El puerto de redirección debe estar entre 1 y 65535.",
    "Cannot listen on localhost port %1 for the browser's redirect (%2). Is another sign-in running? Choose another port with --redirect-port.":
        "No se puede escuchar en el puerto %1 de localhost para la redirección del navegador (%2). ¿Hay otro inicio de sesión en curso? Elija otro puerto con --redirect-port.",
    "Request too large.": "Petición demasiado grande.",
    "Only GET is expected here.": "Aquí solo se espera GET.",
    "Not found.": "No encontrado.",
    "The sign-in answer does not belong to this sign-in (state mismatch).":
        "La respuesta de inicio de sesión no pertenece a este inicio de sesión (state no coincide).",
    "The sign-in answer has no authorization code.": "La respuesta de inicio de sesión no tiene código de autorización.",
    "The org's token answer is not valid JSON.": "La respuesta de token de la organización no es JSON válido.",
    "The org's token answer has no %1 (is the connected app's scope missing refresh_token?).":
        "La respuesta de token de la organización no tiene %1 (¿falta refresh_token en el ámbito de la aplicación conectada?).",
    "The org's token answer names an insecure or missing instance URL.":
        "La respuesta de token de la organización indica una URL de instancia insegura o ausente.",
    "The org's identity URL is not of the form …/id/<org>/<user>.":
        "La URL de identidad de la organización no tiene la forma …/id/<org>/<user>.",
    "Refusing to send a request to %1: only https:// (or http:// on loopback) is allowed.":
        "Se rechaza enviar una petición a %1: solo se admite https:// (o http:// en la dirección local).",
    "The org answered %1 with an error page.": "La organización respondió %1 con una página de error.",
    "The org answered with an unexpected redirect (%1).": "La organización respondió con una redirección inesperada (%1).",
    "The org answered with a web page instead of data.": "La organización respondió con una página web en lugar de datos.",
    "The org's answer was cut short or is not valid JSON.":
        "La respuesta de la organización llegó cortada o no es JSON válido.",
    "The org's answer to a change was lost (%1); it may or may not have been saved, so it is not resent blindly.":
        "Se perdió la respuesta de la organización a un cambio (%1); puede que se guardara o no, así que no se reenvía a ciegas.",
    "The org answered HTTP %1.": "La organización respondió HTTP %1.",
    "The org's query answer has no records.": "La respuesta de la consulta de la organización no tiene registros.",
    "The org's answer does not list one record per id.": "La respuesta de la organización no incluye un registro por id.",
    "The org's answer does not list one result per record.": "La respuesta de la organización no incluye un resultado por registro.",
    "The mapping's filter for %1 is not valid: %2": "El filtro de la correspondencia para %1 no es válido: %2",
    "unreadable": "ilegible",
    "--school-year must be four digits naming two consecutive years, e.g. 2526; got '%1'":
        "--school-year deben ser cuatro cifras que nombren dos años consecutivos, p. ej. 2526; se recibió «%1»",
    "--school-year '%1' does not name two consecutive years (e.g. 2526 for Aug 2025 - Jul 2026)":
        "--school-year «%1» no nombra dos años consecutivos (p. ej. 2526 para ago 2025 - jul 2026)",
    "'%1' is not a date in the form YYYY-MM-DD": "«%1» no es una fecha con la forma AAAA-MM-DD",
    "unknown report '%1' (see 'vms-cli report list')": "informe «%1» desconocido (vea «vms-cli report list»)",
    "the report period is empty: 'from' must be on or before 'to'":
        "el periodo del informe está vacío: «from» debe ser igual o anterior a «to»",
    "--event: no cached event has the Salesforce Id %1.": "--event: ningún evento de la caché tiene el Id de Salesforce %1.",
    "--event: '%1' is neither a Salesforce Id (15 or 18 characters) nor a local id.":
        "--event: «%1» no es ni un Id de Salesforce (15 o 18 caracteres) ni un id local.",
    "--event: no event with local id %1 in the cache.": "--event: no hay ningún evento con el id local %1 en la caché.",
    "--contact: no cached volunteer or student has the Salesforce Id %1.":
        "--contact: ningún voluntario o estudiante de la caché tiene el Id de Salesforce %1.",
    "--contact: '%1' is neither a Salesforce Id (15 or 18 characters) nor a local id (123 for a volunteer, s123 for a student).":
        "--contact: «%1» no es ni un Id de Salesforce (15 o 18 caracteres) ni un id local (123 para un voluntario, s123 para un estudiante).",
    "--contact: no %1 with local id %2 in the cache.": "--contact: no hay ningún %1 con el id local %2 en la caché.",
    "ID: '%1' is a student, not a volunteer.": "ID: «%1» es un estudiante, no un voluntario.",
})

# Roles as the GUI names them (core roleDisplayName; roleName stays English for the profile and vms-cli), the
# calendar's month title, and the Salesforce mapping's load errors (a broken mapping override file).
ES.update({
    "User|vms::Role": "Usuario",
    "Coordinator|vms::Role": "Coordinador",
    "Admin|vms::Role": "Administrador",
    "%1 %2|vms::CalendarModel": "%1 de %2",
    "Cannot read the Salesforce mapping %1: %2": "No se puede leer la correspondencia de Salesforce %1: %2",
    "the Salesforce mapping": "la correspondencia de Salesforce",
    "%1 is not a valid mapping: %2": "%1 no es una correspondencia válida: %2",
    "not a JSON object": "no es un objeto JSON",
    'missing "entities"': "falta «entities»",
    "each entity must be an object": "cada entidad debe ser un objeto",
    '"%1" is not a table name': "«%1» no es un nombre de tabla",
    'entity "%1" is listed twice': "la entidad «%1» aparece dos veces",
    'entity "%1" is missing': "falta la entidad «%1»",
    "participationUpsert and walkInVolunteer need an externalId (a replay must not duplicate)":
        "participationUpsert y walkInVolunteer necesitan un externalId (una repetición no debe duplicar)",
    'missing "%1"': "falta «%1»",
    '"%1" must be a string': "«%1» debe ser una cadena de texto",
    '"%1" is not a Salesforce API name: %2': "«%1» no es un nombre de API de Salesforce: %2",
    'unknown field type "%1"': "tipo de campo «%1» desconocido",
    '%1: "fields" must be a non-empty list': "%1: «fields» debe ser una lista no vacía",
    "%1: each field must be an object": "%1: cada campo debe ser un objeto",
    '%1: "%2" is not a column name': "%1: «%2» no es un nombre de columna",
    '%1: column "%2" is mapped twice': "%1: la columna «%2» está asignada dos veces",
    '%1: "constants" must be an object': "%1: «constants» debe ser un objeto",
    '%1: bad constant "%2"': "%1: constante «%2» incorrecta",
})

# Settings (issue #9's language choice lives here too): the dialog, the profile's settings and their checks.
ES.update({
    "Page to open first (home, volunteers, organizations, events, calendar, attendance, reports; settings opens the Settings dialog; volunteer:<id>, organization:<id> or event:<id> one record's page).":
        "Página que se abre primero (home, volunteers, organizations, events, calendar, attendance, reports; settings abre el diálogo de configuración; volunteer:<id>, organization:<id> o event:<id>, la página de ese registro).",
    "Start on the demo org signed in with this role (user, coordinator, admin; default coordinator).":
        "Empezar con la organización de demostración, con la sesión iniciada con este rol (user, coordinator, admin; coordinator por defecto).",
    "&Settings…": "&Configuración…",
    "Settings": "Configuración",
    "Your preferences": "Sus preferencias",
    "Language": "Idioma",
    "Same as the system": "El mismo que el sistema",
    "CSV files": "Archivos CSV",
    "For Excel (UTF-8 with byte order mark)": "Para Excel (UTF-8 con marca de orden de bytes)",
    "Plain UTF-8 (no byte order mark)": "UTF-8 simple (sin marca de orden de bytes)",
    "Excel needs the byte order mark to read accents correctly; some other programs show it as stray characters. Both are comma-separated.":
        "Excel necesita la marca de orden de bytes para leer bien los acentos; otros programas la muestran como caracteres sueltos. Los dos separan con comas.",
    "&Language:": "&Idioma:",
    "A new language takes effect the next time VMS starts.": "Un idioma nuevo se aplica la próxima vez que se inicie VMS.",
    "&CSV files:": "Archivos &CSV:",
    "Organization settings": "Configuración de la organización",
    "Display time zone": "Zona horaria de visualización",
    "Sync interval in minutes": "Intervalo de sincronización en minutos",
    "Never (only at start and on demand)": "Nunca (solo al iniciar y a petición)",
    " minutes": " minutos",
    "Login &host:": "&Servidor de inicio de sesión:",
    "Display time &zone:": "&Zona horaria de visualización:",
    "&Sync every:": "&Sincronizar cada:",
    "No one has signed in on this profile yet, so you can set these up now. Once someone signs in, only an Admin can change them.":
        "Nadie ha iniciado sesión todavía en este perfil, así que puede configurarlo ahora. Cuando alguien inicie sesión, solo un administrador podrá cambiarlo.",
    "Put the default values in the fields you may change; OK saves them.":
        "Poner los valores predeterminados en los campos que puede cambiar; Aceptar los guarda.",
    "Now there: %1 %2": "Ahora allí: %1 %2",
    "Enter a time zone, e.g. America/Chicago.": "Introduzca una zona horaria, p. ej. America/Chicago.",
    "'%1' is not a time zone this computer knows; use an IANA name such as America/Chicago.":
        "«%1» no es una zona horaria que conozca este equipo; use un nombre IANA como America/Chicago.",
    "Sync every %1 to %2 minutes, or 0 for never; got %3.":
        "Sincronice cada %1 a %2 minutos, o 0 para nunca; se recibió %3.",
    "'%1' is not a language VMS has; use %2, or nothing to follow the system.":
        "«%1» no es un idioma que tenga VMS; use %2, o nada para seguir al sistema.",
    "Only an Admin can change the login host and the sync interval; this profile's role is %1.":
        "Solo un administrador puede cambiar el servidor de inicio de sesión y el intervalo de sincronización; el rol de este perfil es %1.",
    "Cannot save the settings to %1.": "No se puede guardar la configuración en %1.",
})

# Start-up failures shown in "VMS cannot start": the profile folder and the local cache.
ES.update({
    "No profile folder could be determined.": "No se pudo determinar ninguna carpeta de perfil.",
    "--profile %1 is not a folder.": "--profile %1 no es una carpeta.",
    "Cannot create the profile folder %1.": "No se puede crear la carpeta de perfil %1.",
    "Cannot restrict the profile folder %1 to its owner.": "No se puede restringir la carpeta de perfil %1 a su propietario.",
    "Cannot read the local cache %1: %2": "No se puede leer la caché local %1: %2",
    "The local cache %1 is not a VMS database (it may be corrupt). It was left untouched; move it aside to start a fresh cache.":
        "La caché local %1 no es una base de datos de VMS (puede estar dañada). No se ha tocado; apártela para empezar con una caché nueva.",
    "Cannot open the local cache %1: %2": "No se puede abrir la caché local %1: %2",
    "Cannot read the cache's schema version: %1": "No se puede leer la versión del esquema de la caché: %1",
    "The local cache was written by a newer VMS (schema %1; this build knows %2). Update VMS to open it.":
        "La caché local la escribió un VMS más reciente (esquema %1; esta versión conoce el %2). Actualice VMS para abrirla.",
    "Migration to schema %1 failed: %2": "La migración al esquema %1 falló: %2",
})

# Attendance: one hour, singular.
ES.update({
    "%1 hour": "%1 hora",
    "%1: %2 hour.": "%1: %2 hora.",
})

# Accessible names of the pages' scroll areas and tables (issue #9's accessibility pass).
ES.update({
    "Volunteer details": "Datos del voluntario",
})

# The org's answers checked more closely (sync).
ES.update({
    "The org's query answer is not in the expected form (%1).":
        "La respuesta de la consulta de la organización no tiene la forma esperada (%1).",
    "an empty answer": "una respuesta vacía",
})

# Search fields' own buttons (ViewHelpers).
ES.update({
    "Clear|ViewHelpers": "Borrar",
})

# Issue #21: district year-end, recent volunteers, event contacts, volunteers by event type, drill-down,
# presets (a saved report: "informe guardado").
ES.update({
    "Page to open first (home, volunteers, organizations, events, calendar, attendance, reports; settings opens the Settings dialog; volunteer:<id>, organization:<id> or event:<id> one record's page; report:<name> one report).": 'Página que se abre primero (home, volunteers, organizations, events, calendar, attendance, reports; settings abre el diálogo de Configuración; volunteer:<id>, organization:<id> o event:<id> la página de un registro; report:<nombre> un informe).',
    'There is no event with local id %1 in the cache.': 'No hay ningún evento con el id local %1 en la caché.',
    '%1 is about one event: choose the event (vms-cli: --event ID).': '%1 trata de un solo evento: elija el evento (vms-cli: --event ID).',
    'Event: %1': 'Evento: %1',
    'Event: %1 (%2)': 'Evento: %1 (%2)',
    '(none)': '(ninguno)',
    'Format: %1': 'Formato: %1',
    'Counted events only (cancelled ones left out)': 'Solo eventos contados (sin los cancelados)',
    "the period '%1' is not two dates YYYY-MM-DD..YYYY-MM-DD in order": "el periodo '%1' no son dos fechas AAAA-MM-DD..AAAA-MM-DD en orden",
    "the period '%1' is not 'current', a school year like 2526, or YYYY-MM-DD..YYYY-MM-DD": "el periodo '%1' no es 'current', un curso escolar como 2526 ni AAAA-MM-DD..AAAA-MM-DD",
    'Current school year': 'Curso escolar actual',
    'A preset needs a name.': 'Un informe guardado necesita un nombre.',
    'A preset name has at most %1 characters.': 'El nombre de un informe guardado tiene como máximo %1 caracteres.',
    'A preset name cannot hold control characters (tabs, line breaks).': 'El nombre de un informe guardado no puede contener caracteres de control (tabuladores, saltos de línea).',
    "The preset '%1' names a report this VMS does not know: '%2'.": "El informe guardado '%1' nombra un informe que este VMS no conoce: '%2'.",
    "The preset '%1': %2": "El informe guardado '%1': %2",
    "The preset '%1' names no event.": "El informe guardado '%1' no nombra ningún evento.",
    "There is already a preset named '%1'.": "Ya existe un informe guardado llamado '%1'.",
    "There is no preset named '%1'.": "No hay ningún informe guardado llamado '%1'.",
    'Cannot save the report presets to %1.': 'No se pueden guardar los informes guardados en %1.',
    'All': 'Todos',
    'In-Person': 'Presencial',
    'Virtual': 'Virtual',
    'District Year-End': 'Cierre de curso por distrito',
    'District figures by program and by in-person or virtual format, with a total per district and for all districts.': 'Cifras de cada distrito por programa y por formato presencial o virtual, con un total por distrito y para todos los distritos.',
    'Program': 'Programa',
    'Events by program': 'Eventos por programa',
    'Recent Volunteers': 'Voluntarios recientes',
    'Volunteers whose latest attended event falls in the period, with their email.': 'Voluntarios cuyo último evento con asistencia cae en el periodo, con su correo electrónico.',
    'Last Event': 'Último evento',
    'Recent volunteers by month of their last event': 'Voluntarios recientes por mes de su último evento',
    'Event Contacts': 'Contactos del evento',
    'The volunteers signed up for one event, with how to reach them, to run the event.': 'Los voluntarios inscritos en un evento, con cómo contactarlos, para llevar el evento.',
    'Volunteers by Event Type': 'Voluntarios por tipo de evento',
    'Events and hours per volunteer for each type of event attended in the period.': 'Eventos y horas por voluntario para cada tipo de evento al que asistió en el periodo.',
    'Event Type': 'Tipo de evento',
    'Volunteers by event type': 'Voluntarios por tipo de evento',
    'Saved preset': 'Informe guardado',
    '&Save as preset…': '&Guardar con nombre…',
    'Save as a preset': 'Guardar como informe guardado',
    'Re&name…': 'Ca&mbiar nombre…',
    'Rename the preset': 'Cambiar el nombre del informe guardado',
    'De&lete': 'E&liminar',
    'Delete the preset': 'Eliminar el informe guardado',
    'Pre&set:': 'Infor&me guardado:',
    'Current school year (%1)': 'Curso escolar actual (%1)',
    'E&vent:': 'E&vento:',
    'Format filter': 'Filtro de formato',
    'Counted events only (leave cancelled events out)': 'Solo eventos contados (sin los eventos cancelados)',
    'Counted events only': 'Solo eventos contados',
    '&Format:': '&Formato:',
    '◀ &Back': '◀ &Volver',
    'Back to the report before': 'Volver al informe anterior',
    '(no type)': '(sin tipo)',
    'Any format': 'Cualquier formato',
    '(no preset)': '(ningún informe guardado)',
    'Double-click a row (or press Enter) to see the events it counts.': 'Haga doble clic en una fila (o pulse Intro) para ver los eventos que cuenta.',
    'Double-click a row (or press Enter) to open it.': 'Haga doble clic en una fila (o pulse Intro) para abrirla.',
    'Choose an event: there is none in this period.': 'Elija un evento: no hay ninguno en este periodo.',
    'Save this report, period and filters under a name.': 'Guardar este informe, periodo y filtros con un nombre.',
    'Cannot use this preset': 'No se puede usar este informe guardado',
    'Back to %1': 'Volver a %1',
    'Save as preset': 'Guardar el informe con un nombre',
    'Name of the preset (report, period and filters):': 'Nombre del informe guardado (informe, periodo y filtros):',
    'Replace the preset?': '¿Reemplazar el informe guardado?',
    'It will then run this report, period and filters.': 'Desde entonces ejecutará este informe, periodo y filtros.',
    'Replace': 'Reemplazar',
    'Cannot save the preset': 'No se puede guardar el informe guardado',
    "Saved the preset '%1'.": "Se guardó el informe guardado '%1'.",
    'New name:': 'Nombre nuevo:',
    'Cannot rename the preset': 'No se puede cambiar el nombre del informe guardado',
    "Renamed the preset '%1' to '%2'.": "El informe guardado '%1' ahora se llama '%2'.",
    'Delete the preset?': '¿Eliminar el informe guardado?',
    "Delete the preset '%1'?": "¿Eliminar el informe guardado '%1'?",
    'The report itself and its data stay; only the saved name goes.': 'El informe y sus datos se conservan; solo se elimina el nombre guardado.',
    'Delete': 'Eliminar',
    'Cannot delete the preset': 'No se puede eliminar el informe guardado',
    "Deleted the preset '%1'.": "Se eliminó el informe guardado '%1'.",
})

# The audit log and backups of the local cache (issue #20).
ES.update({
    "No record with id '%1' in the local cache.": "No hay ningún registro con el id '%1' en la caché local.",
    "Cannot write %1: %2.": "No se puede escribir %1: %2.",
    "Cannot read %1": "No se puede leer %1",
    "Cannot write %1": "No se puede escribir %1",
    "Cannot copy %1": "No se puede copiar %1",
    "Cannot copy %1: %2": "No se puede copiar %1: %2",
    "Cannot finish the copy %1": "No se puede terminar la copia %1",
    "Cannot move %1 aside.": "No se puede apartar %1.",
    "Cannot create the folder %1.": "No se puede crear la carpeta %1.",
    "There is no local cache to copy in %1.": "No hay ninguna caché local que copiar en %1.",
    "--out %1 is a folder; name the file to write.": "--out %1 es una carpeta; indique el archivo que se escribirá.",
    "%1 No file was written.": "%1 No se escribió ningún archivo.",
    "%1 does not exist.": "%1 no existe.",
    "Cannot read %1: %2.": "No se puede leer %1: %2.",
    "%1 is not a VMS cache (not a copy made by VMS).": "%1 no es una caché de VMS (no es una copia hecha por VMS).",
    "%1 was made by a newer VMS (schema %2; this VMS knows %3). Update VMS to restore it.":
        "%1 se hizo con un VMS más reciente (esquema %2; este VMS conoce el %3). Actualice VMS para restaurarla.",
    "%1 is damaged (%2); it cannot be restored.": "%1 está dañada (%2); no se puede restaurar.",
    "%1 is a copy of another org's data (org %2; this profile is signed in to org %3). Nothing was restored.":
        "%1 es una copia de los datos de otra organización (organización %2; este perfil tiene la sesión iniciada "
        "en la organización %3). No se restauró nada.",
    "The restore failed and changed nothing: %1": "La restauración falló y no cambió nada: %1",
})


# What Salesforce would refuse, checked when the user saves (FieldRules, the forms), and a cache kept
# busy by another writer (Database).
ES.update({
    "%1 (%2): %3": "%1 (%2): %3",
    "Required: Salesforce does not accept it empty.": "Obligatorio: Salesforce no lo acepta vacío.",
    "At most %1 characters; this has %2.": "Como máximo %1 caracteres; este tiene %2.",
    "“%1” is not one of the values Salesforce accepts: %2.":
        "«%1» no es uno de los valores que Salesforce acepta: %2.",
    "Salesforce would refuse this walk-in as it is: see the fields marked above.":
        "Salesforce rechazaría a esta persona sin inscripción tal como está: vea los campos marcados arriba.",
    "Salesforce would refuse this volunteer as it is: see the fields marked above.":
        "Salesforce rechazaría a este voluntario tal como está: vea los campos marcados arriba.",
    "Salesforce would refuse these changes as they are: see the fields marked below.":
        "Salesforce rechazaría estos cambios tal como están: vea los campos marcados abajo.",
    "The local cache stayed busy: another VMS program kept writing to it for more than %1 seconds. Nothing was saved; try again.":
        "La caché local siguió ocupada: otro programa de VMS estuvo escribiendo en ella más de %1 segundos. No se guardó nada; inténtelo de nuevo.",
    "Cannot start saving: %1": "No se puede empezar a guardar: %1",
})


# Local changes on their way to the org (issue #13): refusals, waiting changes, the mapping's writes.
ES.update({
    "Salesforce did not take every change; see the sync problems.":
        "Salesforce no aceptó todos los cambios; vea los problemas de sincronización.",
    "⚠ %1 change(s) refused by Salesforce, %2 conflict(s) to resolve and %3 record(s) that could not be applied.":
        "⚠ %1 cambio(s) rechazado(s) por Salesforce, %2 conflicto(s) por resolver y %3 registro(s) que no se "
        "pudieron aplicar.",
    "The Salesforce mapping in use cannot send the %1 field(s) %2 to Salesforce, so the change was not saved.":
        "El mapeo de Salesforce en uso no puede enviar a Salesforce el/los campo(s) %2 de %1, así que el cambio "
        "no se guardó.",
    "No organization named “%1” is known here; pick one from the list, or leave the organization empty.":
        "No se conoce aquí ninguna organización llamada “%1”; elija una de la lista o deje la organización vacía.",
    "%1 records cannot be deleted in VMS.": "Los registros de %1 no se pueden eliminar en VMS.",
    "Cannot start deleting: %1": "No se puede empezar a eliminar: %1",
    "This record is on its way to Salesforce; sync first, then delete it.":
        "Este registro va camino de Salesforce; sincronice primero y luego elimínelo.",
    "This record has a sync conflict; resolve it first, then delete it.":
        "Este registro tiene un conflicto de sincronización; resuélvalo primero y luego elimínelo.",
    "%1: \"%2\" must be a list of column names": "%1: \"%2\" debe ser una lista de nombres de columna",
    "each entry of \"writes\" must be an object": "cada entrada de \"writes\" debe ser un objeto",
    "%1: no entity \"%2\" is read": "%1: no se lee ninguna entidad \"%2\"",
    "%1: column \"%2\" is not read from the org": "%1: la columna \"%2\" no se lee de la organización",
    "%1: \"clientId\" must be an object": "%1: \"clientId\" debe ser un objeto",
    "%1: client id column \"%2\" is not read from the org":
        "%1: la columna de id de cliente \"%2\" no se lee de la organización",
    "%1: a record VMS creates needs a \"clientId\" (a replay must not duplicate it)":
        "%1: un registro que crea VMS necesita un \"clientId\" (una repetición no debe duplicarlo)",
    "%1: \"references\" must be a list": "%1: \"references\" debe ser una lista",
    "%1: each reference must be an object": "%1: cada referencia debe ser un objeto",
    "%1: reference column \"%2\" is not written": "%1: la columna de referencia \"%2\" no se escribe",
    "%1: reference to unknown entity \"%2\"": "%1: referencia a una entidad desconocida \"%2\"",
    "%1: a record cannot point at its own entity": "%1: un registro no puede apuntar a su propia entidad",
    "\"writes\" must be a list": "\"writes\" debe ser una lista",
    "writes.%1 is listed twice": "writes.%1 aparece dos veces",
    "writes.%1 must come after writes.%2, which it points at":
        "writes.%1 debe ir después de writes.%2, al que apunta",
    "<b>Not accepted by Salesforce</b> — changes made here that Salesforce refused, with its reason. They are kept "
    "and sent again at every sync; fix the record and they go with your edit.":
        "<b>No aceptados por Salesforce</b> — cambios hechos aquí que Salesforce rechazó, con su motivo. Se "
        "conservan y se vuelven a enviar en cada sincronización; corrija el registro y se enviarán con su edición.",
    "Changes Salesforce did not accept": "Cambios que Salesforce no aceptó",
    "Salesforce said": "Salesforce dijo",
    "&Open the record": "&Abrir el registro",
    "Salesforce refused the record.": "Salesforce rechazó el registro.",
    "The record is gone from Salesforce, so this change could not be saved there: %1":
        "El registro ya no está en Salesforce, así que este cambio no se pudo guardar allí: %1",
    "The Salesforce mapping does not say how to write %1 records; the change is kept until it does.":
        "El mapeo de Salesforce no indica cómo escribir registros de %1; el cambio se conserva hasta que lo indique.",
    "The record this change belongs to is no longer in the local cache; the change is kept but cannot be sent.":
        "El registro al que pertenece este cambio ya no está en la caché local; el cambio se conserva, pero no se "
        "puede enviar.",
    "The Salesforce mapping does not say how to send %1 when a record is created; the change is kept until it does.":
        "El mapeo de Salesforce no indica cómo enviar %1 al crear un registro; el cambio se conserva hasta que lo "
        "indique.",
    "The record has no client id, so it could not be sent without risking a duplicate.":
        "El registro no tiene id de cliente, así que no se pudo enviar sin riesgo de duplicarlo.",
    "Waits until the %1 record it belongs to has reached Salesforce.":
        "Espera a que el registro de %1 al que pertenece llegue a Salesforce.",
    "Salesforce's answers to new records were lost several times in a row; they are kept and checked again at "
    "the next sync.":
        "Las respuestas de Salesforce a registros nuevos se perdieron varias veces seguidas; se conservan y se "
        "comprueban de nuevo en la próxima sincronización.",
    "The Salesforce mapping does not say how to send %1; the change is kept until it does.":
        "El mapeo de Salesforce no indica cómo enviar %1; el cambio se conserva hasta que lo indique.",
    "The record no longer exists in Salesforce.": "El registro ya no existe en Salesforce.",
    "Salesforce's answers to changes were lost several times in a row; they are kept and checked again at the "
    "next sync.":
        "Las respuestas de Salesforce a cambios se perdieron varias veces seguidas; se conservan y se comprueban "
        "de nuevo en la próxima sincronización.",
    "The Salesforce mapping does not allow deleting %1 records; the change is kept until it does.":
        "El mapeo de Salesforce no permite eliminar registros de %1; el cambio se conserva hasta que lo permita.",
    "%1 at %2": "%1 en %2",
    "⚠ Salesforce did not accept the last change: %1%2. It is kept and sent again at every sync; edit the record "
    "to fix it.":
        "⚠ Salesforce no aceptó el último cambio: %1%2. Se conserva y se vuelve a enviar en cada sincronización; "
        "edite el registro para corregirlo.",
    " (field %1)": " (campo %1)",
    "Sync cancelled.": "Sincronización cancelada.",
})

# A walk-in's name, editable until it reaches Salesforce (issue #13).
ES.update({
    "Last name": "Apellidos",
    "The name of a volunteer already in Salesforce is changed in Salesforce, not in VMS.":
        "El nombre de un voluntario que ya está en Salesforce se cambia en Salesforce, no en VMS.",
})


# A coordinator's first week (issue #16): event filters, early attendance, the sign-in sheet, walk-ins.
ES.update({
    "Print sign-in sheet…": "Imprimir hoja de firmas…",
    "Save sign-in sheet as PDF…": "Guardar hoja de firmas como PDF…",
    "Take attendance early?": "¿Tomar asistencia antes de tiempo?",
    "%1 starts %2, more than a day from now.": "%1 empieza el %2, dentro de más de un día.",
    "Attended and No-Show marks count in reports as soon as they are saved. Check that this is the right event.":
        "Las marcas de Asistió y No se presentó cuentan en los informes en cuanto se guardan. Compruebe que "
        "este es el evento correcto.",
    "Take attendance now": "Tomar asistencia ahora",
    "Nothing was marked: %1 is more than a day away.": "No se marcó nada: faltan más de un día para %1.",
    "Sign-in sheet - %1": "Hoja de firmas - %1",
    "Sign-in sheet sent to the printer %1.": "Hoja de firmas enviada a la impresora %1.",
    "Sign-in sheet printed to %1.": "Hoja de firmas impresa en %1.",
    "When": "Cuándo",
    "&From": "&Desde",
    "&To": "&Hasta",
    "Upcoming": "Próximos",
    "School year %1": "Curso escolar %1",
    "All dates": "Todas las fechas",
    "Hours must be between 0 and 24; %1 was not saved.": "Las horas deben estar entre 0 y 24; no se guardó %1.",
    "%1,": "%1,",
    "Cannot start the sign-in sheet": "No se puede empezar la hoja de firmas",
    "Cannot start page %1 of the sign-in sheet": "No se puede empezar la página %1 de la hoja de firmas",
    "%1 on the roster · printed %2": "%1 en la lista · impresa el %2",
    "Cannot finish the sign-in sheet": "No se puede terminar la hoja de firmas",
    "This may be someone already in VMS. Select them and press Use the selected person, or press Add again "
    "to add a new volunteer anyway.":
        "Puede ser alguien que ya está en VMS. Selecciónelo y pulse Usar la persona seleccionada, o pulse "
        "Añadir otra vez para añadir un voluntario nuevo de todos modos.",
})

# Help ▸ User Guide and Working offline, Home's count, Edit ▸ Edit this record (issue #16).
ES.update({
    "Sign-in sheet as PDF…": "Hoja de firmas en PDF…",
    "Licence: proprietary. All rights reserved.": "Licencia: propietaria. Todos los derechos reservados.",
    "VMS user guide": "Guía de usuario de VMS",
    "Working offline": "Trabajar sin conexión",
    "&Back": "&Atrás",
    "&Contents": "Í&ndice",
    "VMS keeps a copy of your org's volunteers, organizations, events and attendance on this computer. Most of "
    "your work needs no network.":
        "VMS guarda en este equipo una copia de los voluntarios, organizaciones, eventos y asistencia de su "
        "organización. La mayor parte de su trabajo no necesita red.",
    "Works without a network": "Funciona sin red",
    "Finding and reading volunteers, organizations and events, the calendar and Home.":
        "Buscar y consultar voluntarios, organizaciones y eventos, el calendario y el Inicio.",
    "Taking attendance: marks, walk-ins, students, hours and CSV imports. Each is saved on this computer at "
    "once and sent to Salesforce at the next sync, exactly once.":
        "Tomar asistencia: marcas, asistentes sin inscripción, estudiantes, horas e importaciones CSV. Cada "
        "cosa se guarda en este equipo al momento y se envía a Salesforce en la siguiente sincronización, una "
        "sola vez.",
    "Editing and adding volunteers (Coordinators and Admins).":
        "Editar y añadir voluntarios (coordinadores y administradores).",
    "Reports, their exports and printing, and the sign-in sheet.":
        "Los informes, sus exportaciones e impresión, y la hoja de firmas.",
    "Undo and redo of your own changes.": "Deshacer y rehacer sus propios cambios.",
    "Needs a network": "Necesita red",
    "Signing in (the first time, or after signing out).":
        "Iniciar sesión (la primera vez, o después de cerrar la sesión).",
    "Syncing: sending your waiting changes and bringing what changed in Salesforce.":
        "Sincronizar: enviar sus cambios pendientes y traer lo que cambió en Salesforce.",
    "\"Download what is missing\" in Get ready for offline.":
        "«Descargar lo que falta» en Preparar para trabajar sin conexión.",
    "Before you go offline": "Antes de quedarse sin conexión",
    "Open Attendance, press \"Get ready for offline…\" (Ctrl+Shift+O), tick the events you will run and press "
    "Check until every one says Ready.":
        "Abra Asistencia, pulse «Preparar para trabajar sin conexión…» (Ctrl+Mayús+O), marque los eventos "
        "que va a llevar y pulse Comprobar hasta que todos digan Listo.",
    "The status bar always says whether VMS is online, when it last synced and how many of your changes are "
    "waiting to be sent.":
        "La barra de estado siempre dice si VMS tiene conexión, cuándo sincronizó por última vez y cuántos de "
        "sus cambios esperan ser enviados.",
    "%1 draft": "%1 borrador",
    "%1 drafts": "%1 borradores",
    "%1 cancelled": "%1 cancelados",
    "Not counted: %1": "Sin contar: %1",
    " and ": " y ",
    "Nothing to undo yet": "Aún no hay nada que deshacer",
    "Nothing to redo": "No hay nada que rehacer",
    "&Edit this record": "&Editar este registro",
    "Edit the volunteer on screen (Coordinators and Admins)":
        "Editar el voluntario que está en pantalla (coordinadores y administradores)",
    "&User Guide": "&Guía de usuario",
    "The guide for Users, Coordinators and Admins, on this computer":
        "La guía para usuarios, coordinadores y administradores, en este equipo",
    "Working &offline": "Trabajar &sin conexión",
    "What works without a network, and how to get ready": "Qué funciona sin red y cómo prepararse",
    "Already editing: Ctrl+S saves, Esc cancels.": "Ya está editando: Ctrl+S guarda, Esc cancela.",
    "Nothing on this page can be edited here. Open a volunteer to edit their contact details.":
        "En esta página no hay nada que editar aquí. Abra un voluntario para editar sus datos de contacto.",
})

# Key names on the check-in screen's buttons, written as the keys legend writes them.
ES.update({
    "Ctrl|vms::AttendanceView": "Ctrl",
    "Shift|vms::AttendanceView": "Mayús",
    "Del|vms::AttendanceView": "Supr",
})
ES.update({
    "Window size, e.g. 1024x700 (for screenshots).": "Tamaño de la ventana, p. ej. 1024x700 (para capturas).",
})

# The org's setup check (issue #20): what the org lacks that VMS needs, and the changes held for it.
ES.update({
    "The object %1 is missing, or you may not read it": "Falta el objeto %1, o usted no puede leerlo",
    "%1 is missing": "Falta %1",
    "%1 must be an External ID and unique": "%1 debe ser un ID externo y único",
    "%1 cannot be written by you (no field permission)": "Usted no puede escribir en %1 (sin permiso de campo)",
    "The permission set %1 does not exist in the org": "El conjunto de permisos %1 no existe en la organización",
    "No VMS permission set (%1) is assigned to you: you can read, not change":
        "No tiene asignado ningún conjunto de permisos de VMS (%1): puede leer, pero no cambiar",
    "The kept setup check cannot be read.": "No se puede leer la comprobación de configuración guardada.",
    "The org lacks %1, which this change needs; it is kept and sent once an admin adds it to the org.":
        "A la organización le falta %1, que este cambio necesita; se conserva y se enviará en cuanto un "
        "administrador lo añada a la organización.",
})

# The Admin page (issue #20).
ES.update({
    "Admin|vms::MainWindow": "Administración",
    "Admin|vms::AdminView": "Administración",
    "&Health and sync": "&Estado y sincronización",
    "A&udit log": "Registro de a&uditoría",
    "&Backups and data": "&Copias y datos",
    "This computer": "Este equipo",
    "The org's setup": "La configuración de la organización",
    "What the org lacks": "Lo que le falta a la organización",
    "Sync": "Sincronización",
    "Sync &problems and conflicts…": "&Problemas de sincronización y conflictos…",
    "&Full resync": "&Resincronización completa",
    "Reads every record from Salesforce again and removes local records it no longer has. Changes waiting to be sent are sent first and never lost.":
        "Vuelve a leer todos los registros de Salesforce y quita los registros locales que ya no tiene. Los "
        "cambios pendientes se envían primero y nunca se pierden.",
    "&Cancel sync": "Ca&ncelar la sincronización",
    "Sync in progress": "Sincronización en curso",
    "Full name": "Nombre completo",
    "Filter by user": "Filtrar por usuario",
    "Filter by record": "Filtrar por registro",
    "From day": "Desde el día",
    "To day": "Hasta el día",
    "Local or Salesforce Id": "Id local o de Salesforce",
    "&User:": "&Usuario:",
    "&Record:": "&Registro:",
    "Fr&om:": "&Desde:",
    "&To:": "&Hasta:",
    "&Show": "&Mostrar",
    "&Export CSV…": "&Exportar CSV…",
    "Audit log": "Registro de auditoría",
    "When": "Cuándo",
    "User|vms::AdminView": "Usuario",
    "Record": "Registro",
    "Action": "Acción",
    "Field": "Campo",
    "Old value": "Valor anterior",
    "New value": "Valor nuevo",
    "Backups of the local data": "Copias de los datos locales",
    "VMS copies its local data once a day and keeps the last seven copies. A restore keeps every change still waiting to be sent to Salesforce.":
        "VMS copia sus datos locales una vez al día y guarda las siete últimas copias. Una restauración "
        "conserva todos los cambios que aún esperan a enviarse a Salesforce.",
    "Backups": "Copias de seguridad",
    "&Create a backup now": "&Hacer una copia ahora",
    "&Restore the selected backup…": "Restaurar la copia &seleccionada…",
    "This computer's data": "Los datos de este equipo",
    "For a computer that changes hands or is lost: signs out and removes the local data, logs and backups.":
        "Para un equipo que cambia de manos o se pierde: cierra la sesión y elimina los datos locales, los "
        "registros y las copias.",
    "Remove this computer's &data…": "Eliminar los &datos de este equipo…",
    "Last good sync: %1": "Última sincronización correcta: %1",
    "Never synced yet.": "Aún no se ha sincronizado nunca.",
    "Changes waiting to be sent: %1": "Cambios que esperan a enviarse: %1",
    "Refused by Salesforce (kept, retried): %1": "Rechazados por Salesforce (se conservan y se reintentan): %1",
    "Conflicts to resolve: %1": "Conflictos por resolver: %1",
    "Records from Salesforce waiting to apply: %1": "Registros de Salesforce que esperan aplicarse: %1",
    "API budget: %1 of %2 calls used today (as of the last sync)":
        "Presupuesto de API: %1 de %2 llamadas usadas hoy (según la última sincronización)",
    "API budget: not known yet (the next sync reads it)":
        "Presupuesto de API: aún no se conoce (la próxima sincronización lo lee)",
    "Not checked yet: the next sync checks the org's setup.":
        "Aún no se ha comprobado: la próxima sincronización comprueba la configuración de la organización.",
    "Checked %1: the org has every field and permission set VMS needs.":
        "Comprobado el %1: la organización tiene todos los campos y conjuntos de permisos que VMS necesita.",
    "Checked %1: the org lacks what is listed below. Changes that need a missing field wait, saying so, until it is added; see docs/admin-setup.md.":
        "Comprobado el %1: a la organización le falta lo que se indica abajo. Los cambios que necesitan un "
        "campo que falta esperan, diciéndolo, hasta que se añada; vea docs/es/admin-setup.md.",
    "Export the audit log": "Exportar el registro de auditoría",
    "CSV files (*.csv)": "Archivos CSV (*.csv)",
    "Exported to %1.": "Exportado a %1.",
    "daily": "diaria",
    "made by an Admin": "hecha por un administrador",
    "before a restore": "antes de una restauración",
    "%1 — %2 — %3": "%1 — %2 — %3",
    "No backups yet.": "Aún no hay copias.",
    "Backup made: %1": "Copia hecha: %1",
    "Restore a backup": "Restaurar una copia",
    "VMS will close and, when you start it again, replace its local data with the copy of %1.":
        "VMS se cerrará y, cuando lo vuelva a abrir, sustituirá sus datos locales por la copia del %1.",
    "Restore and close VMS": "Restaurar y cerrar VMS",
    "The local data was restored from %1. Changes waiting to be sent, kept: %2. The data as it was is kept in %3.":
        "Los datos locales se restauraron desde %1. Cambios que esperan a enviarse, conservados: %2. Los "
        "datos tal como estaban se guardan en %3.",
    "Cannot note the restore in %1: %2": "No se puede anotar la restauración en %1: %2",
    "Page to open first (home, volunteers, organizations, events, calendar, attendance, reports, admin; settings opens the Settings dialog; volunteer:<id>, organization:<id> or event:<id> one record's page; report:<name> one report).":
        "Página que se abre primero (home, volunteers, organizations, events, calendar, attendance, reports, "
        "admin; settings abre el diálogo de Configuración; volunteer:<id>, organization:<id> o event:<id> la "
        "página de un registro; report:<nombre> un informe).",
})
ES_PLURAL.update({
    "%n change(s)": ("%n cambio", "%n cambios"),
    "Every change waiting to be sent to Salesforce (%n now) is kept, including any the copy lacks; changes the copy holds that were sent since it was made are not sent again. The local data as it is now is kept as a backup first.": (
        "Se conservan todos los cambios que esperan a enviarse a Salesforce (%n ahora), también los que la "
        "copia no tiene; los que la copia tiene y se enviaron después de hacerla no se vuelven a enviar. "
        "Antes se guarda una copia de los datos locales tal como están ahora.",
        "Se conservan todos los cambios que esperan a enviarse a Salesforce (%n ahora), también los que la "
        "copia no tiene; los que la copia tiene y se enviaron después de hacerla no se vuelven a enviar. "
        "Antes se guarda una copia de los datos locales tal como están ahora."),
})


# Planning: events, organizations, volunteers' status, notes, teachers, deletes (issue #17).
ES.update({
    "%1: nothing cached has the Salesforce Id %2.": "%1: nada en la caché tiene el Id de Salesforce %2.",
    "%1: '%2' is neither a Salesforce Id (15 or 18 characters) nor a local id.":
        "%1: «%2» no es un Id de Salesforce (15 o 18 caracteres) ni un id local.",
    "%1: nothing cached has the local id %2.": "%1: nada en la caché tiene el id local %2.",
    "Start": "Inicio",
    "End": "Fin",
    "Required: an event needs a name.": "Obligatorio: un evento necesita un nombre.",
    "Required: an event needs a start.": "Obligatorio: un evento necesita un inicio.",
    "The end cannot be before the start.": "El fin no puede ser anterior al inicio.",
    "Cancellation Reason": "Motivo de la cancelación",
    "Required: a cancelled event needs a reason.": "Obligatorio: un evento cancelado necesita un motivo.",
    "The event field '%1' cannot be set in VMS.": "El campo de evento «%1» no se puede establecer en VMS.",
    "The event field '%1' cannot be edited in VMS.": "El campo de evento «%1» no se puede editar en VMS.",
    "Account Name": "Nombre de la cuenta",
    "Required: an organization needs a name.": "Obligatorio: una organización necesita un nombre.",
    "The organization field '%1' cannot be set in VMS.":
        "El campo de organización «%1» no se puede establecer en VMS.",
    "The organization field '%1' cannot be edited in VMS.":
        "El campo de organización «%1» no se puede editar en VMS.",
})
ES.update({
    "&New event…": "&Nuevo evento…",
    "New event on the selected day": "Nuevo evento en el día seleccionado",
    "New event": "Nuevo evento",
    "Edit event": "Editar evento",
    "Close": "Cerrar",
    "Not set": "Sin indicar",
    "Skills separated by ;": "Habilidades separadas por ;",
    "&Name:": "&Nombre:",
    "&Type:": "&Tipo:",
    "&Format:": "&Formato:",
    "S&tatus:": "E&stado:",
    "&Starts (%1):": "&Empieza (%1):",
    "&Ends (%1):": "&Termina (%1):",
    "&Location:": "&Lugar:",
    "S&chool:": "Es&cuela:",
    "&District:": "&Distrito:",
    "&Volunteers needed:": "&Voluntarios necesarios:",
    "Requested s&kills:": "&Habilidades solicitadas:",
    "&Host:": "&Anfitrión:",
    "Descr&iption:": "Descr&ipción:",
    "Cancellation &reason:": "&Motivo de la cancelación:",
    "(none)": "(ninguno)",
    "Salesforce would refuse this event as it is: see the fields marked above.":
        "Salesforce rechazaría este evento tal como está: vea los campos marcados arriba.",
    "Waiting to be sent: %1": "Esperando para enviarse: %1",
    "Salesforce refused the last change of this event (%1): %2 Fix it here and save; it is sent again.":
        "Salesforce rechazó el último cambio de este evento (%1): %2 Corríjalo aquí y guarde; se enviará de nuevo.",
    "Salesforce: %1": "Salesforce: %1",
    "&Edit…": "&Editar…",
    "&Details…": "&Detalles…",
    "D&uplicate…": "D&uplicar…",
    "&Publish": "&Publicar",
    "C&onfirm": "C&onfirmar",
    "&Cancel event…": "&Cancelar evento…",
    "Salesforce refused the last change (%1, %2): %3 Open Edit to fix it.":
        "Salesforce rechazó el último cambio (%1, %2): %3 Abra Editar para corregirlo.",
    "New event %1": "Nuevo evento %1",
    "%1 (copy)": "%1 (copia)",
    "Move event": "Mover evento",
    "Move “%1” to %2?": "¿Mover «%1» a %2?",
    "It was %1. The change is sent to Salesforce with the next sync.":
        "Era %1. El cambio se envía a Salesforce con la próxima sincronización.",
    "Move": "Mover",
    "Move event %1": "Mover evento %1",
    "Set event status to %1": "Cambiar el estado del evento a %1",
    "Cannot undo": "No se puede deshacer",
    "%1 records are not created in VMS.": "Los registros de %1 no se crean en VMS.",
    "This record has already gone to Salesforce; it can only be deleted now.":
        "Este registro ya se envió a Salesforce; ahora solo se puede eliminar.",
    "Other records already point at this one (attendance, a volunteer's organization), so it stays.":
        "Otros registros ya apuntan a este (asistencia, la organización de un voluntario), así que se queda.",
})
ES.update({
    "Page to open first (home, volunteers, organizations, events, calendar, attendance, reports; settings opens the Settings dialog; volunteer:<id>, organization:<id> or event:<id> one record's page; report:<name> one report; event-form:<id> or organization-form:<id> a record's form, 0 for a new one).":
        "Página que se abre primero (home, volunteers, organizations, events, calendar, attendance, reports; settings abre el diálogo de Configuración; volunteer:<id>, organization:<id> o event:<id> la página de un registro; report:<nombre> un informe; event-form:<id> u organization-form:<id> el formulario de un registro, 0 para uno nuevo).",
    "New organization": "Nueva organización",
    "Edit organization": "Editar organización",
    "&Parent organization:": "Organización &principal:",
    "&Street:": "&Calle:",
    "&City:": "C&iudad:",
    "St&ate:": "Es&tado:",
    "&Postal code:": "Código &postal:",
    "C&ountry:": "Pa&ís:",
    "Salesforce refused the last change of this organization (%1): %2 Fix it here and save; it is sent again.":
        "Salesforce rechazó el último cambio de esta organización (%1): %2 Corríjalo aquí y guarde; se enviará de nuevo.",
    "Salesforce would refuse this organization as it is: see the fields marked above.":
        "Salesforce rechazaría esta organización tal como está: vea los campos marcados arriba.",
    "New organization %1": "Nueva organización %1",
    "Edit %1": "Editar %1",
    "&New organization…": "&Nueva organización…",
})
ES.update({
    "No organization with local id %1 in the cache.": "No hay ninguna organización con el id local %1 en la caché.",
    "Waits until the %1 record it points at has reached Salesforce.":
        "Espera hasta que el registro de %1 al que apunta haya llegado a Salesforce.",
})


# Recruiting for events (issue #19): the ranking's reasons, sign-ups and logged calls and emails.
ES.update({
    "Has the requested skill(s): %1": "Tiene la(s) habilidad(es) solicitada(s): %1",
    "Volunteered at %2 before (%1 time)": "Ya fue voluntario en %2 (%1 vez)",
    "Volunteered at %2 before (%1 times)": "Ya fue voluntario en %2 (%1 veces)",
    "Volunteered in %2 before (%1 time)": "Ya fue voluntario en %2 (%1 vez)",
    "Volunteered in %2 before (%1 times)": "Ya fue voluntario en %2 (%1 veces)",
    "Attended %1 %2 event": "Asistió a %1 evento de tipo %2",
    "Attended %1 %2 events": "Asistió a %1 eventos de tipo %2",
    "Their organization, %1, is this event's partner": "Su organización, %1, colabora en este evento",
    "%1 colleague from %2 signed up": "%1 colega de %2 está inscrito",
    "%1 colleagues from %2 signed up": "%1 colegas de %2 están inscritos",
    "Volunteered recently (%1)": "Fue voluntario hace poco (%1)",
    "Volunteered in the last year (%1)": "Fue voluntario en el último año (%1)",
    "Volunteered %1 time": "Fue voluntario %1 vez",
    "Volunteered %1 times": "Fue voluntario %1 veces",
    "Contacted on %1": "Contactado el %1",
    "Contacted on %1 (%2)": "Contactado el %1 (%2)",
    "Already signed up for this event": "Ya está inscrito en este evento",
    "Do Not Contact": "No contactar",
    "Inactive volunteer": "Voluntario inactivo",
    "This volunteer is already on the event's roster (%1); change it there.":
        "Este voluntario ya está en la lista del evento (%1); cámbielo allí.",
    "A call or an email needs a subject.": "Una llamada o un correo necesita un asunto.",
    "No event with local id %1 in the cache.": "No hay ningún evento con el id local %1 en la caché.",
})
ES.update({
    "Page to open first (home, volunteers, organizations, events, calendar, attendance, reports; settings opens the Settings dialog; volunteer:<id>, organization:<id> or event:<id> one record's page; recruit:<id> an event's Recruit panel; report:<name> one report).": 'Página que se abre primero (home, volunteers, organizations, events, calendar, attendance, reports; settings abre el diálogo de Configuración; volunteer:<id>, organization:<id> o event:<id> la página de un registro; recruit:<id> el panel Reclutar de un evento; report:<nombre> un informe).',
    '&Recruit volunteers…': '&Reclutar voluntarios…',
    'The volunteers to ask for this event, best first, with the reasons.': 'Los voluntarios a quienes pedir ayuda para este evento, los mejores primero, con los motivos.',
    'Events needing volunteers': 'Eventos que necesitan voluntarios',
    'Open an event to see the volunteers to ask, best first.': 'Abra un evento para ver a qué voluntarios pedir ayuda, los mejores primero.',
    '%1 · %2 — %3': '%1 · %2 — %3',
    '%1 place open': '%1 plaza libre',
    '%1 places open': '%1 plazas libres',
    '%1 of %2 volunteers signed up': '%1 de %2 voluntarios inscritos',
    'Every upcoming event has the volunteers it asked for.': 'Todos los próximos eventos tienen los voluntarios que pidieron.',
    'Recruit volunteers': 'Reclutar voluntarios',
    'Filter by name, organization, email or reason…': 'Filtrar por nombre, organización, correo o motivo…',
    'Filter candidates': 'Filtrar candidatos',
    'Score': 'Puntos',
    'Why': 'Por qué',
    'Candidates': 'Candidatos',
    'Left out': 'Excluidos',
    'Why left out': 'Por qué se excluye',
    '&Sign up': '&Inscribir',
    'Register the selected volunteers for this event (works offline).': 'Inscribe a los voluntarios seleccionados en este evento (funciona sin conexión).',
    '&Copy emails': '&Copiar correos',
    "Copy the selected volunteers' addresses, without those who opted out of email.": 'Copia las direcciones de los voluntarios seleccionados, sin las de quienes no quieren correos.',
    '&Email in BCC…': '&Correo en CCO…',
    'Open your mail program with the selected volunteers in BCC.': 'Abre su programa de correo con los voluntarios seleccionados en CCO.',
    'Log a call or an email to the selected volunteer': 'Registrar una llamada o un correo al voluntario seleccionado',
    'Kind of contact': 'Tipo de contacto',
    'Call': 'Llamada',
    'Subject': 'Asunto',
    '&Log': '&Registrar',
    'Notes (what was said, when to follow up)': 'Notas (qué se dijo, cuándo volver a llamar)',
    'Could not rank the candidates: %1': 'No se pudo ordenar a los candidatos: %1',
    '%1 — %2\n%3 of %4 volunteers signed up; %5': '%1 — %2\n%3 de %4 voluntarios inscritos; %5',
    '%1 place open.': '%1 plaza libre.',
    '%1 places open.': '%1 plazas libres.',
    'Recruit volunteers — %1': 'Reclutar voluntarios — %1',
    '(no address)': '(sin dirección)',
    '(opted out of email)': '(no quiere correos)',
    'Candidates (best %1 of %2)': 'Candidatos (los %1 mejores de %2)',
    'Candidates (%1)': 'Candidatos (%1)',
    'Left out (%1)': 'Excluidos (%1)',
    'Why %1 is here:': 'Por qué aparece %1:',
    '• nothing in particular yet': '• nada en particular todavía',
    'Signed up: %1. It reaches Salesforce with the next sync.': 'Inscritos: %1. Llega a Salesforce con la próxima sincronización.',
    'Not signed up: %1': 'No inscritos: %1',
    'Select one volunteer to log a call or an email.': 'Seleccione un voluntario para registrar una llamada o un correo.',
    'Not logged: %1': 'No registrado: %1',
    'Email to %1 logged; it reaches Salesforce with the next sync.': 'Correo a %1 registrado; llega a Salesforce con la próxima sincronización.',
    'Call to %1 logged; it reaches Salesforce with the next sync.': 'Llamada a %1 registrada; llega a Salesforce con la próxima sincronización.',
    'Left out (opted out of email or no address): %1': 'Excluidos (no quieren correos o sin dirección): %1',
    'Copied %1 address.': 'Se copió %1 dirección.',
    'Copied %1 addresses.': 'Se copiaron %1 direcciones.',
    'None of the selected volunteers can be emailed.': 'A ninguno de los voluntarios seleccionados se le puede escribir.',
    'No mail program opened; use Copy emails instead.': 'No se abrió ningún programa de correo; use Copiar correos.',
    'Contact history': 'Historial de contacto',
    'What': 'Qué',
    'Subject or event': 'Asunto o evento',
    '☎ Call': '☎ Llamada',
    '✉ Email': '✉ Correo',
    'Task': 'Tarea',
    ' (not yet synced)': ' (aún sin sincronizar)',
    '%1 (about %2)': '%1 (sobre %2)',
})
ES.update({
    "Close without logging?": "¿Cerrar sin registrar?",
    "The call or email you typed has not been logged yet.": "La llamada o el correo que escribió aún no se ha registrado.",
    "Close without logging": "Cerrar sin registrar",
})
# An Admin's delete (issue #17).
ES.update({
    "Delete participation…": "Eliminar participación…",
    "Pick one person on the roster first.": "Primero elija a una persona de la lista.",
    "Deleted. Undo (Ctrl+Z) brings it back until the next sync.":
        "Eliminado. Deshacer (Ctrl+Z) lo devuelve hasta la próxima sincronización.",
    "Delete": "Eliminar",
    "%1 will be deleted here now and in Salesforce at the next sync. Until then, Undo (Ctrl+Z) brings it back.":
        "%1: se elimina aquí ahora y en Salesforce en la próxima sincronización. Hasta entonces, Deshacer "
        "(Ctrl+Z) lo devuelve.",
    "%1 will be deleted. It has not reached Salesforce, so Salesforce never hears of it. Undo (Ctrl+Z) brings it back.":
        "%1: se elimina. No ha llegado a Salesforce, así que Salesforce nunca sabrá de él. Deshacer (Ctrl+Z) "
        "lo devuelve.",
    "Delete “%1”?": "¿Eliminar «%1»?",
    "Delete %1": "Eliminar %1",
    "&Delete…": "&Eliminar…",
    "Delete…": "Eliminar…",
    "De&lete…": "E&liminar…",
    "Delete the selected event (Admin)": "Eliminar el evento seleccionado (administrador)",
    "Delete the selected organization (Admin)": "Eliminar la organización seleccionada (administrador)",
    "This event (it has no participations)": "Este evento (no tiene participaciones)",
    "This event and its one participation": "Este evento y su única participación",
    "This event and its %1 participations": "Este evento y sus %1 participaciones",
    "This organization (volunteers who name it as their organization keep their records)":
        "Esta organización (los voluntarios que la tienen como organización conservan sus registros)",
    "This participation (the volunteer and the event stay)":
        "Esta participación (el voluntario y el evento se quedan)",
    "This record": "Este registro",
    "The deleted record cannot be put back: the cache holds another record in its place now (a sync or a new record took it).":
        "No se puede devolver el registro eliminado: la caché tiene ahora otro registro en su lugar (lo ocupó "
        "una sincronización o un registro nuevo).",
    "The delete has already reached Salesforce, so it can no longer be undone.":
        "La eliminación ya llegó a Salesforce, así que ya no se puede deshacer.",
    "The delete is on its way to Salesforce, so it can no longer be undone.":
        "La eliminación va camino de Salesforce, así que ya no se puede deshacer.",
})



# The first sync's dialog (issue #18).
ES.update({
    "Getting your organization's data": "Recibiendo los datos de su organización",
    "This computer is receiving your organization's records from Salesforce for the first time. You can start working once they are here; later syncs only bring what changed.": "Este equipo está recibiendo por primera vez los registros de su organización desde Salesforce. Podrá empezar a trabajar cuando hayan llegado; las sincronizaciones siguientes solo traen lo que cambió.",
    "Asking Salesforce how many records there are…": "Preguntando a Salesforce cuántos registros hay…",
    "Records received": "Registros recibidos",
    "Cancel": "Cancelar",
    "Stops receiving; what arrived is kept and Resume carries on from there.": "Deja de recibir; lo que llegó se conserva y Reanudar continúa desde ahí.",
    "Resume": "Reanudar",
    "Work while it runs": "Trabajar mientras tanto",
    "Closes this window; the sync goes on, shown in the status bar.": "Cierra esta ventana; la sincronización continúa y se muestra en la barra de estado.",
    "Stopping…": "Deteniendo…",
    "%1 of %2 records received": "%1 de %2 registros recibidos",
    "Estimating the time left…": "Calculando el tiempo restante…",
    "About %1 minutes left": "Quedan unos %1 minutos",
    "About %1 seconds left": "Quedan unos %1 segundos",
    "All records are here.": "Ya están todos los registros.",
    "Start working": "Empezar a trabajar",
    "Stopped. What arrived is kept; Resume carries on from there (so does the next start of the program).": "Detenida. Lo que llegó se conserva; Reanudar continúa desde ahí (también el próximo inicio del programa).",
    "The sync stopped: %1 What arrived is kept; Resume carries on from there.": "La sincronización se detuvo: %1 Lo que llegó se conserva; Reanudar continúa desde ahí.",
})

# The volunteer page's Edit when the choices cannot be read; the sign-in sheet's teachers; the notes'
# length as it is typed.
ES.update({
    "Cannot edit: %1": "No se puede editar: %1",
    "Teacher": "Docente",
    "Teacher, %1": "Docente, %1",
    "%1 of %2 characters": "%1 de %2 caracteres",
    "%1 characters: %2 more than Salesforce takes (%3)": "%1 caracteres: %2 más de los que admite Salesforce (%3)",
})
