#include "cli/Cli.h"

#include "cli/CommandLine.h"
#include "common/AppContext.h"
#include "db/CacheStats.h"
#include "db/Meta.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace vms::cli {

namespace {

using ojson = nlohmann::ordered_json;

ojson stringOrNull(const QString& s) {
    return s.isEmpty() ? ojson(nullptr) : ojson(s.toStdString());
}

QString tr(const char* text) {
    return QCoreApplication::translate("vms::cli::Cli", text);
}

} // namespace

int Cli::usageError(const QString& message) {
    m_err << "vms-cli: " << message << "\n" << tr("Run 'vms-cli --help' for usage.") << "\n";
    m_err.flush();
    return 2;
}

int Cli::fail(const Error& error) {
    if (error.kind == ErrorKind::Usage)
        return usageError(error.message);
    m_err << "vms-cli: " << error.message << "\n";
    m_err.flush();
    return exitCodeFor(error.kind);
}

void Cli::printHelp() {
    m_out << "Usage: vms-cli [--profile DIR] COMMAND [options]\n\n"
          << "Commands:\n"
          << "  status [--json]        Local counts and sync state, without network.\n"
          << "\nExit codes: 0 done, 2 bad usage, 3 partly done, 4 org unreachable, 5 not signed in,\n"
          << "            6 role may not, 7 no usable keychain.\n";
    m_out.flush();
}

int Cli::run(const QStringList& arguments) {
    // Global options come before the command.
    QString profileArg;
    qsizetype i = 0;
    while (i < arguments.size() && arguments.at(i).startsWith(u"--")) {
        const QString& a = arguments.at(i);
        if (a == u"--help" || a == u"-h") {
            printHelp();
            return 0;
        }
        if (a == u"--version") {
            m_out << "vms-cli " << QCoreApplication::applicationVersion() << "\n";
            return 0;
        }
        if (a == u"--profile") {
            if (i + 1 >= arguments.size())
                return usageError(tr("option '--profile' needs a folder"));
            profileArg = arguments.at(i + 1);
            i += 2;
            continue;
        }
        if (a.startsWith(u"--profile=")) {
            profileArg = a.mid(10);
            ++i;
            continue;
        }
        return usageError(tr("unknown option '%1'").arg(a));
    }
    if (i >= arguments.size())
        return usageError(tr("no command given"));
    const QString command = arguments.at(i);
    const QStringList rest = arguments.mid(i + 1);
    if (command == u"status")
        return cmdStatus(profileArg, rest);
    if (command == u"help") {
        printHelp();
        return 0;
    }
    return usageError(tr("unknown command '%1'").arg(command));
}

int Cli::cmdStatus(const QString& profileArg, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("status"), args, {{QStringLiteral("json"), false}}, 0);
    if (!opts)
        return fail(opts.error());
    auto ctx = AppContext::open(profileArg);
    if (!ctx)
        return fail(ctx.error());
    QSqlDatabase db = (*ctx)->database().connection();
    auto stats = readCacheStats(db);
    if (!stats)
        return fail(stats.error());
    Meta meta(db);
    const bool signedIn = meta.get(MetaKey::SessionSignedIn) == u"1";
    const QString user = meta.get(MetaKey::SessionUser);
    const QString role = meta.get(MetaKey::SessionRole);

    if (opts->has(QStringLiteral("json"))) {
        ojson counts = ojson::object();
        for (const auto& [name, n] : stats->counts)
            counts[name.toStdString()] = n;
        ojson j = ojson::object();
        j["profile"] = (*ctx)->profile().path().toStdString();
        j["signed_in"] = signedIn;
        j["user"] = stringOrNull(user);
        j["role"] = stringOrNull(role);
        j["counts"] = counts;
        j["pending_changes"] = stats->pendingChanges;
        j["conflicts"] = stats->openConflicts;
        j["last_sync"] = stringOrNull(stats->lastSync);
        m_out << QString::fromStdString(j.dump(2)) << "\n";
        return 0;
    }
    m_out << tr("Profile:   %1").arg((*ctx)->profile().path()) << "\n";
    m_out << tr("Signed in: %1").arg(signedIn ? tr("yes, as %1 (%2)").arg(user, role) : tr("no")) << "\n";
    for (const auto& [name, n] : stats->counts)
        m_out << QStringLiteral("  %1 %2\n").arg(name, -16).arg(n);
    m_out << tr("Pending changes: %1").arg(stats->pendingChanges) << "\n";
    m_out << tr("Open conflicts:  %1").arg(stats->openConflicts) << "\n";
    m_out << tr("Sync problems:   %1").arg(stats->syncIssues) << "\n";
    m_out << tr("Last sync:       %1").arg(stats->lastSync.isEmpty() ? tr("never") : stats->lastSync) << "\n";
    return 0;
}

} // namespace vms::cli
