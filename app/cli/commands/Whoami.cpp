#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Json.h"
#include "core/auth/AuthManager.h"

#include <QCoreApplication>

namespace vms::cli {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("vms::cli::whoami", s);
}
} // namespace

// whoami [--json]: user name, user id, org id, role, instance URL (cli.md). When the org answers, the
// identity and role are re-read from it (a revoked sign-in ends here with exit 5); offline, the cached
// session is shown.
int runWhoami(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("whoami"), args, {{QStringLiteral("json"), false}}, 0);
    if (!opts)
        return env.fail(opts.error());
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    AuthManager& auth = ctx->auth();
    Session session = auth.session();
    const Error notSignedIn{ErrorKind::Auth, tr("Not signed in: run 'vms-cli login'."),
                            QStringLiteral("NOT_SIGNED_IN")};
    if (!session.signedIn)
        return env.fail(notSignedIn);
    auto restored = auth.restore();
    if (!restored)
        return env.fail(restored.error());
    if (!restored.value()) {
        (void)Session::clearCached(ctx->database().connection());
        return env.fail(notSignedIn);
    }
    auto fresh = auth.refreshSession();
    if (fresh) {
        session = fresh.value();
    } else if (fresh.error().kind == ErrorKind::Network) {
        env.err << tr("vms-cli: the org could not be reached; showing the last known sign-in.") << "\n";
        env.err.flush();
    } else {
        return env.fail(fresh.error());
    }

    if (opts->has(QStringLiteral("json"))) {
        ojson j = ojson::object();
        j["user"] = session.userName.toStdString();
        j["user_id"] = session.userId.toStdString();
        j["org_id"] = session.orgId.toStdString();
        j["role"] = roleName(session.role).toStdString();
        j["instance_url"] = session.instanceUrl.toStdString();
        printJson(env.out, j);
        return 0;
    }
    env.out << tr("User:     %1 (%2)").arg(session.userName, session.userId) << "\n";
    env.out << tr("Org:      %1").arg(session.orgId) << "\n";
    env.out << tr("Role:     %1").arg(roleName(session.role)) << "\n";
    env.out << tr("Instance: %1").arg(session.instanceUrl) << "\n";
    return 0;
}

} // namespace vms::cli
