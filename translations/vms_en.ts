<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ViewHelpers</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VMS — Volunteer Management System</source>
        <translation>VMS — Volunteer Management System</translation>
    </message>
    <message>
        <source>Profile folder to use.</source>
        <translation>Profile folder to use.</translation>
    </message>
    <message>
        <source>Save a screenshot and quit.</source>
        <translation>Save a screenshot and quit.</translation>
    </message>
    <message>
        <source>Start on the built-in demo org.</source>
        <translation>Start on the built-in demo org.</translation>
    </message>
    <message>
        <source>VMS cannot start</source>
        <translation>VMS cannot start</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Start on the demo org signed in with this role (user, coordinator, admin; default coordinator).</source>
        <translation>Start on the demo org signed in with this role (user, coordinator, admin; default coordinator).</translation>
    </message>
    <message>
        <source>Salesforce did not take every change; see the sync problems.</source>
        <translation>Salesforce did not take every change; see the sync problems.</translation>
    </message>
    <message>
        <source>This computer&apos;s data was removed.</source>
        <translation>This computer&apos;s data was removed.</translation>
    </message>
    <message>
        <source>Remove this computer&apos;s data</source>
        <translation>Remove this computer&apos;s data</translation>
    </message>
    <message>
        <source>Window size, e.g. 1024x700 (for screenshots).</source>
        <translation>Window size, e.g. 1024x700 (for screenshots).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The local data was restored from %1. Changes waiting to be sent, kept: %2. The data as it was is kept in %3.</source>
        <translation>The local data was restored from %1. Changes waiting to be sent, kept: %2. The data as it was is kept in %3.</translation>
    </message>
    <message>
        <source>Page to open first (home, volunteers, organizations, events, calendar, attendance, reports, admin; settings opens the Settings dialog; volunteer:&lt;id&gt;, organization:&lt;id&gt; or event:&lt;id&gt; one record&apos;s page; report:&lt;name&gt; one report; event-form:&lt;id&gt; or organization-form:&lt;id&gt; a record&apos;s form, 0 for a new one; recruit:&lt;id&gt; an event&apos;s Recruit panel).</source>
        <translation>Page to open first (home, volunteers, organizations, events, calendar, attendance, reports, admin; settings opens the Settings dialog; volunteer:&lt;id&gt;, organization:&lt;id&gt; or event:&lt;id&gt; one record&apos;s page; report:&lt;name&gt; one report; event-form:&lt;id&gt; or organization-form:&lt;id&gt; a record&apos;s form, 0 for a new one; recruit:&lt;id&gt; an event&apos;s Recruit panel).</translation>
    </message>
</context>
<context>
    <name>vms::AboutDialog</name>
    <message>
        <source>About VMS</source>
        <translation>About VMS</translation>
    </message>
    <message>
        <source>VMS logo</source>
        <translation>VMS logo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;VMS&lt;/h2&gt;&lt;p&gt;Volunteer Management System&lt;/p&gt;</source>
        <translation>&lt;h2&gt;VMS&lt;/h2&gt;&lt;p&gt;Volunteer Management System&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Home page&lt;/a&gt; · &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Home page&lt;/a&gt; · &lt;a href=&quot;https://www.qt.io/&quot;&gt;Qt&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Licence: proprietary. All rights reserved.</source>
        <translation>Licence: proprietary. All rights reserved.</translation>
    </message>
</context>
<context>
    <name>vms::AccountButton</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Org: %1</source>
        <translation>Org: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Sign in to Salesforce to sync</source>
        <translation>Sign in to Salesforce to sync</translation>
    </message>
</context>
<context>
    <name>vms::AccountName</name>
    <message>
        <source>(organization not synced yet)</source>
        <translation>(organization not synced yet)</translation>
    </message>
</context>
<context>
    <name>vms::AddVolunteerDialog</name>
    <message>
        <source>Add volunteer</source>
        <translation>Add volunteer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name (required)</source>
        <translation>Last name (required)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>A volunteer needs a last name.</source>
        <translation>A volunteer needs a last name.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” is not an email address.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; — %3</source>
        <translation>%1 &lt;%2&gt; — %3</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>This looks like a volunteer who is already in VMS.</source>
        <translation>This looks like a volunteer who is already in VMS.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Add anyway</translation>
    </message>
    <message>
        <source>Not added: a likely duplicate exists (%1).</source>
        <translation>Not added: a likely duplicate exists (%1).</translation>
    </message>
    <message>
        <source>Salesforce would refuse this volunteer as it is: see the fields marked above.</source>
        <translation>Salesforce would refuse this volunteer as it is: see the fields marked above.</translation>
    </message>
</context>
<context>
    <name>vms::AdminView</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>&amp;Health and sync</source>
        <translation>&amp;Health and sync</translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <translation>A&amp;udit log</translation>
    </message>
    <message>
        <source>&amp;Backups and data</source>
        <translation>&amp;Backups and data</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>The org&apos;s setup</source>
        <translation>The org&apos;s setup</translation>
    </message>
    <message>
        <source>What the org lacks</source>
        <translation>What the org lacks</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sync &amp;problems and conflicts…</source>
        <translation>Sync &amp;problems and conflicts…</translation>
    </message>
    <message>
        <source>&amp;Full resync</source>
        <translation>&amp;Full resync</translation>
    </message>
    <message>
        <source>Reads every record from Salesforce again and removes local records it no longer has. Changes waiting to be sent are sent first and never lost.</source>
        <translation>Reads every record from Salesforce again and removes local records it no longer has. Changes waiting to be sent are sent first and never lost.</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancel sync</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sync in progress</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Backups of the local data</source>
        <translation>Backups of the local data</translation>
    </message>
    <message>
        <source>VMS copies its local data once a day and keeps the last seven copies. A restore keeps every change still waiting to be sent to Salesforce.</source>
        <translation>VMS copies its local data once a day and keeps the last seven copies. A restore keeps every change still waiting to be sent to Salesforce.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Create a backup now</source>
        <translation>&amp;Create a backup now</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <source>This computer&apos;s data</source>
        <translation>This computer&apos;s data</translation>
    </message>
    <message>
        <source>For a computer that changes hands or is lost: signs out and removes the local data, logs and backups.</source>
        <translation>For a computer that changes hands or is lost: signs out and removes the local data, logs and backups.</translation>
    </message>
    <message>
        <source>Remove this computer&apos;s &amp;data…</source>
        <translation>Remove this computer&apos;s &amp;data…</translation>
    </message>
    <message>
        <source>Last good sync: %1</source>
        <translation>Last good sync: %1</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>Never synced yet.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>Changes waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Refused by Salesforce (kept, retried): %1</source>
        <translation>Refused by Salesforce (kept, retried): %1</translation>
    </message>
    <message>
        <source>Conflicts to resolve: %1</source>
        <translation>Conflicts to resolve: %1</translation>
    </message>
    <message>
        <source>Records from Salesforce waiting to apply: %1</source>
        <translation>Records from Salesforce waiting to apply: %1</translation>
    </message>
    <message>
        <source>API budget: %1 of %2 calls used today (as of the last sync)</source>
        <translation>API budget: %1 of %2 calls used today (as of the last sync)</translation>
    </message>
    <message>
        <source>API budget: not known yet (the next sync reads it)</source>
        <translation>API budget: not known yet (the next sync reads it)</translation>
    </message>
    <message>
        <source>Not checked yet: the next sync checks the org&apos;s setup.</source>
        <translation>Not checked yet: the next sync checks the org&apos;s setup.</translation>
    </message>
    <message>
        <source>Checked %1: the org has every field and permission set VMS needs.</source>
        <translation>Checked %1: the org has every field and permission set VMS needs.</translation>
    </message>
    <message>
        <source>Checked %1: the org lacks what is listed below. Changes that need a missing field wait, saying so, until it is added; see docs/admin-setup.md.</source>
        <translation>Checked %1: the org lacks what is listed below. Changes that need a missing field wait, saying so, until it is added; see docs/admin-setup.md.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>made by an Admin</source>
        <translation>made by an Admin</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>VMS will close and, when you start it again, replace its local data with the copy of %1.</source>
        <translation>VMS will close and, when you start it again, replace its local data with the copy of %1.</translation>
    </message>
    <message>
        <source>Restore and close VMS</source>
        <translation>Restore and close VMS</translation>
    </message>
    <message numerus="yes">
        <source>Every change waiting to be sent to Salesforce (%n now) is kept, including any the copy lacks; changes the copy holds that were sent since it was made are not sent again. The local data as it is now is kept as a backup first.</source>
        <translation>
            <numerusform>Every change waiting to be sent to Salesforce (%n now) is kept, including any the copy lacks; changes the copy holds that were sent since it was made are not sent again. The local data as it is now is kept as a backup first.</numerusform>
            <numerusform>Every change waiting to be sent to Salesforce (%n now) is kept, including any the copy lacks; changes the copy holds that were sent since it was made are not sent again. The local data as it is now is kept as a backup first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Local or Salesforce Id</source>
        <translation>Local or Salesforce Id</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filter by user</translation>
    </message>
    <message>
        <source>Filter by record</source>
        <translation>Filter by record</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>From day</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>To day</translation>
    </message>
</context>
<context>
    <name>vms::AttendanceImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>The file is empty; the first line must name the columns.</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos; in the first line; the columns are: %2.</source>
        <translation>Unknown column &apos;%1&apos; in the first line; the columns are: %2.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; appears twice.</source>
        <translation>The column &apos;%1&apos; appears twice.</translation>
    </message>
    <message>
        <source>The first line must include a &apos;status&apos; column.</source>
        <translation>The first line must include a &apos;status&apos; column.</translation>
    </message>
    <message>
        <source>The first line must include &apos;contact_id&apos;, &apos;email&apos; or &apos;first_name&apos; and &apos;last_name&apos; to say who each row is.</source>
        <translation>The first line must include &apos;contact_id&apos;, &apos;email&apos; or &apos;first_name&apos; and &apos;last_name&apos; to say who each row is.</translation>
    </message>
    <message>
        <source>Has %1 fields; the first line names %2.</source>
        <translation>Has %1 fields; the first line names %2.</translation>
    </message>
    <message>
        <source>Says nobody: fill contact_id, email or first_name and last_name.</source>
        <translation>Says nobody: fill contact_id, email or first_name and last_name.</translation>
    </message>
    <message>
        <source>No cached volunteer has the email %1.</source>
        <translation>No cached volunteer has the email %1.</translation>
    </message>
    <message>
        <source>No cached volunteer or student is named %1.</source>
        <translation>No cached volunteer or student is named %1.</translation>
    </message>
    <message>
        <source>%1 matches %2 people; use contact_id to say which.</source>
        <translation>%1 matches %2 people; use contact_id to say which.</translation>
    </message>
    <message>
        <source>%1 already appears on an earlier line.</source>
        <translation>%1 already appears on an earlier line.</translation>
    </message>
    <message>
        <source>The status is empty; use Registered, Attended, No-Show or Cancelled.</source>
        <translation>The status is empty; use Registered, Attended, No-Show or Cancelled.</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use Registered, Attended, No-Show or Cancelled.</source>
        <translation>Unknown status &apos;%1&apos;; use Registered, Attended, No-Show or Cancelled.</translation>
    </message>
    <message>
        <source>Hours &apos;%1&apos; is not a number.</source>
        <translation>Hours &apos;%1&apos; is not a number.</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 24, not %1.</source>
        <translation>Hours must be between 0 and 24, not %1.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text (byte 0x%2 at column %3). Save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel) and import it again.</source>
        <translation>Line %1 is not valid UTF-8 text (byte 0x%2 at column %3). Save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel) and import it again.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here and its closing quote is missing, so the rest of the file cannot be read. Close the quote and import again.</source>
        <translation>Line %1: a quoted field starts here and its closing quote is missing, so the rest of the file cannot be read. Close the quote and import again.</translation>
    </message>
</context>
<context>
    <name>vms::AttendanceRoster</name>
    <message>
        <source>No event with local id %1 in the cache.</source>
        <translation>No event with local id %1 in the cache.</translation>
    </message>
    <message>
        <source>--event: no cached event has the Salesforce Id %1.</source>
        <translation>--event: no cached event has the Salesforce Id %1.</translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is neither a Salesforce Id (15 or 18 characters) nor a local id.</source>
        <translation>--event: &apos;%1&apos; is neither a Salesforce Id (15 or 18 characters) nor a local id.</translation>
    </message>
    <message>
        <source>--event: no event with local id %1 in the cache.</source>
        <translation>--event: no event with local id %1 in the cache.</translation>
    </message>
    <message>
        <source>--contact: no %1 with local id %2 in the cache.</source>
        <translation>--contact: no %1 with local id %2 in the cache.</translation>
    </message>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>ID: &apos;%1&apos; is a student, not a volunteer.</source>
        <translation>ID: &apos;%1&apos; is a student, not a volunteer.</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>date not set</translation>
    </message>
    <message>
        <source>%1: nothing cached has the Salesforce Id %2.</source>
        <translation>%1: nothing cached has the Salesforce Id %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is neither a Salesforce Id (15 or 18 characters) nor a local id.</source>
        <translation>%1: &apos;%2&apos; is neither a Salesforce Id (15 or 18 characters) nor a local id.</translation>
    </message>
    <message>
        <source>%1: nothing cached has the local id %2.</source>
        <translation>%1: nothing cached has the local id %2.</translation>
    </message>
    <message>
        <source>No participation with local id %1 in the cache.</source>
        <translation>No participation with local id %1 in the cache.</translation>
    </message>
    <message>
        <source>--contact: no cached volunteer, student or teacher has the Salesforce Id %1.</source>
        <translation>--contact: no cached volunteer, student or teacher has the Salesforce Id %1.</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <source>--contact: &apos;%1&apos; is neither a Salesforce Id (15 or 18 characters) nor a local id (123 for a volunteer, s123 for a student, t123 for a teacher).</source>
        <translation>--contact: &apos;%1&apos; is neither a Salesforce Id (15 or 18 characters) nor a local id (123 for a volunteer, s123 for a student, t123 for a teacher).</translation>
    </message>
    <message>
        <source>ID: &apos;%1&apos; is a teacher, not a volunteer.</source>
        <translation>ID: &apos;%1&apos; is a teacher, not a volunteer.</translation>
    </message>
