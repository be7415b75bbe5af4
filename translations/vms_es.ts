<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ViewHelpers</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VMS — Volunteer Management System</source>
        <translation>VMS — Sistema de gestión de voluntarios</translation>
    </message>
    <message>
        <source>Profile folder to use.</source>
        <translation>Carpeta de perfil que se usará.</translation>
    </message>
    <message>
        <source>Save a screenshot and quit.</source>
        <translation>Guardar una captura de pantalla y salir.</translation>
    </message>
    <message>
        <source>Start on the built-in demo org.</source>
        <translation>Empezar con la organización de demostración incluida.</translation>
    </message>
    <message>
        <source>VMS cannot start</source>
        <translation>VMS no puede iniciarse</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Start on the demo org signed in with this role (user, coordinator, admin; default coordinator).</source>
        <translation>Empezar con la organización de demostración, con la sesión iniciada con este rol (user, coordinator, admin; coordinator por defecto).</translation>
    </message>
    <message>
        <source>Salesforce did not take every change; see the sync problems.</source>
        <translation>Salesforce no aceptó todos los cambios; vea los problemas de sincronización.</translation>
    </message>
    <message>
        <source>This computer&apos;s data was removed.</source>
        <translation>Se eliminaron los datos de este equipo.</translation>
    </message>
    <message>
        <source>Remove this computer&apos;s data</source>
        <translation>Eliminar los datos de este equipo</translation>
    </message>
    <message>
        <source>Window size, e.g. 1024x700 (for screenshots).</source>
        <translation>Tamaño de la ventana, p. ej. 1024x700 (para capturas).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>The local data was restored from %1. Changes waiting to be sent, kept: %2. The data as it was is kept in %3.</source>
        <translation>Los datos locales se restauraron desde %1. Cambios que esperan a enviarse, conservados: %2. Los datos tal como estaban se guardan en %3.</translation>
    </message>
    <message>
        <source>Page to open first (home, volunteers, organizations, events, calendar, attendance, reports, admin; settings opens the Settings dialog; volunteer:&lt;id&gt;, organization:&lt;id&gt; or event:&lt;id&gt; one record&apos;s page; report:&lt;name&gt; one report; event-form:&lt;id&gt; or organization-form:&lt;id&gt; a record&apos;s form, 0 for a new one; recruit:&lt;id&gt; an event&apos;s Recruit panel).</source>
        <translation>Página que se abre primero (home, volunteers, organizations, events, calendar, attendance, reports, admin; settings abre el diálogo de Configuración; volunteer:&lt;id&gt;, organization:&lt;id&gt; o event:&lt;id&gt; la página de un registro; report:&lt;nombre&gt; un informe; event-form:&lt;id&gt; u organization-form:&lt;id&gt; el formulario de un registro, 0 para uno nuevo; recruit:&lt;id&gt; el panel de reclutamiento de un evento).</translation>
    </message>
</context>
<context>
    <name>vms::AboutDialog</name>
    <message>
        <source>About VMS</source>
        <translation>Acerca de VMS</translation>
    </message>
    <message>
        <source>VMS logo</source>
        <translation>Logotipo de VMS</translation>
    </message>
    <message>
        <source>&lt;h2&gt;VMS&lt;/h2&gt;&lt;p&gt;Volunteer Management System&lt;/p&gt;</source>
        <translation>&lt;h2&gt;VMS&lt;/h2&gt;&lt;p&gt;Sistema de gestión de voluntarios&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, funcionando con Qt %2.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Home page&lt;/a&gt; · &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Página web&lt;/a&gt; · &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Licence: proprietary. All rights reserved.</source>
        <translation>Licencia: propietaria. Todos los derechos reservados.</translation>
    </message>
</context>
<context>
    <name>vms::AccountButton</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Org: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to Salesforce to sync</source>
        <translation>Inicie sesión en Salesforce para sincronizar</translation>
    </message>
</context>
<context>
    <name>vms::AccountName</name>
    <message>
        <source>(organization not synced yet)</source>
        <translation>(organización aún no sincronizada)</translation>
    </message>
</context>
<context>
    <name>vms::AddVolunteerDialog</name>
    <message>
        <source>Add volunteer</source>
        <translation>Añadir voluntario</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name (required)</source>
        <translation>Apellidos (obligatorio)</translation>
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
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>A volunteer needs a last name.</source>
        <translation>Un voluntario necesita apellidos.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; — %3</source>
        <translation>%1 &lt;%2&gt; — %3</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>This looks like a volunteer who is already in VMS.</source>
        <translation>Parece un voluntario que ya está en VMS.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Añadir de todos modos</translation>
    </message>
    <message>
        <source>Not added: a likely duplicate exists (%1).</source>
        <translation>No se añadió: probablemente ya existe un duplicado (%1).</translation>
    </message>
    <message>
        <source>Salesforce would refuse this volunteer as it is: see the fields marked above.</source>
        <translation>Salesforce rechazaría a este voluntario tal como está: vea los campos marcados arriba.</translation>
    </message>
</context>
<context>
    <name>vms::AdminView</name>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>&amp;Health and sync</source>
        <translation>&amp;Estado y sincronización</translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <translation>Registro de a&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;Backups and data</source>
        <translation>&amp;Copias y datos</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>The org&apos;s setup</source>
        <translation>La configuración de la organización</translation>
    </message>
    <message>
        <source>What the org lacks</source>
        <translation>Lo que le falta a la organización</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;problems and conflicts…</source>
        <translation>&amp;Problemas de sincronización y conflictos…</translation>
    </message>
    <message>
        <source>&amp;Full resync</source>
        <translation>&amp;Resincronización completa</translation>
    </message>
    <message>
        <source>Reads every record from Salesforce again and removes local records it no longer has. Changes waiting to be sent are sent first and never lost.</source>
        <translation>Vuelve a leer todos los registros de Salesforce y quita los registros locales que ya no tiene. Los cambios pendientes se envían primero y nunca se pierden.</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Ca&amp;ncelar la sincronización</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sincronización en curso</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Backups of the local data</source>
        <translation>Copias de los datos locales</translation>
    </message>
    <message>
        <source>VMS copies its local data once a day and keeps the last seven copies. A restore keeps every change still waiting to be sent to Salesforce.</source>
        <translation>VMS copia sus datos locales una vez al día y guarda las siete últimas copias. Una restauración conserva todos los cambios que aún esperan a enviarse a Salesforce.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Create a backup now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>Restaurar la copia &amp;seleccionada…</translation>
    </message>
    <message>
        <source>This computer&apos;s data</source>
        <translation>Los datos de este equipo</translation>
    </message>
    <message>
        <source>For a computer that changes hands or is lost: signs out and removes the local data, logs and backups.</source>
        <translation>Para un equipo que cambia de manos o se pierde: cierra la sesión y elimina los datos locales, los registros y las copias.</translation>
    </message>
    <message>
        <source>Remove this computer&apos;s &amp;data…</source>
        <translation>Eliminar los &amp;datos de este equipo…</translation>
    </message>
    <message>
        <source>Last good sync: %1</source>
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>Aún no se ha sincronizado nunca.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>Cambios que esperan a enviarse: %1</translation>
    </message>
    <message>
        <source>Refused by Salesforce (kept, retried): %1</source>
        <translation>Rechazados por Salesforce (se conservan y se reintentan): %1</translation>
    </message>
    <message>
        <source>Conflicts to resolve: %1</source>
        <translation>Conflictos por resolver: %1</translation>
    </message>
    <message>
        <source>Records from Salesforce waiting to apply: %1</source>
        <translation>Registros de Salesforce que esperan aplicarse: %1</translation>
    </message>
    <message>
        <source>API budget: %1 of %2 calls used today (as of the last sync)</source>
        <translation>Presupuesto de API: %1 de %2 llamadas usadas hoy (según la última sincronización)</translation>
    </message>
    <message>
        <source>API budget: not known yet (the next sync reads it)</source>
        <translation>Presupuesto de API: aún no se conoce (la próxima sincronización lo lee)</translation>
    </message>
    <message>
        <source>Not checked yet: the next sync checks the org&apos;s setup.</source>
        <translation>Aún no se ha comprobado: la próxima sincronización comprueba la configuración de la organización.</translation>
    </message>
    <message>
        <source>Checked %1: the org has every field and permission set VMS needs.</source>
        <translation>Comprobado el %1: la organización tiene todos los campos y conjuntos de permisos que VMS necesita.</translation>
    </message>
    <message>
        <source>Checked %1: the org lacks what is listed below. Changes that need a missing field wait, saying so, until it is added; see docs/admin-setup.md.</source>
        <translation>Comprobado el %1: a la organización le falta lo que se indica abajo. Los cambios que necesitan un campo que falta esperan, diciéndolo, hasta que se añada; vea docs/es/admin-setup.md.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>made by an Admin</source>
        <translation>hecha por un administrador</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aún no hay copias.</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Copia hecha: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>VMS will close and, when you start it again, replace its local data with the copy of %1.</source>
        <translation>VMS se cerrará y, cuando lo vuelva a abrir, sustituirá sus datos locales por la copia del %1.</translation>
    </message>
    <message>
        <source>Restore and close VMS</source>
        <translation>Restaurar y cerrar VMS</translation>
    </message>
    <message numerus="yes">
        <source>Every change waiting to be sent to Salesforce (%n now) is kept, including any the copy lacks; changes the copy holds that were sent since it was made are not sent again. The local data as it is now is kept as a backup first.</source>
        <translation>
            <numerusform>Se conservan todos los cambios que esperan a enviarse a Salesforce (%n ahora), también los que la copia no tiene; los que la copia tiene y se enviaron después de hacerla no se vuelven a enviar. Antes se guarda una copia de los datos locales tal como están ahora.</numerusform>
            <numerusform>Se conservan todos los cambios que esperan a enviarse a Salesforce (%n ahora), también los que la copia no tiene; los que la copia tiene y se enviaron después de hacerla no se vuelven a enviar. Antes se guarda una copia de los datos locales tal como están ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Local or Salesforce Id</source>
        <translation>Id local o de Salesforce</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrar por usuario</translation>
    </message>
    <message>
        <source>Filter by record</source>
        <translation>Filtrar por registro</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Hasta el día</translation>
    </message>
</context>
<context>
    <name>vms::AttendanceImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>El archivo está vacío; la primera línea debe nombrar las columnas.</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos; in the first line; the columns are: %2.</source>
        <translation>Columna «%1» desconocida en la primera línea; las columnas son: %2.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; appears twice.</source>
        <translation>La columna «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>The first line must include a &apos;status&apos; column.</source>
        <translation>La primera línea debe incluir una columna «status».</translation>
    </message>
    <message>
        <source>The first line must include &apos;contact_id&apos;, &apos;email&apos; or &apos;first_name&apos; and &apos;last_name&apos; to say who each row is.</source>
        <translation>La primera línea debe incluir «contact_id», «email» o «first_name» y «last_name» para indicar quién es cada fila.</translation>
    </message>
    <message>
        <source>Has %1 fields; the first line names %2.</source>
        <translation>Tiene %1 campos; la primera línea nombra %2.</translation>
    </message>
    <message>
        <source>Says nobody: fill contact_id, email or first_name and last_name.</source>
        <translation>No indica a nadie: rellene contact_id, email o first_name y last_name.</translation>
    </message>
    <message>
        <source>No cached volunteer has the email %1.</source>
        <translation>Ningún voluntario de la caché tiene el correo %1.</translation>
    </message>
    <message>
        <source>No cached volunteer or student is named %1.</source>
        <translation>Ningún voluntario o estudiante de la caché se llama %1.</translation>
    </message>
    <message>
        <source>%1 matches %2 people; use contact_id to say which.</source>
        <translation>%1 coincide con %2 personas; use contact_id para indicar cuál.</translation>
    </message>
    <message>
        <source>%1 already appears on an earlier line.</source>
        <translation>%1 ya aparece en una línea anterior.</translation>
    </message>
    <message>
        <source>The status is empty; use Registered, Attended, No-Show or Cancelled.</source>
        <translation>El estado está vacío; use Registered, Attended, No-Show o Cancelled.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use Registered, Attended, No-Show or Cancelled.</source>
        <translation>Estado «%1» desconocido; use Registered, Attended, No-Show o Cancelled.</translation>
    </message>
    <message>
        <source>Hours &apos;%1&apos; is not a number.</source>
        <translation>Las horas «%1» no son un número.</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 24, not %1.</source>
        <translation>Las horas deben estar entre 0 y 24, no %1.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text (byte 0x%2 at column %3). Save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel) and import it again.</source>
        <translation>La línea %1 no es texto UTF-8 válido (byte 0x%2 en la columna %3). Guarde el archivo como UTF-8 («CSV UTF-8» en Excel) e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here and its closing quote is missing, so the rest of the file cannot be read. Close the quote and import again.</source>
        <translation>Línea %1: aquí empieza un campo entre comillas al que le falta la comilla de cierre, así que el resto del archivo no se puede leer. Cierre las comillas e importe de nuevo.</translation>
    </message>
</context>
<context>
    <name>vms::AttendanceRoster</name>
    <message>
        <source>No event with local id %1 in the cache.</source>
        <translation>No hay ningún evento con el id local %1 en la caché.</translation>
    </message>
    <message>
        <source>--event: no cached event has the Salesforce Id %1.</source>
        <translation>--event: ningún evento de la caché tiene el Id de Salesforce %1.</translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is neither a Salesforce Id (15 or 18 characters) nor a local id.</source>
        <translation>--event: «%1» no es ni un Id de Salesforce (15 o 18 caracteres) ni un id local.</translation>
    </message>
    <message>
        <source>--event: no event with local id %1 in the cache.</source>
        <translation>--event: no hay ningún evento con el id local %1 en la caché.</translation>
    </message>
    <message>
        <source>--contact: no %1 with local id %2 in the cache.</source>
        <translation>--contact: no hay ningún %1 con el id local %2 en la caché.</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>voluntario</translation>
    </message>
    <message>
        <source>ID: &apos;%1&apos; is a student, not a volunteer.</source>
        <translation>ID: «%1» es un estudiante, no un voluntario.</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>fecha sin fijar</translation>
    </message>
    <message>
        <source>%1: nothing cached has the Salesforce Id %2.</source>
        <translation>%1: nada en la caché tiene el Id de Salesforce %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is neither a Salesforce Id (15 or 18 characters) nor a local id.</source>
        <translation>%1: «%2» no es un Id de Salesforce (15 o 18 caracteres) ni un id local.</translation>
    </message>
    <message>
        <source>%1: nothing cached has the local id %2.</source>
        <translation>%1: nada en la caché tiene el id local %2.</translation>
    </message>
    <message>
        <source>No participation with local id %1 in the cache.</source>
        <translation>No hay ninguna participación con el id local %1 en la caché.</translation>
    </message>
    <message>
        <source>--contact: no cached volunteer, student or teacher has the Salesforce Id %1.</source>
        <translation>--contact: ningún voluntario, estudiante o docente de la caché tiene el Id de Salesforce %1.</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>docente</translation>
    </message>
    <message>
        <source>--contact: &apos;%1&apos; is neither a Salesforce Id (15 or 18 characters) nor a local id (123 for a volunteer, s123 for a student, t123 for a teacher).</source>
        <translation>--contact: «%1» no es un Id de Salesforce (15 o 18 caracteres) ni un id local (123 para un voluntario, s123 para un estudiante, t123 para un docente).</translation>
    </message>
    <message>
        <source>ID: &apos;%1&apos; is a teacher, not a volunteer.</source>
        <translation>ID: «%1» es un docente, no un voluntario.</translation>
    </message>
