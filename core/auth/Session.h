#pragma once

#include "core/common/Error.h"
#include "core/domain/Role.h"

#include <QSqlDatabase>
#include <QString>

namespace vms {

class Database;

// Who is signed in, as far as this profile knows. The role is refreshed from the org at each sign-in
// and sync and cached in the profile's meta table for offline use; it goes with the sign-in.
struct Session {
    bool signedIn = false;
    QString userName, userId, orgId, instanceUrl;
    Role role = Role::User;

    // The one check every writing, exporting or administering operation in core makes before it acts.
    // Signed out: ErrorKind::Auth (vms-cli exit 5) for everything but reading, whatever role was cached
    // (cli.md: "Writes and exports need a signed-in user"). Signed in: the role decides, Forbidden (exit 6)
    // with a reason the user understands. Being offline is not being signed out.
    Status require(Permission permission) const;
    bool allows(Permission permission) const { return require(permission).ok(); }
    // Why require() refuses, for tooltips and messages; empty when it does not.
    QString refusalReason(Permission permission) const;

    static Session loadCached(QSqlDatabase db);
    // The same, on this thread's connection to `db` (the views hold a Database, never a connection).
    static Session loadCached(const Database& db);
    Status saveCached(QSqlDatabase db) const;
    // Signed out: the flag and the role go. Who signed in last stays, so the profile still knows that
    // someone has signed into it (ProfileSettings::authorizeOrganisationChange).
    static Status clearCached(QSqlDatabase db);
    // Records the role the org gives now for `userId`, only while that user is still the one signed in
    // (checked and written in one write transaction, so a sign-out made while the role was being read
    // always stands). True when the cached role changed.
    static Result<bool> updateCachedRole(QSqlDatabase db, const QString& userId, Role role);
};

} // namespace vms
