#pragma once

#include "core/common/Error.h"
#include "core/domain/Role.h"

#include <QSqlDatabase>
#include <QString>

namespace vms {

// Who is signed in, as far as this profile knows. The role is refreshed from the org at each sign-in
// and sync and cached in the profile's meta table for offline use.
struct Session {
    bool signedIn = false;
    QString userName, userId, orgId, instanceUrl;
    Role role = Role::User;

    // The one check every writing or administering operation in core makes before it acts:
    // Forbidden (vms-cli exit 6) with a reason the user understands.
    Status require(Permission permission) const;

    static Session loadCached(QSqlDatabase db);
    Status saveCached(QSqlDatabase db) const;
    static Status clearCached(QSqlDatabase db);
    // The role read from the org for `userId`, cached only while that user is still the one signed in
    // (one statement, so a sign-out made while the role was being read always stands).
    static Status updateCachedRole(QSqlDatabase db, const QString& userId, Role role);
};

} // namespace vms