</context>
<context>
    <name>vms::AttendanceView</name>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>No-Show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Registered: 0000</source>
        <translation>Inscritos: 0000</translation>
    </message>
    <message>
        <source>&amp;Check in (type a name, press Enter):</source>
        <translation>&amp;Registrar llegada (escriba un nombre y pulse Intro):</translation>
    </message>
    <message>
        <source>Check in by name</source>
        <translation>Registrar llegada por nombre</translation>
    </message>
    <message>
        <source>Name or email; Enter marks the highlighted person Attended</source>
        <translation>Nombre o correo; Intro marca como presente a la persona resaltada</translation>
    </message>
    <message>
        <source>People matching the name typed</source>
        <translation>Personas que coinciden con el nombre escrito</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>Change hours of %1</source>
        <translation>Cambiar las horas de %1</translation>
    </message>
    <message>
        <source>%1: %2 hours.</source>
        <translation>%1: %2 horas.</translation>
    </message>
    <message>
        <source>%1: hours cleared.</source>
        <translation>%1: horas borradas.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Presenter (not counted)</source>
        <translation>Ponente (no cuenta)</translation>
    </message>
    <message>
        <source>Organization / grade</source>
        <translation>Organización / curso</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Pendiente de sincronizar</translation>
    </message>
    <message>
        <source>Mark Attended</source>
        <translation>Marcar como presente</translation>
    </message>
    <message>
        <source>Mark No-Show</source>
        <translation>Marcar como ausente</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>Borrar la marca</translation>
    </message>
    <message>
        <source>Edit hours</source>
        <translation>Editar las horas</translation>
    </message>
    <message>
        <source>Everyone left is No-Show</source>
        <translation>Todos los restantes, ausentes</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Sin inscripción…</translation>
    </message>
    <message>
        <source>Add students…</source>
        <translation>Añadir estudiantes…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Get ready for offline…</source>
        <translation>Preparar para trabajar sin conexión…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo  (%1)</source>
        <translation>Deshacer  (%1)</translation>
    </message>
    <message>
        <source>You can find people here, but not mark them: %1</source>
        <translation>Aquí puede buscar personas, pero no marcarlas: %1</translation>
    </message>
    <message>
        <source>Read-only. %1</source>
        <translation>Solo lectura. %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · attendance defaults to %3</source>
        <translation>%1 · %2 · la asistencia cuenta %3 por defecto</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>sin lugar</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>sin horas</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Inscritos: %1</translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <translation>Presentes: %1</translation>
    </message>
    <message>
        <source>No-show: %1</source>
        <translation>Ausentes: %1</translation>
    </message>
    <message>
        <source>All in Salesforce</source>
        <translation>Todo en Salesforce</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n pendiente de sincronizar</numerusform>
            <numerusform>%n pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Marks are saved on this computer at once and sent to Salesforce at the next sync.</source>
        <translation>Las marcas se guardan al instante en este equipo y se envían a Salesforce en la próxima sincronización.</translation>
    </message>
    <message>
        <source>student, not on the roster: will be added</source>
        <translation>estudiante, no está en la lista: se añadirá</translation>
    </message>
    <message>
        <source>not on the roster: will be added</source>
        <translation>no está en la lista: se añadirá</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Nobody matches. Ctrl+Shift+W adds a walk-in.</source>
        <translation>Nadie coincide. Ctrl+Mayús+W añade a alguien sin inscripción.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to sync.</source>
        <translation>Guardado en este equipo; pendiente de sincronizar.</translation>
    </message>
    <message>
        <source>Pick someone on the roster first.</source>
        <translation>Primero elija a alguien de la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation>Marcar %1 %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>%1: back to Registered.</source>
        <translation>%1: de nuevo inscrito.</translation>
    </message>
    <message>
        <source>Nobody is left: everyone on the roster has a mark.</source>
        <translation>No queda nadie: todos en la lista tienen marca.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n people left as No-Show</source>
        <translation>
            <numerusform>Marcar como ausente a %n persona restante</numerusform>
            <numerusform>Marcar como ausentes a %n personas restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people left marked No-Show (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>%n persona restante marcada como ausente (Ctrl+Z lo deshace).</numerusform>
            <numerusform>%n personas restantes marcadas como ausentes (Ctrl+Z lo deshace).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches &apos;%1&apos;. Check the spelling or add a walk-in (Ctrl+Shift+W).</source>
        <translation>Nadie coincide con «%1». Revise la ortografía o añada a alguien sin inscripción (Ctrl+Mayús+W).</translation>
    </message>
    <message>
        <source>%1 is already marked Attended.</source>
        <translation>%1 ya está marcado como presente.</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>Registrar la llegada de %1</translation>
    </message>
    <message>
        <source>%1: Attended.</source>
        <translation>%1: presente.</translation>
    </message>
    <message>
        <source>%1: added to the roster, Attended.</source>
        <translation>%1: añadido a la lista, presente.</translation>
    </message>
    <message>
        <source>The walk-in was not added: %1</source>
        <translation>No se añadió a la persona sin inscripción: %1</translation>
    </message>
    <message>
        <source>the volunteer</source>
        <translation>el voluntario</translation>
    </message>
    <message>
        <source>Check in walk-in %1</source>
        <translation>Registrar la llegada de %1 (sin inscripción)</translation>
    </message>
    <message>
        <source>Walk-in %1: added, Attended.</source>
        <translation>%1 (sin inscripción): añadido, presente.</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n student(s)</source>
        <translation>
            <numerusform>Registrar la llegada de %n estudiante</numerusform>
            <numerusform>Registrar la llegada de %n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) marked Attended.</source>
        <translation>
            <numerusform>%n estudiante marcado como presente.</numerusform>
            <numerusform>%n estudiantes marcados como presentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Guardar la hoja de firmas</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Import attendance</source>
        <translation>Importar asistencia</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sign-in sheet - %1.pdf</source>
        <translation>Hoja de firmas - %1.pdf</translation>
    </message>
    <message>
        <source>Sign-in sheet saved to %1.</source>
        <translation>Hoja de firmas guardada en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Importar %n fila</numerusform>
            <numerusform>Importar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>%n fila importada.</numerusform>
            <numerusform>%n filas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 hour.</source>
        <translation>%1: %2 hora.</translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation>%1 hora</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>Imprimir hoja de firmas…</translation>
    </message>
    <message>
        <source>Save sign-in sheet as PDF…</source>
        <translation>Guardar hoja de firmas como PDF…</translation>
    </message>
    <message>
        <source>Take attendance early?</source>
        <translation>¿Tomar asistencia antes de tiempo?</translation>
    </message>
    <message>
        <source>%1 starts %2, more than a day from now.</source>
        <translation>%1 empieza el %2, dentro de más de un día.</translation>
    </message>
    <message>
        <source>Attended and No-Show marks count in reports as soon as they are saved. Check that this is the right event.</source>
        <translation>Las marcas de Asistió y No se presentó cuentan en los informes en cuanto se guardan. Compruebe que este es el evento correcto.</translation>
    </message>
    <message>
        <source>Take attendance now</source>
        <translation>Tomar asistencia ahora</translation>
    </message>
    <message>
        <source>Nothing was marked: %1 is more than a day away.</source>
        <translation>No se marcó nada: faltan más de un día para %1.</translation>
    </message>
    <message>
        <source>Sign-in sheet - %1</source>
        <translation>Hoja de firmas - %1</translation>
    </message>
    <message>
        <source>Sign-in sheet sent to the printer %1.</source>
        <translation>Hoja de firmas enviada a la impresora %1.</translation>
    </message>
    <message>
        <source>Sign-in sheet printed to %1.</source>
        <translation>Hoja de firmas impresa en %1.</translation>
    </message>
    <message>
        <source>Delete participation…</source>
        <translation>Eliminar participación…</translation>
    </message>
    <message>
        <source>Pick one person on the roster first.</source>
        <translation>Primero elija a una persona de la lista.</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back until the next sync.</source>
        <translation>Eliminado. Deshacer (Ctrl+Z) lo devuelve hasta la próxima sincronización.</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notas…</translation>
    </message>
    <message>
        <source>Keys: type a name + Enter = Attended · in the roster: A = Attended, N = No-Show, Del = clear, H or F2 = hours, T = notes · Ctrl+Shift+N = everyone left No-Show · Ctrl+Z = undo · Ctrl+F = back to the name field</source>
        <translation>Teclas: escriba un nombre + Intro = presente · en la lista: A = presente, N = ausente, Supr = borrar, H o F2 = horas, T = notas · Ctrl+Mayús+N = todos los restantes ausentes · Ctrl+Z = deshacer · Ctrl+F = volver al campo del nombre</translation>
    </message>
    <message>
        <source>teacher, not on the roster: will be added</source>
        <translation>docente, no está en la lista: se añadirá</translation>
    </message>
    <message>
        <source>The attendance screen is closed.</source>
        <translation>La pantalla de asistencia está cerrada.</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Notas sobre %1</translation>
    </message>
    <message>
        <source>%1: notes saved.</source>
        <translation>%1: notas guardadas.</translation>
    </message>
</context>
<context>
    <name>vms::AuditLog</name>
    <message>
        <source>No record with id &apos;%1&apos; in the local cache.</source>
        <translation>No hay ningún registro con el id &apos;%1&apos; en la caché local.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. No file was written.</source>
        <translation>No se puede escribir %1: %2. No se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>vms::AuthManager</name>
    <message>
        <source>Not signed in: sign in (vms-cli login) first.</source>
        <translation>Sin iniciar sesión: inicie sesión primero (vms-cli login).</translation>
    </message>
    <message>
        <source>Could not reach the login host to renew the session (%1).</source>
        <translation>No se pudo contactar con el servidor de inicio de sesión para renovar la sesión (%1).</translation>
    </message>
    <message>
        <source>The sign-in was revoked or has expired (%1). Sign in again.</source>
        <translation>El inicio de sesión se revocó o caducó (%1). Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The org did not renew the session: %1</source>
        <translation>La organización no renovó la sesión: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce user id.</source>
        <translation>«%1» no es un id de usuario de Salesforce.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Sin iniciar sesión.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2).</source>
        <translation>No se pudo contactar con %1 (%2).</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Signed out here, but the org could not be told to revoke the sign-in: %1</source>
        <translation>Sesión cerrada aquí, pero no se pudo pedir a la organización que revoque el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The stored sign-in is unusable: %1 Sign in again.</source>
        <translation>El inicio de sesión guardado no se puede usar: %1 Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The org answered for another user than the one who signed in.</source>
        <translation>La organización respondió por otro usuario distinto del que inició sesión.</translation>
    </message>
</context>
<context>
    <name>vms::Backup</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Cannot copy %1</source>
        <translation>No se puede copiar %1</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>No se puede copiar %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish the copy %1</source>
        <translation>No se puede terminar la copia %1</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>No se puede apartar %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>There is no local cache to copy in %1.</source>
        <translation>No hay ninguna caché local que copiar en %1.</translation>
    </message>
    <message>
        <source>--out %1 is a folder; name the file to write.</source>
        <translation>--out %1 es una carpeta; indique el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>%1 No file was written.</source>
        <translation>%1 No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a VMS cache (not a copy made by VMS).</source>
        <translation>%1 no es una caché de VMS (no es una copia hecha por VMS).</translation>
    </message>
    <message>
        <source>%1 was made by a newer VMS (schema %2; this VMS knows %3). Update VMS to restore it.</source>
        <translation>%1 se hizo con un VMS más reciente (esquema %2; este VMS conoce el %3). Actualice VMS para restaurarla.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it cannot be restored.</source>
        <translation>%1 está dañada (%2); no se puede restaurar.</translation>
    </message>
    <message>
        <source>%1 is a copy of another org&apos;s data (org %2; this profile is signed in to org %3). Nothing was restored.</source>
        <translation>%1 es una copia de los datos de otra organización (organización %2; este perfil tiene la sesión iniciada en la organización %3). No se restauró nada.</translation>
    </message>
    <message>
        <source>The restore failed and changed nothing: %1</source>
        <translation>La restauración falló y no cambió nada: %1</translation>
    </message>
    <message>
        <source>Cannot note the restore in %1: %2</source>
        <translation>No se puede anotar la restauración en %1: %2</translation>
    </message>
</context>
<context>
    <name>vms::BarChartPainter</name>
    <message>
        <source>Nothing to chart for these filters.</source>
        <translation>No hay nada que representar con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the table)</source>
        <translation>
            <numerusform>… y %n más (vea la tabla)</numerusform>
            <numerusform>… y %n más (vea la tabla)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vms::BarChartWidget</name>
    <message>
        <source>Report chart</source>
        <translation>Gráfico del informe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vms::CalendarDelegate</name>
    <message>
        <source>%1 · Today</source>
        <translation>%1 · Hoy</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
</context>
<context>
    <name>vms::CalendarModel</name>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Semana del %1 al %2</translation>
    </message>
    <message>
        <source>%1: no events</source>
        <translation>%1: sin eventos</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>calendar title: month name, year</comment>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>vms::CalendarView</name>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous month or week (Page Up)</source>
        <translation>Mes o semana anterior (Re Pág)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Ir a hoy (Ctrl+T)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next month or week (Page Down)</source>
        <translation>Mes o semana siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>Vista mensual</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Vista semanal</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Events on the selected day</source>
        <translation>Eventos del día seleccionado</translation>
    </message>
    <message>
        <source>Choose a day to see its events.</source>
        <translation>Elija un día para ver sus eventos.</translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Sin eventos</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>New event on the selected day</source>
        <translation>Nuevo evento en el día seleccionado</translation>
    </message>
</context>
<context>
    <name>vms::CandidateRanker</name>
    <message>
        <source>Has the requested skill(s): %1</source>
        <translation>Tiene la(s) habilidad(es) solicitada(s): %1</translation>
    </message>
    <message>
        <source>Volunteered at %2 before (%1 time)</source>
        <translation>Ya fue voluntario en %2 (%1 vez)</translation>
    </message>
    <message>
        <source>Volunteered at %2 before (%1 times)</source>
        <translation>Ya fue voluntario en %2 (%1 veces)</translation>
    </message>
    <message>
        <source>Volunteered in %2 before (%1 time)</source>
        <translation>Ya fue voluntario en %2 (%1 vez)</translation>
    </message>
    <message>
        <source>Volunteered in %2 before (%1 times)</source>
        <translation>Ya fue voluntario en %2 (%1 veces)</translation>
    </message>
    <message>
        <source>Attended %1 %2 event</source>
        <translation>Asistió a %1 evento de tipo %2</translation>
    </message>
    <message>
        <source>Attended %1 %2 events</source>
        <translation>Asistió a %1 eventos de tipo %2</translation>
    </message>
    <message>
        <source>Their organization, %1, is this event&apos;s partner</source>
        <translation>Su organización, %1, colabora en este evento</translation>
    </message>
    <message>
        <source>%1 colleague from %2 signed up</source>
        <translation>%1 colega de %2 está inscrito</translation>
    </message>
    <message>
        <source>%1 colleagues from %2 signed up</source>
        <translation>%1 colegas de %2 están inscritos</translation>
    </message>
    <message>
        <source>Volunteered recently (%1)</source>
        <translation>Fue voluntario hace poco (%1)</translation>
    </message>
    <message>
        <source>Volunteered in the last year (%1)</source>
        <translation>Fue voluntario en el último año (%1)</translation>
    </message>
    <message>
        <source>Volunteered %1 time</source>
        <translation>Fue voluntario %1 vez</translation>
    </message>
    <message>
        <source>Volunteered %1 times</source>
        <translation>Fue voluntario %1 veces</translation>
    </message>
    <message>
        <source>Contacted on %1</source>
        <translation>Contactado el %1</translation>
    </message>
    <message>
        <source>Contacted on %1 (%2)</source>
        <translation>Contactado el %1 (%2)</translation>
    </message>
    <message>
        <source>Already signed up for this event</source>
        <translation>Ya está inscrito en este evento</translation>
    </message>
    <message>
        <source>Do Not Contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Inactive volunteer</source>
        <translation>Voluntario inactivo</translation>
    </message>
