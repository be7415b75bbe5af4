#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Json.h"
#include "core/attendance/AttendanceRoster.h"
#include "core/changes/LocalChanges.h"
#include "core/profile/DisplayTime.h"
#include "core/recruit/RecruitData.h"

#include <QCoreApplication>

namespace vms::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("vms::cli::recruit", text);
}

// recruit list --event ID [--limit N] [--json] (cli.md): the ranked candidates with their reasons, and
// who is left out and why.
int runList(CliEnv& env, const QStringList& args) {
    const QString cmd = QStringLiteral("recruit list");
    auto opts = parseOptions(
        cmd, args,
        {{QStringLiteral("event"), true}, {QStringLiteral("limit"), true}, {QStringLiteral("json"), false}},
        0);
    if (!opts)
        return env.fail(opts.error());
    if (opts->value(QStringLiteral("event")).trimmed().isEmpty())
        return env.usageError(tr("%1: option '--event' is required").arg(cmd));
    int limit = 20;
    if (opts->has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = opts->value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return env.usageError(
                tr("--limit: '%1' is not a positive whole number").arg(opts->value(QStringLiteral("limit"))));
    }
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    QSqlDatabase db = ctx->database().connection();
    auto eventId = AttendanceRoster::resolveEvent(db, opts->value(QStringLiteral("event")));
    if (!eventId)
        return env.fail(eventId.error());
    const SystemClock clock;
    const QDate today = clock.nowUtc().toTimeZone(DisplayTime::zone()).date();
    auto event = RecruitData::loadEvent(db, *eventId);
    if (!event)
        return env.fail(event.error());
    auto ranked = RecruitData::rank(db, *eventId, today, limit);
    if (!ranked)
        return env.fail(ranked.error());
    const int shown = std::min<int>(limit, int(ranked->ranked.size()));

    if (opts->has(QStringLiteral("json"))) {
        ojson candidates = ojson::array();
        for (int i = 0; i < shown; ++i) {
            const Candidate& c = ranked->ranked[size_t(i)];
            ojson reasons = ojson::array();
            for (const RankReason& r : c.reasons)
                reasons.push_back({{"reason", r.text.toStdString()}, {"points", r.points}});
            candidates.push_back({{"rank", i + 1},
                                  {"id", c.facts.volunteerId},
                                  {"name", c.facts.name.toStdString()},
                                  {"email", stringOrNull(c.facts.email)},
                                  {"organization", stringOrNull(c.facts.organizationName)},
                                  {"score", c.score},
                                  {"can_email", c.canEmail},
                                  {"reasons", reasons}});
        }
        ojson excluded = ojson::array();
        for (const Candidate& c : ranked->excluded)
            excluded.push_back({{"id", c.facts.volunteerId},
                                {"name", c.facts.name.toStdString()},
                                {"reason", c.excludedBecause.toStdString()}});
        printJson(env.out, {{"event",
                             {{"id", event->id},
                              {"name", event->name.toStdString()},
                              {"requested", event->requested},
                              {"signed_up", event->signedUp},
                              {"open_slots", std::max(0, event->requested - event->signedUp)}}},
                            {"candidates", candidates},
                            {"excluded", excluded}});
        return 0;
    }
    env.out << event->name << ": " << event->signedUp << " of " << event->requested << " signed up\n";
    for (int i = 0; i < shown; ++i) {
        const Candidate& c = ranked->ranked[size_t(i)];
        env.out << QStringLiteral("%1. %2  (id %3, score %4)%5\n")
                       .arg(i + 1)
                       .arg(c.facts.name)
                       .arg(c.facts.volunteerId)
                       .arg(c.score)
                       .arg(c.canEmail ? QString() : QStringLiteral("  no email"));
        for (const RankReason& r : c.reasons)
            env.out << "     - " << r.text << "\n";
    }
    env.out << ranked->ranked.size() + size_t(ranked->notShown) << " candidates, " << ranked->excluded.size()
            << " left out (--json lists them with the reason)\n";
    return 0;
}

// recruit add --event ID --contact ID: a Registered participation, queued like every write.
int runAdd(CliEnv& env, const QStringList& args) {
    const QString cmd = QStringLiteral("recruit add");
    auto opts =
        parseOptions(cmd, args, {{QStringLiteral("event"), true}, {QStringLiteral("contact"), true}}, 0);
    if (!opts)
        return env.fail(opts.error());
    for (const char* required : {"event", "contact"})
        if (opts->value(QLatin1String(required)).trimmed().isEmpty())
            return env.usageError(tr("%1: option '--%2' is required").arg(cmd, QLatin1String(required)));
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    QSqlDatabase db = ctx->database().connection();
    auto eventId = AttendanceRoster::resolveEvent(db, opts->value(QStringLiteral("event")));
    if (!eventId)
        return env.fail(eventId.error());
    auto volunteer = AttendanceRoster::resolveVolunteer(db, opts->value(QStringLiteral("contact")));
    if (!volunteer)
        return env.fail(volunteer.error());
    const SystemClock clock;
    LocalChanges changes(db, Session::loadCached(db), clock, ctx->mapping());
    auto id = changes.signUp(*eventId, *volunteer);
    if (!id)
        return env.fail(id.error());
    env.out << *id << "\n";
    return 0;
}

} // namespace

int runRecruit(CliEnv& env, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == u"list")
        return runList(env, args.mid(1));
    if (sub == u"add")
        return runAdd(env, args.mid(1));
    if (sub.isEmpty())
        return env.usageError(tr("recruit: expected 'list' or 'add'"));
    return env.usageError(tr("recruit: unknown subcommand '%1'; expected 'list' or 'add'").arg(sub));
}

} // namespace vms::cli
