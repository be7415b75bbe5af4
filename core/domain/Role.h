#pragma once

#include <QString>

#include <optional>

namespace vms {

// Who may do what (salesforce-org.md). The role comes from the org's permission sets and is checked
// in core, so neither the GUI nor vms-cli can bypass it.
enum class Role { User, Coordinator, Admin };

enum class Permission {
    Read,
    WriteRecords,    // volunteers, organizations, events
    WriteAttendance, // including offline
    ExportAggregate, // CSV/PDF of aggregate reports
    ExportFull,      // XLSX of aggregate reports (Coordinator and Admin)
    ExportPersonal,  // exports that include personal data (names, emails): Admin only
    // One event's people, to run that event: the sign-in sheet and the event-contacts report. They list
    // students (minors) or volunteers' contacts, so never a User's (whose exports are aggregate only);
    // Coordinators, who run events, and Admins may (reports.md lets Coordinators export event-contacts).
    ExportRoster,
    ManageReportPresets, // save, rename and delete named report presets (Coordinator and Admin)
    Administer,          // settings, sync health, full resync
    ResolveConflicts,
};

bool roleAllows(Role role, Permission permission);
// The stable English name ("Coordinator"): stored in the profile, parsed by roleFromName, printed by vms-cli.
QString roleName(Role role);
// The name to show in the GUI, translated ("Coordinador" in Spanish).
QString roleDisplayName(Role role);
std::optional<Role> roleFromName(const QString& name);
// Why a permission is refused, in words a user understands (tooltips, CLI messages).
QString refusalReason(Role role, Permission permission);

} // namespace vms
