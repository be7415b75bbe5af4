#include "core/domain/Role.h"

#include <QCoreApplication>

namespace vms {

bool roleAllows(Role role, Permission permission) {
    switch (permission) {
    case Permission::Read:
    case Permission::ExportAggregate:
        return true;
    case Permission::WriteRecords:
    case Permission::WriteAttendance:
    case Permission::ResolveConflicts:
    case Permission::ExportFull:
    case Permission::ExportRoster:
    case Permission::ManageReportPresets:
        return role == Role::Coordinator || role == Role::Admin;
    // salesforce-org.md puts "exports of PII" in the Admin-only column.
    case Permission::ExportPersonal:
    case Permission::Administer:
        return role == Role::Admin;
    }
    return false;
}

QString roleName(Role role) {
    switch (role) {
    case Role::User:
        return QStringLiteral("User");
    case Role::Coordinator:
        return QStringLiteral("Coordinator");
    case Role::Admin:
        return QStringLiteral("Admin");
    }
    return QStringLiteral("User");
}

QString roleDisplayName(Role role) {
    switch (role) {
    case Role::User:
        break;
    case Role::Coordinator:
        return QCoreApplication::translate("vms::Role", "Coordinator");
    case Role::Admin:
        return QCoreApplication::translate("vms::Role", "Admin");
    }
    return QCoreApplication::translate("vms::Role", "User");
}

std::optional<Role> roleFromName(const QString& name) {
    if (name.compare(u"Admin", Qt::CaseInsensitive) == 0)
        return Role::Admin;
    if (name.compare(u"Coordinator", Qt::CaseInsensitive) == 0)
        return Role::Coordinator;
    if (name.compare(u"User", Qt::CaseInsensitive) == 0)
        return Role::User;
    return std::nullopt;
}

QString refusalReason(Role role, Permission permission) {
    if (roleAllows(role, permission))
        return {};
    if (permission == Permission::Administer || permission == Permission::ExportPersonal)
        return QCoreApplication::translate("vms::Role", "Only an Admin may do this; you are signed in as %1.")
            .arg(roleDisplayName(role));
    return QCoreApplication::translate("vms::Role",
                                       "Only a Coordinator or Admin may do this; you are signed in as %1.")
        .arg(roleDisplayName(role));
}

} // namespace vms
