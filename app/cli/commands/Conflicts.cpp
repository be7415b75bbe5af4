#include "core/sync/Conflicts.h"

#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Json.h"

#include <QCoreApplication>

namespace vms::cli {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("vms::cli::conflicts", s);
}
} // namespace

// conflicts list [--json] | conflicts resolve ID --keep local|server (cli.md). No network: a resolution
// is pushed by the next sync.
int runConflicts(CliEnv& env, const QStringList& args) {
    if (args.isEmpty())
        return env.usageError(tr("conflicts: expected 'list' or 'resolve'"));
    const QString sub = args.first();
    AppContext* ctx = nullptr;
    auto open = [&]() -> bool {
        ctx = env.context();
        return ctx != nullptr;
    };
    SystemClock clock;
    if (sub == u"list") {
        auto opts =
            parseOptions(QStringLiteral("conflicts list"), args.mid(1), {{QStringLiteral("json"), false}}, 0);
        if (!opts)
            return env.fail(opts.error());
        if (!open())
            return env.contextFailureCode();
        Conflicts conflicts(ctx->database().connection(), Session::loadCached(ctx->database().connection()),
                            clock);
        auto list = conflicts.open();
        if (!list)
            return env.fail(list.error());
        if (opts->has(QStringLiteral("json"))) {
            ojson j = ojson::array();
            for (const Conflict& c : *list)
                j.push_back({{"id", QString::number(c.id).toStdString()},
                             {"object", c.object.toStdString()},
                             {"record", c.recordSfId.toStdString()},
                             {"field", c.field.toStdString()},
                             {"local", c.localIsNull ? ojson(nullptr) : ojson(c.localValue.toStdString())},
                             {"server", c.serverIsNull ? ojson(nullptr) : ojson(c.serverValue.toStdString())},
                             {"detected_at", c.detectedAt.toStdString()}});
            printJson(env.out, j);
            return 0;
        }
        if (list->empty())
            env.out << tr("No conflicts.") << "\n";
        for (const Conflict& c : *list)
            env.out << tr("%1  %2 %3 %4: local '%5', server '%6' (%7)")
                           .arg(c.id)
                           .arg(c.object, c.recordSfId, c.field, c.localValue, c.serverValue, c.detectedAt)
                    << "\n";
        return 0;
    }
    if (sub == u"resolve") {
        auto opts = parseOptions(QStringLiteral("conflicts resolve"), args.mid(1),
                                 {{QStringLiteral("keep"), true}}, 1);
        if (!opts)
            return env.fail(opts.error());
        if (opts->positionals.size() != 1)
            return env.usageError(tr("conflicts resolve: expected the conflict's ID"));
        bool numeric = false;
        const qint64 id = opts->positionals.first().toLongLong(&numeric);
        if (!numeric || id <= 0)
            return env.usageError(
                tr("conflicts resolve: '%1' is not a conflict id").arg(opts->positionals.first()));
        const QString keep = opts->value(QStringLiteral("keep"));
        if (keep != u"local" && keep != u"server")
            return env.usageError(
                tr("conflicts resolve: --keep must be 'local' or 'server', not '%1'").arg(keep));
        if (!open())
            return env.contextFailureCode();
        Conflicts conflicts(ctx->database().connection(), Session::loadCached(ctx->database().connection()),
                            clock);
        if (Status s = conflicts.resolve(id, keep == u"local"); !s)
            return env.fail(s.error());
        env.out << tr("Conflict %1 resolved: kept the %2 value.").arg(id).arg(keep) << "\n";
        return 0;
    }
    return env.usageError(tr("conflicts: unknown subcommand '%1' (expected 'list' or 'resolve')").arg(sub));
}

} // namespace vms::cli
