#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Json.h"
#include "app/cli/SignedIn.h"
#include "core/auth/AuthManager.h"
#include "core/auth/TokenStore.h"
#include "core/db/CacheStats.h"
#include "core/db/Database.h"
#include "core/salesforce/OrgSetupCheck.h"
#include "core/salesforce/SalesforceClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace vms::cli {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("vms::cli::health", s);
}

struct Finding {
    QString check;
    QString status; // "ok", "warning", "error"
    QString detail;
    int exitCode = 0; // the cli.md code this finding stands for when it is an error
    int severity = 0; // higher is worse
};

} // namespace

// health [--json]: the database, the keychain, whether the org answers (and how fast), the API budget,
// the age of the last good sync, queued and failed changes. Exit 0 when all is well, otherwise the code
// of the worst finding (cli.md).
int runHealth(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("health"), args, {{QStringLiteral("json"), false}}, 0);
    if (!opts)
        return env.fail(opts.error());
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    std::vector<Finding> findings;

    const QString damage = ctx->database().quickCheck();
    findings.push_back(damage.isEmpty() ? Finding{QStringLiteral("database"), QStringLiteral("ok"),
                                                  tr("SQLite quick check passed"), 0, 0}
                                        : Finding{QStringLiteral("database"), QStringLiteral("error"),
                                                  tr("The local cache is damaged: %1").arg(damage), 1, 100});

    const Status keychain = ctx->tokenStore().probe();
    findings.push_back(
        keychain
            ? Finding{QStringLiteral("keychain"), QStringLiteral("ok"), ctx->tokenStore().description(), 0, 0}
            : Finding{QStringLiteral("keychain"), QStringLiteral("error"), keychain.error().message, 7, 90});

    const Status signedIn = keychain ? ensureSignedIn(*ctx) : Status(keychain.error());
    if (!signedIn) {
        findings.push_back({QStringLiteral("org"), QStringLiteral("error"), signedIn.error().message,
                            exitCodeFor(signedIn.error().kind), 80});
    } else {
        QElapsedTimer t;
        t.start();
        auto answer = ctx->salesforce().query(QStringLiteral("SELECT Id FROM Account LIMIT 1"),
                                              [](const QueryPage&) { return Status(); });
        const qint64 ms = t.elapsed();
        if (answer)
            findings.push_back(
                {QStringLiteral("org"), QStringLiteral("ok"),
                 tr("%1 answered in %2 ms").arg(ctx->salesforce().instanceUrl().toString()).arg(ms), 0, 0});
        else
            findings.push_back({QStringLiteral("org"), QStringLiteral("error"), answer.error().message,
                                answer.error().kind == ErrorKind::Auth ? 5 : 4, 70});
        if (answer) {
            // What the org lacks that VMS needs (salesforce-org.md, "What the org needs"), kept for the
            // window and the push as a sync keeps it.
            auto setup = OrgSetupCheck::run(
                ctx->salesforce(), ctx->mapping(), ctx->auth().session().userId,
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
            if (!setup) {
                findings.push_back({QStringLiteral("setup"), QStringLiteral("error"), setup.error().message,
                                    exitCodeFor(setup.error().kind), 60});
            } else {
                (void)OrgSetupCheck::store(ctx->database().connection(), *setup);
                if (setup->complete())
                    findings.push_back({QStringLiteral("setup"), QStringLiteral("ok"),
                                        tr("the org has every field and permission set VMS needs"), 0, 0});
                // A missing piece holds the changes that need it (exit 3, like a refusal); a user without
                // a VMS permission set is a plain User, which the org may intend.
                for (const SetupFinding& f : setup->findings) {
                    const bool plainUser = f.kind == SetupFinding::Kind::NoPermissionSet;
                    findings.push_back({QStringLiteral("setup"),
                                        plainUser ? QStringLiteral("warning") : QStringLiteral("error"),
                                        f.message(), plainUser ? 0 : 3, plainUser ? 0 : 40});
                }
            }
        }
        if (auto usage = ctx->salesforce().apiUsage(); usage && usage->limit > 0) {
            const double share = static_cast<double>(usage->used) / static_cast<double>(usage->limit);
            findings.push_back({QStringLiteral("api_budget"),
                                share >= 0.9 ? QStringLiteral("warning") : QStringLiteral("ok"),
                                tr("%1 of %2 API calls used today").arg(usage->used).arg(usage->limit), 0,
                                0});
        }
    }

    auto stats = readCacheStats(ctx->database().connection());
    if (stats) {
        const QDateTime last = QDateTime::fromString(stats->lastSync, Qt::ISODateWithMs);
        if (!last.isValid())
            findings.push_back(
                {QStringLiteral("last_sync"), QStringLiteral("warning"), tr("never synced"), 0, 0});
        else {
            const qint64 hours = last.secsTo(QDateTime::currentDateTimeUtc()) / 3600;
            findings.push_back({QStringLiteral("last_sync"),
                                hours > 24 ? QStringLiteral("warning") : QStringLiteral("ok"),
                                tr("%1 (%2 h ago)").arg(stats->lastSync).arg(hours), 0, 0});
        }
        const qint64 failed = stats->failedChanges;
        findings.push_back({QStringLiteral("changes"),
                            failed > 0 ? QStringLiteral("error") : QStringLiteral("ok"),
                            tr("%1 queued, %2 refused by the org, %3 conflicts, %4 records waiting to apply")
                                .arg(stats->pendingChanges)
                                .arg(failed)
                                .arg(stats->openConflicts)
                                .arg(stats->syncIssues),
                            failed > 0 ? 3 : 0, failed > 0 ? 50 : 0});
    }

    const Finding* worst = nullptr;
    for (const Finding& f : findings)
        if (f.status == u"error" && (!worst || f.severity > worst->severity))
            worst = &f;
    const int code = worst ? worst->exitCode : 0;
    if (opts->has(QStringLiteral("json"))) {
        ojson checks = ojson::array();
        for (const Finding& f : findings)
            checks.push_back({{"check", f.check.toStdString()},
                              {"status", f.status.toStdString()},
                              {"detail", f.detail.toStdString()}});
        ojson j = ojson::object();
        j["healthy"] = code == 0;
        j["exit_code"] = code;
        j["checks"] = checks;
        printJson(env.out, j);
    } else {
        for (const Finding& f : findings)
            env.out
                << QStringLiteral("%1 %2 %3\n").arg(f.status.toUpper(), -8).arg(f.check, -11).arg(f.detail);
    }
    return code;
}

} // namespace vms::cli
