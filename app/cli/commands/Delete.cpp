// `delete event|organization|participation ID [--yes] [--json]` (cli.md): an Admin's delete, gone from
// the cache at once and from the org with the next sync; asks first when run interactively, and wants
// --yes when it cannot ask.
#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Json.h"
#include "core/attendance/AttendanceRoster.h"
#include "core/changes/LocalChanges.h"
#include "core/db/Outbox.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace vms::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("vms::cli::delete", text);
}

// Asks on the terminal; true only for an explicit yes.
bool confirmOnTerminal(CliEnv& env, const QString& question) {
    env.err << question << " [y/N] ";
    env.err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

} // namespace

int runDelete(CliEnv& env, const QStringList& args) {
    const QString cmd = QStringLiteral("delete");
    auto opts = parseOptions(cmd, args, {{QStringLiteral("yes"), false}, {QStringLiteral("json"), false}}, 2);
    if (!opts)
        return env.fail(opts.error());
    if (opts->positionals.size() < 2)
        return env.usageError(tr("delete: give what to delete and its ID: delete event|organization|"
                                 "participation ID"));
    const QString entity = opts->positionals.at(0);
    if (entity != u"event" && entity != u"organization" && entity != u"participation")
        return env.usageError(
            tr("delete: '%1' cannot be deleted; give event, organization or participation").arg(entity));
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    QSqlDatabase db = ctx->database().connection();
    const SystemClock clock;
    LocalChanges local(db, Session::loadCached(db), clock, ctx->mapping());
    auto found = AttendanceRoster::resolveRecord(db, Outbox::tableFor(entity), QStringLiteral("ID"),
                                                 opts->positionals.at(1));
    if (!found)
        return env.fail(found.error());
    // Checked (role, record) and described before anything is asked or changed.
    auto preview = local.previewDelete(entity, found->localId);
    if (!preview)
        return env.fail(preview.error());
    // "event 12, “Career Day”, with its 9 participations"
    QString what = tr("%1 %2, “%3”").arg(entity).arg(found->localId).arg(preview->name);
    if (preview->participations == 1)
        what += tr(", with its one participation");
    else if (preview->participations > 1)
        what += tr(", with its %1 participations").arg(preview->participations);
    if (!opts->has(QStringLiteral("yes"))) {
        if (!isatty(STDIN_FILENO))
            return env.usageError(tr("delete: not run interactively, so nothing was deleted; add --yes to "
                                     "delete %1")
                                      .arg(what));
        if (!confirmOnTerminal(env, tr("Delete %1? It is deleted here now and in Salesforce at the next "
                                       "sync.")
                                        .arg(what))) {
            env.err << tr("Nothing was deleted.") << "\n";
            return 0;
        }
    }
    auto deleted = local.deleteRecord(entity, found->localId);
    if (!deleted)
        return env.fail(deleted.error());
    if (opts->has(QStringLiteral("json"))) {
        // queued: whether the org is told at the next sync (false: it never had the record).
        printJson(env.out, ojson{{"object", entity.toStdString()},
                                 {"id", found->localId},
                                 {"sf_id", stringOrNull(deleted->sfId)},
                                 {"name", preview->name.toStdString()},
                                 {"participations", preview->participations},
                                 {"queued", !deleted->sfId.isEmpty()}});
        return 0;
    }
    env.out << tr("Deleted %1.").arg(what) << " "
            << (deleted->sfId.isEmpty() ? tr("Salesforce never had it, so nothing is sent.")
                                        : tr("Salesforce is told at the next sync."))
            << "\n";
    return 0;
}

} // namespace vms::cli