</context>
<context>
    <name>vms::Conflicts</name>
    <message>
        <source>There is no open conflict with id %1.</source>
        <translation>No hay ningún conflicto abierto con el id %1.</translation>
    </message>
</context>
<context>
    <name>vms::Database</name>
    <message>
        <source>Cannot read the local cache %1: %2</source>
        <translation>No se puede leer la caché local %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 is not a VMS database (it may be corrupt). It was left untouched; move it aside to start a fresh cache.</source>
        <translation>La caché local %1 no es una base de datos de VMS (puede estar dañada). No se ha tocado; apártela para empezar con una caché nueva.</translation>
    </message>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>No se puede abrir la caché local %1: %2</translation>
    </message>
    <message>
        <source>The local cache stayed busy: another VMS program kept writing to it for more than %1 seconds. Nothing was saved; try again.</source>
        <translation>La caché local siguió ocupada: otro programa de VMS estuvo escribiendo en ella más de %1 segundos. No se guardó nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot start saving: %1</source>
        <translation>No se puede empezar a guardar: %1</translation>
    </message>
</context>
<context>
    <name>vms::DeleteRecord</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>%1 will be deleted here now and in Salesforce at the next sync. Until then, Undo (Ctrl+Z) brings it back.</source>
        <translation>%1: se elimina aquí ahora y en Salesforce en la próxima sincronización. Hasta entonces, Deshacer (Ctrl+Z) lo devuelve.</translation>
    </message>
    <message>
        <source>%1 will be deleted. It has not reached Salesforce, so Salesforce never hears of it. Undo (Ctrl+Z) brings it back.</source>
        <translation>%1: se elimina. No ha llegado a Salesforce, así que Salesforce nunca sabrá de él. Deshacer (Ctrl+Z) lo devuelve.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
</context>
<context>
    <name>vms::DemoOrg</name>
    <message>
        <source>The demo org could not start: %1</source>
        <translation>La organización de demostración no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>--demo runs only on a profile of its own, and %1 is a real profile: the demo would sign it into the demo org. Leave out --profile, or give a new folder.</source>
        <translation>--demo solo funciona con un perfil propio, y %1 es un perfil real: la demostración iniciaría su sesión en la organización de demostración. Omita --profile o indique una carpeta nueva.</translation>
    </message>
</context>
<context>
    <name>vms::EventForm</name>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Skills separated by ;</source>
        <translation>Habilidades separadas por ;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Empieza (%1):</translation>
    </message>
    <message>
        <source>&amp;Ends (%1):</source>
        <translation>&amp;Termina (%1):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>Es&amp;cuela:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <source>&amp;Volunteers needed:</source>
        <translation>&amp;Voluntarios necesarios:</translation>
    </message>
    <message>
        <source>Requested s&amp;kills:</source>
        <translation>&amp;Habilidades solicitadas:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Anfitrión:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;ipción:</translation>
    </message>
    <message>
        <source>Cancellation &amp;reason:</source>
        <translation>&amp;Motivo de la cancelación:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Salesforce would refuse this event as it is: see the fields marked above.</source>
        <translation>Salesforce rechazaría este evento tal como está: vea los campos marcados arriba.</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Esperando para enviarse: %1</translation>
    </message>
    <message>
        <source>Salesforce refused the last change of this event (%1): %2 Fix it here and save; it is sent again.</source>
        <translation>Salesforce rechazó el último cambio de este evento (%1): %2 Corríjalo aquí y guarde; se enviará de nuevo.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>vms::EventPage</name>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>✔ Attended</source>
        <translation>✔ Asistió</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>&amp;Back to list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <source>Back to the event list</source>
        <translation>Volver a la lista de eventos</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>No date set</source>
        <translation>Sin fecha fijada</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>Volunteers requested</source>
        <translation>Voluntarios solicitados</translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation>Plazas libres</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>%1: %2 registered, %3 attended, %4 no-show, %5 cancelled</source>
        <translation>%1: %2 inscritos, %3 asistieron, %4 no se presentaron, %5 cancelados</translation>
    </message>
    <message>
        <source>Volunteers and presenters</source>
        <translation>Voluntarios y ponentes</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Volunteer hours delivered: %1</source>
        <translation>Horas de voluntariado realizadas: %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmar</translation>
    </message>
    <message>
        <source>&amp;Cancel event…</source>
        <translation>&amp;Cancelar evento…</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Esperando para enviarse: %1</translation>
    </message>
    <message>
        <source>Salesforce refused the last change (%1, %2): %3 Open Edit to fix it.</source>
        <translation>Salesforce rechazó el último cambio (%1, %2): %3 Abra Editar para corregirlo.</translation>
    </message>
    <message>
        <source>&amp;Recruit volunteers…</source>
        <translation>&amp;Reclutar voluntarios…</translation>
    </message>
    <message>
        <source>The volunteers to ask for this event, best first, with the reasons.</source>
        <translation>Los voluntarios a quienes pedir ayuda para este evento, los mejores primero, con los motivos.</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
</context>
<context>
    <name>vms::EventPlanner</name>
    <message>
        <source>New event %1</source>
        <translation>Nuevo evento %1</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>Mover evento</translation>
    </message>
    <message>
        <source>Move “%1” to %2?</source>
        <translation>¿Mover «%1» a %2?</translation>
    </message>
    <message>
        <source>It was %1. The change is sent to Salesforce with the next sync.</source>
        <translation>Era %1. El cambio se envía a Salesforce con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Move event %1</source>
        <translation>Mover evento %1</translation>
    </message>
    <message>
        <source>Set event status to %1</source>
        <translation>Cambiar el estado del evento a %1</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
</context>
<context>
    <name>vms::EventStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>vms::EventsView</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrar eventos</translation>
    </message>
    <message>
        <source>Filter by name, school or location</source>
        <translation>Filtrar por nombre, escuela o lugar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Cargando eventos…</translation>
    </message>
    <message>
        <source>Any school</source>
        <translation>Cualquier escuela</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation>Cualquier distrito</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <source>No events in your local cache yet.
Sign in and sync to bring them from Salesforce.</source>
        <translation>Aún no hay eventos en su caché local.
Inicie sesión y sincronice para traerlos de Salesforce.</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>Ningún evento coincide con estos filtros.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>School year %1</source>
        <translation>Curso escolar %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>Intervalo de fechas…</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected event (Admin)</source>
        <translation>Eliminar el evento seleccionado (administrador)</translation>
    </message>
</context>
<context>
    <name>vms::FieldRules</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Required: Salesforce does not accept it empty.</source>
        <translation>Obligatorio: Salesforce no lo acepta vacío.</translation>
    </message>
    <message>
        <source>At most %1 characters; this has %2.</source>
        <translation>Como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>“%1” is not one of the values Salesforce accepts: %2.</source>
        <translation>«%1» no es uno de los valores que Salesforce acepta: %2.</translation>
    </message>
</context>
<context>
    <name>vms::FirstSyncDialog</name>
    <message>
        <source>Getting your organization&apos;s data</source>
        <translation>Recibiendo los datos de su organización</translation>
    </message>
    <message>
        <source>This computer is receiving your organization&apos;s records from Salesforce for the first time. You can start working once they are here; later syncs only bring what changed.</source>
        <translation>Este equipo está recibiendo por primera vez los registros de su organización desde Salesforce. Podrá empezar a trabajar cuando hayan llegado; las sincronizaciones siguientes solo traen lo que cambió.</translation>
    </message>
    <message>
        <source>Asking Salesforce how many records there are…</source>
        <translation>Preguntando a Salesforce cuántos registros hay…</translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>Registros recibidos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stops receiving; what arrived is kept and Resume carries on from there.</source>
        <translation>Deja de recibir; lo que llegó se conserva y Reanudar continúa desde ahí.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Work while it runs</source>
        <translation>Trabajar mientras tanto</translation>
    </message>
    <message>
        <source>Closes this window; the sync goes on, shown in the status bar.</source>
        <translation>Cierra esta ventana; la sincronización continúa y se muestra en la barra de estado.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>%1 of %2 records received</source>
        <translation>%1 de %2 registros recibidos</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Calculando el tiempo restante…</translation>
    </message>
    <message>
        <source>About %1 minutes left</source>
        <translation>Quedan unos %1 minutos</translation>
    </message>
    <message>
        <source>About %1 seconds left</source>
        <translation>Quedan unos %1 segundos</translation>
    </message>
    <message>
        <source>All records are here.</source>
        <translation>Ya están todos los registros.</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Empezar a trabajar</translation>
    </message>
    <message>
        <source>Stopped. What arrived is kept; Resume carries on from there (so does the next start of the program).</source>
        <translation>Detenida. Lo que llegó se conserva; Reanudar continúa desde ahí (también el próximo inicio del programa).</translation>
    </message>
    <message>
        <source>The sync stopped: %1 What arrived is kept; Resume carries on from there.</source>
        <translation>La sincronización se detuvo: %1 Lo que llegó se conserva; Reanudar continúa desde ahí.</translation>
    </message>
</context>
<context>
    <name>vms::GlobalSearch</name>
    <message>
        <source>Search volunteers, organizations and events</source>
        <translation>Buscar voluntarios, organizaciones y eventos</translation>
    </message>
    <message>
        <source>Search volunteers, organizations, events (Ctrl+K)</source>
        <translation>Buscar voluntarios, organizaciones, eventos (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>%1 — volunteer %2</source>
        <translation>%1 — voluntario %2</translation>
    </message>
    <message>
        <source>%1 — organization</source>
        <translation>%1 — organización</translation>
    </message>
    <message>
        <source>%1 — event, %2</source>
        <translation>%1 — evento, %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>No se encontró nada para «%1»</translation>
    </message>
</context>
<context>
    <name>vms::HelpDialog</name>
    <message>
        <source>VMS user guide</source>
        <translation>Guía de usuario de VMS</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Í&amp;ndice</translation>
    </message>
    <message>
        <source>VMS keeps a copy of your org&apos;s volunteers, organizations, events and attendance on this computer. Most of your work needs no network.</source>
        <translation>VMS guarda en este equipo una copia de los voluntarios, organizaciones, eventos y asistencia de su organización. La mayor parte de su trabajo no necesita red.</translation>
    </message>
    <message>
        <source>Works without a network</source>
        <translation>Funciona sin red</translation>
    </message>
    <message>
        <source>Finding and reading volunteers, organizations and events, the calendar and Home.</source>
        <translation>Buscar y consultar voluntarios, organizaciones y eventos, el calendario y el Inicio.</translation>
    </message>
    <message>
        <source>Taking attendance: marks, walk-ins, students, hours and CSV imports. Each is saved on this computer at once and sent to Salesforce at the next sync, exactly once.</source>
        <translation>Tomar asistencia: marcas, asistentes sin inscripción, estudiantes, horas e importaciones CSV. Cada cosa se guarda en este equipo al momento y se envía a Salesforce en la siguiente sincronización, una sola vez.</translation>
    </message>
    <message>
        <source>Editing and adding volunteers (Coordinators and Admins).</source>
        <translation>Editar y añadir voluntarios (coordinadores y administradores).</translation>
    </message>
    <message>
        <source>Reports, their exports and printing, and the sign-in sheet.</source>
        <translation>Los informes, sus exportaciones e impresión, y la hoja de firmas.</translation>
    </message>
    <message>
        <source>Undo and redo of your own changes.</source>
        <translation>Deshacer y rehacer sus propios cambios.</translation>
    </message>
    <message>
        <source>Needs a network</source>
        <translation>Necesita red</translation>
    </message>
    <message>
        <source>Signing in (the first time, or after signing out).</source>
        <translation>Iniciar sesión (la primera vez, o después de cerrar la sesión).</translation>
    </message>
    <message>
        <source>Syncing: sending your waiting changes and bringing what changed in Salesforce.</source>
        <translation>Sincronizar: enviar sus cambios pendientes y traer lo que cambió en Salesforce.</translation>
    </message>
    <message>
        <source>&quot;Download what is missing&quot; in Get ready for offline.</source>
        <translation>«Descargar lo que falta» en Preparar para trabajar sin conexión.</translation>
    </message>
    <message>
        <source>Before you go offline</source>
        <translation>Antes de quedarse sin conexión</translation>
    </message>
    <message>
        <source>Open Attendance, press &quot;Get ready for offline…&quot; (Ctrl+Shift+O), tick the events you will run and press Check until every one says Ready.</source>
        <translation>Abra Asistencia, pulse «Preparar para trabajar sin conexión…» (Ctrl+Mayús+O), marque los eventos que va a llevar y pulse Comprobar hasta que todos digan Listo.</translation>
    </message>
    <message>
        <source>The status bar always says whether VMS is online, when it last synced and how many of your changes are waiting to be sent.</source>
        <translation>La barra de estado siempre dice si VMS tiene conexión, cuándo sincronizó por última vez y cuántos de sus cambios esperan ser enviados.</translation>
    </message>
</context>
<context>
    <name>vms::HomeView</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Events this school year</source>
        <translation>Eventos este curso escolar</translation>
    </message>
    <message>
        <source>Volunteer hours this school year</source>
        <translation>Horas de voluntariado este curso escolar</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Upcoming events (next two weeks)</source>
        <translation>Próximos eventos (las dos próximas semanas)</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Próximos eventos</translation>
    </message>
    <message>
        <source>Welcome to VMS.

Your local cache is empty. Sign in and sync to bring volunteers, organizations and events from Salesforce; after that everything works offline too.</source>
        <translation>Bienvenido a VMS.

Su caché local está vacía. Inicie sesión y sincronice para traer voluntarios, organizaciones y eventos de Salesforce; después todo funciona también sin conexión.</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenido, %1</translation>
    </message>
    <message>
        <source>✔ Every local change has reached Salesforce.</source>
        <translation>✔ Todos los cambios locales han llegado a Salesforce.</translation>
    </message>
    <message>
        <source>⟳ %1 local change waiting to sync.</source>
        <translation>⟳ %1 cambio local pendiente de sincronizar.</translation>
    </message>
    <message>
        <source>⟳ %1 local changes waiting to sync.</source>
        <translation>⟳ %1 cambios locales pendientes de sincronizar.</translation>
    </message>
    <message>
        <source>No sync problems.</source>
        <translation>No hay problemas de sincronización.</translation>
    </message>
    <message>
        <source>%1 — %2   %3</source>
        <translation>%1 — %2   %3</translation>
    </message>
    <message>
        <source>No events in the next two weeks.</source>
        <translation>No hay eventos en las dos próximas semanas.</translation>
    </message>
    <message>
        <source>⚠ %1 change(s) refused by Salesforce, %2 conflict(s) to resolve and %3 record(s) that could not be applied.</source>
        <translation>⚠ %1 cambio(s) rechazado(s) por Salesforce, %2 conflicto(s) por resolver y %3 registro(s) que no se pudieron aplicar.</translation>
    </message>
    <message>
        <source>%1 draft</source>
        <translation>%1 borrador</translation>
    </message>
    <message>
        <source>%1 drafts</source>
        <translation>%1 borradores</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 cancelados</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Sin contar: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Events needing volunteers</source>
        <translation>Eventos que necesitan voluntarios</translation>
    </message>
    <message>
        <source>Open an event to see the volunteers to ask, best first.</source>
        <translation>Abra un evento para ver a qué voluntarios pedir ayuda, los mejores primero.</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>%1 place open</source>
        <translation>%1 plaza libre</translation>
    </message>
    <message>
        <source>%1 places open</source>
        <translation>%1 plazas libres</translation>
    </message>
    <message>
        <source>%1 of %2 volunteers signed up</source>
        <translation>%1 de %2 voluntarios inscritos</translation>
    </message>
    <message>
        <source>Every upcoming event has the volunteers it asked for.</source>
        <translation>Todos los próximos eventos tienen los voluntarios que pidieron.</translation>
    </message>
</context>
<context>
    <name>vms::ImportDialog</name>
    <message>
        <source>Import attendance from %1</source>
        <translation>Importar asistencia de %1</translation>
    </message>
    <message>
        <source>Rows of the file and what will happen to each</source>
        <translation>Filas del archivo y qué pasará con cada una</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Will be imported</source>
        <translation>Se importará</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n good row(s)</source>
        <translation>
            <numerusform>&amp;Importar %n fila correcta</numerusform>
            <numerusform>&amp;Importar %n filas correctas</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>%1 will be imported; %2 rejected (see the Result column). Nothing is saved until you press Import.</source>
        <translation>Se importará %1; se rechaza %2 (vea la columna Resultado). No se guarda nada hasta que pulse Importar.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vms::KeychainTokenStore</name>
    <message>
        <source>the OS keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s (it may be waiting for a password prompt that cannot be shown)</source>
        <translation>el llavero no respondió en %1 s (puede que espere una petición de contraseña que no se puede mostrar)</translation>
    </message>
    <message>
        <source>VMS keeps your Salesforce sign-in only in the OS keychain and never writes it anywhere else. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) in your desktop session, then try again.</source>
        <translation>VMS guarda su inicio de sesión de Salesforce solo en el llavero del sistema y nunca lo escribe en otro sitio. Instale y desbloquee un llavero Secret Service (GNOME Keyring o KWallet) en su sesión de escritorio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No OS keychain is available</source>
        <translation>No hay ningún llavero del sistema disponible</translation>
    </message>
    <message>
        <source>The OS keychain refused access (is it locked?)</source>
        <translation>El llavero del sistema denegó el acceso (¿está bloqueado?)</translation>
    </message>
    <message>
        <source>The OS keychain failed</source>
        <translation>El llavero del sistema falló</translation>
    </message>
