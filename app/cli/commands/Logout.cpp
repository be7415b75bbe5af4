#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "core/auth/AuthManager.h"
#include "core/common/LogSink.h"
#include "core/profile/LocalData.h"

#include <QCoreApplication>
#include <QDir>

namespace vms::cli {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("vms::cli::logout", s);
}
} // namespace

// logout [--wipe]: revokes the refresh token at the org, deletes the keychain entries; local data stays
// unless --wipe, which removes this computer's data (LocalData: the cache, logs and backups) after
// saying how many changes had not reached Salesforce (cli.md).
int runLogout(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("logout"), args, {{QStringLiteral("wipe"), false}}, 0);
    if (!opts)
        return env.fail(opts.error());
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    const bool wipe = opts->has(QStringLiteral("wipe"));
    // Counted before anything changes: the user is told what the wipe loses.
    qint64 unpushed = 0;
    if (wipe) {
        auto pending = LocalData::unpushedChanges(ctx->database().connection());
        if (!pending)
            return env.fail(pending.error());
        unpushed = *pending;
    }
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
    if (wipe) {
        if (unpushed > 0)
            env.err << QStringLiteral(
                           "vms-cli: %1 change(s) made on this computer had not reached Salesforce; "
                           "they are deleted with the cache.")
                           .arg(unpushed)
                    << "\n";
        // Nothing may use the cache or the logs while they go.
        LogSink::uninstall();
        ctx->database().releaseThreadConnection();
        if (Status s = LocalData::remove(ctx->profile(), ctx->tokenStore()); !s)
            return env.fail(s.error());
        env.out << tr("Removed this computer's data: the cache, logs and backups in %1, and the sign-in in "
                      "the keychain.")
                       .arg(QDir::toNativeSeparators(ctx->profile().path()))
                << "\n";
    }
    return code;
}

} // namespace vms::cli
