#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "core/attendance/AttendanceRoster.h"
#include "core/changes/LocalChanges.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <span>

namespace vms::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("vms::cli::volunteer", text);
}

// `volunteer edit` and `volunteer set` end alike: the org's field rules first (a refusal names the option,
// not the column), then the edit, then the id. `options` pairs each option with its column.
int saveVolunteerEdit(CliEnv& env, AppContext& ctx, qint64 id, const QVariantMap& changesMap,
                      std::span<const std::pair<const char*, const char*>> options) {
    QSqlDatabase db = ctx.database().connection();
    const SystemClock clock;
    LocalChanges changes(db, Session::loadCached(db), clock, ctx.mapping());
    const auto problems = changes.checkVolunteerEdit(changesMap);
    if (!problems)
        return env.fail(problems.error());
    if (!problems->empty()) {
        QHash<QString, QString> optionOf;
        for (const auto& [option, column] : options)
            optionOf.insert(QLatin1String(column), QLatin1String(option));
        return env.refuseByOrg(*problems, optionOf);
    }
    if (Status s = changes.editVolunteer(id, changesMap); !s)
        return env.fail(s.error());
    env.out << id << "\n";
    return 0;
}

int runAdd(CliEnv& env, const QStringList& args) {
    const QString cmd = QStringLiteral("volunteer add");
    auto opts = parseOptions(cmd, args,
                             {{QStringLiteral("first"), true},
                              {QStringLiteral("last"), true},
                              {QStringLiteral("email"), true},
                              {QStringLiteral("phone"), true},
                              {QStringLiteral("organization"), true}},
                             0);
    if (!opts)
        return env.fail(opts.error());
    for (const char* required : {"first", "last"})
        if (opts->value(QLatin1String(required)).trimmed().isEmpty())
            return env.usageError(tr("%1: option '--%2' is required").arg(cmd, QLatin1String(required)));
    const QString email = opts->value(QStringLiteral("email")).trimmed();
    if (!email.isEmpty() && !email.contains(u'@'))
        return env.usageError(tr("--email: '%1' is not an email address").arg(email));
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    QSqlDatabase db = ctx->database().connection();
    const SystemClock clock;
    LocalChanges changes(db, Session::loadCached(db), clock, ctx->mapping());
    const NewVolunteer v{opts->value(QStringLiteral("first")), opts->value(QStringLiteral("last")), email,
                         opts->value(QStringLiteral("phone")), opts->value(QStringLiteral("organization"))};
    const auto problems = changes.checkNewVolunteer(v);
    if (!problems)
        return env.fail(problems.error());
    if (!problems->empty())
        return env.refuseByOrg(*problems, {{QStringLiteral("first_name"), QStringLiteral("first")},
                                           {QStringLiteral("last_name"), QStringLiteral("last")},
                                           {QStringLiteral("email"), QStringLiteral("email")},
                                           {QStringLiteral("phone"), QStringLiteral("phone")}});
    // Checked before adding so the new record cannot match itself; a walk-in is still added (the
    // person is standing at the table), the warning tells the coordinator to merge later.
    auto duplicates = changes.findLikelyDuplicates(v);
    if (!duplicates)
        return env.fail(duplicates.error());
    auto id = changes.addVolunteer(v);
    if (!id)
        return env.fail(id.error());
    for (const DuplicateCandidate& d : *duplicates)
        env.err << tr("vms-cli: warning: likely duplicate of volunteer %1, %2 (%3)")
                       .arg(d.localId)
                       .arg(d.name, d.reason)
                << "\n";
    env.out << *id << "\n";
    return 0;
}

