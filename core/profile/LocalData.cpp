#include "core/profile/LocalData.h"

#include "core/auth/TokenStore.h"
#include "core/common/Logging.h"
#include "core/db/CacheStats.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vms {

namespace {
// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::LocalData)
};

QString backupDirectory(const Profile& profile) {
    return profile.path() + QStringLiteral("/backups");
}
} // namespace

Result<qint64> LocalData::unpushedChanges(QSqlDatabase db) {
    auto stats = readCacheStats(std::move(db));
    if (!stats)
        return stats.error();
    // Every outbox entry is a change the org has not confirmed, whatever its state (queued, refused,
    // waiting on a conflict).
    return stats->pendingChanges;
}

QStringList LocalData::paths(const Profile& profile) {
    const QString cache = profile.databasePath();
    return {cache,
            cache + QStringLiteral("-wal"),
            cache + QStringLiteral("-shm"),
            cache + QStringLiteral("-journal"),
            cache + QStringLiteral("-writers"), // db/WriteTurn's lock file
            profile.logDirectory(),
            backupDirectory(profile)};
}

Status LocalData::remove(const Profile& profile, TokenStore& tokens) {
    // Logged before the logs go (a log sink still installed writes to files already open, which the
    // system drops with their name; it never makes the folder again).
    qCInfo(lcApp).noquote() << "removing this computer's data for the profile" << profile.id();
    const Status keychain = tokens.remove(profile.id());
    QStringList failed;
    for (const QString& path : paths(profile)) {
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink())
            continue;
        // A symbolic link is removed, never followed: only the profile's own files go.
        const bool removed =
            info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
        if (!removed)
            failed << QDir::toNativeSeparators(path);
    }
    if (!failed.isEmpty())
        return Error::io(
            Tr::tr("Could not delete %1. Delete it by hand (or wipe the disk) before the computer "
                   "changes hands.")
                .arg(failed.join(QStringLiteral(", "))));
    if (!keychain)
        return Error{ErrorKind::Keychain,
                     Tr::tr("The local files were deleted, but the sign-in could not be removed from the "
                            "keychain: %1")
                         .arg(keychain.error().message),
                     keychain.error().code};
    return {};
}

Result<qint64> LocalData::unpushedChanges(const Database& db) {
    return unpushedChanges(db.connection());
}

Status LocalData::remove(const Database& cache, const Profile& profile, TokenStore& tokens) {
    cache.releaseThreadConnection();
    return remove(profile, tokens);
}

} // namespace vms
