#include "app/cli/Cli.h"

#include "app/cli/CliEnv.h"
#include "app/cli/Commands.h"
#include "core/common/LogSink.h"

#include <QCoreApplication>

namespace vms::cli {

namespace {

struct CommandEntry {
    const char* name;
    int (*run)(CliEnv&, const QStringList&);
    const char* synopsis;
};

// The command table: the one list of what vms-cli can do.
const CommandEntry kCommands[] = {
    {"login", &runLogin,
     "login --login-url URL --client-id ID [--redirect-port N] [--open]\n"
     "                                  Sign in with the browser (OAuth with PKCE); keeps it in the "
     "keychain."},
    {"logout", &runLogout,
     "logout [--wipe]                 Revoke the sign-in at the org; --wipe also removes this computer's\n"
     "                                  data (the cache, logs, backups), saying what was not yet sent."},
    {"whoami", &runWhoami, "whoami [--json]                 User, user id, org id, role and instance URL."},
    {"sync", &runSync, "sync [--full] [--json]          Push local changes, then pull changes from the org."},
    {"status", &runStatus, "status [--json]                 Local counts and sync state, without network."},
    {"health", &runHealth,
     "health [--json]                 Check the cache, keychain, org, API budget and queue."},
    {"conflicts", &runConflicts,
     "conflicts list [--json] | resolve ID --keep local|server\n"
     "                                  Edits that met a newer server change, and their resolution."},
    {"report", &runReport,
     "report list | run NAME [--school-year YYZZ | --from DATE --to DATE] --format csv|pdf|xlsx --out FILE\n"
     "            [--district ID|unassigned] [--organization ID] [--event-type T] [--event-format "
     "in-person|virtual]\n"
     "            [--counted-only] [--event ID]   (event-contacts: --event instead of a period)\n"
     "       | run --preset NAME --format F --out FILE | presets | preset save NAME REPORT [period, "
     "filters]\n"
     "       | preset rename OLD NEW | preset delete NAME\n"
     "                                  List the reports; run one into a file (written atomically); "
     "presets."},
    {"attendance", &runAttendance,
     "attendance list --event ID [--json] | set --event ID --contact ID --status STATUS [--hours H] [--notes "
     "TEXT]\n"
     "                                  An event's roster; record attendance (works offline)."},
    {"volunteer", &runVolunteer,
     "volunteer add --first NAME --last NAME [--email E] [--phone P] [--organization NAME]\n"
     "            | edit ID [--email E] [--phone P] [--mobile P] [--title T] [--department D] [--notes N]\n"
     "            | set ID [--status Active|Inactive|On Hold] [--skills \"A;B\"] [--interests \"A;B\"]\n"
     "                 [--organization ID|NAME]\n"
     "                                  Add a walk-in volunteer; edit contact details; set status, skills,\n"
     "                                  interests, primary organization (works offline)."},
    {"event", &runEvent,
     "event add --name N --type T --start DATETIME [--end DATETIME] [--school ID] [--district ID]\n"
     "            [--format F] [--location L] [--slots N] [--skills \"A;B\"] [--status S] [--description D]\n"
     "            [--host H] | edit ID [same options] | cancel ID --reason R\n"
     "                                  Plan an event (Draft unless --status; works offline). Times are in\n"
     "                                  the display time zone unless they carry an offset."},
    {"organization", &runOrganization,
     "organization add --name N [--type T] [--description D] [--parent ID] [--street S] [--city C]\n"
     "            [--state S] [--postal-code P] [--country C] | edit ID [same options]\n"
     "                                  Add or edit an organization (works offline)."},
    {"recruit", &runRecruit,
     "recruit list --event ID [--limit N] [--json] | add --event ID --contact ID\n"
     "                                  Ranked candidates for an event, with reasons; sign one up "
     "(works offline)."},
    {"activity", &runActivity,
     "activity log --contact ID --type Call|Email --subject S [--event ID] [--notes TEXT]\n"
     "            | list --contact ID [--json]\n"
     "                                  Log a call or an email (works offline); a volunteer's contact "
     "history."},
    {"delete", &runDelete,
     "delete event|organization|participation ID [--yes] [--json]\n"
     "                                  Delete a record (Admin only): here at once, in the org at the next\n"
     "                                  sync; an event takes its participations. Asks first; --yes when\n"
     "                                  not run interactively."},
    {"audit", &runAudit,
     "audit list [--since DATE] [--until DATE] [--user NAME] [--record ID] [--json]\n"
     "                                  Who changed what, when, from this computer (Admin only)."},
    {"backup", &runBackup,
     "backup create [--out FILE] | list [--json] | restore FILE\n"
     "                                  Copies of the local cache (Admin only); restore keeps queued "
     "changes."},
};

QString tr(const char* text) {
    return QCoreApplication::translate("vms::cli::Cli", text);
}

} // namespace

int CliEnv::fail(const Error& error) {
    err << "vms-cli: " << error.message << "\n";
    if (error.kind == ErrorKind::Usage)
        err << tr("Run 'vms-cli --help' for usage.") << "\n";
    err.flush();
    return exitCodeFor(error.kind);
}

int CliEnv::refuseByOrg(const std::vector<FieldProblem>& problems, const QHash<QString, QString>& optionOf) {
    QStringList lines;
    for (const FieldProblem& p : problems) {
        const QString option = optionOf.value(p.column);
        lines << (option.isEmpty() ? p.text() : QStringLiteral("--%1: %2").arg(option, p.text()));
    }
    return usageError(lines.join(QStringLiteral("\nvms-cli: ")));
}

AppContext* CliEnv::context() {
    if (m_ctx)
        return m_ctx.get();
    auto ctx = AppContext::open(profileArg);
    if (!ctx) {
        m_contextFailure = fail(ctx.error());
        return nullptr;
    }
    m_ctx = std::move(ctx).value();
    // Logs go to the profile's logs folder only: stdout and stderr belong to the command's output.
    LogSink::install(m_ctx->profile().logDirectory(), false);
    // The daily copy of the cache, before the command runs (a script's next command finds it made).
    m_ctx->startDailyBackup();
    m_ctx->waitForDailyBackup();
    return m_ctx.get();
}

void Cli::printHelp() {
    m_out << "Usage: vms-cli [--profile DIR] COMMAND [options]\n\nCommands:\n";
    for (const auto& c : kCommands)
        m_out << "  " << c.synopsis << "\n";
    m_out
        << "\nThe profile folder is --profile DIR, else $VMS_PROFILE, else the platform's app-data folder.\n"
        << "Exit codes: 0 done, 2 bad usage, 3 partly done, 4 org unreachable, 5 not signed in,\n"
        << "            6 role may not, 7 no usable keychain.\n";
    m_out.flush();
}

int Cli::run(const QStringList& arguments) {
    // Global options come before the command.
    QString profileArg;
    qsizetype i = 0;
    CliEnv early(m_out, m_err, {});
    while (i < arguments.size() && arguments.at(i).startsWith(u"--")) {
        const QString& a = arguments.at(i);
        if (a == u"--help") {
            printHelp();
            return 0;
        }
        if (a == u"--version") {
            m_out << "vms-cli " << QCoreApplication::applicationVersion() << "\n";
            return 0;
        }
        if (a == u"--profile") {
            if (i + 1 >= arguments.size())
                return early.usageError(tr("option '--profile' needs a folder"));
            profileArg = arguments.at(i + 1);
            i += 2;
            continue;
        }
        if (a.startsWith(u"--profile=")) {
            profileArg = a.mid(10);
            ++i;
            continue;
        }
        return early.usageError(tr("unknown option '%1'").arg(a));
    }
    if (i >= arguments.size())
        return early.usageError(tr("no command given"));
    const QString command = arguments.at(i);
    if (command == u"help") {
        printHelp();
        return 0;
    }
    for (const auto& c : kCommands) {
        if (command == QLatin1String(c.name)) {
            CliEnv env(m_out, m_err, profileArg);
            const int code = c.run(env, arguments.mid(i + 1));
            m_out.flush();
            m_err.flush();
            return code;
        }
    }
    return early.usageError(tr("unknown command '%1'").arg(command));
}

} // namespace vms::cli
