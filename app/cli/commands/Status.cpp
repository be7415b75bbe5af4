#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Json.h"
#include "core/db/CacheStats.h"
#include "core/db/Meta.h"

#include <QCoreApplication>

namespace vms::cli {

int runStatus(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("status"), args, {{QStringLiteral("json"), false}}, 0);
    if (!opts)
        return env.fail(opts.error());
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    QSqlDatabase db = ctx->database().connection();
    auto stats = readCacheStats(db);
    if (!stats)
        return env.fail(stats.error());
    Meta meta(db);
    const bool signedIn = meta.get(MetaKey::SessionSignedIn) == u"1";
    const QString user = meta.get(MetaKey::SessionUser);
    const QString role = meta.get(MetaKey::SessionRole);

    if (opts->has(QStringLiteral("json"))) {
        ojson counts = ojson::object();
        for (const auto& [name, n] : stats->counts)
            counts[name.toStdString()] = n;
        ojson j = ojson::object();
        j["profile"] = ctx->profile().path().toStdString();
        j["signed_in"] = signedIn;
        j["user"] = stringOrNull(user);
        j["role"] = stringOrNull(role);
        j["counts"] = counts;
        j["pending_changes"] = stats->pendingChanges;
        j["conflicts"] = stats->openConflicts;
        j["last_sync"] = stringOrNull(stats->lastSync);
        // After cli.md's keys (an extension): what makes up the sync problems the window counts.
        j["failed_changes"] = stats->failedChanges;
        j["sync_issues"] = stats->syncIssues;
        j["sync_problems"] = stats->problems();
        printJson(env.out, j);
        return 0;
    }
    auto tr = [](const char* s) {
        return QCoreApplication::translate("vms::cli::status", s);
    };
    env.out << tr("Profile:   %1").arg(ctx->profile().path()) << "\n";
    env.out << tr("Signed in: %1").arg(signedIn ? tr("yes, as %1 (%2)").arg(user, role) : tr("no")) << "\n";
    for (const auto& [name, n] : stats->counts)
        env.out << QStringLiteral("  %1 %2\n").arg(name, -16).arg(n);
    env.out << tr("Pending changes: %1").arg(stats->pendingChanges) << "\n";
    env.out << tr("Refused changes: %1").arg(stats->failedChanges) << "\n";
    env.out << tr("Open conflicts:  %1").arg(stats->openConflicts) << "\n";
    env.out << tr("Waiting records: %1").arg(stats->syncIssues) << "\n";
    env.out << tr("Sync problems:   %1").arg(stats->problems()) << "\n";
    env.out << tr("Last sync:       %1").arg(stats->lastSync.isEmpty() ? tr("never") : stats->lastSync)
            << "\n";
    return 0;
}

} // namespace vms::cli