int runEdit(CliEnv& env, const QStringList& args) {
    const QString cmd = QStringLiteral("volunteer edit");
    // Option -> local column (LocalChanges::editableVolunteerColumns).
    // --first and --last only while a walk-in has not reached Salesforce (LocalChanges refuses them after).
    const std::pair<const char*, const char*> options[] = {
        {"email", "email"},      {"phone", "phone"},           {"mobile", "mobile_phone"},
        {"title", "title"},      {"department", "department"}, {"notes", "recruitment_notes"},
        {"first", "first_name"}, {"last", "last_name"},
    };
    QList<OptionSpec> spec;
    for (const auto& [option, column] : options)
        spec.push_back({QLatin1String(option), true});
    auto opts = parseOptions(cmd, args, spec, 1);
    if (!opts)
        return env.fail(opts.error());
    if (opts->positionals.isEmpty())
        return env.usageError(tr("%1: the volunteer's ID is required").arg(cmd));
    QVariantMap changesMap;
    for (const auto& [option, column] : options)
        if (opts->has(QLatin1String(option)))
            changesMap.insert(QLatin1String(column), opts->value(QLatin1String(option)));
    if (changesMap.isEmpty())
        return env.usageError(
            tr("%1: nothing to change; give --email, --phone, --mobile, --title, --department, --notes, "
               "--first or --last")
                .arg(cmd));
    const QString email = changesMap.value(QStringLiteral("email")).toString().trimmed();
    if (!email.isEmpty() && !email.contains(u'@'))
        return env.usageError(tr("--email: '%1' is not an email address").arg(email));
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    QSqlDatabase db = ctx->database().connection();
    auto id = AttendanceRoster::resolveVolunteer(db, opts->positionals.front());
    if (!id)
        return env.fail(id.error());
    return saveVolunteerEdit(env, *ctx, *id, changesMap, options);
}

// `volunteer set ID [--status S] [--skills "A;B"] [--interests "A;B"] [--organization ID|NAME]` (cli.md).
int runSet(CliEnv& env, const QStringList& args) {
    const QString cmd = QStringLiteral("volunteer set");
    const std::pair<const char*, const char*> options[] = {
        {"status", "volunteer_status"}, {"skills", "skills"}, {"interests", "interests"}};
    QList<OptionSpec> spec{{QStringLiteral("organization"), true}};
    for (const auto& [option, column] : options)
        spec.push_back({QLatin1String(option), true});
    auto opts = parseOptions(cmd, args, spec, 1);
    if (!opts)
        return env.fail(opts.error());
    if (opts->positionals.isEmpty())
        return env.usageError(tr("%1: the volunteer's ID is required").arg(cmd));
    QVariantMap changesMap;
    for (const auto& [option, column] : options)
        if (opts->has(QLatin1String(option)))
            changesMap.insert(QLatin1String(column), opts->value(QLatin1String(option)));
    if (changesMap.isEmpty() && !opts->has(QStringLiteral("organization")))
        return env.usageError(
            tr("%1: nothing to change; give --status, --skills, --interests or --organization").arg(cmd));
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    QSqlDatabase db = ctx->database().connection();
    auto id = AttendanceRoster::resolveVolunteer(db, opts->positionals.front());
    if (!id)
        return env.fail(id.error());
    if (opts->has(QStringLiteral("organization"))) {
        // An ID (either kind) or the organization's name; empty: no primary organization.
        const QString text = opts->value(QStringLiteral("organization")).trimmed();
        QVariant organization(QMetaType(QMetaType::LongLong));
        if (!text.isEmpty()) {
            auto byId = AttendanceRoster::resolveRecord(db, QStringLiteral("organizations"),
                                                        QStringLiteral("--organization"), text);
            if (byId) {
                organization = byId->localId;
            } else {
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("SELECT id FROM organizations WHERE name = ? COLLATE NOCASE ORDER BY "
                                   "sf_id IS NULL, id LIMIT 1"));
                q.addBindValue(text);
                if (!q.exec() || !q.next())
                    return env.usageError(
                        tr("--organization: no organization has the id or the name '%1'").arg(text));
                organization = q.value(0).toLongLong();
            }
        }
        changesMap.insert(QStringLiteral("organization_id"), organization);
    }
    return saveVolunteerEdit(env, *ctx, *id, changesMap, options);
}

} // namespace

int runVolunteer(CliEnv& env, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == u"add")
        return runAdd(env, args.mid(1));
    if (sub == u"edit")
        return runEdit(env, args.mid(1));
    if (sub == u"set")
        return runSet(env, args.mid(1));
    if (sub.isEmpty())
        return env.usageError(tr("volunteer: expected 'add', 'edit' or 'set'"));
    return env.usageError(tr("volunteer: unknown subcommand '%1'; expected 'add', 'edit' or 'set'").arg(sub));
}

} // namespace vms::cli