</context>
<context>
    <name>vms::ListLoaders</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Last volunteered</source>
        <translation>Último voluntariado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
</context>
<context>
    <name>vms::LocalChanges</name>
    <message>
        <source>Unknown attendance status; use Registered, Attended, No-Show or Cancelled.</source>
        <translation>Estado de asistencia desconocido; use Registered, Attended, No-Show o Cancelled.</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 24.</source>
        <translation>Las horas deben estar entre 0 y 24.</translation>
    </message>
    <message>
        <source>No event with local id %1 in the cache.</source>
        <translation>No hay ningún evento con el id local %1 en la caché.</translation>
    </message>
    <message>
        <source>No %1 with local id %2 in the cache.</source>
        <translation>No hay ningún %1 con el id local %2 en la caché.</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>voluntario</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>mismo nombre y teléfono</translation>
    </message>
    <message>
        <source>A volunteer needs a last name.</source>
        <translation>Un voluntario necesita apellidos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The volunteer field &apos;%1&apos; cannot be edited in VMS.</source>
        <translation>El campo «%1» del voluntario no se puede editar en VMS.</translation>
    </message>
    <message>
        <source>No volunteer with local id %1 in the cache.</source>
        <translation>No hay ningún voluntario con el id local %1 en la caché.</translation>
    </message>
    <message>
        <source>The Salesforce mapping in use cannot send the %1 field(s) %2 to Salesforce, so the change was not saved.</source>
        <translation>El mapeo de Salesforce en uso no puede enviar a Salesforce el/los campo(s) %2 de %1, así que el cambio no se guardó.</translation>
    </message>
    <message>
        <source>No organization named “%1” is known here; pick one from the list, or leave the organization empty.</source>
        <translation>No se conoce aquí ninguna organización llamada “%1”; elija una de la lista o deje la organización vacía.</translation>
    </message>
    <message>
        <source>The name of a volunteer already in Salesforce is changed in Salesforce, not in VMS.</source>
        <translation>El nombre de un voluntario que ya está en Salesforce se cambia en Salesforce, no en VMS.</translation>
    </message>
    <message>
        <source>%1 records cannot be deleted in VMS.</source>
        <translation>Los registros de %1 no se pueden eliminar en VMS.</translation>
    </message>
    <message>
        <source>This record is on its way to Salesforce; sync first, then delete it.</source>
        <translation>Este registro va camino de Salesforce; sincronice primero y luego elimínelo.</translation>
    </message>
    <message>
        <source>This record has a sync conflict; resolve it first, then delete it.</source>
        <translation>Este registro tiene un conflicto de sincronización; resuélvalo primero y luego elimínelo.</translation>
    </message>
    <message>
        <source>No organization with local id %1 in the cache.</source>
        <translation>No hay ninguna organización con el id local %1 en la caché.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Required: an event needs a name.</source>
        <translation>Obligatorio: un evento necesita un nombre.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Required: an event needs a start.</source>
        <translation>Obligatorio: un evento necesita un inicio.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>El fin no puede ser anterior al inicio.</translation>
    </message>
    <message>
        <source>Cancellation Reason</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <source>Required: a cancelled event needs a reason.</source>
        <translation>Obligatorio: un evento cancelado necesita un motivo.</translation>
    </message>
    <message>
        <source>The event field &apos;%1&apos; cannot be set in VMS.</source>
        <translation>El campo de evento «%1» no se puede establecer en VMS.</translation>
    </message>
    <message>
        <source>The event field &apos;%1&apos; cannot be edited in VMS.</source>
        <translation>El campo de evento «%1» no se puede editar en VMS.</translation>
    </message>
    <message>
        <source>Account Name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Required: an organization needs a name.</source>
        <translation>Obligatorio: una organización necesita un nombre.</translation>
    </message>
    <message>
        <source>The organization field &apos;%1&apos; cannot be set in VMS.</source>
        <translation>El campo de organización «%1» no se puede establecer en VMS.</translation>
    </message>
    <message>
        <source>The organization field &apos;%1&apos; cannot be edited in VMS.</source>
        <translation>El campo de organización «%1» no se puede editar en VMS.</translation>
    </message>
    <message>
        <source>%1 records are not created in VMS.</source>
        <translation>Los registros de %1 no se crean en VMS.</translation>
    </message>
    <message>
        <source>This record has already gone to Salesforce; it can only be deleted now.</source>
        <translation>Este registro ya se envió a Salesforce; ahora solo se puede eliminar.</translation>
    </message>
    <message>
        <source>Other records already point at this one (attendance, a volunteer&apos;s organization), so it stays.</source>
        <translation>Otros registros ya apuntan a este (asistencia, la organización de un voluntario), así que se queda.</translation>
    </message>
    <message>
        <source>This volunteer is already on the event&apos;s roster (%1); change it there.</source>
        <translation>Este voluntario ya está en la lista del evento (%1); cámbielo allí.</translation>
    </message>
    <message>
        <source>A call or an email needs a subject.</source>
        <translation>Una llamada o un correo necesita un asunto.</translation>
    </message>
    <message>
        <source>This event (it has no participations)</source>
        <translation>Este evento (no tiene participaciones)</translation>
    </message>
    <message>
        <source>This event and its one participation</source>
        <translation>Este evento y su única participación</translation>
    </message>
    <message>
        <source>This event and its %1 participations</source>
        <translation>Este evento y sus %1 participaciones</translation>
    </message>
    <message>
        <source>This organization (volunteers who name it as their organization keep their records)</source>
        <translation>Esta organización (los voluntarios que la tienen como organización conservan sus registros)</translation>
    </message>
    <message>
        <source>This participation (the volunteer and the event stay)</source>
        <translation>Esta participación (el voluntario y el evento se quedan)</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Este registro</translation>
    </message>
    <message>
        <source>The deleted record cannot be put back: the cache holds another record in its place now (a sync or a new record took it).</source>
        <translation>No se puede devolver el registro eliminado: la caché tiene ahora otro registro en su lugar (lo ocupó una sincronización o un registro nuevo).</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>docente</translation>
    </message>
    <message>
        <source>No participation with local id %1 in the cache.</source>
        <translation>No hay ninguna participación con el id local %1 en la caché.</translation>
    </message>
</context>
<context>
    <name>vms::LocalData</name>
    <message>
        <source>Could not delete %1. Delete it by hand (or wipe the disk) before the computer changes hands.</source>
        <translation>No se pudo eliminar %1. Elimínelo a mano (o borre el disco) antes de que el equipo cambie de manos.</translation>
    </message>
    <message>
        <source>The local files were deleted, but the sign-in could not be removed from the keychain: %1</source>
        <translation>Se eliminaron los archivos locales, pero el inicio de sesión no se pudo quitar del llavero: %1</translation>
    </message>
</context>
<context>
    <name>vms::LocalDataPrompt</name>
    <message>
        <source>VMS could not count the changes that have not reached Salesforce yet; any there are will be lost.</source>
        <translation>VMS no pudo contar los cambios que aún no han llegado a Salesforce; los que haya se perderán.</translation>
    </message>
    <message>
        <source>Every change made on this computer has reached Salesforce.</source>
        <translation>Todos los cambios hechos en este equipo han llegado a Salesforce.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer and not yet in Salesforce will be lost.</source>
        <translation>
            <numerusform>%n cambio hecho en este equipo y que aún no está en Salesforce se perderá.</numerusform>
            <numerusform>%n cambios hechos en este equipo y que aún no están en Salesforce se perderán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this computer&apos;s data</source>
        <translation>Eliminar los datos de este equipo</translation>
    </message>
    <message>
        <source>Sign out and delete everything VMS keeps about your org on this computer: the local copy of the records, the logs, the backups and the sign-in. VMS closes when it is done.

%1</source>
        <translation>Cerrar la sesión y eliminar todo lo que VMS guarda de su organización en este equipo: la copia local de los registros, los registros de actividad, las copias de seguridad y el inicio de sesión. VMS se cierra al terminar.

%1</translation>
    </message>
    <message>
        <source>Use this before the computer changes hands. Your settings stay.</source>
        <translation>Use esto antes de que el equipo cambie de manos. La configuración se conserva.</translation>
    </message>
    <message>
        <source>Remove data and close</source>
        <translation>Eliminar datos y cerrar</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>You are signed out. Also delete what VMS keeps about your org on this computer (the local copy of the records, the logs and the backups)? VMS closes when it is done.

%1</source>
        <translation>Ha cerrado la sesión. ¿Eliminar también lo que VMS guarda de su organización en este equipo (la copia local de los registros, los registros de actividad y las copias de seguridad)? VMS se cierra al terminar.

%1</translation>
    </message>
    <message>
        <source>Keep the data if you or a colleague will sign in on this computer again.</source>
        <translation>Conserve los datos si usted o un compañero volverán a iniciar sesión en este equipo.</translation>
    </message>
</context>
<context>
    <name>vms::LoginHost</name>
    <message>
        <source>The login URL is empty.</source>
        <translation>La URL de inicio de sesión está vacía.</translation>
    </message>
    <message>
        <source>The login URL &apos;%1&apos; must be just the host, e.g. https://login.salesforce.com.</source>
        <translation>La URL de inicio de sesión «%1» debe ser solo el servidor, p. ej. https://login.salesforce.com.</translation>
    </message>
</context>
<context>
    <name>vms::MainWindow</name>
    <message>
        <source>VMS — Volunteer Management</source>
        <translation>VMS — Gestión de voluntarios</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Nothing here yet. Sign in and sync to fill your local cache.</source>
        <translation>Aún no hay nada aquí. Inicie sesión y sincronice para llenar su caché local.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
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
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About VMS</source>
        <translation>&amp;Acerca de VMS</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;New volunteer…</source>
        <translation>&amp;Nuevo voluntario…</translation>
    </message>
    <message>
        <source>Add a volunteer</source>
        <translation>Añadir un voluntario</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Remove This Computer&apos;s Data…</source>
        <translation>&amp;Eliminar los datos de este equipo…</translation>
    </message>
    <message>
        <source>Nothing to undo yet</source>
        <translation>Aún no hay nada que deshacer</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>No hay nada que rehacer</translation>
    </message>
    <message>
        <source>&amp;Edit this record</source>
        <translation>&amp;Editar este registro</translation>
    </message>
    <message>
        <source>Edit the volunteer on screen (Coordinators and Admins)</source>
        <translation>Editar el voluntario que está en pantalla (coordinadores y administradores)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía de usuario</translation>
    </message>
    <message>
        <source>The guide for Users, Coordinators and Admins, on this computer</source>
        <translation>La guía para usuarios, coordinadores y administradores, en este equipo</translation>
    </message>
    <message>
        <source>Working &amp;offline</source>
        <translation>Trabajar &amp;sin conexión</translation>
    </message>
    <message>
        <source>What works without a network, and how to get ready</source>
        <translation>Qué funciona sin red y cómo prepararse</translation>
    </message>
    <message>
        <source>Already editing: Ctrl+S saves, Esc cancels.</source>
        <translation>Ya está editando: Ctrl+S guarda, Esc cancela.</translation>
    </message>
    <message>
        <source>Nothing on this page can be edited here. Open a volunteer to edit their contact details.</source>
        <translation>En esta página no hay nada que editar aquí. Abra un voluntario para editar sus datos de contacto.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>vms::MemoryTokenStore</name>
    <message>
        <source>memory (this run only)</source>
        <translation>memoria (solo esta ejecución)</translation>
    </message>
