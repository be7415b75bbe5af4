#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Json.h"
#include "core/attendance/AttendanceRoster.h"
#include "core/changes/LocalChanges.h"
#include "core/recruit/ContactHistory.h"

#include <QCoreApplication>

namespace vms::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("vms::cli::activity", text);
}

// activity log --contact ID --type Call|Email --subject S [--event ID] [--notes TEXT] (cli.md): a Task,
// queued like every write; prints its local id.
int runLog(CliEnv& env, const QStringList& args) {
    const QString cmd = QStringLiteral("activity log");
    auto opts = parseOptions(cmd, args,
                             {{QStringLiteral("contact"), true},
                              {QStringLiteral("type"), true},
                              {QStringLiteral("subject"), true},
                              {QStringLiteral("event"), true},
                              {QStringLiteral("notes"), true}},
                             0);
    if (!opts)
        return env.fail(opts.error());
    for (const char* required : {"contact", "type", "subject"})
        if (opts->value(QLatin1String(required)).trimmed().isEmpty())
            return env.usageError(tr("%1: option '--%2' is required").arg(cmd, QLatin1String(required)));
    const QString type = opts->value(QStringLiteral("type")).trimmed();
    NewActivity a;
    if (type.compare(u"Call", Qt::CaseInsensitive) == 0)
        a.type = NewActivity::Type::Call;
    else if (type.compare(u"Email", Qt::CaseInsensitive) == 0)
        a.type = NewActivity::Type::Email;
    else
        return env.usageError(tr("--type: '%1' is not a type; use Call or Email").arg(type));
    a.subject = opts->value(QStringLiteral("subject"));
    a.notes = opts->value(QStringLiteral("notes"));
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    QSqlDatabase db = ctx->database().connection();
    auto volunteer = AttendanceRoster::resolveVolunteer(db, opts->value(QStringLiteral("contact")));
    if (!volunteer)
        return env.fail(volunteer.error());
    a.volunteerId = *volunteer;
    if (opts->has(QStringLiteral("event"))) {
        auto event = AttendanceRoster::resolveEvent(db, opts->value(QStringLiteral("event")));
        if (!event)
            return env.fail(event.error());
        a.eventId = *event;
    }
    const SystemClock clock;
    LocalChanges changes(db, Session::loadCached(db), clock, ctx->mapping());
    auto id = changes.logActivity(a);
    if (!id)
        return env.fail(id.error());
    env.out << *id << "\n";
    return 0;
}

// activity list --contact ID [--json]: the volunteer's contact history, newest first.
int runList(CliEnv& env, const QStringList& args) {
    const QString cmd = QStringLiteral("activity list");
    auto opts =
        parseOptions(cmd, args, {{QStringLiteral("contact"), true}, {QStringLiteral("json"), false}}, 0);
    if (!opts)
        return env.fail(opts.error());
    if (opts->value(QStringLiteral("contact")).trimmed().isEmpty())
        return env.usageError(tr("%1: option '--contact' is required").arg(cmd));
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    QSqlDatabase db = ctx->database().connection();
    auto volunteer = AttendanceRoster::resolveVolunteer(db, opts->value(QStringLiteral("contact")));
    if (!volunteer)
        return env.fail(volunteer.error());
    auto history = ContactHistory::load(db, *volunteer);
    if (!history)
        return env.fail(history.error());
    auto kindName = [](const HistoryItem& i) {
        return i.kind == HistoryItem::Kind::Task ? QStringLiteral("task") : QStringLiteral("participation");
    };
    if (opts->has(QStringLiteral("json"))) {
        ojson j = ojson::array();
        for (const HistoryItem& i : *history)
            j.push_back({{"kind", kindName(i).toStdString()},
                         {"id", i.localId},
                         {"date", i.date.isValid() ? ojson(i.date.toString(Qt::ISODate).toStdString())
                                                   : ojson(nullptr)},
                         {"type", stringOrNull(i.type)},
                         {"subject", stringOrNull(i.title)},
                         {"status", stringOrNull(i.status)},
                         {"notes", stringOrNull(i.notes)},
                         {"event_id", i.eventId ? ojson(i.eventId) : ojson(nullptr)},
                         {"event", stringOrNull(i.eventName)},
                         {"pending", i.pending}});
        printJson(env.out, j);
        return 0;
    }
    for (const HistoryItem& i : *history) {
        QString line =
            QStringLiteral("%1  %2  %3  %4")
                .arg(i.date.isValid() ? i.date.toString(Qt::ISODate) : QStringLiteral("----------"),
                     kindName(i).leftJustified(13), i.type.leftJustified(9), i.title);
        if (!i.status.isEmpty())
            line += QStringLiteral(" [%1]").arg(i.status);
        if (i.kind == HistoryItem::Kind::Task && !i.eventName.isEmpty())
            line += QStringLiteral(" (%1)").arg(i.eventName);
        if (i.pending)
            line += QStringLiteral(" *");
        env.out << line << "\n";
        if (!i.notes.isEmpty())
            env.out << "    " << QString(i.notes).replace(u'\n', QStringLiteral("\n    ")) << "\n";
    }
    return 0;
}

} // namespace

int runActivity(CliEnv& env, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == u"log")
        return runLog(env, args.mid(1));
    if (sub == u"list")
        return runList(env, args.mid(1));
    if (sub.isEmpty())
        return env.usageError(tr("activity: expected 'log' or 'list'"));
    return env.usageError(tr("activity: unknown subcommand '%1'; expected 'log' or 'list'").arg(sub));
}

} // namespace vms::cli
