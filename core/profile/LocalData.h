#pragma once

#include "core/common/Error.h"
#include "core/profile/Profile.h"

#include <QSqlDatabase>
#include <QStringList>

namespace vms {

class Database;

class TokenStore;

// "Remove this computer's data": for a laptop that changes hands, or one that was lost and found. What
// VMS keeps about the org on this computer is the profile's cache (people's names, contact details,
// attendance), its logs, its backups and the sign-in in the keychain; all of it goes. The profile's
// settings (language, time zone, login host) stay: they name no one.
//
// Offered to Admins in the desktop program, and to anyone at sign-out (`vms-cli logout --wipe`, the
// account menu's Sign out), after saying how many changes have not reached Salesforce: those are lost.
class LocalData final {
public:
    // Changes made on this computer that the org has not received yet (queued, failed or in conflict),
    // read from the cache without network.
    static Result<qint64> unpushedChanges(QSqlDatabase db);
    // The same, on this thread's connection to `db` (the views hold a Database, never a connection).
    static Result<qint64> unpushedChanges(const Database& db);

    // What remove() deletes, for messages: the cache file, its WAL and journal, logs/, backups/.
    static QStringList paths(const Profile& profile);

    // Deletes the profile's keychain entries (`tokens`), then its cache, logs and backups. Every
    // connection to the cache must be closed first (nothing may open it again afterwards, or an empty
    // cache would be made). Goes on past a file it cannot delete and then says which (ErrorKind::Io), or
    // ErrorKind::Keychain when the keychain entries could not be deleted (the files are deleted anyway).
    static Status remove(const Profile& profile, TokenStore& tokens);
    // The same for a program that holds `cache` open on this thread: its connection is closed first.
    static Status remove(const Database& cache, const Profile& profile, TokenStore& tokens);
};

} // namespace vms
