#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Json.h"
#include "app/cli/SignedIn.h"
#include "core/common/Logging.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncEstimate.h"

#include <QCoreApplication>

namespace vms::cli {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("vms::cli::sync", s);
}
} // namespace

// sync [--full] [--json]: pushes the outbox, then pulls every object (cli.md). Progress on stderr, the
// summary on stdout. Exit 0; 3 when the org refused some records (kept for retry); 4 when the org could
// not be reached (all local work kept); 5 not signed in; 6 --full without the Admin role.
int runSync(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("sync"), args,
                             {{QStringLiteral("full"), false}, {QStringLiteral("json"), false}}, 0);
    if (!opts)
        return env.fail(opts.error());
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    if (Status s = ensureSignedIn(*ctx); !s)
        return env.fail(s.error());

    // The role is read from the org at each sync; offline, the cached one stands.
    Session session = ctx->auth().session();
    if (auto role = ctx->auth().fetchRole(); role) {
        session.role = *role;
    } else if (role.error().kind == ErrorKind::Auth) {
        return env.fail(role.error());
    } else if (role.error().kind == ErrorKind::Network) {
        env.err << tr("The org could not be reached: %1").arg(role.error().message) << "\n"
                << tr("Local changes are saved and will be pushed at the next sync.") << "\n";
        env.err.flush();
        return 4;
    }

    SyncOptions options;
    options.full = opts->has(QStringLiteral("full"));
    SystemClock clock;
    SyncEngine engine(ctx->database().connection(), ctx->salesforce(), ctx->mapping(), clock, session);
    // One line on stderr, rewritten in place: records done of the pull's total and the time left.
    SyncEstimate estimate;
    bool anyProgress = false;
    auto progress = [&](const SyncProgress& p) {
        anyProgress = true;
        env.err << "\r";
        if (p.phase == u"push") {
            env.err << tr("pushing %1: %2").arg(p.object).arg(p.done);
        } else {
            estimate.update(p);
            env.err << tr("pulling: %1 of %2 records").arg(estimate.done()).arg(estimate.total());
            if (const auto left = estimate.secondsLeft())
                env.err << tr(", about %1 s left").arg(*left);
            env.err << " (" << p.object << ")   ";
        }
        env.err.flush();
    };
    auto result = engine.run(options, {}, progress);
    if (anyProgress)
        env.err << "\n";
    if (!result) {
        Error e = result.error();
        if (e.code == u"REQUEST_LIMIT_EXCEEDED") {
            e.kind = ErrorKind::Network;
            e.message = tr("The org's daily API limit is used up (REQUEST_LIMIT_EXCEEDED). Nothing was lost; "
                           "sync again when the limit resets.");
        } else if (e.kind == ErrorKind::Network) {
            e.message =
                tr("The org could not be reached: %1. Everything synced so far is kept and local changes "
                   "will be pushed at the next sync.")
                    .arg(e.message);
        }
        return env.fail(e);
    }
    const SyncSummary& s = *result;
    qint64 failed = 0;
    for (const auto& [entity, c] : s.entities)
        failed += c.failed;

    if (opts->has(QStringLiteral("json"))) {
        ojson j = ojson::object();
        for (const auto& [entity, c] : s.entities) {
            ojson e = ojson::object();
            e["pulled"] = c.pulled;
            e["deleted"] = c.deleted;
            e["pushed"] = c.pushed;
            e["failed"] = c.failed;
            j[entity.toStdString()] = e;
        }
        j["conflicts"] = s.conflicts;
        ojson errors = ojson::array();
        for (const SyncErrorItem& e : s.errors)
            errors.push_back({{"object", e.object.toStdString()},
                              {"id", e.id.toStdString()},
                              {"code", e.code.toStdString()},
                              {"message", e.message.toStdString()}});
        j["errors"] = errors;
        j["duration_ms"] = s.durationMs;
        printJson(env.out, j);
    } else {
        env.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(tr("entity"), -16)
                       .arg(tr("pulled"), 8)
                       .arg(tr("deleted"), 8)
                       .arg(tr("pushed"), 8)
                       .arg(tr("failed"), 8);
        for (const auto& [entity, c] : s.entities)
            env.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                           .arg(entity, -16)
                           .arg(c.pulled, 8)
                           .arg(c.deleted, 8)
                           .arg(c.pushed, 8)
                           .arg(c.failed, 8);
        env.out << tr("conflicts: %1, duration: %2 ms").arg(s.conflicts).arg(s.durationMs) << "\n";
        for (const SyncErrorItem& e : s.errors)
            env.out << tr("problem: %1 %2 %3: %4").arg(e.object, e.id, e.code, e.message) << "\n";
    }
    env.out.flush();
    // Records the org refused one by one: exit 3, each printed above and kept for retry.
    return failed > 0 ? 3 : 0;
}

} // namespace vms::cli
