#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "core/auth/Session.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/ReportDefinition.h"
#include "core/reports/ReportEngine.h"
#include "core/reports/ReportExport.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/XlsxWriter.h"
#include "export/ReportPdfWriter.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <optional>

namespace vms::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("vms::cli::report", text);
}

int runList(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("report list"), args, {}, 0);
    if (!opts)
        return env.fail(opts.error());
    for (const ReportDefinition& d : reportDefinitions())
        env.out << QStringLiteral("%1  %2\n").arg(QLatin1String(d.name), -22).arg(d.translatedDescription());
    return 0;
}

// The period from --school-year or --from/--to (cli.md); none when neither is given, which means the
// current school year in the profile's display zone.
Result<std::optional<DateRange>> periodFrom(const ParsedOptions& o) {
    const bool year = o.has(QStringLiteral("school-year"));
    const bool from = o.has(QStringLiteral("from"));
    const bool to = o.has(QStringLiteral("to"));
    if (year && (from || to))
        return Error::usage(tr("report run: give either --school-year or --from/--to, not both"));
    if (year) {
        auto schoolYear = ReportPeriod::parseSchoolYear(o.value(QStringLiteral("school-year")));
        if (!schoolYear)
            return schoolYear.error();
        return std::optional(*schoolYear);
    }
    if (from != to)
        return Error::usage(from ? tr("report run: --from needs --to") : tr("report run: --to needs --from"));
    if (from) {
        auto f = ReportPeriod::parseDate(o.value(QStringLiteral("from")));
        if (!f)
            return Error::usage(tr("report run: --from: %1").arg(f.error().message));
        auto t = ReportPeriod::parseDate(o.value(QStringLiteral("to")));
        if (!t)
            return Error::usage(tr("report run: --to: %1").arg(t.error().message));
        if (*t < *f)
            return Error::usage(tr("report run: --to (%1) is before --from (%2)")
                                    .arg(o.value(QStringLiteral("to")), o.value(QStringLiteral("from"))));
        return std::optional(DateRange{*f, *t});
    }
    return std::optional<DateRange>();
}

int runRun(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("report run"), args,
                             {{QStringLiteral("school-year"), true},
                              {QStringLiteral("from"), true},
                              {QStringLiteral("to"), true},
                              {QStringLiteral("format"), true},
                              {QStringLiteral("out"), true},
                              {QStringLiteral("district"), true},
                              {QStringLiteral("organization"), true},
                              {QStringLiteral("event-type"), true}},
                             1);
    if (!opts)
        return env.fail(opts.error());
    if (opts->positionals.isEmpty())
        return env.usageError(tr("report run: which report? (see 'vms-cli report list')"));
    const QString name = opts->positionals.first();
    const ReportDefinition* def = findReport(name);
    if (!def)
        return env.usageError(tr("report run: unknown report '%1' (see 'vms-cli report list')").arg(name));
    if (!opts->has(QStringLiteral("format")))
        return env.usageError(tr("report run: --format csv|pdf|xlsx is required"));
    const auto format = ReportExport::formatFromName(opts->value(QStringLiteral("format")));
    if (!format)
        return env.usageError(tr("report run: --format must be csv, pdf or xlsx; got '%1'")
                                  .arg(opts->value(QStringLiteral("format"))));
    const QString out = opts->value(QStringLiteral("out"));
    if (out.isEmpty())
        return env.usageError(tr("report run: --out FILE is required"));
    auto period = periodFrom(*opts);
    if (!period)
        return env.fail(period.error());

    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    // The same zone and CSV encoding the desktop program uses for this profile (defaults: America/Chicago,
    // UTF-8 with a BOM).
    const ProfileSettings settings = ctx->settings();
    const QTimeZone zone = settings.displayTimeZone();
    QSqlDatabase db = ctx->database().connection();
    // The role is checked before any work, so a refused export costs nothing and leaves no file.
    const Session session = Session::loadCached(db);
    if (Status s = session.require(ReportExport::requiredPermission(def->personalData, *format)); !s)
        return env.fail(s.error());

    ReportRequest request;
    request.period = period->value_or(ReportPeriod::currentSchoolYear(SystemClock(), zone));
    request.districtSfId = opts->value(QStringLiteral("district"));
    request.organizationSfId = opts->value(QStringLiteral("organization"));
    request.eventType = opts->value(QStringLiteral("event-type"));
    auto result = ReportEngine(db, zone).run(*def, request);
    if (!result) {
        Error e = result.error();
        // A filter that names nothing known: say which option (the engine names it in the code).
        if (e.kind == ErrorKind::Usage && !e.code.isEmpty())
            e.message = QStringLiteral("report run: --%1: %2").arg(e.code, e.message);
        return env.fail(e);
    }

    Status written;
    switch (*format) {
    case ExportFormat::Csv:
        written = CsvWriter::write(*result, out, session, settings.csvPreset());
        break;
    case ExportFormat::Xlsx:
        written = XlsxWriter::write(*result, out, session);
        break;
    case ExportFormat::Pdf:
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return env.fail(
                Error::internal(tr("PDF output needs the GUI library; run vms-cli, not a test harness.")));
        written = ReportPdfWriter::write(*result, out, session);
        break;
    }
    if (!written)
        return env.fail(written.error());
    env.err << QCoreApplication::translate("vms::cli::report", "Wrote %n row(s) of %1 (%2) to %3", "",
                                           static_cast<int>(result->rows.size()))
                   .arg(QLatin1String(def->name), result->request.periodLabel, out)
            << "\n";
    return 0;
}

} // namespace

bool commandNeedsGui(const QStringList& args) {
    // Only report output (PDF fonts and painting) needs QGuiApplication; everything else stays on the
    // lighter QCoreApplication. Global options come first, then the command.
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == u"--profile") {
            ++i;
            continue;
        }
        if (a.startsWith(u"--"))
            continue;
        return a == u"report";
    }
    return false;
}

int runReport(CliEnv& env, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == u"list")
        return runList(env, args.mid(1));
    if (sub == u"run")
        return runRun(env, args.mid(1));
    if (sub.isEmpty())
        return env.usageError(tr("report: expected 'list' or 'run'"));
    return env.usageError(tr("report: unknown subcommand '%1' (expected 'list' or 'run')").arg(sub));
}

} // namespace vms::cli