</context>
<context>
    <name>vms::AttendanceView</name>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-Show</source>
        <translation>No-Show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Registered: 0000</source>
        <translation>Registered: 0000</translation>
    </message>
    <message>
        <source>&amp;Check in (type a name, press Enter):</source>
        <translation>&amp;Check in (type a name, press Enter):</translation>
    </message>
    <message>
        <source>Check in by name</source>
        <translation>Check in by name</translation>
    </message>
    <message>
        <source>Name or email; Enter marks the highlighted person Attended</source>
        <translation>Name or email; Enter marks the highlighted person Attended</translation>
    </message>
    <message>
        <source>People matching the name typed</source>
        <translation>People matching the name typed</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <source>Change hours of %1</source>
        <translation>Change hours of %1</translation>
    </message>
    <message>
        <source>%1: %2 hours.</source>
        <translation>%1: %2 hours.</translation>
    </message>
    <message>
        <source>%1: hours cleared.</source>
        <translation>%1: hours cleared.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Presenter (not counted)</source>
        <translation>Presenter (not counted)</translation>
    </message>
    <message>
        <source>Organization / grade</source>
        <translation>Organization / grade</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>Mark Attended</source>
        <translation>Mark Attended</translation>
    </message>
    <message>
        <source>Mark No-Show</source>
        <translation>Mark No-Show</translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation>Clear mark</translation>
    </message>
    <message>
        <source>Edit hours</source>
        <translation>Edit hours</translation>
    </message>
    <message>
        <source>Everyone left is No-Show</source>
        <translation>Everyone left is No-Show</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <source>Add students…</source>
        <translation>Add students…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Get ready for offline…</source>
        <translation>Get ready for offline…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo  (%1)</source>
        <translation>Undo  (%1)</translation>
    </message>
    <message>
        <source>You can find people here, but not mark them: %1</source>
        <translation>You can find people here, but not mark them: %1</translation>
    </message>
    <message>
        <source>Read-only. %1</source>
        <translation>Read-only. %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · attendance defaults to %3</source>
        <translation>%1 · %2 · attendance defaults to %3</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>no location</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>no hours</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <translation>Attended: %1</translation>
    </message>
    <message>
        <source>No-show: %1</source>
        <translation>No-show: %1</translation>
    </message>
    <message>
        <source>All in Salesforce</source>
        <translation>All in Salesforce</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n waiting to sync</numerusform>
            <numerusform>%n waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>Marks are saved on this computer at once and sent to Salesforce at the next sync.</source>
        <translation>Marks are saved on this computer at once and sent to Salesforce at the next sync.</translation>
    </message>
    <message>
        <source>student, not on the roster: will be added</source>
        <translation>student, not on the roster: will be added</translation>
    </message>
    <message>
        <source>not on the roster: will be added</source>
        <translation>not on the roster: will be added</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Nobody matches. Ctrl+Shift+W adds a walk-in.</source>
        <translation>Nobody matches. Ctrl+Shift+W adds a walk-in.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Redone: %1.</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to sync.</source>
        <translation>Saved on this computer; waiting to sync.</translation>
    </message>
    <message>
        <source>Pick someone on the roster first.</source>
        <translation>Pick someone on the roster first.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation>Mark %1 %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Clear %1</translation>
    </message>
    <message>
        <source>%1: back to Registered.</source>
        <translation>%1: back to Registered.</translation>
    </message>
    <message>
        <source>Nobody is left: everyone on the roster has a mark.</source>
        <translation>Nobody is left: everyone on the roster has a mark.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n people left as No-Show</source>
        <translation>
            <numerusform>Mark %n person left as No-Show</numerusform>
            <numerusform>Mark %n people left as No-Show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people left marked No-Show (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>%n person left marked No-Show (Ctrl+Z undoes it).</numerusform>
            <numerusform>%n people left marked No-Show (Ctrl+Z undoes it).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches &apos;%1&apos;. Check the spelling or add a walk-in (Ctrl+Shift+W).</source>
        <translation>Nobody matches &apos;%1&apos;. Check the spelling or add a walk-in (Ctrl+Shift+W).</translation>
    </message>
    <message>
        <source>%1 is already marked Attended.</source>
        <translation>%1 is already marked Attended.</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>Check in %1</translation>
    </message>
    <message>
        <source>%1: Attended.</source>
        <translation>%1: Attended.</translation>
    </message>
    <message>
        <source>%1: added to the roster, Attended.</source>
        <translation>%1: added to the roster, Attended.</translation>
    </message>
    <message>
        <source>The walk-in was not added: %1</source>
        <translation>The walk-in was not added: %1</translation>
    </message>
    <message>
        <source>the volunteer</source>
        <translation>the volunteer</translation>
    </message>
    <message>
        <source>Check in walk-in %1</source>
        <translation>Check in walk-in %1</translation>
    </message>
    <message>
        <source>Walk-in %1: added, Attended.</source>
        <translation>Walk-in %1: added, Attended.</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n student(s)</source>
        <translation>
            <numerusform>Check in %n student</numerusform>
            <numerusform>Check in %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) marked Attended.</source>
        <translation>
            <numerusform>%n student marked Attended.</numerusform>
            <numerusform>%n students marked Attended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Save the sign-in sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Import attendance</source>
        <translation>Import attendance</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Sign-in sheet - %1.pdf</source>
        <translation>Sign-in sheet - %1.pdf</translation>
    </message>
    <message>
        <source>Sign-in sheet saved to %1.</source>
        <translation>Sign-in sheet saved to %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 hour.</source>
        <translation>%1: %2 hour.</translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation>%1 hour</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <source>Save sign-in sheet as PDF…</source>
        <translation>Save sign-in sheet as PDF…</translation>
    </message>
    <message>
        <source>Take attendance early?</source>
        <translation>Take attendance early?</translation>
    </message>
    <message>
        <source>%1 starts %2, more than a day from now.</source>
        <translation>%1 starts %2, more than a day from now.</translation>
    </message>
    <message>
        <source>Attended and No-Show marks count in reports as soon as they are saved. Check that this is the right event.</source>
        <translation>Attended and No-Show marks count in reports as soon as they are saved. Check that this is the right event.</translation>
    </message>
    <message>
        <source>Take attendance now</source>
        <translation>Take attendance now</translation>
    </message>
    <message>
        <source>Nothing was marked: %1 is more than a day away.</source>
        <translation>Nothing was marked: %1 is more than a day away.</translation>
    </message>
    <message>
        <source>Sign-in sheet - %1</source>
        <translation>Sign-in sheet - %1</translation>
    </message>
    <message>
        <source>Sign-in sheet sent to the printer %1.</source>
        <translation>Sign-in sheet sent to the printer %1.</translation>
    </message>
    <message>
        <source>Sign-in sheet printed to %1.</source>
        <translation>Sign-in sheet printed to %1.</translation>
    </message>
    <message>
        <source>Delete participation…</source>
        <translation>Delete participation…</translation>
    </message>
    <message>
        <source>Pick one person on the roster first.</source>
        <translation>Pick one person on the roster first.</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back until the next sync.</source>
        <translation>Deleted. Undo (Ctrl+Z) brings it back until the next sync.</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notes…</translation>
    </message>
    <message>
        <source>Keys: type a name + Enter = Attended · in the roster: A = Attended, N = No-Show, Del = clear, H or F2 = hours, T = notes · Ctrl+Shift+N = everyone left No-Show · Ctrl+Z = undo · Ctrl+F = back to the name field</source>
        <translation>Keys: type a name + Enter = Attended · in the roster: A = Attended, N = No-Show, Del = clear, H or F2 = hours, T = notes · Ctrl+Shift+N = everyone left No-Show · Ctrl+Z = undo · Ctrl+F = back to the name field</translation>
    </message>
    <message>
        <source>teacher, not on the roster: will be added</source>
        <translation>teacher, not on the roster: will be added</translation>
    </message>
    <message>
        <source>The attendance screen is closed.</source>
        <translation>The attendance screen is closed.</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Notes on %1</translation>
    </message>
    <message>
        <source>%1: notes saved.</source>
        <translation>%1: notes saved.</translation>
    </message>
</context>
<context>
    <name>vms::AuditLog</name>
    <message>
        <source>No record with id &apos;%1&apos; in the local cache.</source>
        <translation>No record with id &apos;%1&apos; in the local cache.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. No file was written.</source>
        <translation>Cannot write %1: %2. No file was written.</translation>
    </message>
</context>
<context>
    <name>vms::AuthManager</name>
    <message>
        <source>Not signed in: sign in (vms-cli login) first.</source>
        <translation>Not signed in: sign in (vms-cli login) first.</translation>
    </message>
    <message>
        <source>Could not reach the login host to renew the session (%1).</source>
        <translation>Could not reach the login host to renew the session (%1).</translation>
    </message>
    <message>
        <source>The sign-in was revoked or has expired (%1). Sign in again.</source>
        <translation>The sign-in was revoked or has expired (%1). Sign in again.</translation>
    </message>
    <message>
        <source>The org did not renew the session: %1</source>
        <translation>The org did not renew the session: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce user id.</source>
        <translation>&apos;%1&apos; is not a Salesforce user id.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2).</source>
        <translation>Could not reach %1 (%2).</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Signed out here, but the org could not be told to revoke the sign-in: %1</source>
        <translation>Signed out here, but the org could not be told to revoke the sign-in: %1</translation>
    </message>
    <message>
        <source>The stored sign-in is unusable: %1 Sign in again.</source>
        <translation>The stored sign-in is unusable: %1 Sign in again.</translation>
    </message>
    <message>
        <source>The org answered for another user than the one who signed in.</source>
        <translation>The org answered for another user than the one who signed in.</translation>
    </message>
</context>
<context>
    <name>vms::Backup</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Cannot copy %1</source>
        <translation>Cannot copy %1</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>Cannot copy %1: %2</translation>
    </message>
    <message>
        <source>Cannot finish the copy %1</source>
        <translation>Cannot finish the copy %1</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>Cannot move %1 aside.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>There is no local cache to copy in %1.</source>
        <translation>There is no local cache to copy in %1.</translation>
    </message>
    <message>
        <source>--out %1 is a folder; name the file to write.</source>
        <translation>--out %1 is a folder; name the file to write.</translation>
    </message>
    <message>
        <source>%1 No file was written.</source>
        <translation>%1 No file was written.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a VMS cache (not a copy made by VMS).</source>
        <translation>%1 is not a VMS cache (not a copy made by VMS).</translation>
    </message>
    <message>
        <source>%1 was made by a newer VMS (schema %2; this VMS knows %3). Update VMS to restore it.</source>
        <translation>%1 was made by a newer VMS (schema %2; this VMS knows %3). Update VMS to restore it.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it cannot be restored.</source>
        <translation>%1 is damaged (%2); it cannot be restored.</translation>
    </message>
    <message>
        <source>%1 is a copy of another org&apos;s data (org %2; this profile is signed in to org %3). Nothing was restored.</source>
        <translation>%1 is a copy of another org&apos;s data (org %2; this profile is signed in to org %3). Nothing was restored.</translation>
    </message>
    <message>
        <source>The restore failed and changed nothing: %1</source>
        <translation>The restore failed and changed nothing: %1</translation>
    </message>
    <message>
        <source>Cannot note the restore in %1: %2</source>
        <translation>Cannot note the restore in %1: %2</translation>
    </message>