</context>
<context>
    <name>vms::Migrations</name>
    <message>
        <source>Cannot read the cache&apos;s schema version: %1</source>
        <translation>No se puede leer la versión del esquema de la caché: %1</translation>
    </message>
    <message>
        <source>The local cache was written by a newer VMS (schema %1; this build knows %2). Update VMS to open it.</source>
        <translation>La caché local la escribió un VMS más reciente (esquema %1; esta versión conoce el %2). Actualice VMS para abrirla.</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>La migración al esquema %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>vms::NotesDialog</name>
    <message>
        <source>Notes on %1</source>
        <translation>Notas sobre %1</translation>
    </message>
    <message>
        <source>&amp;Notes on %1&apos;s participation:</source>
        <translation>&amp;Notas sobre la participación de %1:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+Enter)</source>
        <translation>Guardar las notas (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>The notes were not saved: %1</source>
        <translation>Las notas no se guardaron: %1</translation>
    </message>
    <message>
        <source>%1 characters: %2 more than Salesforce takes (%3)</source>
        <translation>%1 caracteres: %2 más de los que admite Salesforce (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>vms::OAuthFlow</name>
    <message>
        <source>Sign-in timed out: the browser did not come back within %1 s.</source>
        <translation>Se agotó el tiempo de inicio de sesión: el navegador no volvió en %1 s.</translation>
    </message>
    <message>
        <source>The connected app&apos;s client id (consumer key) is empty.</source>
        <translation>El id de cliente (consumer key) de la aplicación conectada está vacío.</translation>
    </message>
    <message>
        <source>The redirect port must be 1–65535.</source>
        <translation>El puerto de redirección debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Cannot listen on localhost port %1 for the browser&apos;s redirect (%2). Is another sign-in running? Choose another port with --redirect-port.</source>
        <translation>No se puede escuchar en el puerto %1 de localhost para la redirección del navegador (%2). ¿Hay otro inicio de sesión en curso? Elija otro puerto con --redirect-port.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Request too large.</source>
        <translation>Petición demasiado grande.</translation>
    </message>
    <message>
        <source>Only GET is expected here.</source>
        <translation>Aquí solo se espera GET.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>This sign-in is already over; you can close this page.</source>
        <translation>Este inicio de sesión ya terminó; puede cerrar esta página.</translation>
    </message>
    <message>
        <source>Access was denied in the browser (%1).</source>
        <translation>Se denegó el acceso en el navegador (%1).</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in: %1 (%2).</source>
        <translation>Salesforce rechazó el inicio de sesión: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in answer has no authorization code.</source>
        <translation>La respuesta de inicio de sesión no tiene código de autorización.</translation>
    </message>
    <message>
        <source>Could not reach %1 to finish signing in (%2).</source>
        <translation>No se pudo contactar con %1 para terminar el inicio de sesión (%2).</translation>
    </message>
    <message>
        <source>Salesforce refused the authorization code (%1).</source>
        <translation>Salesforce rechazó el código de autorización (%1).</translation>
    </message>
    <message>
        <source>You are signed in to VMS. You can close this page.</source>
        <translation>Ha iniciado sesión en VMS. Puede cerrar esta página.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>El inicio de sesión falló</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in in progress (state mismatch), so it was ignored. Finish signing in from the window that VMS opened.</source>
        <translation>Esta página no corresponde al inicio de sesión en curso (el estado no coincide), así que se ha ignorado. Termine de iniciar sesión desde la ventana que abrió VMS.</translation>
    </message>
</context>
<context>
    <name>vms::OAuthTokens</name>
    <message>
        <source>The org&apos;s token answer is not valid JSON.</source>
        <translation>La respuesta de token de la organización no es JSON válido.</translation>
    </message>
    <message>
        <source>The org&apos;s token answer has no %1 (is the connected app&apos;s scope missing refresh_token?).</source>
        <translation>La respuesta de token de la organización no tiene %1 (¿falta refresh_token en el ámbito de la aplicación conectada?).</translation>
    </message>
    <message>
        <source>The org&apos;s identity URL is not of the form …/id/&lt;org&gt;/&lt;user&gt;.</source>
        <translation>La URL de identidad de la organización no tiene la forma …/id/&lt;org&gt;/&lt;user&gt;.</translation>
    </message>
    <message>
        <source>The keychain entry of VMS is damaged.</source>
        <translation>La entrada de VMS en el llavero está dañada.</translation>
    </message>
    <message>
        <source>The keychain entry of VMS is incomplete.</source>
        <translation>La entrada de VMS en el llavero está incompleta.</translation>
    </message>
</context>
<context>
    <name>vms::OfflineReadiness</name>
    <message>
        <source>the event itself is not cached</source>
        <translation>el propio evento no está en la caché</translation>
    </message>
    <message>
        <source>the rosters have never been downloaded</source>
        <translation>las listas nunca se han descargado</translation>
    </message>
    <message numerus="yes">
        <source>%n people on the roster are not cached</source>
        <translation>
            <numerusform>%n persona de la lista no está en la caché</numerusform>
            <numerusform>%n personas de la lista no están en la caché</numerusform>
        </translation>
    </message>
    <message>
        <source>the school is not cached</source>
        <translation>la escuela no está en la caché</translation>
    </message>
    <message>
        <source>no classes of the school are cached</source>
        <translation>no hay clases de la escuela en la caché</translation>
    </message>
    <message>
        <source>no students of the school are cached</source>
        <translation>no hay estudiantes de la escuela en la caché</translation>
    </message>
</context>
<context>
    <name>vms::OfflineReadyDialog</name>
    <message>
        <source>Get ready for offline</source>
        <translation>Preparar para trabajar sin conexión</translation>
    </message>
    <message>
        <source>Tick the events you will run without a network (Space ticks), then press Check.</source>
        <translation>Marque los eventos que hará sin red (Espacio marca) y pulse Comprobar.</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Próximos eventos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What the cache holds for each event</source>
        <translation>Lo que contiene la caché para cada evento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Ready?</source>
        <translation>¿Listo?</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Download what is missing</source>
        <translation>&amp;Descargar lo que falta</translation>
    </message>
    <message>
        <source>Tick at least one event first.</source>
        <translation>Primero marque al menos un evento.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people on the roster</source>
        <translation>
            <numerusform>%n persona en la lista</numerusform>
            <numerusform>%n personas en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n clase</numerusform>
            <numerusform>%n clases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students of the school</source>
        <translation>
            <numerusform>%n estudiante de la escuela</numerusform>
            <numerusform>%n estudiantes de la escuela</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Ready: everything these events need is on this computer. You can go offline.</source>
        <translation>Listo: todo lo que necesitan estos eventos está en este equipo. Puede trabajar sin conexión.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not ready yet. Download what is missing while you still have a network.</source>
        <translation>
            <numerusform>%n evento aún no está listo. Descargue lo que falta mientras tenga red.</numerusform>
            <numerusform>%n eventos aún no están listos. Descargue lo que falta mientras tenga red.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading from here is not available yet: run a sync while online, then Check again.</source>
        <translation>Aún no se puede descargar desde aquí: sincronice mientras tenga conexión y vuelva a Comprobar.</translation>
    </message>
    <message>
        <source>Downloading… press Check again when the sync has finished.</source>
        <translation>Descargando… pulse Comprobar de nuevo cuando termine la sincronización.</translation>
    </message>
</context>
<context>
    <name>vms::OrgMapping</name>
    <message>
        <source>Cannot read the Salesforce mapping %1: %2</source>
        <translation>No se puede leer la correspondencia de Salesforce %1: %2</translation>
    </message>
    <message>
        <source>the Salesforce mapping</source>
        <translation>la correspondencia de Salesforce</translation>
    </message>
    <message>
        <source>%1 is not a valid mapping: %2</source>
        <translation>%1 no es una correspondencia válida: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>missing &quot;entities&quot;</source>
        <translation>falta «entities»</translation>
    </message>
    <message>
        <source>each entity must be an object</source>
        <translation>cada entidad debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table name</source>
        <translation>«%1» no es un nombre de tabla</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot; is listed twice</source>
        <translation>la entidad «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot; is missing</source>
        <translation>falta la entidad «%1»</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>falta «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«%1» debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce API name: %2</source>
        <translation>«%1» no es un nombre de API de Salesforce: %2</translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot;</source>
        <translation>tipo de campo «%1» desconocido</translation>
    </message>
    <message>
        <source>%1: &quot;fields&quot; must be a non-empty list</source>
        <translation>%1: «fields» debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>%1: each field must be an object</source>
        <translation>%1: cada campo debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a column name</source>
        <translation>%1: «%2» no es un nombre de columna</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; is mapped twice</source>
        <translation>%1: la columna «%2» está asignada dos veces</translation>
    </message>
    <message>
        <source>%1: &quot;constants&quot; must be an object</source>
        <translation>%1: «constants» debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: bad constant &quot;%2&quot;</source>
        <translation>%1: constante «%2» incorrecta</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of column names</source>
        <translation>%1: &quot;%2&quot; debe ser una lista de nombres de columna</translation>
    </message>
    <message>
        <source>each entry of &quot;writes&quot; must be an object</source>
        <translation>cada entrada de &quot;writes&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: no entity &quot;%2&quot; is read</source>
        <translation>%1: no se lee ninguna entidad &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; is not read from the org</source>
        <translation>%1: la columna &quot;%2&quot; no se lee de la organización</translation>
    </message>
    <message>
        <source>%1: &quot;clientId&quot; must be an object</source>
        <translation>%1: &quot;clientId&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: client id column &quot;%2&quot; is not read from the org</source>
        <translation>%1: la columna de id de cliente &quot;%2&quot; no se lee de la organización</translation>
    </message>
    <message>
        <source>%1: a record VMS creates needs a &quot;clientId&quot; (a replay must not duplicate it)</source>
        <translation>%1: un registro que crea VMS necesita un &quot;clientId&quot; (una repetición no debe duplicarlo)</translation>
    </message>
    <message>
        <source>%1: &quot;references&quot; must be a list</source>
        <translation>%1: &quot;references&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>%1: each reference must be an object</source>
        <translation>%1: cada referencia debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: reference column &quot;%2&quot; is not written</source>
        <translation>%1: la columna de referencia &quot;%2&quot; no se escribe</translation>
    </message>
    <message>
        <source>%1: reference to unknown entity &quot;%2&quot;</source>
        <translation>%1: referencia a una entidad desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: a record cannot point at its own entity</source>
        <translation>%1: un registro no puede apuntar a su propia entidad</translation>
    </message>
    <message>
        <source>&quot;writes&quot; must be a list</source>
        <translation>&quot;writes&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>writes.%1 is listed twice</source>
        <translation>writes.%1 aparece dos veces</translation>
    </message>
    <message>
        <source>writes.%1 must come after writes.%2, which it points at</source>
        <translation>writes.%1 debe ir después de writes.%2, al que apunta</translation>
    </message>
</context>
<context>
    <name>vms::OrgSetupCheck</name>
    <message>
        <source>The object %1 is missing, or you may not read it</source>
        <translation>Falta el objeto %1, o usted no puede leerlo</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>Falta %1</translation>
    </message>
    <message>
        <source>%1 must be an External ID and unique</source>
        <translation>%1 debe ser un ID externo y único</translation>
    </message>
    <message>
        <source>%1 cannot be written by you (no field permission)</source>
        <translation>Usted no puede escribir en %1 (sin permiso de campo)</translation>
    </message>
    <message>
        <source>The permission set %1 does not exist in the org</source>
        <translation>El conjunto de permisos %1 no existe en la organización</translation>
    </message>
    <message>
        <source>No VMS permission set (%1) is assigned to you: you can read, not change</source>
        <translation>No tiene asignado ningún conjunto de permisos de VMS (%1): puede leer, pero no cambiar</translation>
    </message>
    <message>
        <source>The kept setup check cannot be read.</source>
        <translation>No se puede leer la comprobación de configuración guardada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce user id.</source>
        <translation>«%1» no es un id de usuario de Salesforce.</translation>
    </message>
</context>
<context>
    <name>vms::OrganizationForm</name>
    <message>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Parent organization:</source>
        <translation>Organización &amp;principal:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Calle:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;ipción:</translation>
    </message>
    <message>
        <source>Salesforce refused the last change of this organization (%1): %2 Fix it here and save; it is sent again.</source>
        <translation>Salesforce rechazó el último cambio de esta organización (%1): %2 Corríjalo aquí y guarde; se enviará de nuevo.</translation>
    </message>
    <message>
        <source>Salesforce would refuse this organization as it is: see the fields marked above.</source>
        <translation>Salesforce rechazaría esta organización tal como está: vea los campos marcados arriba.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>New organization %1</source>
        <translation>Nueva organización %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
</context>
<context>
    <name>vms::OrganizationPage</name>
    <message>
        <source>&amp;Back to list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <source>Back to the organization list</source>
        <translation>Volver a la lista de organizaciones</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organización %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Última actividad: %1</translation>
    </message>
    <message>
        <source>%1 volunteer</source>
        <translation>%1 voluntario</translation>
    </message>
    <message>
        <source>%1 volunteers</source>
        <translation>%1 voluntarios</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>%1 volunteer hours</source>
        <translation>%1 horas de voluntariado</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
</context>
<context>
    <name>vms::OrganizationsView</name>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>Filtrar organizaciones</translation>
    </message>
    <message>
        <source>Filter by name, type or city</source>
        <translation>Filtrar por nombre, tipo o ciudad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Cargando organizaciones…</translation>
    </message>
    <message>
        <source>%1 organization</source>
        <translation>%1 organización</translation>
    </message>
    <message>
        <source>%1 organizations</source>
        <translation>%1 organizaciones</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <source>No organizations in your local cache yet.
Sign in and sync to bring them from Salesforce.</source>
        <translation>Aún no hay organizaciones en su caché local.
Inicie sesión y sincronice para traerlas de Salesforce.</translation>
    </message>
    <message>
        <source>No organization matches these filters.</source>
        <translation>Ninguna organización coincide con estos filtros.</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Nueva organización…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected organization (Admin)</source>
        <translation>Eliminar la organización seleccionada (administrador)</translation>
    </message>
</context>
<context>
    <name>vms::Outbox</name>
    <message>
        <source>The delete has already reached Salesforce, so it can no longer be undone.</source>
        <translation>La eliminación ya llegó a Salesforce, así que ya no se puede deshacer.</translation>
    </message>
    <message>
        <source>The delete is on its way to Salesforce, so it can no longer be undone.</source>
        <translation>La eliminación va camino de Salesforce, así que ya no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>vms::ProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; — changed here and in Salesforce since the last sync. Choose which value to keep; nothing is overwritten until you do.</source>
        <translation>&lt;b&gt;Conflictos&lt;/b&gt; — cambiados aquí y en Salesforce desde la última sincronización. Elija qué valor conservar; no se sobrescribe nada hasta que lo haga.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Salesforce value</source>
        <translation>Valor de Salesforce</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar el &amp;mío</translation>
    </message>
    <message>
        <source>Keep &amp;Salesforce&apos;s</source>
        <translation>Conservar el de &amp;Salesforce</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting to apply&lt;/b&gt; — records from Salesforce that could not be stored yet. They are kept and tried again at every sync.</source>
        <translation>&lt;b&gt;Pendientes de aplicar&lt;/b&gt; — registros de Salesforce que aún no se pudieron guardar. Se conservan y se reintentan en cada sincronización.</translation>
    </message>
    <message>
        <source>Records waiting to apply</source>
        <translation>Registros pendientes de aplicar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Salesforce Id</source>
        <translation>Id de Salesforce</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Your value will be sent to Salesforce at the next sync.</source>
        <translation>Su valor se enviará a Salesforce en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s value was kept.</source>
        <translation>Se conservó el valor de Salesforce.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not accepted by Salesforce&lt;/b&gt; — changes made here that Salesforce refused, with its reason. They are kept and sent again at every sync; fix the record and they go with your edit.</source>
        <translation>&lt;b&gt;No aceptados por Salesforce&lt;/b&gt; — cambios hechos aquí que Salesforce rechazó, con su motivo. Se conservan y se vuelven a enviar en cada sincronización; corrija el registro y se enviarán con su edición.</translation>
    </message>
    <message>
        <source>Changes Salesforce did not accept</source>
        <translation>Cambios que Salesforce no aceptó</translation>
    </message>
    <message>
        <source>Salesforce said</source>
        <translation>Salesforce dijo</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Abrir el registro</translation>
    </message>
</context>
<context>
    <name>vms::Profile</name>
    <message>
        <source>No profile folder could be determined.</source>
        <translation>No se pudo determinar ninguna carpeta de perfil.</translation>
    </message>
    <message>
        <source>--profile %1 is not a folder.</source>
        <translation>--profile %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>No se puede crear la carpeta de perfil %1.</translation>
    </message>
    <message>
        <source>Cannot restrict the profile folder %1 to its owner.</source>
        <translation>No se puede restringir la carpeta de perfil %1 a su propietario.</translation>
    </message>
</context>
<context>
    <name>vms::ProfileSettings</name>
    <message>
        <source>Enter your org&apos;s My Domain address.</source>
        <translation>Introduzca la dirección My Domain de su organización.</translation>
    </message>
    <message>
        <source>Enter a time zone, e.g. America/Chicago.</source>
        <translation>Introduzca una zona horaria, p. ej. America/Chicago.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone this computer knows; use an IANA name such as America/Chicago.</source>
        <translation>«%1» no es una zona horaria que conozca este equipo; use un nombre IANA como America/Chicago.</translation>
    </message>
    <message>
        <source>Sync every %1 to %2 minutes, or 0 for never; got %3.</source>
        <translation>Sincronice cada %1 a %2 minutos, o 0 para nunca; se recibió %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language VMS has; use %2, or nothing to follow the system.</source>
        <translation>«%1» no es un idioma que tenga VMS; use %2, o nada para seguir al sistema.</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1.</source>
        <translation>No se puede guardar la configuración en %1.</translation>
    </message>
    <message>
        <source>Only an Admin can change the login host and the sync interval; this profile&apos;s role is %1.</source>
        <translation>Solo un administrador puede cambiar el servidor de inicio de sesión y el intervalo de sincronización; el rol de este perfil es %1.</translation>
    </message>
    <message>
        <source>Nothing is remembered from a sign-in that did not succeed.</source>
        <translation>No se recuerda nada de un inicio de sesión que no tuvo éxito.</translation>
    </message>
</context>
<context>
    <name>vms::Pusher</name>
    <message>
        <source>Salesforce refused the record.</source>
        <translation>Salesforce rechazó el registro.</translation>
    </message>
    <message>
        <source>The record is gone from Salesforce, so this change could not be saved there: %1</source>
        <translation>El registro ya no está en Salesforce, así que este cambio no se pudo guardar allí: %1</translation>
    </message>
    <message>
        <source>The Salesforce mapping does not say how to write %1 records; the change is kept until it does.</source>
        <translation>El mapeo de Salesforce no indica cómo escribir registros de %1; el cambio se conserva hasta que lo indique.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronización cancelada.</translation>
    </message>
    <message>
        <source>The record this change belongs to is no longer in the local cache; the change is kept but cannot be sent.</source>
        <translation>El registro al que pertenece este cambio ya no está en la caché local; el cambio se conserva, pero no se puede enviar.</translation>
    </message>
    <message>
        <source>The Salesforce mapping does not say how to send %1 when a record is created; the change is kept until it does.</source>
        <translation>El mapeo de Salesforce no indica cómo enviar %1 al crear un registro; el cambio se conserva hasta que lo indique.</translation>
    </message>
    <message>
        <source>The record has no client id, so it could not be sent without risking a duplicate.</source>
        <translation>El registro no tiene id de cliente, así que no se pudo enviar sin riesgo de duplicarlo.</translation>
    </message>
    <message>
        <source>Waits until the %1 record it belongs to has reached Salesforce.</source>
        <translation>Espera a que el registro de %1 al que pertenece llegue a Salesforce.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answers to new records were lost several times in a row; they are kept and checked again at the next sync.</source>
        <translation>Las respuestas de Salesforce a registros nuevos se perdieron varias veces seguidas; se conservan y se comprueban de nuevo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The Salesforce mapping does not say how to send %1; the change is kept until it does.</source>
        <translation>El mapeo de Salesforce no indica cómo enviar %1; el cambio se conserva hasta que lo indique.</translation>
    </message>
    <message>
        <source>The record no longer exists in Salesforce.</source>
        <translation>El registro ya no existe en Salesforce.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answers to changes were lost several times in a row; they are kept and checked again at the next sync.</source>
        <translation>Las respuestas de Salesforce a cambios se perdieron varias veces seguidas; se conservan y se comprueban de nuevo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The Salesforce mapping does not allow deleting %1 records; the change is kept until it does.</source>
        <translation>El mapeo de Salesforce no permite eliminar registros de %1; el cambio se conserva hasta que lo permita.</translation>
    </message>
    <message>
        <source>The org lacks %1, which this change needs; it is kept and sent once an admin adds it to the org.</source>
        <translation>A la organización le falta %1, que este cambio necesita; se conserva y se enviará en cuanto un administrador lo añada a la organización.</translation>
    </message>
    <message>
        <source>Waits until the %1 record it points at has reached Salesforce.</source>
        <translation>Espera hasta que el registro de %1 al que apunta haya llegado a Salesforce.</translation>
    </message>
</context>
<context>
    <name>vms::QueryPool</name>
    <message>
        <source>The org&apos;s query answer is not in the expected form (%1).</source>
        <translation>La respuesta de la consulta de la organización no tiene la forma esperada (%1).</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>una respuesta vacía</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>vms::RecordFormFrame</name>
    <message>
        <source>Salesforce: %1</source>
        <translation>Salesforce: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>vms::RecruitData</name>
    <message>
        <source>No event with local id %1 in the cache.</source>
        <translation>No hay ningún evento con el id local %1 en la caché.</translation>
    </message>
</context>
<context>
    <name>vms::RecruitPanel</name>
    <message>
        <source>Recruit volunteers</source>
        <translation>Reclutar voluntarios</translation>
    </message>
    <message>
        <source>Filter by name, organization, email or reason…</source>
        <translation>Filtrar por nombre, organización, correo o motivo…</translation>
    </message>
    <message>
        <source>Filter candidates</source>
        <translation>Filtrar candidatos</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>Por qué se excluye</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Register the selected volunteers for this event (works offline).</source>
        <translation>Inscribe a los voluntarios seleccionados en este evento (funciona sin conexión).</translation>
    </message>
    <message>
        <source>&amp;Copy emails</source>
        <translation>&amp;Copiar correos</translation>
    </message>
    <message>
        <source>Copy the selected volunteers&apos; addresses, without those who opted out of email.</source>
        <translation>Copia las direcciones de los voluntarios seleccionados, sin las de quienes no quieren correos.</translation>
    </message>
    <message>
        <source>&amp;Email in BCC…</source>
        <translation>&amp;Correo en CCO…</translation>
    </message>
    <message>
        <source>Open your mail program with the selected volunteers in BCC.</source>
        <translation>Abre su programa de correo con los voluntarios seleccionados en CCO.</translation>
    </message>
    <message>
        <source>Log a call or an email to the selected volunteer</source>
        <translation>Registrar una llamada o un correo al voluntario seleccionado</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes (what was said, when to follow up)</source>
        <translation>Notas (qué se dijo, cuándo volver a llamar)</translation>
    </message>
    <message>
        <source>Close without logging?</source>
        <translation>¿Cerrar sin registrar?</translation>
    </message>
    <message>
        <source>The call or email you typed has not been logged yet.</source>
        <translation>La llamada o el correo que escribió aún no se ha registrado.</translation>
    </message>
    <message>
        <source>Close without logging</source>
        <translation>Cerrar sin registrar</translation>
    </message>
    <message>
        <source>Could not rank the candidates: %1</source>
        <translation>No se pudo ordenar a los candidatos: %1</translation>
    </message>
    <message>
        <source>%1 — %2
%3 of %4 volunteers signed up; %5</source>
        <translation>%1 — %2
%3 de %4 voluntarios inscritos; %5</translation>
    </message>
    <message>
        <source>%1 place open.</source>
        <translation>%1 plaza libre.</translation>
    </message>
    <message>
        <source>%1 places open.</source>
        <translation>%1 plazas libres.</translation>
    </message>
    <message>
        <source>Recruit volunteers — %1</source>
        <translation>Reclutar voluntarios — %1</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(sin dirección)</translation>
    </message>
    <message>
        <source>(opted out of email)</source>
        <translation>(no quiere correos)</translation>
    </message>
    <message>
        <source>Candidates (best %1 of %2)</source>
        <translation>Candidatos (los %1 mejores de %2)</translation>
    </message>
    <message>
        <source>Candidates (%1)</source>
        <translation>Candidatos (%1)</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>Excluidos (%1)</translation>
    </message>
    <message>
        <source>Why %1 is here:</source>
        <translation>Por qué aparece %1:</translation>
    </message>
    <message>
        <source>• nothing in particular yet</source>
        <translation>• nada en particular todavía</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed up: %1. It reaches Salesforce with the next sync.</source>
        <translation>Inscritos: %1. Llega a Salesforce con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Not signed up: %1</source>
        <translation>No inscritos: %1</translation>
    </message>
    <message>
        <source>Select one volunteer to log a call or an email.</source>
        <translation>Seleccione un voluntario para registrar una llamada o un correo.</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>No registrado: %1</translation>
    </message>
    <message>
        <source>Email to %1 logged; it reaches Salesforce with the next sync.</source>
        <translation>Correo a %1 registrado; llega a Salesforce con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Call to %1 logged; it reaches Salesforce with the next sync.</source>
        <translation>Llamada a %1 registrada; llega a Salesforce con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Left out (opted out of email or no address): %1</source>
        <translation>Excluidos (no quieren correos o sin dirección): %1</translation>
    </message>
    <message>
        <source>Copied %1 address.</source>
        <translation>Se copió %1 dirección.</translation>
    </message>
    <message>
        <source>Copied %1 addresses.</source>
        <translation>Se copiaron %1 direcciones.</translation>
    </message>
    <message>
        <source>None of the selected volunteers can be emailed.</source>
        <translation>A ninguno de los voluntarios seleccionados se le puede escribir.</translation>
    </message>
    <message>
        <source>No mail program opened; use Copy emails instead.</source>
        <translation>No se abrió ningún programa de correo; use Copiar correos.</translation>
    </message>
</context>
<context>
    <name>vms::RefusedChanges</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>vms::ReportDocument</name>
    <message>
        <source>Data as of %1</source>
        <translation>Datos a fecha de %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>No rows for this period and these filters.</source>
        <translation>No hay filas para este periodo y estos filtros.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>vms::ReportEngine</name>
    <message>
        <source>unknown report &apos;%1&apos; (see &apos;vms-cli report list&apos;)</source>
        <translation>informe «%1» desconocido (vea «vms-cli report list»)</translation>
    </message>
    <message>
        <source>the report period is empty: &apos;from&apos; must be on or before &apos;to&apos;</source>
        <translation>el periodo del informe está vacío: «from» debe ser igual o anterior a «to»</translation>
    </message>
    <message>
        <source>Period: %1 (%2 to %3, %4)</source>
        <translation>Periodo: %1 (%2 a %3, %4)</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Distrito: %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <source>Event type: %1</source>
        <translation>Tipo de evento: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Se canceló el informe.</translation>
    </message>
    <message>
        <source>no district in the cache has the id &apos;%1&apos;</source>
        <translation>ningún distrito de la caché tiene el id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no organization in the cache has the id &apos;%1&apos;</source>
        <translation>ninguna organización de la caché tiene el id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no event in the cache has the type &apos;%1&apos;</source>
        <translation>ningún evento de la caché es del tipo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>There is no event with local id %1 in the cache.</source>
        <translation>No hay ningún evento con el id local %1 en la caché.</translation>
    </message>
    <message>
        <source>%1 is about one event: choose the event (vms-cli: --event ID).</source>
        <translation>%1 trata de un solo evento: elija el evento (vms-cli: --event ID).</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Evento: %1</translation>
    </message>
    <message>
        <source>Event: %1 (%2)</source>
        <translation>Evento: %1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <source>Counted events only (cancelled ones left out)</source>
        <translation>Solo eventos contados (sin los cancelados)</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Todos los distritos</translation>
    </message>
</context>
<context>
    <name>vms::ReportExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. No file was written.</source>
        <translation>No se puede escribir %1: %2. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be created</source>
        <translation>no se pudo crear la hoja de cálculo</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>no se pudo dibujar el PDF</translation>
    </message>
</context>
<context>
    <name>vms::ReportPeriod</name>
    <message>
        <source>--school-year must be four digits naming two consecutive years, e.g. 2526; got &apos;%1&apos;</source>
        <translation>--school-year deben ser cuatro cifras que nombren dos años consecutivos, p. ej. 2526; se recibió «%1»</translation>
    </message>
    <message>
        <source>--school-year &apos;%1&apos; does not name two consecutive years (e.g. 2526 for Aug 2025 - Jul 2026)</source>
        <translation>--school-year «%1» no nombra dos años consecutivos (p. ej. 2526 para ago 2025 - jul 2026)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>«%1» no es una fecha con la forma AAAA-MM-DD</translation>
    </message>
    <message>
        <source>School year %1–%2</source>
        <translation>Curso escolar %1–%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>vms::ReportPresets</name>
    <message>
        <source>the period &apos;%1&apos; is not two dates YYYY-MM-DD..YYYY-MM-DD in order</source>
        <translation>el periodo &apos;%1&apos; no son dos fechas AAAA-MM-DD..AAAA-MM-DD en orden</translation>
    </message>
    <message>
        <source>the period &apos;%1&apos; is not &apos;current&apos;, a school year like 2526, or YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>el periodo &apos;%1&apos; no es &apos;current&apos;, un curso escolar como 2526 ni AAAA-MM-DD..AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Current school year</source>
        <translation>Curso escolar actual</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Un informe guardado necesita un nombre.</translation>
    </message>
    <message>
        <source>A preset name has at most %1 characters.</source>
        <translation>El nombre de un informe guardado tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A preset name cannot hold control characters (tabs, line breaks).</source>
        <translation>El nombre de un informe guardado no puede contener caracteres de control (tabuladores, saltos de línea).</translation>
    </message>
    <message>
        <source>The preset &apos;%1&apos; names a report this VMS does not know: &apos;%2&apos;.</source>
        <translation>El informe guardado &apos;%1&apos; nombra un informe que este VMS no conoce: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The preset &apos;%1&apos;: %2</source>
        <translation>El informe guardado &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The preset &apos;%1&apos; names no event.</source>
        <translation>El informe guardado &apos;%1&apos; no nombra ningún evento.</translation>
    </message>
    <message>
        <source>There is already a preset named &apos;%1&apos;.</source>
        <translation>Ya existe un informe guardado llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no preset named &apos;%1&apos;.</source>
        <translation>No hay ningún informe guardado llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot save the report presets to %1.</source>
        <translation>No se pueden guardar los informes guardados en %1.</translation>
    </message>
</context>
<context>
    <name>vms::ReportText</name>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>In-Person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>No-Show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>vms::Reports</name>
    <message>
        <source>Volunteer Hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <source>Hours and events per volunteer who attended in the period.</source>
        <translation>Horas y eventos por voluntario que asistió en el periodo.</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>First Event Date</source>
        <translation>Fecha del primer evento</translation>
    </message>
    <message>
        <source>Last Event Date</source>
        <translation>Fecha del último evento</translation>
    </message>
    <message>
        <source>Volunteer hours by month</source>
        <translation>Horas de voluntariado por mes</translation>
    </message>
    <message>
        <source>Organization Summary</source>
        <translation>Resumen por organización</translation>
    </message>
    <message>
        <source>Volunteers, events and hours per organization, through dated affiliations.</source>
        <translation>Voluntarios, eventos y horas por organización, según las afiliaciones con fechas.</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <source>Volunteers by organization (top 10)</source>
        <translation>Voluntarios por organización (10 primeras)</translation>
    </message>
    <message>
        <source>Event Attendance</source>
        <translation>Asistencia a eventos</translation>
    </message>
    <message>
        <source>Every event in the period with attended volunteers, students and hours.</source>
        <translation>Cada evento del periodo con los voluntarios y estudiantes presentes y las horas.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Volunteers Attended</source>
        <translation>Voluntarios presentes</translation>
    </message>
    <message>
        <source>Students Attended</source>
        <translation>Estudiantes presentes</translation>
    </message>
    <message>
        <source>Volunteers attended by month</source>
        <translation>Voluntarios presentes por mes</translation>
    </message>
    <message>
        <source>First-Time Volunteers</source>
        <translation>Voluntarios nuevos</translation>
    </message>
    <message>
        <source>Volunteers whose first attended event ever falls in the period.</source>
        <translation>Voluntarios cuyo primer evento con asistencia cae en el periodo.</translation>
    </message>
    <message>
        <source>First Event</source>
        <translation>Primer evento</translation>
    </message>
    <message>
        <source>Events In Period</source>
        <translation>Eventos en el periodo</translation>
    </message>
    <message>
        <source>Hours In Period</source>
        <translation>Horas en el periodo</translation>
    </message>
    <message>
        <source>First-time volunteers by month</source>
        <translation>Voluntarios nuevos por mes</translation>
    </message>
    <message>
        <source>District Summary</source>
        <translation>Resumen por distrito</translation>
    </message>
    <message>
        <source>Events, schools, students and volunteers per district in the period.</source>
        <translation>Eventos, escuelas, estudiantes y voluntarios por distrito en el periodo.</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Escuelas</translation>
    </message>
    <message>
        <source>Students Reached</source>
        <translation>Estudiantes alcanzados</translation>
    </message>
    <message>
        <source>Student Participations</source>
        <translation>Participaciones de estudiantes</translation>
    </message>
    <message>
        <source>Volunteer Engagements</source>
        <translation>Participaciones de voluntarios</translation>
    </message>
    <message>
        <source>Unique Volunteers</source>
        <translation>Voluntarios únicos</translation>
    </message>
    <message>
        <source>Events by district</source>
        <translation>Eventos por distrito</translation>
    </message>
    <message>
        <source>District Year-End</source>
        <translation>Cierre de curso por distrito</translation>
    </message>
    <message>
        <source>District figures by program and by in-person or virtual format, with a total per district and for all districts.</source>
        <translation>Cifras de cada distrito por programa y por formato presencial o virtual, con un total por distrito y para todos los distritos.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Events by program</source>
        <translation>Eventos por programa</translation>
    </message>
    <message>
        <source>Recent Volunteers</source>
        <translation>Voluntarios recientes</translation>
    </message>
    <message>
        <source>Volunteers whose latest attended event falls in the period, with their email.</source>
        <translation>Voluntarios cuyo último evento con asistencia cae en el periodo, con su correo electrónico.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Last Event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Recent volunteers by month of their last event</source>
        <translation>Voluntarios recientes por mes de su último evento</translation>
    </message>
    <message>
        <source>Event Contacts</source>
        <translation>Contactos del evento</translation>
    </message>
    <message>
        <source>The volunteers signed up for one event, with how to reach them, to run the event.</source>
        <translation>Los voluntarios inscritos en un evento, con cómo contactarlos, para llevar el evento.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Volunteers by Event Type</source>
        <translation>Voluntarios por tipo de evento</translation>
    </message>
    <message>
        <source>Events and hours per volunteer for each type of event attended in the period.</source>
        <translation>Eventos y horas por voluntario para cada tipo de evento al que asistió en el periodo.</translation>
    </message>
    <message>
        <source>Event Type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Volunteers by event type</source>
        <translation>Voluntarios por tipo de evento</translation>
    </message>
</context>
<context>
    <name>vms::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>Intervalo de fechas…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>District filter</source>
        <translation>Filtro de distrito</translation>
    </message>
    <message>
        <source>Organization filter</source>
        <translation>Filtro de organización</translation>
    </message>
    <message>
        <source>Event type filter</source>
        <translation>Filtro de tipo de evento</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>&amp;Tipo de evento:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export as Excel workbook</source>
        <translation>Exportar como libro de Excel</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print with preview</source>
        <translation>Imprimir con vista previa</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Filas del informe</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Todos los distritos</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Todos los tipos de evento</translation>
    </message>
    <message>
        <source>This report does not use this filter.</source>
        <translation>Este informe no usa este filtro.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>La fecha inicial es posterior a la final.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms · data as of %2</source>
        <translation>
            <numerusform>%n fila en %1 ms · datos a fecha de %2</numerusform>
            <numerusform>%n filas en %1 ms · datos a fecha de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Save this report as %1.</source>
        <translation>Guardar este informe como %1.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Saved preset</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Guardar con nombre…</translation>
    </message>
    <message>
        <source>Save as a preset</source>
        <translation>Guardar como informe guardado</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Ca&amp;mbiar nombre…</translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation>Cambiar el nombre del informe guardado</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation>Eliminar el informe guardado</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Infor&amp;me guardado:</translation>
    </message>
    <message>
        <source>Current school year (%1)</source>
        <translation>Curso escolar actual (%1)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>E&amp;vento:</translation>
    </message>
    <message>
        <source>Format filter</source>
        <translation>Filtro de formato</translation>
    </message>
    <message>
        <source>Counted events only (leave cancelled events out)</source>
        <translation>Solo eventos contados (sin los eventos cancelados)</translation>
    </message>
    <message>
        <source>Counted events only</source>
        <translation>Solo eventos contados</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Volver</translation>
    </message>
    <message>
        <source>Back to the report before</source>
        <translation>Volver al informe anterior</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(sin tipo)</translation>
    </message>
    <message>
        <source>Any format</source>
        <translation>Cualquier formato</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(ningún informe guardado)</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to see the events it counts.</source>
        <translation>Haga doble clic en una fila (o pulse Intro) para ver los eventos que cuenta.</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open it.</source>
        <translation>Haga doble clic en una fila (o pulse Intro) para abrirla.</translation>
    </message>
    <message>
        <source>Choose an event: there is none in this period.</source>
        <translation>Elija un evento: no hay ninguno en este periodo.</translation>
    </message>
    <message>
        <source>Save this report, period and filters under a name.</source>
        <translation>Guardar este informe, periodo y filtros con un nombre.</translation>
    </message>
    <message>
        <source>Cannot use this preset</source>
        <translation>No se puede usar este informe guardado</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Guardar el informe con un nombre</translation>
    </message>
    <message>
        <source>Name of the preset (report, period and filters):</source>
        <translation>Nombre del informe guardado (informe, periodo y filtros):</translation>
    </message>
    <message>
        <source>Replace the preset?</source>
        <translation>¿Reemplazar el informe guardado?</translation>
    </message>
    <message>
        <source>There is already a preset named &apos;%1&apos;.</source>
        <translation>Ya existe un informe guardado llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>It will then run this report, period and filters.</source>
        <translation>Desde entonces ejecutará este informe, periodo y filtros.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation>No se puede guardar el informe guardado</translation>
    </message>
    <message>
        <source>Saved the preset &apos;%1&apos;.</source>
        <translation>Se guardó el informe guardado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Cannot rename the preset</source>
        <translation>No se puede cambiar el nombre del informe guardado</translation>
    </message>
    <message>
        <source>Renamed the preset &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>El informe guardado &apos;%1&apos; ahora se llama &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Delete the preset?</source>
        <translation>¿Eliminar el informe guardado?</translation>
    </message>
    <message>
        <source>Delete the preset &apos;%1&apos;?</source>
        <translation>¿Eliminar el informe guardado &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>The report itself and its data stay; only the saved name goes.</source>
        <translation>El informe y sus datos se conservan; solo se elimina el nombre guardado.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cannot delete the preset</source>
        <translation>No se puede eliminar el informe guardado</translation>
    </message>
    <message>
        <source>Deleted the preset &apos;%1&apos;.</source>
        <translation>Se eliminó el informe guardado &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>vms::Role</name>
    <message>
        <source>Only an Admin may do this; you are signed in as %1.</source>
        <translation>Solo un administrador puede hacer esto; ha iniciado sesión como %1.</translation>
    </message>
    <message>
        <source>Only a Coordinator or Admin may do this; you are signed in as %1.</source>
        <translation>Solo un coordinador o un administrador puede hacer esto; ha iniciado sesión como %1.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
</context>
<context>
    <name>vms::RosterTableModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Presenter (not counted)</source>
        <translation>Ponente (no cuenta)</translation>
    </message>
    <message>
        <source>Other (not counted)</source>
        <translation>Otro (no cuenta)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>No-Show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Curso %1</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Pendiente de sincronizar</translation>
    </message>
    <message>
        <source>In Salesforce</source>
        <translation>En Salesforce</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent to Salesforce at the next sync.</source>
        <translation>Guardado en este equipo; se enviará a Salesforce en la próxima sincronización.</translation>
    </message>
    <message>
        <source>This row matches Salesforce as of the last sync.</source>
        <translation>Esta fila coincide con Salesforce en la última sincronización.</translation>
    </message>
    <message>
        <source>This person is not in the local cache, so VMS cannot mark them here.</source>
        <translation>Esta persona no está en la caché local, así que VMS no puede marcarla aquí.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>pendiente de sincronizar</translation>
    </message>
    <message>
        <source>in Salesforce</source>
        <translation>en Salesforce</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organization / grade</source>
        <translation>Organización / curso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 24; %1 was not saved.</source>
        <translation>Las horas deben estar entre 0 y 24; no se guardó %1.</translation>
    </message>
    <message>
        <source>Teacher (not counted)</source>
        <translation>Docente (no cuenta)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>vms::SalesforceClient</name>
    <message>
        <source>The org answered HTTP %1.</source>
        <translation>La organización respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The org&apos;s query answer has no records.</source>
        <translation>La respuesta de la consulta de la organización no tiene registros.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The org&apos;s answer does not list one record per id.</source>
        <translation>La respuesta de la organización no incluye un registro por id.</translation>
    </message>
    <message>
        <source>The org did not answer within %1 s.</source>
        <translation>La organización no respondió en %1 s.</translation>
    </message>
    <message>
        <source>The connection to the org failed (%1).</source>
        <translation>La conexión con la organización falló (%1).</translation>
    </message>
    <message>
        <source>The org refused the session (%1). Sign in again.</source>
        <translation>La organización rechazó la sesión (%1). Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The org answered %1 with an error page.</source>
        <translation>La organización respondió %1 con una página de error.</translation>
    </message>
    <message>
        <source>The org&apos;s daily API request limit is used up (%1). Try again tomorrow or ask the Salesforce admin to raise it.</source>
        <translation>Se agotó el límite diario de peticiones API de la organización (%1). Inténtelo mañana o pida al administrador de Salesforce que lo aumente.</translation>
    </message>
    <message>
        <source>The org answered with an unexpected redirect (%1).</source>
        <translation>La organización respondió con una redirección inesperada (%1).</translation>
    </message>
    <message>
        <source>The org answered with a web page instead of data.</source>
        <translation>La organización respondió con una página web en lugar de datos.</translation>
    </message>
    <message>
        <source>The org&apos;s answer was cut short or is not valid JSON.</source>
        <translation>La respuesta de la organización llegó cortada o no es JSON válido.</translation>
    </message>
    <message>
        <source>The org&apos;s answer to a change was lost (%1); it may or may not have been saved, so it is not resent blindly.</source>
        <translation>Se perdió la respuesta de la organización a un cambio (%1); puede que se guardara o no, así que no se reenvía a ciegas.</translation>
    </message>
    <message>
        <source>The org could not be reached after %1 attempts: %2</source>
        <translation>No se pudo contactar con la organización tras %1 intentos: %2</translation>
    </message>
    <message>
        <source>The org&apos;s answer does not list one result per record.</source>
        <translation>La respuesta de la organización no incluye un resultado por registro.</translation>
    </message>
    <message>
        <source>The org&apos;s query answer is not in the expected form (%1).</source>
        <translation>La respuesta de la consulta de la organización no tiene la forma esperada (%1).</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>una respuesta vacía</translation>
    </message>
    <message>
        <source>The org pointed to &apos;%1&apos;, which is not on its instance (%2); VMS does not follow it.</source>
        <translation>La organización indicó &apos;%1&apos;, que no está en su instancia (%2); VMS no lo sigue.</translation>
    </message>
</context>
<context>
    <name>vms::SalesforceHosts</name>
    <message>
        <source>&apos;%1&apos; is not a login URL: use https://login.salesforce.com, https://test.salesforce.com or your My Domain (https://…).</source>
        <translation>«%1» no es una URL de inicio de sesión: use https://login.salesforce.com, https://test.salesforce.com o su My Domain (https://…).</translation>
    </message>
    <message>
        <source>The login URL must not contain a user name or password.</source>
        <translation>La URL de inicio de sesión no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>Refusing the plain http:// login URL &apos;%1&apos;: only https:// is allowed (http:// only on this computer&apos;s loopback address).</source>
        <translation>Se rechaza la URL http:// sin cifrar «%1»: solo se admite https:// (http:// solo en la dirección local de este equipo).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce login host. Sign in at https://login.salesforce.com, https://test.salesforce.com or your org&apos;s My Domain (https://NAME.my.salesforce.com).</source>
        <translation>&apos;%1&apos; no es un servidor de inicio de sesión de Salesforce. Inicie sesión en https://login.salesforce.com, https://test.salesforce.com o el My Domain de su organización (https://NOMBRE.my.salesforce.com).</translation>
    </message>
    <message>
        <source>The org named &apos;%1&apos;, which is not a Salesforce host over https; VMS does not talk to it.</source>
        <translation>La organización indicó &apos;%1&apos;, que no es un servidor de Salesforce con https; VMS no se comunica con él.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
</context>
<context>
    <name>vms::Session</name>
    <message>
        <source>You are signed out: sign in again (vms-cli login) to make changes or export.</source>
        <translation>Ha cerrado la sesión: inicie sesión de nuevo (vms-cli login) para hacer cambios o exportar.</translation>
    </message>
</context>
<context>
    <name>vms::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your preferences</source>
        <translation>Sus preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El mismo que el sistema</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message>
        <source>For Excel (UTF-8 with byte order mark)</source>
        <translation>Para Excel (UTF-8 con marca de orden de bytes)</translation>
    </message>
    <message>
        <source>Plain UTF-8 (no byte order mark)</source>
        <translation>UTF-8 simple (sin marca de orden de bytes)</translation>
    </message>
    <message>
        <source>Excel needs the byte order mark to read accents correctly; some other programs show it as stray characters. Both are comma-separated.</source>
        <translation>Excel necesita la marca de orden de bytes para leer bien los acentos; otros programas la muestran como caracteres sueltos. Los dos separan con comas.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time VMS starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie VMS.</translation>
    </message>
    <message>
        <source>&amp;CSV files:</source>
        <translation>Archivos &amp;CSV:</translation>
    </message>
    <message>
        <source>Organization settings</source>
        <translation>Configuración de la organización</translation>
    </message>
    <message>
        <source>Login host</source>
        <translation>Servidor de inicio de sesión</translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation>Producción (login.salesforce.com)</translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation>Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>Custom My Domain</source>
        <translation>My Domain propio</translation>
    </message>
    <message>
        <source>My Domain address</source>
        <translation>Dirección de My Domain</translation>
    </message>
    <message>
        <source>yourorg.my.salesforce.com</source>
        <translation>suorg.my.salesforce.com</translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation>Zona horaria de visualización</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalo de sincronización en minutos</translation>
    </message>
    <message>
        <source>Never (only at start and on demand)</source>
        <translation>Nunca (solo al iniciar y a petición)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Login &amp;host:</source>
        <translation>&amp;Servidor de inicio de sesión:</translation>
    </message>
    <message>
        <source>My &amp;Domain:</source>
        <translation>My &amp;Domain:</translation>
    </message>
    <message>
        <source>Display time &amp;zone:</source>
        <translation>&amp;Zona horaria de visualización:</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>&amp;Sincronizar cada:</translation>
    </message>
    <message>
        <source>No one has signed in on this profile yet, so you can set these up now. Once someone signs in, only an Admin can change them.</source>
        <translation>Nadie ha iniciado sesión todavía en este perfil, así que puede configurarlo ahora. Cuando alguien inicie sesión, solo un administrador podrá cambiarlo.</translation>
    </message>
    <message>
        <source>Put the default values in the fields you may change; OK saves them.</source>
        <translation>Poner los valores predeterminados en los campos que puede cambiar; Aceptar los guarda.</translation>
    </message>
    <message>
        <source>Now there: %1 %2</source>
        <translation>Ahora allí: %1 %2</translation>
    </message>
</context>
<context>
    <name>vms::SignInDialog</name>
    <message>
        <source>Sign in to Salesforce</source>
        <translation>Iniciar sesión en Salesforce</translation>
    </message>
    <message>
        <source>No usable keychain</source>
        <translation>No hay un llavero utilizable</translation>
    </message>
    <message>
        <source>Stay signed in for this run only? Nothing will be saved; you will sign in again next time.</source>
        <translation>¿Mantener la sesión solo durante esta ejecución? No se guardará nada; la próxima vez tendrá que iniciar sesión de nuevo.</translation>
    </message>
    <message>
        <source>Login host</source>
        <translation>Servidor de inicio de sesión</translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation>Producción (login.salesforce.com)</translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation>Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>Custom My Domain</source>
        <translation>My Domain propio</translation>
    </message>
    <message>
        <source>My Domain address</source>
        <translation>Dirección de My Domain</translation>
    </message>
    <message>
        <source>yourorg.my.salesforce.com</source>
        <translation>suorg.my.salesforce.com</translation>
    </message>
    <message>
        <source>Connected app client id</source>
        <translation>Id de cliente de la aplicación conectada</translation>
    </message>
    <message>
        <source>Open browser and sign in</source>
        <translation>Abrir el navegador e iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Login host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>My &amp;Domain:</source>
        <translation>My &amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>Id de &amp;cliente:</translation>
    </message>
    <message>
        <source>Enter the connected app&apos;s client id (ask your Salesforce admin).</source>
        <translation>Introduzca el id de cliente de la aplicación conectada (pídalo a su administrador de Salesforce).</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser…</source>
        <translation>Esperando a que termine de iniciar sesión en el navegador…</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address yourself:
%1</source>
        <translation>No se pudo abrir un navegador. Abra usted esta dirección:
%1</translation>
    </message>
    <message>
        <source>Finishing sign-in…</source>
        <translation>Terminando el inicio de sesión…</translation>
    </message>
</context>
<context>
    <name>vms::SignInSheet</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization / grade</source>
        <translation>Organización / curso</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Hora de llegada</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Sign-in sheet — %1</source>
        <translation>Hoja de firmas — %1</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Hoja de firmas: %1</translation>
    </message>
    <message>
        <source>Location not set</source>
        <translation>Lugar sin fijar</translation>
    </message>
    <message>
        <source>Please print your name if it is not listed, and sign. Staff enter these marks into VMS.</source>
        <translation>Escriba su nombre si no aparece en la lista, y firme. El personal introduce estas marcas en VMS.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Student, grade %1</source>
        <translation>Estudiante, curso %1</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1,</source>
        <translation>%1,</translation>
    </message>
    <message>
        <source>Cannot start the sign-in sheet</source>
        <translation>No se puede empezar la hoja de firmas</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the sign-in sheet</source>
        <translation>No se puede empezar la página %1 de la hoja de firmas</translation>
    </message>
    <message>
        <source>%1 on the roster · printed %2</source>
        <translation>%1 en la lista · impresa el %2</translation>
    </message>
    <message>
        <source>Cannot finish the sign-in sheet</source>
        <translation>No se puede terminar la hoja de firmas</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Teacher, %1</source>
        <translation>Docente, %1</translation>
    </message>
</context>
<context>
    <name>vms::StudentPickerDialog</name>
    <message>
        <source>Add students from a school or class</source>
        <translation>Añadir estudiantes de una escuela o clase</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Escuela</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Clase</translation>
    </message>
    <message>
        <source>Filter students by name</source>
        <translation>Filtrar estudiantes por nombre</translation>
    </message>
    <message>
        <source>Type to filter by name</source>
        <translation>Escriba para filtrar por nombre</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Students; Space ticks the one selected</source>
        <translation>Estudiantes; Espacio marca el seleccionado</translation>
    </message>
    <message>
        <source>&amp;Mark ticked students Attended</source>
        <translation>&amp;Marcar como presentes a los estudiantes marcados</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (grade %3)</source>
        <translation>%1 %2 (curso %3)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Mark %n ticked student(s) Attended</source>
        <translation>
            <numerusform>&amp;Marcar como presente a %n estudiante marcado</numerusform>
            <numerusform>&amp;Marcar como presentes a %n estudiantes marcados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vms::SyncController</name>
    <message>
        <source>Not signed in.</source>
        <translation>Sin iniciar sesión.</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <source>Receiving records: %1 of %2</source>
        <translation>Recibiendo registros: %1 de %2</translation>
    </message>
    <message>
        <source>(about %1 min left)</source>
        <translation>(quedan unos %1 min)</translation>
    </message>
    <message>
        <source>(about %1 s left)</source>
        <translation>(quedan unos %1 s)</translation>
    </message>
</context>
<context>
    <name>vms::SyncEngine</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronización cancelada.</translation>
    </message>
    <message>
        <source>The mapping&apos;s filter for %1 is not valid: %2</source>
        <translation>El filtro de la correspondencia para %1 no es válido: %2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
</context>
<context>
    <name>vms::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>última sincronización %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>%1 change waiting</source>
        <translation>%1 cambio pendiente</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 cambios pendientes</translation>
    </message>
    <message>
        <source>%1 sync problem</source>
        <translation>%1 problema de sincronización</translation>
    </message>
    <message>
        <source>%1 sync problems</source>
        <translation>%1 problemas de sincronización</translation>
    </message>
</context>
<context>
    <name>vms::VolunteerPage</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado/provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>&amp;Back to list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <source>Back to the volunteer list</source>
        <translation>Volver a la lista de voluntarios</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit this volunteer</source>
        <translation>Editar este voluntario</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Problem with the changes</source>
        <translation>Problema con los cambios</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <source>Opted out of email</source>
        <translation>No desea recibir correo</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Voluntariado</translation>
    </message>
    <message>
        <source>Hours this school year:</source>
        <translation>Horas este curso escolar:</translation>
    </message>
    <message>
        <source>Hours, all time:</source>
        <translation>Horas en total:</translation>
    </message>
    <message>
        <source>Sessions attended:</source>
        <translation>Sesiones a las que asistió:</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Datos demográficos</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Género:</translation>
    </message>
    <message>
        <source>Birthdate:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Racial/ethnic background:</source>
        <translation>Origen racial/étnico:</translation>
    </message>
    <message>
        <source>Age group:</source>
        <translation>Grupo de edad:</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Participation history</source>
        <translation>Historial de participación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Skills in their own words</source>
        <translation>Habilidades en sus propias palabras</translation>
    </message>
    <message>
        <source>Recruitment notes</source>
        <translation>Notas de captación</translation>
    </message>
    <message>
        <source>Skills in their own words:</source>
        <translation>Habilidades en sus propias palabras:</translation>
    </message>
    <message>
        <source>Recruitment notes:</source>
        <translation>Notas de captación:</translation>
    </message>
    <message>
        <source>Volunteer %1</source>
        <translation>Voluntario %1</translation>
    </message>
    <message>
        <source>⟳ Changes waiting to sync</source>
        <translation>⟳ Cambios pendientes de sincronizar</translation>
    </message>
    <message>
        <source>⛔ Do not contact</source>
        <translation>⛔ No contactar</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Sin correo electrónico</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation> (principal)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>✔ Attended</source>
        <translation>✔ Asistió</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number.</source>
        <translation>«%1» no parece un número de teléfono.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; — %3</source>
        <translation>%1 &lt;%2&gt; — %3</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>This looks like a volunteer who is already in VMS.</source>
        <translation>Parece un voluntario que ya está en VMS.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Volunteer details</source>
        <translation>Datos del voluntario</translation>
    </message>
    <message>
        <source>Salesforce would refuse these changes as they are: see the fields marked below.</source>
        <translation>Salesforce rechazaría estos cambios tal como están: vea los campos marcados abajo.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>⚠ Salesforce did not accept the last change: %1%2. It is kept and sent again at every sync; edit the record to fix it.</source>
        <translation>⚠ Salesforce no aceptó el último cambio: %1%2. Se conserva y se vuelve a enviar en cada sincronización; edite el registro para corregirlo.</translation>
    </message>
    <message>
        <source> (field %1)</source>
        <translation> (campo %1)</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Historial de contacto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Subject or event</source>
        <translation>Asunto o evento</translation>
    </message>
    <message>
        <source>☎ Call</source>
        <translation>☎ Llamada</translation>
    </message>
    <message>
        <source>✉ Email</source>
        <translation>✉ Correo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source> (not yet synced)</source>
        <translation> (aún sin sincronizar)</translation>
    </message>
    <message>
        <source>%1 (about %2)</source>
        <translation>%1 (sobre %2)</translation>
    </message>
    <message>
        <source>Status and interests</source>
        <translation>Estado e intereses</translation>
    </message>
    <message>
        <source>Primary organization</source>
        <translation>Organización principal</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Edit this volunteer&apos;s details (Ctrl+E)</source>
        <translation>Editar los datos de este voluntario (Ctrl+E)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1 (not yet in Salesforce)</source>
        <translation>%1 (aún no está en Salesforce)</translation>
    </message>
    <message>
        <source>Cannot edit: %1</source>
        <translation>No se puede editar: %1</translation>
    </message>
</context>
<context>
    <name>vms::VolunteersView</name>
    <message>
        <source> — changes waiting to sync</source>
        <translation> — cambios pendientes de sincronizar</translation>
    </message>
    <message>
        <source> — do not contact</source>
        <translation> — no contactar</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <source>&amp;Add volunteer…</source>
        <translation>&amp;Añadir voluntario…</translation>
    </message>
    <message>
        <source>Add volunteer</source>
        <translation>Añadir voluntario</translation>
    </message>
    <message>
        <source>Add a volunteer (Ctrl+N)</source>
        <translation>Añadir un voluntario (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name, email, organization or skill</source>
        <translation>Nombre, correo, organización o habilidad</translation>
    </message>
    <message>
        <source>Filter volunteers</source>
        <translation>Filtrar voluntarios</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Active (past 12 months)</source>
        <translation>Activo (últimos 12 meses)</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Never volunteered</source>
        <translation>Nunca ha participado</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Cambios pendientes de sincronizar</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Cualquier habilidad</translation>
    </message>
    <message>
        <source>Last volunteered</source>
        <translation>Último voluntariado</translation>
    </message>
    <message>
        <source>Last volunteered: any time</source>
        <translation>Último voluntariado: cualquier fecha</translation>
    </message>
    <message>
        <source>In the past 30 days</source>
        <translation>En los últimos 30 días</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Este curso escolar</translation>
    </message>
    <message>
        <source>In the past 12 months</source>
        <translation>En los últimos 12 meses</translation>
    </message>
    <message>
        <source>Not in the past 2 years</source>
        <translation>No en los últimos 2 años</translation>
    </message>
    <message>
        <source>Loading volunteers…</source>
        <translation>Cargando voluntarios…</translation>
    </message>
    <message>
        <source>%1 volunteer</source>
        <translation>%1 voluntario</translation>
    </message>
    <message>
        <source>%1 volunteers</source>
        <translation>%1 voluntarios</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
    <message>
        <source>No volunteers in your local cache yet.
Sign in and sync to bring them from Salesforce, or add one with “Add volunteer”.</source>
        <translation>Aún no hay voluntarios en su caché local.
Inicie sesión y sincronice para traerlos de Salesforce, o añada uno con «Añadir voluntario».</translation>
    </message>
    <message>
        <source>No volunteers in your local cache yet.
Sign in and sync to bring them from Salesforce.</source>
        <translation>Aún no hay voluntarios en su caché local.
Inicie sesión y sincronice para traerlos de Salesforce.</translation>
    </message>
    <message>
        <source>No volunteer matches these filters.</source>
        <translation>Ningún voluntario coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>vms::WalkInDialog</name>
    <message>
        <source>Add a walk-in volunteer</source>
        <translation>Añadir un voluntario sin inscripción</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name (required)</source>
        <translation>&amp;Apellidos (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Possible existing records</source>
        <translation>Posibles registros existentes</translation>
    </message>
    <message>
        <source>&amp;Add and mark attended</source>
        <translation>&amp;Añadir y marcar como presente</translation>
    </message>
    <message>
        <source>&amp;Use the selected person</source>
        <translation>&amp;Usar la persona seleccionada</translation>
    </message>
    <message>
        <source>A last name is needed.</source>
        <translation>Hacen falta los apellidos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Add as new anyway</source>
        <translation>&amp;Añadir como nuevo igualmente</translation>
    </message>
    <message>
        <source>Salesforce would refuse this walk-in as it is: see the fields marked above.</source>
        <translation>Salesforce rechazaría a esta persona sin inscripción tal como está: vea los campos marcados arriba.</translation>
    </message>
    <message>
        <source>This may be someone already in VMS. Select them and press Use the selected person, or press Add again to add a new volunteer anyway.</source>
        <translation>Puede ser alguien que ya está en VMS. Selecciónelo y pulse Usar la persona seleccionada, o pulse Añadir otra vez para añadir un voluntario nuevo de todos modos.</translation>
    </message>
</context>
</TS>
