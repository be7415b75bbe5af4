#include "core/profile/Backup.h"

#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Json.h"
#include "app/cli/SignedIn.h"
#include "core/common/LogSink.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace vms::cli {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("vms::cli::backup", s);
}

// cli.md: a file that cannot be written ends with exit 2 (and leaves no partial file).
int failWriting(CliEnv& env, const Error& error) {
    if (error.kind != ErrorKind::Io)
        return env.fail(error);
    env.err << "vms-cli: " << error.message << "\n";
    env.err.flush();
    return 2;
}

QString sizeText(qint64 bytes) {
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

int runCreate(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("backup create"), args, {{QStringLiteral("out"), true}}, 0);
    if (!opts)
        return env.fail(opts.error());
    if (opts->has(QStringLiteral("out")) && opts->value(QStringLiteral("out")).trimmed().isEmpty())
        return env.usageError(tr("backup create: --out needs a file name"));
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    const Session session = Session::loadCached(ctx->database().connection());
    if (Status s = requireCachedSignIn(session); !s)
        return env.fail(s.error());
    const SystemClock clock;
    const QString out = opts->value(QStringLiteral("out"));
    auto info =
        Backup::create(ctx->profile(), session, clock, out.isEmpty() ? QString() : QDir(out).absolutePath());
    if (!info)
        return failWriting(env, info.error());
    env.out << tr("Copied the local cache to %1 (%2).")
                   .arg(QDir::toNativeSeparators(info->path), sizeText(info->bytes))
            << "\n";
    return 0;
}

int runList(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("backup list"), args, {{QStringLiteral("json"), false}}, 0);
    if (!opts)
        return env.fail(opts.error());
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    const Session session = Session::loadCached(ctx->database().connection());
    if (Status s = requireCachedSignIn(session); !s)
        return env.fail(s.error());
    auto copies = Backup::list(ctx->profile(), session);
    if (!copies)
        return env.fail(copies.error());
    if (opts->has(QStringLiteral("json"))) {
        ojson j = ojson::array();
        for (const Backup::Info& c : *copies)
            j.push_back({{"path", c.path.toStdString()},
                         {"created_at", c.createdAt.toString(Qt::ISODate).toStdString()},
                         {"kind", Backup::kindName(c.kind).toStdString()},
                         {"bytes", c.bytes}});
        printJson(env.out, j);
        return 0;
    }
    if (copies->empty())
        env.out << tr("No copies in %1.").arg(QDir::toNativeSeparators(Backup::folder(ctx->profile())))
                << "\n";
    const QTimeZone zone = ctx->settings().displayTimeZone();
    for (const Backup::Info& c : *copies)
        env.out << QStringLiteral("%1  %2  %3  %4")
                       .arg(c.createdAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            Backup::kindName(c.kind).leftJustified(14), sizeText(c.bytes).rightJustified(9),
                            QDir::toNativeSeparators(c.path))
                << "\n";
    return 0;
}

// The restore works without opening the cache the usual way: a damaged cache is the main reason to restore.
int runRestore(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("backup restore"), args, {}, 1);
    if (!opts)
        return env.fail(opts.error());
    if (opts->positionals.size() != 1)
        return env.usageError(tr("backup restore: expected the file to restore"));
    const QString file = QDir(opts->positionals.front()).absolutePath();
    auto profile = Profile::openOrCreate(Profile::resolvePath(env.profileArg));
    if (!profile)
        return env.fail(profile.error());
    LogSink::install(profile->logDirectory(), false);
    auto copySession = Backup::inspect(file);
    if (!copySession)
        return env.fail(copySession.error());
    // Who asks: the cache's signed-in user; when the cache cannot be read, the copy's.
    Session session = *copySession;
    if (QFileInfo(profile->databasePath()).size() > 0) {
        if (auto db = Database::open(profile->databasePath()); db && (*db)->quickCheck().isEmpty())
            session = Session::loadCached((*db)->connection());
    }
    if (Status s = requireCachedSignIn(session); !s)
        return env.fail(s.error());
    const SystemClock clock;
    auto report = Backup::restore(*profile, file, session, clock);
    if (!report)
        return failWriting(env, report.error());
    env.out << tr("Restored the local cache from %1.").arg(QDir::toNativeSeparators(report->restoredFrom))
            << "\n";
    env.out << tr("Queued changes kept: %1; changes the copy still had queued but already sent, not sent "
                  "again: %2.")
                   .arg(report->keptQueuedChanges)
                   .arg(report->droppedSentChanges)
            << "\n";
    if (!report->previousCopy.isEmpty())
        env.out
            << tr("The cache as it was is kept in %1.").arg(QDir::toNativeSeparators(report->previousCopy))
            << "\n";
    if (!report->damagedCacheMovedTo.isEmpty())
        env.out << tr("The damaged cache was moved to %1.")
                       .arg(QDir::toNativeSeparators(report->damagedCacheMovedTo))
                << "\n";
    env.out << tr("Run 'vms-cli sync' to bring what changed in the org since the copy was made.") << "\n";
    return 0;
}

} // namespace

// backup create [--out FILE] | list [--json] | restore FILE (cli.md). Admin only: a copy holds everyone's
// personal data, and a restore replaces the cache.
int runBackup(CliEnv& env, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == u"create")
        return runCreate(env, args.mid(1));
    if (sub == u"list")
        return runList(env, args.mid(1));
    if (sub == u"restore")
        return runRestore(env, args.mid(1));
    if (sub.isEmpty())
        return env.usageError(tr("backup: expected 'create', 'list' or 'restore'"));
    return env.usageError(
        tr("backup: unknown subcommand '%1'; expected 'create', 'list' or 'restore'").arg(sub));
}

} // namespace vms::cli