</context>
<context>
    <name>vms::BarChartPainter</name>
    <message>
        <source>Nothing to chart for these filters.</source>
        <translation>Nothing to chart for these filters.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the table)</source>
        <translation>
            <numerusform>… and %n more (see the table)</numerusform>
            <numerusform>… and %n more (see the table)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vms::BarChartWidget</name>
    <message>
        <source>Report chart</source>
        <translation>Report chart</translation>
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
        <translation>%1 · Today</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>vms::CalendarModel</name>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Week of %1 – %2</translation>
    </message>
    <message>
        <source>%1: no events</source>
        <translation>%1: no events</translation>
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
        <translation>%1 event</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>calendar title: month name, year</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>vms::CalendarView</name>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous month or week (Page Up)</source>
        <translation>Previous month or week (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Go to today (Ctrl+T)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next month or week (Page Down)</source>
        <translation>Next month or week (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>Month view</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Week view</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Events on the selected day</source>
        <translation>Events on the selected day</translation>
    </message>
    <message>
        <source>Choose a day to see its events.</source>
        <translation>Choose a day to see its events.</translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>No events</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>New event on the selected day</source>
        <translation>New event on the selected day</translation>
    </message>
</context>
<context>
    <name>vms::CandidateRanker</name>
    <message>
        <source>Has the requested skill(s): %1</source>
        <translation>Has the requested skill(s): %1</translation>
    </message>
    <message>
        <source>Volunteered at %2 before (%1 time)</source>
        <translation>Volunteered at %2 before (%1 time)</translation>
    </message>
    <message>
        <source>Volunteered at %2 before (%1 times)</source>
        <translation>Volunteered at %2 before (%1 times)</translation>
    </message>
    <message>
        <source>Volunteered in %2 before (%1 time)</source>
        <translation>Volunteered in %2 before (%1 time)</translation>
    </message>
    <message>
        <source>Volunteered in %2 before (%1 times)</source>
        <translation>Volunteered in %2 before (%1 times)</translation>
    </message>
    <message>
        <source>Attended %1 %2 event</source>
        <translation>Attended %1 %2 event</translation>
    </message>
    <message>
        <source>Attended %1 %2 events</source>
        <translation>Attended %1 %2 events</translation>
    </message>
    <message>
        <source>Their organization, %1, is this event&apos;s partner</source>
        <translation>Their organization, %1, is this event&apos;s partner</translation>
    </message>
    <message>
        <source>%1 colleague from %2 signed up</source>
        <translation>%1 colleague from %2 signed up</translation>
    </message>
    <message>
        <source>%1 colleagues from %2 signed up</source>
        <translation>%1 colleagues from %2 signed up</translation>
    </message>
    <message>
        <source>Volunteered recently (%1)</source>
        <translation>Volunteered recently (%1)</translation>
    </message>
    <message>
        <source>Volunteered in the last year (%1)</source>
        <translation>Volunteered in the last year (%1)</translation>
    </message>
    <message>
        <source>Volunteered %1 time</source>
        <translation>Volunteered %1 time</translation>
    </message>
    <message>
        <source>Volunteered %1 times</source>
        <translation>Volunteered %1 times</translation>
    </message>
    <message>
        <source>Contacted on %1</source>
        <translation>Contacted on %1</translation>
    </message>
    <message>
        <source>Contacted on %1 (%2)</source>
        <translation>Contacted on %1 (%2)</translation>
    </message>
    <message>
        <source>Already signed up for this event</source>
        <translation>Already signed up for this event</translation>
    </message>
    <message>
        <source>Do Not Contact</source>
        <translation>Do Not Contact</translation>
    </message>
    <message>
        <source>Inactive volunteer</source>
        <translation>Inactive volunteer</translation>
    </message>
</context>
<context>
    <name>vms::Conflicts</name>
    <message>
        <source>There is no open conflict with id %1.</source>
        <translation>There is no open conflict with id %1.</translation>
    </message>
</context>
<context>
    <name>vms::Database</name>
    <message>
        <source>Cannot read the local cache %1: %2</source>
        <translation>Cannot read the local cache %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 is not a VMS database (it may be corrupt). It was left untouched; move it aside to start a fresh cache.</source>
        <translation>The local cache %1 is not a VMS database (it may be corrupt). It was left untouched; move it aside to start a fresh cache.</translation>
    </message>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Cannot open the local cache %1: %2</translation>
    </message>
    <message>
        <source>The local cache stayed busy: another VMS program kept writing to it for more than %1 seconds. Nothing was saved; try again.</source>
        <translation>The local cache stayed busy: another VMS program kept writing to it for more than %1 seconds. Nothing was saved; try again.</translation>
    </message>
    <message>
        <source>Cannot start saving: %1</source>
        <translation>Cannot start saving: %1</translation>
    </message>
</context>
<context>
    <name>vms::DeleteRecord</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 will be deleted here now and in Salesforce at the next sync. Until then, Undo (Ctrl+Z) brings it back.</source>
        <translation>%1 will be deleted here now and in Salesforce at the next sync. Until then, Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>%1 will be deleted. It has not reached Salesforce, so Salesforce never hears of it. Undo (Ctrl+Z) brings it back.</source>
        <translation>%1 will be deleted. It has not reached Salesforce, so Salesforce never hears of it. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
</context>
<context>
    <name>vms::DemoOrg</name>
    <message>
        <source>The demo org could not start: %1</source>
        <translation>The demo org could not start: %1</translation>
    </message>
    <message>
        <source>--demo runs only on a profile of its own, and %1 is a real profile: the demo would sign it into the demo org. Leave out --profile, or give a new folder.</source>
        <translation>--demo runs only on a profile of its own, and %1 is a real profile: the demo would sign it into the demo org. Leave out --profile, or give a new folder.</translation>
    </message>
</context>
<context>
    <name>vms::EventForm</name>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Skills separated by ;</source>
        <translation>Skills separated by ;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Starts (%1):</translation>
    </message>
    <message>
        <source>&amp;Ends (%1):</source>
        <translation>&amp;Ends (%1):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>S&amp;chool:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Volunteers needed:</source>
        <translation>&amp;Volunteers needed:</translation>
    </message>
    <message>
        <source>Requested s&amp;kills:</source>
        <translation>Requested s&amp;kills:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <source>Cancellation &amp;reason:</source>
        <translation>Cancellation &amp;reason:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Salesforce would refuse this event as it is: see the fields marked above.</source>
        <translation>Salesforce would refuse this event as it is: see the fields marked above.</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Salesforce refused the last change of this event (%1): %2 Fix it here and save; it is sent again.</source>
        <translation>Salesforce refused the last change of this event (%1): %2 Fix it here and save; it is sent again.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>vms::EventPage</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>✔ Attended</source>
        <translation>✔ Attended</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>&amp;Back to list</source>
        <translation>&amp;Back to list</translation>
    </message>
    <message>
        <source>Back to the event list</source>
        <translation>Back to the event list</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Event %1</translation>
    </message>
    <message>
        <source>No date set</source>
        <translation>No date set</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Volunteers requested</source>
        <translation>Volunteers requested</translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation>Open slots</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>Cancellation reason</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1: %2 registered, %3 attended, %4 no-show, %5 cancelled</source>
        <translation>%1: %2 registered, %3 attended, %4 no-show, %5 cancelled</translation>
    </message>
    <message>
        <source>Volunteers and presenters</source>
        <translation>Volunteers and presenters</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Volunteer hours delivered: %1</source>
        <translation>Volunteer hours delivered: %1</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicate…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>&amp;Cancel event…</source>
        <translation>&amp;Cancel event…</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Salesforce refused the last change (%1, %2): %3 Open Edit to fix it.</source>
        <translation>Salesforce refused the last change (%1, %2): %3 Open Edit to fix it.</translation>
    </message>
    <message>
        <source>&amp;Recruit volunteers…</source>
        <translation>&amp;Recruit volunteers…</translation>
    </message>
    <message>
        <source>The volunteers to ask for this event, best first, with the reasons.</source>
        <translation>The volunteers to ask for this event, best first, with the reasons.</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
</context>
<context>
    <name>vms::EventPlanner</name>
    <message>
        <source>New event %1</source>
        <translation>New event %1</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>Move event</translation>
    </message>
    <message>
        <source>Move “%1” to %2?</source>
        <translation>Move “%1” to %2?</translation>
    </message>
    <message>
        <source>It was %1. The change is sent to Salesforce with the next sync.</source>
        <translation>It was %1. The change is sent to Salesforce with the next sync.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Move event %1</source>
        <translation>Move event %1</translation>
    </message>
    <message>
        <source>Set event status to %1</source>
        <translation>Set event status to %1</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
</context>
<context>
    <name>vms::EventStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>vms::EventsView</name>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filter events</translation>
    </message>
    <message>
        <source>Filter by name, school or location</source>
        <translation>Filter by name, school or location</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Loading events…</translation>
    </message>
    <message>
        <source>Any school</source>
        <translation>Any school</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation>Any district</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 event</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <source>No events in your local cache yet.
Sign in and sync to bring them from Salesforce.</source>
        <translation>No events in your local cache yet.
Sign in and sync to bring them from Salesforce.</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>No event matches these filters.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>School year %1</source>
        <translation>School year %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>Date range…</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete the selected event (Admin)</source>
        <translation>Delete the selected event (Admin)</translation>
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
        <translation>Required: Salesforce does not accept it empty.</translation>
    </message>
    <message>
        <source>At most %1 characters; this has %2.</source>
        <translation>At most %1 characters; this has %2.</translation>
    </message>
    <message>
        <source>“%1” is not one of the values Salesforce accepts: %2.</source>
        <translation>“%1” is not one of the values Salesforce accepts: %2.</translation>
    </message>
</context>
<context>
    <name>vms::FirstSyncDialog</name>
    <message>
        <source>Getting your organization&apos;s data</source>
        <translation>Getting your organization&apos;s data</translation>
    </message>
    <message>
        <source>This computer is receiving your organization&apos;s records from Salesforce for the first time. You can start working once they are here; later syncs only bring what changed.</source>
        <translation>This computer is receiving your organization&apos;s records from Salesforce for the first time. You can start working once they are here; later syncs only bring what changed.</translation>
    </message>
    <message>
        <source>Asking Salesforce how many records there are…</source>
        <translation>Asking Salesforce how many records there are…</translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>Records received</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stops receiving; what arrived is kept and Resume carries on from there.</source>
        <translation>Stops receiving; what arrived is kept and Resume carries on from there.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Work while it runs</source>
        <translation>Work while it runs</translation>
    </message>
    <message>
        <source>Closes this window; the sync goes on, shown in the status bar.</source>
        <translation>Closes this window; the sync goes on, shown in the status bar.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>%1 of %2 records received</source>
        <translation>%1 of %2 records received</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Estimating the time left…</translation>
    </message>
    <message>
        <source>About %1 minutes left</source>
        <translation>About %1 minutes left</translation>
    </message>
    <message>
        <source>About %1 seconds left</source>
        <translation>About %1 seconds left</translation>
    </message>
    <message>
        <source>All records are here.</source>
        <translation>All records are here.</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Start working</translation>
    </message>
    <message>
        <source>Stopped. What arrived is kept; Resume carries on from there (so does the next start of the program).</source>
        <translation>Stopped. What arrived is kept; Resume carries on from there (so does the next start of the program).</translation>
    </message>
    <message>
        <source>The sync stopped: %1 What arrived is kept; Resume carries on from there.</source>
        <translation>The sync stopped: %1 What arrived is kept; Resume carries on from there.</translation>
    </message>
</context>
<context>
    <name>vms::GlobalSearch</name>
    <message>
        <source>Search volunteers, organizations and events</source>
        <translation>Search volunteers, organizations and events</translation>
    </message>
    <message>
        <source>Search volunteers, organizations, events (Ctrl+K)</source>
        <translation>Search volunteers, organizations, events (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>%1 — volunteer %2</source>
        <translation>%1 — volunteer %2</translation>
    </message>
    <message>
        <source>%1 — organization</source>
        <translation>%1 — organization</translation>
    </message>
    <message>
        <source>%1 — event, %2</source>
        <translation>%1 — event, %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Nothing found for “%1”</translation>
    </message>
</context>
<context>
    <name>vms::HelpDialog</name>
    <message>
        <source>VMS user guide</source>
        <translation>VMS user guide</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Working offline</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>VMS keeps a copy of your org&apos;s volunteers, organizations, events and attendance on this computer. Most of your work needs no network.</source>
        <translation>VMS keeps a copy of your org&apos;s volunteers, organizations, events and attendance on this computer. Most of your work needs no network.</translation>
    </message>
    <message>
        <source>Works without a network</source>
        <translation>Works without a network</translation>
    </message>
    <message>
        <source>Finding and reading volunteers, organizations and events, the calendar and Home.</source>
        <translation>Finding and reading volunteers, organizations and events, the calendar and Home.</translation>
    </message>
    <message>
        <source>Taking attendance: marks, walk-ins, students, hours and CSV imports. Each is saved on this computer at once and sent to Salesforce at the next sync, exactly once.</source>
        <translation>Taking attendance: marks, walk-ins, students, hours and CSV imports. Each is saved on this computer at once and sent to Salesforce at the next sync, exactly once.</translation>
    </message>
    <message>
        <source>Editing and adding volunteers (Coordinators and Admins).</source>
        <translation>Editing and adding volunteers (Coordinators and Admins).</translation>
    </message>
    <message>
        <source>Reports, their exports and printing, and the sign-in sheet.</source>
        <translation>Reports, their exports and printing, and the sign-in sheet.</translation>
    </message>
    <message>
        <source>Undo and redo of your own changes.</source>
        <translation>Undo and redo of your own changes.</translation>
    </message>
    <message>
        <source>Needs a network</source>
        <translation>Needs a network</translation>
    </message>
    <message>
        <source>Signing in (the first time, or after signing out).</source>
        <translation>Signing in (the first time, or after signing out).</translation>
    </message>
    <message>
        <source>Syncing: sending your waiting changes and bringing what changed in Salesforce.</source>
        <translation>Syncing: sending your waiting changes and bringing what changed in Salesforce.</translation>
    </message>
    <message>
        <source>&quot;Download what is missing&quot; in Get ready for offline.</source>
        <translation>&quot;Download what is missing&quot; in Get ready for offline.</translation>
    </message>
    <message>
        <source>Before you go offline</source>
        <translation>Before you go offline</translation>
    </message>
    <message>
        <source>Open Attendance, press &quot;Get ready for offline…&quot; (Ctrl+Shift+O), tick the events you will run and press Check until every one says Ready.</source>
        <translation>Open Attendance, press &quot;Get ready for offline…&quot; (Ctrl+Shift+O), tick the events you will run and press Check until every one says Ready.</translation>
    </message>
    <message>
        <source>The status bar always says whether VMS is online, when it last synced and how many of your changes are waiting to be sent.</source>
        <translation>The status bar always says whether VMS is online, when it last synced and how many of your changes are waiting to be sent.</translation>
    </message>
</context>
<context>
    <name>vms::HomeView</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Events this school year</source>
        <translation>Events this school year</translation>
    </message>
    <message>
        <source>Volunteer hours this school year</source>
        <translation>Volunteer hours this school year</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Upcoming events (next two weeks)</source>
        <translation>Upcoming events (next two weeks)</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <source>Welcome to VMS.

Your local cache is empty. Sign in and sync to bring volunteers, organizations and events from Salesforce; after that everything works offline too.</source>
        <translation>Welcome to VMS.

Your local cache is empty. Sign in and sync to bring volunteers, organizations and events from Salesforce; after that everything works offline too.</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>✔ Every local change has reached Salesforce.</source>
        <translation>✔ Every local change has reached Salesforce.</translation>
    </message>
    <message>
        <source>⟳ %1 local change waiting to sync.</source>
        <translation>⟳ %1 local change waiting to sync.</translation>
    </message>
    <message>
        <source>⟳ %1 local changes waiting to sync.</source>
        <translation>⟳ %1 local changes waiting to sync.</translation>
    </message>
    <message>
        <source>No sync problems.</source>
        <translation>No sync problems.</translation>
    </message>
    <message>
        <source>%1 — %2   %3</source>
        <translation>%1 — %2   %3</translation>
    </message>
    <message>
        <source>No events in the next two weeks.</source>
        <translation>No events in the next two weeks.</translation>
    </message>
    <message>
        <source>⚠ %1 change(s) refused by Salesforce, %2 conflict(s) to resolve and %3 record(s) that could not be applied.</source>
        <translation>⚠ %1 change(s) refused by Salesforce, %2 conflict(s) to resolve and %3 record(s) that could not be applied.</translation>
    </message>
    <message>
        <source>%1 draft</source>
        <translation>%1 draft</translation>
    </message>
    <message>
        <source>%1 drafts</source>
        <translation>%1 drafts</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 cancelled</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Not counted: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Events needing volunteers</source>
        <translation>Events needing volunteers</translation>
    </message>
    <message>
        <source>Open an event to see the volunteers to ask, best first.</source>
        <translation>Open an event to see the volunteers to ask, best first.</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>%1 place open</source>
        <translation>%1 place open</translation>
    </message>
    <message>
        <source>%1 places open</source>
        <translation>%1 places open</translation>
    </message>
    <message>
        <source>%1 of %2 volunteers signed up</source>
        <translation>%1 of %2 volunteers signed up</translation>
    </message>
    <message>
        <source>Every upcoming event has the volunteers it asked for.</source>
        <translation>Every upcoming event has the volunteers it asked for.</translation>
    </message>
</context>
<context>
    <name>vms::ImportDialog</name>
    <message>
        <source>Import attendance from %1</source>
        <translation>Import attendance from %1</translation>
    </message>
    <message>
        <source>Rows of the file and what will happen to each</source>
        <translation>Rows of the file and what will happen to each</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Will be imported</source>
        <translation>Will be imported</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n good row(s)</source>
        <translation>
            <numerusform>&amp;Import %n good row</numerusform>
            <numerusform>&amp;Import %n good rows</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>This file cannot be imported: %1</translation>
    </message>
    <message>
        <source>%1 will be imported; %2 rejected (see the Result column). Nothing is saved until you press Import.</source>
        <translation>%1 will be imported; %2 rejected (see the Result column). Nothing is saved until you press Import.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vms::KeychainTokenStore</name>
    <message>
        <source>the OS keychain</source>
        <translation>the OS keychain</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s (it may be waiting for a password prompt that cannot be shown)</source>
        <translation>the keychain did not answer within %1 s (it may be waiting for a password prompt that cannot be shown)</translation>
    </message>
    <message>
        <source>VMS keeps your Salesforce sign-in only in the OS keychain and never writes it anywhere else. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) in your desktop session, then try again.</source>
        <translation>VMS keeps your Salesforce sign-in only in the OS keychain and never writes it anywhere else. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) in your desktop session, then try again.</translation>
    </message>
    <message>
        <source>No OS keychain is available</source>
        <translation>No OS keychain is available</translation>
    </message>
    <message>
        <source>The OS keychain refused access (is it locked?)</source>
        <translation>The OS keychain refused access (is it locked?)</translation>
    </message>
    <message>
        <source>The OS keychain failed</source>
        <translation>The OS keychain failed</translation>
    </message>
</context>
<context>
    <name>vms::ListLoaders</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Last volunteered</source>
        <translation>Last volunteered</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>vms::LocalChanges</name>
    <message>
        <source>Unknown attendance status; use Registered, Attended, No-Show or Cancelled.</source>
        <translation>Unknown attendance status; use Registered, Attended, No-Show or Cancelled.</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 24.</source>
        <translation>Hours must be between 0 and 24.</translation>
    </message>
    <message>
        <source>No event with local id %1 in the cache.</source>
        <translation>No event with local id %1 in the cache.</translation>
    </message>
    <message>
        <source>No %1 with local id %2 in the cache.</source>
        <translation>No %1 with local id %2 in the cache.</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>same email</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>same name and phone</translation>
    </message>
    <message>
        <source>A volunteer needs a last name.</source>
        <translation>A volunteer needs a last name.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>&apos;%1&apos; is not an email address.</translation>
    </message>
    <message>
        <source>The volunteer field &apos;%1&apos; cannot be edited in VMS.</source>
        <translation>The volunteer field &apos;%1&apos; cannot be edited in VMS.</translation>
    </message>
    <message>
        <source>No volunteer with local id %1 in the cache.</source>
        <translation>No volunteer with local id %1 in the cache.</translation>
    </message>
    <message>
        <source>The Salesforce mapping in use cannot send the %1 field(s) %2 to Salesforce, so the change was not saved.</source>
        <translation>The Salesforce mapping in use cannot send the %1 field(s) %2 to Salesforce, so the change was not saved.</translation>
    </message>
    <message>
        <source>No organization named “%1” is known here; pick one from the list, or leave the organization empty.</source>
        <translation>No organization named “%1” is known here; pick one from the list, or leave the organization empty.</translation>
    </message>
    <message>
        <source>The name of a volunteer already in Salesforce is changed in Salesforce, not in VMS.</source>
        <translation>The name of a volunteer already in Salesforce is changed in Salesforce, not in VMS.</translation>
    </message>
    <message>
        <source>%1 records cannot be deleted in VMS.</source>
        <translation>%1 records cannot be deleted in VMS.</translation>
    </message>
    <message>
        <source>This record is on its way to Salesforce; sync first, then delete it.</source>
        <translation>This record is on its way to Salesforce; sync first, then delete it.</translation>
    </message>
    <message>
        <source>This record has a sync conflict; resolve it first, then delete it.</source>
        <translation>This record has a sync conflict; resolve it first, then delete it.</translation>
    </message>
    <message>
        <source>No organization with local id %1 in the cache.</source>
        <translation>No organization with local id %1 in the cache.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Required: an event needs a name.</source>
        <translation>Required: an event needs a name.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Required: an event needs a start.</source>
        <translation>Required: an event needs a start.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>The end cannot be before the start.</translation>
    </message>
    <message>
        <source>Cancellation Reason</source>
        <translation>Cancellation Reason</translation>
    </message>
    <message>
        <source>Required: a cancelled event needs a reason.</source>
        <translation>Required: a cancelled event needs a reason.</translation>
    </message>
    <message>
        <source>The event field &apos;%1&apos; cannot be set in VMS.</source>
        <translation>The event field &apos;%1&apos; cannot be set in VMS.</translation>
    </message>
    <message>
        <source>The event field &apos;%1&apos; cannot be edited in VMS.</source>
        <translation>The event field &apos;%1&apos; cannot be edited in VMS.</translation>
    </message>
    <message>
        <source>Account Name</source>
        <translation>Account Name</translation>
    </message>
    <message>
        <source>Required: an organization needs a name.</source>
        <translation>Required: an organization needs a name.</translation>
    </message>
    <message>
        <source>The organization field &apos;%1&apos; cannot be set in VMS.</source>
        <translation>The organization field &apos;%1&apos; cannot be set in VMS.</translation>
    </message>
    <message>
        <source>The organization field &apos;%1&apos; cannot be edited in VMS.</source>
        <translation>The organization field &apos;%1&apos; cannot be edited in VMS.</translation>
    </message>
    <message>
        <source>%1 records are not created in VMS.</source>
        <translation>%1 records are not created in VMS.</translation>
    </message>
    <message>
        <source>This record has already gone to Salesforce; it can only be deleted now.</source>
        <translation>This record has already gone to Salesforce; it can only be deleted now.</translation>
    </message>
    <message>
        <source>Other records already point at this one (attendance, a volunteer&apos;s organization), so it stays.</source>
        <translation>Other records already point at this one (attendance, a volunteer&apos;s organization), so it stays.</translation>
    </message>
    <message>
        <source>This volunteer is already on the event&apos;s roster (%1); change it there.</source>
        <translation>This volunteer is already on the event&apos;s roster (%1); change it there.</translation>
    </message>
    <message>
        <source>A call or an email needs a subject.</source>
        <translation>A call or an email needs a subject.</translation>
    </message>
    <message>
        <source>This event (it has no participations)</source>
        <translation>This event (it has no participations)</translation>
    </message>
    <message>
        <source>This event and its one participation</source>
        <translation>This event and its one participation</translation>
    </message>
    <message>
        <source>This event and its %1 participations</source>
        <translation>This event and its %1 participations</translation>
    </message>
    <message>
        <source>This organization (volunteers who name it as their organization keep their records)</source>
        <translation>This organization (volunteers who name it as their organization keep their records)</translation>
    </message>
    <message>
        <source>This participation (the volunteer and the event stay)</source>
        <translation>This participation (the volunteer and the event stay)</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>This record</translation>
    </message>
    <message>
        <source>The deleted record cannot be put back: the cache holds another record in its place now (a sync or a new record took it).</source>
        <translation>The deleted record cannot be put back: the cache holds another record in its place now (a sync or a new record took it).</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <source>No participation with local id %1 in the cache.</source>
        <translation>No participation with local id %1 in the cache.</translation>
    </message>
</context>
<context>
    <name>vms::LocalData</name>
    <message>
        <source>Could not delete %1. Delete it by hand (or wipe the disk) before the computer changes hands.</source>
        <translation>Could not delete %1. Delete it by hand (or wipe the disk) before the computer changes hands.</translation>
    </message>
    <message>
        <source>The local files were deleted, but the sign-in could not be removed from the keychain: %1</source>
        <translation>The local files were deleted, but the sign-in could not be removed from the keychain: %1</translation>
    </message>
</context>
<context>
    <name>vms::LocalDataPrompt</name>
    <message>
        <source>VMS could not count the changes that have not reached Salesforce yet; any there are will be lost.</source>
        <translation>VMS could not count the changes that have not reached Salesforce yet; any there are will be lost.</translation>
    </message>
    <message>
        <source>Every change made on this computer has reached Salesforce.</source>
        <translation>Every change made on this computer has reached Salesforce.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer and not yet in Salesforce will be lost.</source>
        <translation>
            <numerusform>%n change made on this computer and not yet in Salesforce will be lost.</numerusform>
            <numerusform>%n changes made on this computer and not yet in Salesforce will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this computer&apos;s data</source>
        <translation>Remove this computer&apos;s data</translation>
    </message>
    <message>
        <source>Sign out and delete everything VMS keeps about your org on this computer: the local copy of the records, the logs, the backups and the sign-in. VMS closes when it is done.

%1</source>
        <translation>Sign out and delete everything VMS keeps about your org on this computer: the local copy of the records, the logs, the backups and the sign-in. VMS closes when it is done.

%1</translation>
    </message>
    <message>
        <source>Use this before the computer changes hands. Your settings stay.</source>
        <translation>Use this before the computer changes hands. Your settings stay.</translation>
    </message>
    <message>
        <source>Remove data and close</source>
        <translation>Remove data and close</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>You are signed out. Also delete what VMS keeps about your org on this computer (the local copy of the records, the logs and the backups)? VMS closes when it is done.

%1</source>
        <translation>You are signed out. Also delete what VMS keeps about your org on this computer (the local copy of the records, the logs and the backups)? VMS closes when it is done.

%1</translation>
    </message>
    <message>
        <source>Keep the data if you or a colleague will sign in on this computer again.</source>
        <translation>Keep the data if you or a colleague will sign in on this computer again.</translation>
    </message>
</context>
<context>
    <name>vms::LoginHost</name>
    <message>
        <source>The login URL is empty.</source>
        <translation>The login URL is empty.</translation>
    </message>
    <message>
        <source>The login URL &apos;%1&apos; must be just the host, e.g. https://login.salesforce.com.</source>
        <translation>The login URL &apos;%1&apos; must be just the host, e.g. https://login.salesforce.com.</translation>
    </message>
</context>
<context>
    <name>vms::MainWindow</name>
    <message>
        <source>VMS — Volunteer Management</source>
        <translation>VMS — Volunteer Management</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Nothing here yet. Sign in and sync to fill your local cache.</source>
        <translation>Nothing here yet. Sign in and sync to fill your local cache.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About VMS</source>
        <translation>&amp;About VMS</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;New volunteer…</source>
        <translation>&amp;New volunteer…</translation>
    </message>
    <message>
        <source>Add a volunteer</source>
        <translation>Add a volunteer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Remove This Computer&apos;s Data…</source>
        <translation>&amp;Remove This Computer&apos;s Data…</translation>
    </message>
    <message>
        <source>Nothing to undo yet</source>
        <translation>Nothing to undo yet</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nothing to redo</translation>
    </message>
    <message>
        <source>&amp;Edit this record</source>
        <translation>&amp;Edit this record</translation>
    </message>
    <message>
        <source>Edit the volunteer on screen (Coordinators and Admins)</source>
        <translation>Edit the volunteer on screen (Coordinators and Admins)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>The guide for Users, Coordinators and Admins, on this computer</source>
        <translation>The guide for Users, Coordinators and Admins, on this computer</translation>
    </message>
    <message>
        <source>Working &amp;offline</source>
        <translation>Working &amp;offline</translation>
    </message>
    <message>
        <source>What works without a network, and how to get ready</source>
        <translation>What works without a network, and how to get ready</translation>
    </message>
    <message>
        <source>Already editing: Ctrl+S saves, Esc cancels.</source>
        <translation>Already editing: Ctrl+S saves, Esc cancels.</translation>
    </message>
    <message>
        <source>Nothing on this page can be edited here. Open a volunteer to edit their contact details.</source>
        <translation>Nothing on this page can be edited here. Open a volunteer to edit their contact details.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>vms::MemoryTokenStore</name>
    <message>
        <source>memory (this run only)</source>
        <translation>memory (this run only)</translation>
    </message>
</context>
<context>
    <name>vms::Migrations</name>
    <message>
        <source>Cannot read the cache&apos;s schema version: %1</source>
        <translation>Cannot read the cache&apos;s schema version: %1</translation>
    </message>
    <message>
        <source>The local cache was written by a newer VMS (schema %1; this build knows %2). Update VMS to open it.</source>
        <translation>The local cache was written by a newer VMS (schema %1; this build knows %2). Update VMS to open it.</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>Migration to schema %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>vms::NotesDialog</name>
    <message>
        <source>Notes on %1</source>
        <translation>Notes on %1</translation>
    </message>
    <message>
        <source>&amp;Notes on %1&apos;s participation:</source>
        <translation>&amp;Notes on %1&apos;s participation:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+Enter)</source>
        <translation>Save the notes (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The notes were not saved: %1</source>
        <translation>The notes were not saved: %1</translation>
    </message>
    <message>
        <source>%1 characters: %2 more than Salesforce takes (%3)</source>
        <translation>%1 characters: %2 more than Salesforce takes (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>vms::OAuthFlow</name>
    <message>
        <source>Sign-in timed out: the browser did not come back within %1 s.</source>
        <translation>Sign-in timed out: the browser did not come back within %1 s.</translation>
    </message>
    <message>
        <source>The connected app&apos;s client id (consumer key) is empty.</source>
        <translation>The connected app&apos;s client id (consumer key) is empty.</translation>
    </message>
    <message>
        <source>The redirect port must be 1–65535.</source>
        <translation>The redirect port must be 1–65535.</translation>
    </message>
    <message>
        <source>Cannot listen on localhost port %1 for the browser&apos;s redirect (%2). Is another sign-in running? Choose another port with --redirect-port.</source>
        <translation>Cannot listen on localhost port %1 for the browser&apos;s redirect (%2). Is another sign-in running? Choose another port with --redirect-port.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Sign-in was cancelled.</translation>
    </message>
    <message>
        <source>Request too large.</source>
        <translation>Request too large.</translation>
    </message>
    <message>
        <source>Only GET is expected here.</source>
        <translation>Only GET is expected here.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>This sign-in is already over; you can close this page.</source>
        <translation>This sign-in is already over; you can close this page.</translation>
    </message>
    <message>
        <source>Access was denied in the browser (%1).</source>
        <translation>Access was denied in the browser (%1).</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in: %1 (%2).</source>
        <translation>Salesforce refused the sign-in: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in answer has no authorization code.</source>
        <translation>The sign-in answer has no authorization code.</translation>
    </message>
    <message>
        <source>Could not reach %1 to finish signing in (%2).</source>
        <translation>Could not reach %1 to finish signing in (%2).</translation>
    </message>
    <message>
        <source>Salesforce refused the authorization code (%1).</source>
        <translation>Salesforce refused the authorization code (%1).</translation>
    </message>
    <message>
        <source>You are signed in to VMS. You can close this page.</source>
        <translation>You are signed in to VMS. You can close this page.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in in progress (state mismatch), so it was ignored. Finish signing in from the window that VMS opened.</source>
        <translation>This page does not belong to the sign-in in progress (state mismatch), so it was ignored. Finish signing in from the window that VMS opened.</translation>
    </message>
</context>
<context>
    <name>vms::OAuthTokens</name>
    <message>
        <source>The org&apos;s token answer is not valid JSON.</source>
        <translation>The org&apos;s token answer is not valid JSON.</translation>
    </message>
    <message>
        <source>The org&apos;s token answer has no %1 (is the connected app&apos;s scope missing refresh_token?).</source>
        <translation>The org&apos;s token answer has no %1 (is the connected app&apos;s scope missing refresh_token?).</translation>
    </message>
    <message>
        <source>The org&apos;s identity URL is not of the form …/id/&lt;org&gt;/&lt;user&gt;.</source>
        <translation>The org&apos;s identity URL is not of the form …/id/&lt;org&gt;/&lt;user&gt;.</translation>
    </message>
    <message>
        <source>The keychain entry of VMS is damaged.</source>
        <translation>The keychain entry of VMS is damaged.</translation>
    </message>
    <message>
        <source>The keychain entry of VMS is incomplete.</source>
        <translation>The keychain entry of VMS is incomplete.</translation>
    </message>
</context>
<context>
    <name>vms::OfflineReadiness</name>
    <message>
        <source>the event itself is not cached</source>
        <translation>the event itself is not cached</translation>
    </message>
    <message>
        <source>the rosters have never been downloaded</source>
        <translation>the rosters have never been downloaded</translation>
    </message>
    <message numerus="yes">
        <source>%n people on the roster are not cached</source>
        <translation>
            <numerusform>%n person on the roster are not cached</numerusform>
            <numerusform>%n people on the roster are not cached</numerusform>
        </translation>
    </message>
    <message>
        <source>the school is not cached</source>
        <translation>the school is not cached</translation>
    </message>
    <message>
        <source>no classes of the school are cached</source>
        <translation>no classes of the school are cached</translation>
    </message>
    <message>
        <source>no students of the school are cached</source>
        <translation>no students of the school are cached</translation>
    </message>
</context>
<context>
    <name>vms::OfflineReadyDialog</name>
    <message>
        <source>Get ready for offline</source>
        <translation>Get ready for offline</translation>
    </message>
    <message>
        <source>Tick the events you will run without a network (Space ticks), then press Check.</source>
        <translation>Tick the events you will run without a network (Space ticks), then press Check.</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What the cache holds for each event</source>
        <translation>What the cache holds for each event</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Ready?</source>
        <translation>Ready?</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Download what is missing</source>
        <translation>&amp;Download what is missing</translation>
    </message>
    <message>
        <source>Tick at least one event first.</source>
        <translation>Tick at least one event first.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people on the roster</source>
        <translation>
            <numerusform>%n person on the roster</numerusform>
            <numerusform>%n people on the roster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n classes</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students of the school</source>
        <translation>
            <numerusform>%n students of the school</numerusform>
            <numerusform>%n students of the school</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Ready: everything these events need is on this computer. You can go offline.</source>
        <translation>Ready: everything these events need is on this computer. You can go offline.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not ready yet. Download what is missing while you still have a network.</source>
        <translation>
            <numerusform>%n event not ready yet. Download what is missing while you still have a network.</numerusform>
            <numerusform>%n events not ready yet. Download what is missing while you still have a network.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading from here is not available yet: run a sync while online, then Check again.</source>
        <translation>Downloading from here is not available yet: run a sync while online, then Check again.</translation>
    </message>
    <message>
        <source>Downloading… press Check again when the sync has finished.</source>
        <translation>Downloading… press Check again when the sync has finished.</translation>
    </message>
</context>
<context>
    <name>vms::OrgMapping</name>
    <message>
        <source>Cannot read the Salesforce mapping %1: %2</source>
        <translation>Cannot read the Salesforce mapping %1: %2</translation>
    </message>
    <message>
        <source>the Salesforce mapping</source>
        <translation>the Salesforce mapping</translation>
    </message>
    <message>
        <source>%1 is not a valid mapping: %2</source>
        <translation>%1 is not a valid mapping: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>missing &quot;entities&quot;</source>
        <translation>missing &quot;entities&quot;</translation>
    </message>
    <message>
        <source>each entity must be an object</source>
        <translation>each entity must be an object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a table name</source>
        <translation>&quot;%1&quot; is not a table name</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot; is listed twice</source>
        <translation>entity &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>entity &quot;%1&quot; is missing</source>
        <translation>entity &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>missing &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce API name: %2</source>
        <translation>&quot;%1&quot; is not a Salesforce API name: %2</translation>
    </message>
    <message>
        <source>unknown field type &quot;%1&quot;</source>
        <translation>unknown field type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;fields&quot; must be a non-empty list</source>
        <translation>%1: &quot;fields&quot; must be a non-empty list</translation>
    </message>
    <message>
        <source>%1: each field must be an object</source>
        <translation>%1: each field must be an object</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a column name</source>
        <translation>%1: &quot;%2&quot; is not a column name</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; is mapped twice</source>
        <translation>%1: column &quot;%2&quot; is mapped twice</translation>
    </message>
    <message>
        <source>%1: &quot;constants&quot; must be an object</source>
        <translation>%1: &quot;constants&quot; must be an object</translation>
    </message>
    <message>
        <source>%1: bad constant &quot;%2&quot;</source>
        <translation>%1: bad constant &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of column names</source>
        <translation>%1: &quot;%2&quot; must be a list of column names</translation>
    </message>
    <message>
        <source>each entry of &quot;writes&quot; must be an object</source>
        <translation>each entry of &quot;writes&quot; must be an object</translation>
    </message>
    <message>
        <source>%1: no entity &quot;%2&quot; is read</source>
        <translation>%1: no entity &quot;%2&quot; is read</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; is not read from the org</source>
        <translation>%1: column &quot;%2&quot; is not read from the org</translation>
    </message>
    <message>
        <source>%1: &quot;clientId&quot; must be an object</source>
        <translation>%1: &quot;clientId&quot; must be an object</translation>
    </message>
    <message>
        <source>%1: client id column &quot;%2&quot; is not read from the org</source>
        <translation>%1: client id column &quot;%2&quot; is not read from the org</translation>
    </message>
    <message>
        <source>%1: a record VMS creates needs a &quot;clientId&quot; (a replay must not duplicate it)</source>
        <translation>%1: a record VMS creates needs a &quot;clientId&quot; (a replay must not duplicate it)</translation>
    </message>
    <message>
        <source>%1: &quot;references&quot; must be a list</source>
        <translation>%1: &quot;references&quot; must be a list</translation>
    </message>
    <message>
        <source>%1: each reference must be an object</source>
        <translation>%1: each reference must be an object</translation>
    </message>
    <message>
        <source>%1: reference column &quot;%2&quot; is not written</source>
        <translation>%1: reference column &quot;%2&quot; is not written</translation>
    </message>
    <message>
        <source>%1: reference to unknown entity &quot;%2&quot;</source>
        <translation>%1: reference to unknown entity &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: a record cannot point at its own entity</source>
        <translation>%1: a record cannot point at its own entity</translation>
    </message>
    <message>
        <source>&quot;writes&quot; must be a list</source>
        <translation>&quot;writes&quot; must be a list</translation>
    </message>
    <message>
        <source>writes.%1 is listed twice</source>
        <translation>writes.%1 is listed twice</translation>
    </message>
    <message>
        <source>writes.%1 must come after writes.%2, which it points at</source>
        <translation>writes.%1 must come after writes.%2, which it points at</translation>
    </message>
</context>
<context>
    <name>vms::OrgSetupCheck</name>
    <message>
        <source>The object %1 is missing, or you may not read it</source>
        <translation>The object %1 is missing, or you may not read it</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 must be an External ID and unique</source>
        <translation>%1 must be an External ID and unique</translation>
    </message>
    <message>
        <source>%1 cannot be written by you (no field permission)</source>
        <translation>%1 cannot be written by you (no field permission)</translation>
    </message>
    <message>
        <source>The permission set %1 does not exist in the org</source>
        <translation>The permission set %1 does not exist in the org</translation>
    </message>
    <message>
        <source>No VMS permission set (%1) is assigned to you: you can read, not change</source>
        <translation>No VMS permission set (%1) is assigned to you: you can read, not change</translation>
    </message>
    <message>
        <source>The kept setup check cannot be read.</source>
        <translation>The kept setup check cannot be read.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce user id.</source>
        <translation>&apos;%1&apos; is not a Salesforce user id.</translation>
    </message>
</context>
<context>
    <name>vms::OrganizationForm</name>
    <message>
        <source>New organization</source>
        <translation>New organization</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Edit organization</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Parent organization:</source>
        <translation>&amp;Parent organization:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>St&amp;ate:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <source>Salesforce refused the last change of this organization (%1): %2 Fix it here and save; it is sent again.</source>
        <translation>Salesforce refused the last change of this organization (%1): %2 Fix it here and save; it is sent again.</translation>
    </message>
    <message>
        <source>Salesforce would refuse this organization as it is: see the fields marked above.</source>
        <translation>Salesforce would refuse this organization as it is: see the fields marked above.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>New organization %1</source>
        <translation>New organization %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
</context>
<context>
    <name>vms::OrganizationPage</name>
    <message>
        <source>&amp;Back to list</source>
        <translation>&amp;Back to list</translation>
    </message>
    <message>
        <source>Back to the organization list</source>
        <translation>Back to the organization list</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Organization %1</source>
        <translation>Organization %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Last activity: %1</translation>
    </message>
    <message>
        <source>%1 volunteer</source>
        <translation>%1 volunteer</translation>
    </message>
    <message>
        <source>%1 volunteers</source>
        <translation>%1 volunteers</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 event</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>%1 volunteer hours</source>
        <translation>%1 volunteer hours</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
</context>
<context>
    <name>vms::OrganizationsView</name>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>Filter organizations</translation>
    </message>
    <message>
        <source>Filter by name, type or city</source>
        <translation>Filter by name, type or city</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Loading organizations…</translation>
    </message>
    <message>
        <source>%1 organization</source>
        <translation>%1 organization</translation>
    </message>
    <message>
        <source>%1 organizations</source>
        <translation>%1 organizations</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <source>No organizations in your local cache yet.
Sign in and sync to bring them from Salesforce.</source>
        <translation>No organizations in your local cache yet.
Sign in and sync to bring them from Salesforce.</translation>
    </message>
    <message>
        <source>No organization matches these filters.</source>
        <translation>No organization matches these filters.</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;New organization…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete the selected organization (Admin)</source>
        <translation>Delete the selected organization (Admin)</translation>
    </message>
</context>
<context>
    <name>vms::Outbox</name>
    <message>
        <source>The delete has already reached Salesforce, so it can no longer be undone.</source>
        <translation>The delete has already reached Salesforce, so it can no longer be undone.</translation>
    </message>
    <message>
        <source>The delete is on its way to Salesforce, so it can no longer be undone.</source>
        <translation>The delete is on its way to Salesforce, so it can no longer be undone.</translation>
    </message>
</context>
<context>
    <name>vms::ProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; — changed here and in Salesforce since the last sync. Choose which value to keep; nothing is overwritten until you do.</source>
        <translation>&lt;b&gt;Conflicts&lt;/b&gt; — changed here and in Salesforce since the last sync. Choose which value to keep; nothing is overwritten until you do.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Salesforce value</source>
        <translation>Salesforce value</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep &amp;Salesforce&apos;s</source>
        <translation>Keep &amp;Salesforce&apos;s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting to apply&lt;/b&gt; — records from Salesforce that could not be stored yet. They are kept and tried again at every sync.</source>
        <translation>&lt;b&gt;Waiting to apply&lt;/b&gt; — records from Salesforce that could not be stored yet. They are kept and tried again at every sync.</translation>
    </message>
    <message>
        <source>Records waiting to apply</source>
        <translation>Records waiting to apply</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Salesforce Id</source>
        <translation>Salesforce Id</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Your value will be sent to Salesforce at the next sync.</source>
        <translation>Your value will be sent to Salesforce at the next sync.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s value was kept.</source>
        <translation>Salesforce&apos;s value was kept.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not accepted by Salesforce&lt;/b&gt; — changes made here that Salesforce refused, with its reason. They are kept and sent again at every sync; fix the record and they go with your edit.</source>
        <translation>&lt;b&gt;Not accepted by Salesforce&lt;/b&gt; — changes made here that Salesforce refused, with its reason. They are kept and sent again at every sync; fix the record and they go with your edit.</translation>
    </message>
    <message>
        <source>Changes Salesforce did not accept</source>
        <translation>Changes Salesforce did not accept</translation>
    </message>
    <message>
        <source>Salesforce said</source>
        <translation>Salesforce said</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
</context>
<context>
    <name>vms::Profile</name>
    <message>
        <source>No profile folder could be determined.</source>
        <translation>No profile folder could be determined.</translation>
    </message>
    <message>
        <source>--profile %1 is not a folder.</source>
        <translation>--profile %1 is not a folder.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Cannot create the profile folder %1.</translation>
    </message>
    <message>
        <source>Cannot restrict the profile folder %1 to its owner.</source>
        <translation>Cannot restrict the profile folder %1 to its owner.</translation>
    </message>
</context>
<context>
    <name>vms::ProfileSettings</name>
    <message>
        <source>Enter your org&apos;s My Domain address.</source>
        <translation>Enter your org&apos;s My Domain address.</translation>
    </message>
    <message>
        <source>Enter a time zone, e.g. America/Chicago.</source>
        <translation>Enter a time zone, e.g. America/Chicago.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone this computer knows; use an IANA name such as America/Chicago.</source>
        <translation>&apos;%1&apos; is not a time zone this computer knows; use an IANA name such as America/Chicago.</translation>
    </message>
    <message>
        <source>Sync every %1 to %2 minutes, or 0 for never; got %3.</source>
        <translation>Sync every %1 to %2 minutes, or 0 for never; got %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language VMS has; use %2, or nothing to follow the system.</source>
        <translation>&apos;%1&apos; is not a language VMS has; use %2, or nothing to follow the system.</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1.</source>
        <translation>Cannot save the settings to %1.</translation>
    </message>
    <message>
        <source>Only an Admin can change the login host and the sync interval; this profile&apos;s role is %1.</source>
        <translation>Only an Admin can change the login host and the sync interval; this profile&apos;s role is %1.</translation>
    </message>
    <message>
        <source>Nothing is remembered from a sign-in that did not succeed.</source>
        <translation>Nothing is remembered from a sign-in that did not succeed.</translation>
    </message>
</context>
<context>
    <name>vms::Pusher</name>
    <message>
        <source>Salesforce refused the record.</source>
        <translation>Salesforce refused the record.</translation>
    </message>
    <message>
        <source>The record is gone from Salesforce, so this change could not be saved there: %1</source>
        <translation>The record is gone from Salesforce, so this change could not be saved there: %1</translation>
    </message>
    <message>
        <source>The Salesforce mapping does not say how to write %1 records; the change is kept until it does.</source>
        <translation>The Salesforce mapping does not say how to write %1 records; the change is kept until it does.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>The record this change belongs to is no longer in the local cache; the change is kept but cannot be sent.</source>
        <translation>The record this change belongs to is no longer in the local cache; the change is kept but cannot be sent.</translation>
    </message>
    <message>
        <source>The Salesforce mapping does not say how to send %1 when a record is created; the change is kept until it does.</source>
        <translation>The Salesforce mapping does not say how to send %1 when a record is created; the change is kept until it does.</translation>
    </message>
    <message>
        <source>The record has no client id, so it could not be sent without risking a duplicate.</source>
        <translation>The record has no client id, so it could not be sent without risking a duplicate.</translation>
    </message>
    <message>
        <source>Waits until the %1 record it belongs to has reached Salesforce.</source>
        <translation>Waits until the %1 record it belongs to has reached Salesforce.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answers to new records were lost several times in a row; they are kept and checked again at the next sync.</source>
        <translation>Salesforce&apos;s answers to new records were lost several times in a row; they are kept and checked again at the next sync.</translation>
    </message>
    <message>
        <source>The Salesforce mapping does not say how to send %1; the change is kept until it does.</source>
        <translation>The Salesforce mapping does not say how to send %1; the change is kept until it does.</translation>
    </message>
    <message>
        <source>The record no longer exists in Salesforce.</source>
        <translation>The record no longer exists in Salesforce.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answers to changes were lost several times in a row; they are kept and checked again at the next sync.</source>
        <translation>Salesforce&apos;s answers to changes were lost several times in a row; they are kept and checked again at the next sync.</translation>
    </message>
    <message>
        <source>The Salesforce mapping does not allow deleting %1 records; the change is kept until it does.</source>
        <translation>The Salesforce mapping does not allow deleting %1 records; the change is kept until it does.</translation>
    </message>
    <message>
        <source>The org lacks %1, which this change needs; it is kept and sent once an admin adds it to the org.</source>
        <translation>The org lacks %1, which this change needs; it is kept and sent once an admin adds it to the org.</translation>
    </message>
    <message>
        <source>Waits until the %1 record it points at has reached Salesforce.</source>
        <translation>Waits until the %1 record it points at has reached Salesforce.</translation>
    </message>
</context>
<context>
    <name>vms::QueryPool</name>
    <message>
        <source>The org&apos;s query answer is not in the expected form (%1).</source>
        <translation>The org&apos;s query answer is not in the expected form (%1).</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>an empty answer</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
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
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>vms::RecruitData</name>
    <message>
        <source>No event with local id %1 in the cache.</source>
        <translation>No event with local id %1 in the cache.</translation>
    </message>
</context>
<context>
    <name>vms::RecruitPanel</name>
    <message>
        <source>Recruit volunteers</source>
        <translation>Recruit volunteers</translation>
    </message>
    <message>
        <source>Filter by name, organization, email or reason…</source>
        <translation>Filter by name, organization, email or reason…</translation>
    </message>
    <message>
        <source>Filter candidates</source>
        <translation>Filter candidates</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>Why left out</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation>&amp;Sign up</translation>
    </message>
    <message>
        <source>Register the selected volunteers for this event (works offline).</source>
        <translation>Register the selected volunteers for this event (works offline).</translation>
    </message>
    <message>
        <source>&amp;Copy emails</source>
        <translation>&amp;Copy emails</translation>
    </message>
    <message>
        <source>Copy the selected volunteers&apos; addresses, without those who opted out of email.</source>
        <translation>Copy the selected volunteers&apos; addresses, without those who opted out of email.</translation>
    </message>
    <message>
        <source>&amp;Email in BCC…</source>
        <translation>&amp;Email in BCC…</translation>
    </message>
    <message>
        <source>Open your mail program with the selected volunteers in BCC.</source>
        <translation>Open your mail program with the selected volunteers in BCC.</translation>
    </message>
    <message>
        <source>Log a call or an email to the selected volunteer</source>
        <translation>Log a call or an email to the selected volunteer</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes (what was said, when to follow up)</source>
        <translation>Notes (what was said, when to follow up)</translation>
    </message>
    <message>
        <source>Close without logging?</source>
        <translation>Close without logging?</translation>
    </message>
    <message>
        <source>The call or email you typed has not been logged yet.</source>
        <translation>The call or email you typed has not been logged yet.</translation>
    </message>
    <message>
        <source>Close without logging</source>
        <translation>Close without logging</translation>
    </message>
    <message>
        <source>Could not rank the candidates: %1</source>
        <translation>Could not rank the candidates: %1</translation>
    </message>
    <message>
        <source>%1 — %2
%3 of %4 volunteers signed up; %5</source>
        <translation>%1 — %2
%3 of %4 volunteers signed up; %5</translation>
    </message>
    <message>
        <source>%1 place open.</source>
        <translation>%1 place open.</translation>
    </message>
    <message>
        <source>%1 places open.</source>
        <translation>%1 places open.</translation>
    </message>
    <message>
        <source>Recruit volunteers — %1</source>
        <translation>Recruit volunteers — %1</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <source>(opted out of email)</source>
        <translation>(opted out of email)</translation>
    </message>
    <message>
        <source>Candidates (best %1 of %2)</source>
        <translation>Candidates (best %1 of %2)</translation>
    </message>
    <message>
        <source>Candidates (%1)</source>
        <translation>Candidates (%1)</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>Left out (%1)</translation>
    </message>
    <message>
        <source>Why %1 is here:</source>
        <translation>Why %1 is here:</translation>
    </message>
    <message>
        <source>• nothing in particular yet</source>
        <translation>• nothing in particular yet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed up: %1. It reaches Salesforce with the next sync.</source>
        <translation>Signed up: %1. It reaches Salesforce with the next sync.</translation>
    </message>
    <message>
        <source>Not signed up: %1</source>
        <translation>Not signed up: %1</translation>
    </message>
    <message>
        <source>Select one volunteer to log a call or an email.</source>
        <translation>Select one volunteer to log a call or an email.</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Not logged: %1</translation>
    </message>
    <message>
        <source>Email to %1 logged; it reaches Salesforce with the next sync.</source>
        <translation>Email to %1 logged; it reaches Salesforce with the next sync.</translation>
    </message>
    <message>
        <source>Call to %1 logged; it reaches Salesforce with the next sync.</source>
        <translation>Call to %1 logged; it reaches Salesforce with the next sync.</translation>
    </message>
    <message>
        <source>Left out (opted out of email or no address): %1</source>
        <translation>Left out (opted out of email or no address): %1</translation>
    </message>
    <message>
        <source>Copied %1 address.</source>
        <translation>Copied %1 address.</translation>
    </message>
    <message>
        <source>Copied %1 addresses.</source>
        <translation>Copied %1 addresses.</translation>
    </message>
    <message>
        <source>None of the selected volunteers can be emailed.</source>
        <translation>None of the selected volunteers can be emailed.</translation>
    </message>
    <message>
        <source>No mail program opened; use Copy emails instead.</source>
        <translation>No mail program opened; use Copy emails instead.</translation>
    </message>
</context>
<context>
    <name>vms::RefusedChanges</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>vms::ReportDocument</name>
    <message>
        <source>Data as of %1</source>
        <translation>Data as of %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>No rows for this period and these filters.</source>
        <translation>No rows for this period and these filters.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>vms::ReportEngine</name>
    <message>
        <source>unknown report &apos;%1&apos; (see &apos;vms-cli report list&apos;)</source>
        <translation>unknown report &apos;%1&apos; (see &apos;vms-cli report list&apos;)</translation>
    </message>
    <message>
        <source>the report period is empty: &apos;from&apos; must be on or before &apos;to&apos;</source>
        <translation>the report period is empty: &apos;from&apos; must be on or before &apos;to&apos;</translation>
    </message>
    <message>
        <source>Period: %1 (%2 to %3, %4)</source>
        <translation>Period: %1 (%2 to %3, %4)</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>District: %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organization: %1</translation>
    </message>
    <message>
        <source>Event type: %1</source>
        <translation>Event type: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <source>no district in the cache has the id &apos;%1&apos;</source>
        <translation>no district in the cache has the id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no organization in the cache has the id &apos;%1&apos;</source>
        <translation>no organization in the cache has the id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no event in the cache has the type &apos;%1&apos;</source>
        <translation>no event in the cache has the type &apos;%1&apos;</translation>
    </message>
    <message>
        <source>There is no event with local id %1 in the cache.</source>
        <translation>There is no event with local id %1 in the cache.</translation>
    </message>
    <message>
        <source>%1 is about one event: choose the event (vms-cli: --event ID).</source>
        <translation>%1 is about one event: choose the event (vms-cli: --event ID).</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Event: %1</translation>
    </message>
    <message>
        <source>Event: %1 (%2)</source>
        <translation>Event: %1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Counted events only (cancelled ones left out)</source>
        <translation>Counted events only (cancelled ones left out)</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
</context>
<context>
    <name>vms::ReportExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. No file was written.</source>
        <translation>Cannot write %1: %2. No file was written.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be created</source>
        <translation>the spreadsheet could not be created</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>the PDF could not be drawn</translation>
    </message>
</context>
<context>
    <name>vms::ReportPeriod</name>
    <message>
        <source>--school-year must be four digits naming two consecutive years, e.g. 2526; got &apos;%1&apos;</source>
        <translation>--school-year must be four digits naming two consecutive years, e.g. 2526; got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--school-year &apos;%1&apos; does not name two consecutive years (e.g. 2526 for Aug 2025 - Jul 2026)</source>
        <translation>--school-year &apos;%1&apos; does not name two consecutive years (e.g. 2526 for Aug 2025 - Jul 2026)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; is not a date in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>School year %1–%2</source>
        <translation>School year %1–%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>vms::ReportPresets</name>
    <message>
        <source>the period &apos;%1&apos; is not two dates YYYY-MM-DD..YYYY-MM-DD in order</source>
        <translation>the period &apos;%1&apos; is not two dates YYYY-MM-DD..YYYY-MM-DD in order</translation>
    </message>
    <message>
        <source>the period &apos;%1&apos; is not &apos;current&apos;, a school year like 2526, or YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>the period &apos;%1&apos; is not &apos;current&apos;, a school year like 2526, or YYYY-MM-DD..YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Current school year</source>
        <translation>Current school year</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>A preset needs a name.</translation>
    </message>
    <message>
        <source>A preset name has at most %1 characters.</source>
        <translation>A preset name has at most %1 characters.</translation>
    </message>
    <message>
        <source>A preset name cannot hold control characters (tabs, line breaks).</source>
        <translation>A preset name cannot hold control characters (tabs, line breaks).</translation>
    </message>
    <message>
        <source>The preset &apos;%1&apos; names a report this VMS does not know: &apos;%2&apos;.</source>
        <translation>The preset &apos;%1&apos; names a report this VMS does not know: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The preset &apos;%1&apos;: %2</source>
        <translation>The preset &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The preset &apos;%1&apos; names no event.</source>
        <translation>The preset &apos;%1&apos; names no event.</translation>
    </message>
    <message>
        <source>There is already a preset named &apos;%1&apos;.</source>
        <translation>There is already a preset named &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no preset named &apos;%1&apos;.</source>
        <translation>There is no preset named &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot save the report presets to %1.</source>
        <translation>Cannot save the report presets to %1.</translation>
    </message>
</context>
<context>
    <name>vms::ReportText</name>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>In-Person</source>
        <translation>In-Person</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-Show</source>
        <translation>No-Show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>vms::Reports</name>
    <message>
        <source>Volunteer Hours</source>
        <translation>Volunteer Hours</translation>
    </message>
    <message>
        <source>Hours and events per volunteer who attended in the period.</source>
        <translation>Hours and events per volunteer who attended in the period.</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>First Event Date</source>
        <translation>First Event Date</translation>
    </message>
    <message>
        <source>Last Event Date</source>
        <translation>Last Event Date</translation>
    </message>
    <message>
        <source>Volunteer hours by month</source>
        <translation>Volunteer hours by month</translation>
    </message>
    <message>
        <source>Organization Summary</source>
        <translation>Organization Summary</translation>
    </message>
    <message>
        <source>Volunteers, events and hours per organization, through dated affiliations.</source>
        <translation>Volunteers, events and hours per organization, through dated affiliations.</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Volunteers by organization (top 10)</source>
        <translation>Volunteers by organization (top 10)</translation>
    </message>
    <message>
        <source>Event Attendance</source>
        <translation>Event Attendance</translation>
    </message>
    <message>
        <source>Every event in the period with attended volunteers, students and hours.</source>
        <translation>Every event in the period with attended volunteers, students and hours.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Volunteers Attended</source>
        <translation>Volunteers Attended</translation>
    </message>
    <message>
        <source>Students Attended</source>
        <translation>Students Attended</translation>
    </message>
    <message>
        <source>Volunteers attended by month</source>
        <translation>Volunteers attended by month</translation>
    </message>
    <message>
        <source>First-Time Volunteers</source>
        <translation>First-Time Volunteers</translation>
    </message>
    <message>
        <source>Volunteers whose first attended event ever falls in the period.</source>
        <translation>Volunteers whose first attended event ever falls in the period.</translation>
    </message>
    <message>
        <source>First Event</source>
        <translation>First Event</translation>
    </message>
    <message>
        <source>Events In Period</source>
        <translation>Events In Period</translation>
    </message>
    <message>
        <source>Hours In Period</source>
        <translation>Hours In Period</translation>
    </message>
    <message>
        <source>First-time volunteers by month</source>
        <translation>First-time volunteers by month</translation>
    </message>
    <message>
        <source>District Summary</source>
        <translation>District Summary</translation>
    </message>
    <message>
        <source>Events, schools, students and volunteers per district in the period.</source>
        <translation>Events, schools, students and volunteers per district in the period.</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Students Reached</source>
        <translation>Students Reached</translation>
    </message>
    <message>
        <source>Student Participations</source>
        <translation>Student Participations</translation>
    </message>
    <message>
        <source>Volunteer Engagements</source>
        <translation>Volunteer Engagements</translation>
    </message>
    <message>
        <source>Unique Volunteers</source>
        <translation>Unique Volunteers</translation>
    </message>
    <message>
        <source>Events by district</source>
        <translation>Events by district</translation>
    </message>
    <message>
        <source>District Year-End</source>
        <translation>District Year-End</translation>
    </message>
    <message>
        <source>District figures by program and by in-person or virtual format, with a total per district and for all districts.</source>
        <translation>District figures by program and by in-person or virtual format, with a total per district and for all districts.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Events by program</source>
        <translation>Events by program</translation>
    </message>
    <message>
        <source>Recent Volunteers</source>
        <translation>Recent Volunteers</translation>
    </message>
    <message>
        <source>Volunteers whose latest attended event falls in the period, with their email.</source>
        <translation>Volunteers whose latest attended event falls in the period, with their email.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Last Event</source>
        <translation>Last Event</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Recent volunteers by month of their last event</source>
        <translation>Recent volunteers by month of their last event</translation>
    </message>
    <message>
        <source>Event Contacts</source>
        <translation>Event Contacts</translation>
    </message>
    <message>
        <source>The volunteers signed up for one event, with how to reach them, to run the event.</source>
        <translation>The volunteers signed up for one event, with how to reach them, to run the event.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Volunteers by Event Type</source>
        <translation>Volunteers by Event Type</translation>
    </message>
    <message>
        <source>Events and hours per volunteer for each type of event attended in the period.</source>
        <translation>Events and hours per volunteer for each type of event attended in the period.</translation>
    </message>
    <message>
        <source>Event Type</source>
        <translation>Event Type</translation>
    </message>
    <message>
        <source>Volunteers by event type</source>
        <translation>Volunteers by event type</translation>
    </message>
</context>
<context>
    <name>vms::ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>Date range…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>District filter</source>
        <translation>District filter</translation>
    </message>
    <message>
        <source>Organization filter</source>
        <translation>Organization filter</translation>
    </message>
    <message>
        <source>Event type filter</source>
        <translation>Event type filter</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>Event &amp;type:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export as Excel workbook</source>
        <translation>Export as Excel workbook</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print with preview</source>
        <translation>Print with preview</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Report rows</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>All event types</translation>
    </message>
    <message>
        <source>This report does not use this filter.</source>
        <translation>This report does not use this filter.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms · data as of %2</source>
        <translation>
            <numerusform>%n row in %1 ms · data as of %2</numerusform>
            <numerusform>%n rows in %1 ms · data as of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Save this report as %1.</source>
        <translation>Save this report as %1.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Saved preset</source>
        <translation>Saved preset</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Save as preset…</translation>
    </message>
    <message>
        <source>Save as a preset</source>
        <translation>Save as a preset</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>Rename the preset</source>
        <translation>Rename the preset</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Delete the preset</source>
        <translation>Delete the preset</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Pre&amp;set:</translation>
    </message>
    <message>
        <source>Current school year (%1)</source>
        <translation>Current school year (%1)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>E&amp;vent:</translation>
    </message>
    <message>
        <source>Format filter</source>
        <translation>Format filter</translation>
    </message>
    <message>
        <source>Counted events only (leave cancelled events out)</source>
        <translation>Counted events only (leave cancelled events out)</translation>
    </message>
    <message>
        <source>Counted events only</source>
        <translation>Counted events only</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Back</translation>
    </message>
    <message>
        <source>Back to the report before</source>
        <translation>Back to the report before</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(no type)</translation>
    </message>
    <message>
        <source>Any format</source>
        <translation>Any format</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(no preset)</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to see the events it counts.</source>
        <translation>Double-click a row (or press Enter) to see the events it counts.</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open it.</source>
        <translation>Double-click a row (or press Enter) to open it.</translation>
    </message>
    <message>
        <source>Choose an event: there is none in this period.</source>
        <translation>Choose an event: there is none in this period.</translation>
    </message>
    <message>
        <source>Save this report, period and filters under a name.</source>
        <translation>Save this report, period and filters under a name.</translation>
    </message>
    <message>
        <source>Cannot use this preset</source>
        <translation>Cannot use this preset</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Save as preset</translation>
    </message>
    <message>
        <source>Name of the preset (report, period and filters):</source>
        <translation>Name of the preset (report, period and filters):</translation>
    </message>
    <message>
        <source>Replace the preset?</source>
        <translation>Replace the preset?</translation>
    </message>
    <message>
        <source>There is already a preset named &apos;%1&apos;.</source>
        <translation>There is already a preset named &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>It will then run this report, period and filters.</source>
        <translation>It will then run this report, period and filters.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation>Cannot save the preset</translation>
    </message>
    <message>
        <source>Saved the preset &apos;%1&apos;.</source>
        <translation>Saved the preset &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Cannot rename the preset</source>
        <translation>Cannot rename the preset</translation>
    </message>
    <message>
        <source>Renamed the preset &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>Renamed the preset &apos;%1&apos; to &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Delete the preset?</source>
        <translation>Delete the preset?</translation>
    </message>
    <message>
        <source>Delete the preset &apos;%1&apos;?</source>
        <translation>Delete the preset &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>The report itself and its data stay; only the saved name goes.</source>
        <translation>The report itself and its data stay; only the saved name goes.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cannot delete the preset</source>
        <translation>Cannot delete the preset</translation>
    </message>
    <message>
        <source>Deleted the preset &apos;%1&apos;.</source>
        <translation>Deleted the preset &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>vms::Role</name>
    <message>
        <source>Only an Admin may do this; you are signed in as %1.</source>
        <translation>Only an Admin may do this; you are signed in as %1.</translation>
    </message>
    <message>
        <source>Only a Coordinator or Admin may do this; you are signed in as %1.</source>
        <translation>Only a Coordinator or Admin may do this; you are signed in as %1.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>vms::RosterTableModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Presenter (not counted)</source>
        <translation>Presenter (not counted)</translation>
    </message>
    <message>
        <source>Other (not counted)</source>
        <translation>Other (not counted)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-Show</source>
        <translation>No-Show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>In Salesforce</source>
        <translation>In Salesforce</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent to Salesforce at the next sync.</source>
        <translation>Saved on this computer; it will be sent to Salesforce at the next sync.</translation>
    </message>
    <message>
        <source>This row matches Salesforce as of the last sync.</source>
        <translation>This row matches Salesforce as of the last sync.</translation>
    </message>
    <message>
        <source>This person is not in the local cache, so VMS cannot mark them here.</source>
        <translation>This person is not in the local cache, so VMS cannot mark them here.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>waiting to sync</translation>
    </message>
    <message>
        <source>in Salesforce</source>
        <translation>in Salesforce</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organization / grade</source>
        <translation>Organization / grade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 24; %1 was not saved.</source>
        <translation>Hours must be between 0 and 24; %1 was not saved.</translation>
    </message>
    <message>
        <source>Teacher (not counted)</source>
        <translation>Teacher (not counted)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>vms::SalesforceClient</name>
    <message>
        <source>The org answered HTTP %1.</source>
        <translation>The org answered HTTP %1.</translation>
    </message>
    <message>
        <source>The org&apos;s query answer has no records.</source>
        <translation>The org&apos;s query answer has no records.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The org&apos;s answer does not list one record per id.</source>
        <translation>The org&apos;s answer does not list one record per id.</translation>
    </message>
    <message>
        <source>The org did not answer within %1 s.</source>
        <translation>The org did not answer within %1 s.</translation>
    </message>
    <message>
        <source>The connection to the org failed (%1).</source>
        <translation>The connection to the org failed (%1).</translation>
    </message>
    <message>
        <source>The org refused the session (%1). Sign in again.</source>
        <translation>The org refused the session (%1). Sign in again.</translation>
    </message>
    <message>
        <source>The org answered %1 with an error page.</source>
        <translation>The org answered %1 with an error page.</translation>
    </message>
    <message>
        <source>The org&apos;s daily API request limit is used up (%1). Try again tomorrow or ask the Salesforce admin to raise it.</source>
        <translation>The org&apos;s daily API request limit is used up (%1). Try again tomorrow or ask the Salesforce admin to raise it.</translation>
    </message>
    <message>
        <source>The org answered with an unexpected redirect (%1).</source>
        <translation>The org answered with an unexpected redirect (%1).</translation>
    </message>
    <message>
        <source>The org answered with a web page instead of data.</source>
        <translation>The org answered with a web page instead of data.</translation>
    </message>
    <message>
        <source>The org&apos;s answer was cut short or is not valid JSON.</source>
        <translation>The org&apos;s answer was cut short or is not valid JSON.</translation>
    </message>
    <message>
        <source>The org&apos;s answer to a change was lost (%1); it may or may not have been saved, so it is not resent blindly.</source>
        <translation>The org&apos;s answer to a change was lost (%1); it may or may not have been saved, so it is not resent blindly.</translation>
    </message>
    <message>
        <source>The org could not be reached after %1 attempts: %2</source>
        <translation>The org could not be reached after %1 attempts: %2</translation>
    </message>
    <message>
        <source>The org&apos;s answer does not list one result per record.</source>
        <translation>The org&apos;s answer does not list one result per record.</translation>
    </message>
    <message>
        <source>The org&apos;s query answer is not in the expected form (%1).</source>
        <translation>The org&apos;s query answer is not in the expected form (%1).</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>an empty answer</translation>
    </message>
    <message>
        <source>The org pointed to &apos;%1&apos;, which is not on its instance (%2); VMS does not follow it.</source>
        <translation>The org pointed to &apos;%1&apos;, which is not on its instance (%2); VMS does not follow it.</translation>
    </message>
</context>
<context>
    <name>vms::SalesforceHosts</name>
    <message>
        <source>&apos;%1&apos; is not a login URL: use https://login.salesforce.com, https://test.salesforce.com or your My Domain (https://…).</source>
        <translation>&apos;%1&apos; is not a login URL: use https://login.salesforce.com, https://test.salesforce.com or your My Domain (https://…).</translation>
    </message>
    <message>
        <source>The login URL must not contain a user name or password.</source>
        <translation>The login URL must not contain a user name or password.</translation>
    </message>
    <message>
        <source>Refusing the plain http:// login URL &apos;%1&apos;: only https:// is allowed (http:// only on this computer&apos;s loopback address).</source>
        <translation>Refusing the plain http:// login URL &apos;%1&apos;: only https:// is allowed (http:// only on this computer&apos;s loopback address).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce login host. Sign in at https://login.salesforce.com, https://test.salesforce.com or your org&apos;s My Domain (https://NAME.my.salesforce.com).</source>
        <translation>&apos;%1&apos; is not a Salesforce login host. Sign in at https://login.salesforce.com, https://test.salesforce.com or your org&apos;s My Domain (https://NAME.my.salesforce.com).</translation>
    </message>
    <message>
        <source>The org named &apos;%1&apos;, which is not a Salesforce host over https; VMS does not talk to it.</source>
        <translation>The org named &apos;%1&apos;, which is not a Salesforce host over https; VMS does not talk to it.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
</context>
<context>
    <name>vms::Session</name>
    <message>
        <source>You are signed out: sign in again (vms-cli login) to make changes or export.</source>
        <translation>You are signed out: sign in again (vms-cli login) to make changes or export.</translation>
    </message>
</context>
<context>
    <name>vms::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your preferences</source>
        <translation>Your preferences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV files</translation>
    </message>
    <message>
        <source>For Excel (UTF-8 with byte order mark)</source>
        <translation>For Excel (UTF-8 with byte order mark)</translation>
    </message>
    <message>
        <source>Plain UTF-8 (no byte order mark)</source>
        <translation>Plain UTF-8 (no byte order mark)</translation>
    </message>
    <message>
        <source>Excel needs the byte order mark to read accents correctly; some other programs show it as stray characters. Both are comma-separated.</source>
        <translation>Excel needs the byte order mark to read accents correctly; some other programs show it as stray characters. Both are comma-separated.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time VMS starts.</source>
        <translation>A new language takes effect the next time VMS starts.</translation>
    </message>
    <message>
        <source>&amp;CSV files:</source>
        <translation>&amp;CSV files:</translation>
    </message>
    <message>
        <source>Organization settings</source>
        <translation>Organization settings</translation>
    </message>
    <message>
        <source>Login host</source>
        <translation>Login host</translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation>Production (login.salesforce.com)</translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation>Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>Custom My Domain</source>
        <translation>Custom My Domain</translation>
    </message>
    <message>
        <source>My Domain address</source>
        <translation>My Domain address</translation>
    </message>
    <message>
        <source>yourorg.my.salesforce.com</source>
        <translation>yourorg.my.salesforce.com</translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation>Display time zone</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Sync interval in minutes</translation>
    </message>
    <message>
        <source>Never (only at start and on demand)</source>
        <translation>Never (only at start and on demand)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Login &amp;host:</source>
        <translation>Login &amp;host:</translation>
    </message>
    <message>
        <source>My &amp;Domain:</source>
        <translation>My &amp;Domain:</translation>
    </message>
    <message>
        <source>Display time &amp;zone:</source>
        <translation>Display time &amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>&amp;Sync every:</translation>
    </message>
    <message>
        <source>No one has signed in on this profile yet, so you can set these up now. Once someone signs in, only an Admin can change them.</source>
        <translation>No one has signed in on this profile yet, so you can set these up now. Once someone signs in, only an Admin can change them.</translation>
    </message>
    <message>
        <source>Put the default values in the fields you may change; OK saves them.</source>
        <translation>Put the default values in the fields you may change; OK saves them.</translation>
    </message>
    <message>
        <source>Now there: %1 %2</source>
        <translation>Now there: %1 %2</translation>
    </message>
</context>
<context>
    <name>vms::SignInDialog</name>
    <message>
        <source>Sign in to Salesforce</source>
        <translation>Sign in to Salesforce</translation>
    </message>
    <message>
        <source>No usable keychain</source>
        <translation>No usable keychain</translation>
    </message>
    <message>
        <source>Stay signed in for this run only? Nothing will be saved; you will sign in again next time.</source>
        <translation>Stay signed in for this run only? Nothing will be saved; you will sign in again next time.</translation>
    </message>
    <message>
        <source>Login host</source>
        <translation>Login host</translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation>Production (login.salesforce.com)</translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation>Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>Custom My Domain</source>
        <translation>Custom My Domain</translation>
    </message>
    <message>
        <source>My Domain address</source>
        <translation>My Domain address</translation>
    </message>
    <message>
        <source>yourorg.my.salesforce.com</source>
        <translation>yourorg.my.salesforce.com</translation>
    </message>
    <message>
        <source>Connected app client id</source>
        <translation>Connected app client id</translation>
    </message>
    <message>
        <source>Open browser and sign in</source>
        <translation>Open browser and sign in</translation>
    </message>
    <message>
        <source>&amp;Login host:</source>
        <translation>&amp;Login host:</translation>
    </message>
    <message>
        <source>My &amp;Domain:</source>
        <translation>My &amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client id:</translation>
    </message>
    <message>
        <source>Enter the connected app&apos;s client id (ask your Salesforce admin).</source>
        <translation>Enter the connected app&apos;s client id (ask your Salesforce admin).</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in your browser…</source>
        <translation>Waiting for you to finish signing in in your browser…</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address yourself:
%1</source>
        <translation>Could not open a browser. Open this address yourself:
%1</translation>
    </message>
    <message>
        <source>Finishing sign-in…</source>
        <translation>Finishing sign-in…</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization / grade</source>
        <translation>Organization / grade</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Time in</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Sign-in sheet — %1</source>
        <translation>Sign-in sheet — %1</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Sign-in sheet: %1</translation>
    </message>
    <message>
        <source>Location not set</source>
        <translation>Location not set</translation>
    </message>
    <message>
        <source>Please print your name if it is not listed, and sign. Staff enter these marks into VMS.</source>
        <translation>Please print your name if it is not listed, and sign. Staff enter these marks into VMS.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Student, grade %1</source>
        <translation>Student, grade %1</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1,</source>
        <translation>%1,</translation>
    </message>
    <message>
        <source>Cannot start the sign-in sheet</source>
        <translation>Cannot start the sign-in sheet</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the sign-in sheet</source>
        <translation>Cannot start page %1 of the sign-in sheet</translation>
    </message>
    <message>
        <source>%1 on the roster · printed %2</source>
        <translation>%1 on the roster · printed %2</translation>
    </message>
    <message>
        <source>Cannot finish the sign-in sheet</source>
        <translation>Cannot finish the sign-in sheet</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Teacher, %1</source>
        <translation>Teacher, %1</translation>
    </message>
</context>
<context>
    <name>vms::StudentPickerDialog</name>
    <message>
        <source>Add students from a school or class</source>
        <translation>Add students from a school or class</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Class</translation>
    </message>
    <message>
        <source>Filter students by name</source>
        <translation>Filter students by name</translation>
    </message>
    <message>
        <source>Type to filter by name</source>
        <translation>Type to filter by name</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Students; Space ticks the one selected</source>
        <translation>Students; Space ticks the one selected</translation>
    </message>
    <message>
        <source>&amp;Mark ticked students Attended</source>
        <translation>&amp;Mark ticked students Attended</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (grade %3)</source>
        <translation>%1 %2 (grade %3)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Mark %n ticked student(s) Attended</source>
        <translation>
            <numerusform>&amp;Mark %n ticked student Attended</numerusform>
            <numerusform>&amp;Mark %n ticked students Attended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vms::SyncController</name>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Sending %1…</translation>
    </message>
    <message>
        <source>Receiving records: %1 of %2</source>
        <translation>Receiving records: %1 of %2</translation>
    </message>
    <message>
        <source>(about %1 min left)</source>
        <translation>(about %1 min left)</translation>
    </message>
    <message>
        <source>(about %1 s left)</source>
        <translation>(about %1 s left)</translation>
    </message>
</context>
<context>
    <name>vms::SyncEngine</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>The mapping&apos;s filter for %1 is not valid: %2</source>
        <translation>The mapping&apos;s filter for %1 is not valid: %2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
</context>
<context>
    <name>vms::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>last synced %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>%1 change waiting</source>
        <translation>%1 change waiting</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 changes waiting</translation>
    </message>
    <message>
        <source>%1 sync problem</source>
        <translation>%1 sync problem</translation>
    </message>
    <message>
        <source>%1 sync problems</source>
        <translation>%1 sync problems</translation>
    </message>
</context>
<context>
    <name>vms::VolunteerPage</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>&amp;Back to list</source>
        <translation>&amp;Back to list</translation>
    </message>
    <message>
        <source>Back to the volunteer list</source>
        <translation>Back to the volunteer list</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Edit this volunteer</source>
        <translation>Edit this volunteer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <source>Problem with the changes</source>
        <translation>Problem with the changes</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Do not call</translation>
    </message>
    <message>
        <source>Opted out of email</source>
        <translation>Opted out of email</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <source>Hours this school year:</source>
        <translation>Hours this school year:</translation>
    </message>
    <message>
        <source>Hours, all time:</source>
        <translation>Hours, all time:</translation>
    </message>
    <message>
        <source>Sessions attended:</source>
        <translation>Sessions attended:</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Demographics</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Birthdate:</source>
        <translation>Birthdate:</translation>
    </message>
    <message>
        <source>Racial/ethnic background:</source>
        <translation>Racial/ethnic background:</translation>
    </message>
    <message>
        <source>Age group:</source>
        <translation>Age group:</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Participation history</source>
        <translation>Participation history</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Skills in their own words</source>
        <translation>Skills in their own words</translation>
    </message>
    <message>
        <source>Recruitment notes</source>
        <translation>Recruitment notes</translation>
    </message>
    <message>
        <source>Skills in their own words:</source>
        <translation>Skills in their own words:</translation>
    </message>
    <message>
        <source>Recruitment notes:</source>
        <translation>Recruitment notes:</translation>
    </message>
    <message>
        <source>Volunteer %1</source>
        <translation>Volunteer %1</translation>
    </message>
    <message>
        <source>⟳ Changes waiting to sync</source>
        <translation>⟳ Changes waiting to sync</translation>
    </message>
    <message>
        <source>⛔ Do not contact</source>
        <translation>⛔ Do not contact</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>No email</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation> (primary)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>✔ Attended</source>
        <translation>✔ Attended</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” is not an email address.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number.</source>
        <translation>“%1” does not look like a phone number.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; — %3</source>
        <translation>%1 &lt;%2&gt; — %3</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>This looks like a volunteer who is already in VMS.</source>
        <translation>This looks like a volunteer who is already in VMS.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Volunteer details</source>
        <translation>Volunteer details</translation>
    </message>
    <message>
        <source>Salesforce would refuse these changes as they are: see the fields marked below.</source>
        <translation>Salesforce would refuse these changes as they are: see the fields marked below.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>⚠ Salesforce did not accept the last change: %1%2. It is kept and sent again at every sync; edit the record to fix it.</source>
        <translation>⚠ Salesforce did not accept the last change: %1%2. It is kept and sent again at every sync; edit the record to fix it.</translation>
    </message>
    <message>
        <source> (field %1)</source>
        <translation> (field %1)</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Subject or event</source>
        <translation>Subject or event</translation>
    </message>
    <message>
        <source>☎ Call</source>
        <translation>☎ Call</translation>
    </message>
    <message>
        <source>✉ Email</source>
        <translation>✉ Email</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source> (not yet synced)</source>
        <translation> (not yet synced)</translation>
    </message>
    <message>
        <source>%1 (about %2)</source>
        <translation>%1 (about %2)</translation>
    </message>
    <message>
        <source>Status and interests</source>
        <translation>Status and interests</translation>
    </message>
    <message>
        <source>Primary organization</source>
        <translation>Primary organization</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Edit this volunteer&apos;s details (Ctrl+E)</source>
        <translation>Edit this volunteer&apos;s details (Ctrl+E)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (not yet in Salesforce)</source>
        <translation>%1 (not yet in Salesforce)</translation>
    </message>
    <message>
        <source>Cannot edit: %1</source>
        <translation>Cannot edit: %1</translation>
    </message>
</context>
<context>
    <name>vms::VolunteersView</name>
    <message>
        <source> — changes waiting to sync</source>
        <translation> — changes waiting to sync</translation>
    </message>
    <message>
        <source> — do not contact</source>
        <translation> — do not contact</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>&amp;Add volunteer…</source>
        <translation>&amp;Add volunteer…</translation>
    </message>
    <message>
        <source>Add volunteer</source>
        <translation>Add volunteer</translation>
    </message>
    <message>
        <source>Add a volunteer (Ctrl+N)</source>
        <translation>Add a volunteer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name, email, organization or skill</source>
        <translation>Name, email, organization or skill</translation>
    </message>
    <message>
        <source>Filter volunteers</source>
        <translation>Filter volunteers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Active (past 12 months)</source>
        <translation>Active (past 12 months)</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Never volunteered</source>
        <translation>Never volunteered</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Changes waiting to sync</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Any skill</translation>
    </message>
    <message>
        <source>Last volunteered</source>
        <translation>Last volunteered</translation>
    </message>
    <message>
        <source>Last volunteered: any time</source>
        <translation>Last volunteered: any time</translation>
    </message>
    <message>
        <source>In the past 30 days</source>
        <translation>In the past 30 days</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>This school year</translation>
    </message>
    <message>
        <source>In the past 12 months</source>
        <translation>In the past 12 months</translation>
    </message>
    <message>
        <source>Not in the past 2 years</source>
        <translation>Not in the past 2 years</translation>
    </message>
    <message>
        <source>Loading volunteers…</source>
        <translation>Loading volunteers…</translation>
    </message>
    <message>
        <source>%1 volunteer</source>
        <translation>%1 volunteer</translation>
    </message>
    <message>
        <source>%1 volunteers</source>
        <translation>%1 volunteers</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <source>No volunteers in your local cache yet.
Sign in and sync to bring them from Salesforce, or add one with “Add volunteer”.</source>
        <translation>No volunteers in your local cache yet.
Sign in and sync to bring them from Salesforce, or add one with “Add volunteer”.</translation>
    </message>
    <message>
        <source>No volunteers in your local cache yet.
Sign in and sync to bring them from Salesforce.</source>
        <translation>No volunteers in your local cache yet.
Sign in and sync to bring them from Salesforce.</translation>
    </message>
    <message>
        <source>No volunteer matches these filters.</source>
        <translation>No volunteer matches these filters.</translation>
    </message>
</context>
<context>
    <name>vms::WalkInDialog</name>
    <message>
        <source>Add a walk-in volunteer</source>
        <translation>Add a walk-in volunteer</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name (required)</source>
        <translation>&amp;Last name (required)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organization</translation>
    </message>
    <message>
        <source>Possible existing records</source>
        <translation>Possible existing records</translation>
    </message>
    <message>
        <source>&amp;Add and mark attended</source>
        <translation>&amp;Add and mark attended</translation>
    </message>
    <message>
        <source>&amp;Use the selected person</source>
        <translation>&amp;Use the selected person</translation>
    </message>
    <message>
        <source>A last name is needed.</source>
        <translation>A last name is needed.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>&apos;%1&apos; is not an email address.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Add as new anyway</source>
        <translation>&amp;Add as new anyway</translation>
    </message>
    <message>
        <source>Salesforce would refuse this walk-in as it is: see the fields marked above.</source>
        <translation>Salesforce would refuse this walk-in as it is: see the fields marked above.</translation>
    </message>
    <message>
        <source>This may be someone already in VMS. Select them and press Use the selected person, or press Add again to add a new volunteer anyway.</source>
        <translation>This may be someone already in VMS. Select them and press Use the selected person, or press Add again to add a new volunteer anyway.</translation>
    </message>
</context>
</TS>
