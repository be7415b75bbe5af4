#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "core/auth/AuthManager.h"
#include "core/db/Backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace vms::cli {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("vms::cli::logout", s);
}
} // namespace

// logout [--wipe]: revokes the refresh token at the org, deletes the keychain entries; local data stays
// unless --wipe (cli.md).
int runLogout(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("logout"), args, {{QStringLiteral("wipe"), false}}, 0);
    if (!opts)
        return env.fail(opts.error());
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    AuthManager& auth = ctx->auth();
    auto restored = auth.restore();
    if (!restored)
        return env.fail(restored.error());
    int code = 0;
    if (restored.value()) {
        if (Status s = auth.signOut(true); !s) {
            if (s.error().kind == ErrorKind::Keychain)
                return env.fail(s.error());
            // Signed out here; the org could not be told. Say so: the token stays valid there.
            code = env.fail(Error{ErrorKind::Network, s.error().message, s.error().code});
        } else {
            env.out << tr("Signed out; the sign-in was revoked at the org.") << "\n";
        }
    } else {
        if (Status s = Session::clearCached(ctx->database().connection()); !s)
            return env.fail(s.error());
        env.out << tr("Not signed in.") << "\n";
    }
    if (opts->has(QStringLiteral("wipe"))) {
        const QString path = ctx->database().path();
        ctx->database().releaseThreadConnection();
        // SQLite's own files beside the cache, and the one that gives an edit its turn (db/WriteTurn).
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-writers")}) {
            QFile f(path + suffix);
            if (f.exists() && !f.remove())
                return env.fail(Error::io(tr("Cannot delete %1: %2").arg(f.fileName(), f.errorString())));
        }
        // The copies of the cache hold the same data.
        const QString copies = Backup::folder(ctx->profile());
        if (QDir(copies).exists() && !QDir(copies).removeRecursively())
            return env.fail(Error::io(tr("Cannot delete %1.").arg(copies)));
        env.out << tr("Deleted the local cache %1.").arg(path) << "\n";
    }
    return code;
}

} // namespace vms::cli
