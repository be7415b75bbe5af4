#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Json.h"
#include "app/cli/SignedIn.h"
#include "core/changes/AuditLog.h"
#include "core/reports/ReportPeriod.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace vms::cli {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("vms::cli::audit", s);
}

// A day (YYYY-MM-DD, in the profile's display zone) or an instant with its offset (2026-11-24T15:00:00Z).
// `endOfDay`: a day means the end of it (--until is inclusive), else its start.
Result<QDateTime> parseWhen(const QString& option, const QString& text, const QTimeZone& zone,
                            bool endOfDay) {
    if (auto day = ReportPeriod::parseDate(text); day.ok())
        return QDateTime(endOfDay ? day->addDays(1) : *day, QTime(0, 0), zone).toUTC();
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (instant.isValid() && instant.timeSpec() != Qt::LocalTime)
        return instant.toUTC();
    if (instant.isValid()) // a time without an offset is in the display zone, as everywhere in vms-cli
        return QDateTime(instant.date(), instant.time(), zone).toUTC();
    return Error::usage(
        tr("audit list: %1: '%2' is not a date (YYYY-MM-DD) or a date and time (2026-11-24T15:00:00Z)")
            .arg(option, text));
}

QString valueText(const QVariant& v) {
    return v.isNull() ? QStringLiteral("(none)") : QStringLiteral("'%1'").arg(v.toString());
}

} // namespace

// audit list [--since DATE] [--until DATE] [--user NAME] [--record ID] [--json] (cli.md): who changed what,
// when, from this computer. The audit log is an Admin's, like the rest of the Admin column of
// salesforce-org.md's matrix: it shows every record's old and new values (personal data) and who typed
// them. Read from the cache, so it works offline; after logout it ends with exit 5 like every export.
int runAudit(CliEnv& env, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub.isEmpty())
        return env.usageError(tr("audit: expected 'list'"));
    if (sub != u"list")
        return env.usageError(tr("audit: unknown subcommand '%1'; expected 'list'").arg(sub));
    auto opts = parseOptions(QStringLiteral("audit list"), args.mid(1),
                             {{QStringLiteral("since"), true},
                              {QStringLiteral("until"), true},
                              {QStringLiteral("user"), true},
                              {QStringLiteral("record"), true},
                              {QStringLiteral("json"), false}},
                             0);
    if (!opts)
        return env.fail(opts.error());
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    const QTimeZone zone = ctx->settings().displayTimeZone();
    AuditFilter filter;
    filter.user = opts->value(QStringLiteral("user"));
    filter.record = opts->value(QStringLiteral("record"));
    for (const auto& [name, endOfDay, target] : {std::tuple{QStringLiteral("since"), false, &filter.from},
                                                 std::tuple{QStringLiteral("until"), true, &filter.to}}) {
        if (!opts->has(name))
            continue;
        auto when = parseWhen(QStringLiteral("--") + name, opts->value(name), zone, endOfDay);
        if (!when)
            return env.fail(when.error());
        *target = *when;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
        return env.usageError(tr("audit list: --until is before --since"));

    QSqlDatabase db = ctx->database().connection();
    const Session session = Session::loadCached(db);
    if (Status s = requireCachedSignIn(session); !s)
        return env.fail(s.error());
    auto entries = AuditLog(db).query(session, filter);
    if (!entries)
        return env.fail(entries.error());

    if (opts->has(QStringLiteral("json"))) {
        ojson j = ojson::array();
        for (const AuditEntry& e : *entries)
            j.push_back(
                {{"id", QString::number(e.id).toStdString()},
                 {"at", e.at.toString(Qt::ISODateWithMs).toStdString()},
                 {"user", e.actor.toStdString()},
                 {"action", e.action.toStdString()},
                 {"entity", e.entity.toStdString()},
                 {"local_id", QString::number(e.localId).toStdString()},
                 {"record", stringOrNull(e.recordSfId)},
                 {"field", stringOrNull(e.field)},
                 {"old", e.oldValue.isNull() ? ojson(nullptr) : ojson(e.oldValue.toString().toStdString())},
                 {"new", e.newValue.isNull() ? ojson(nullptr) : ojson(e.newValue.toString().toStdString())}});
        printJson(env.out, j);
        return 0;
    }
    if (entries->empty())
        env.out << tr("No audit entries.") << "\n";
    for (const AuditEntry& e : *entries) {
        const QString record =
            e.recordSfId.isEmpty()
                ? QStringLiteral("%1 %2").arg(e.entity).arg(e.localId)
                : QStringLiteral("%1 %2 (%3)").arg(e.entity).arg(e.localId).arg(e.recordSfId);
        env.out << QStringLiteral("%1  %2  %3  %4  %5: %6 -> %7")
                       .arg(e.at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor,
                            e.action, record, e.field, valueText(e.oldValue), valueText(e.newValue))
                << "\n";
    }
    return 0;
}

} // namespace vms::cli
