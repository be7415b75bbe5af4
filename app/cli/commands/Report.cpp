#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "core/auth/Session.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/ReportChoices.h"
#include "core/reports/ReportDefinition.h"
#include "core/reports/ReportEngine.h"
#include "core/reports/ReportExport.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/ReportPresets.h"
#include "core/reports/XlsxWriter.h"
#include "export/ReportPdfWriter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>

#include <optional>

namespace vms::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("vms::cli::report", text);
}

// The options that choose a report's period and filters, shared by `report run` and `report preset save`.
const QList<OptionSpec> kSelectionOptions = {
    {QStringLiteral("school-year"), true},
    {QStringLiteral("from"), true},
    {QStringLiteral("to"), true},
    {QStringLiteral("current-school-year"), false},
    {QStringLiteral("district"), true},
    {QStringLiteral("organization"), true},
    {QStringLiteral("event-type"), true},
    {QStringLiteral("event-format"), true},
    {QStringLiteral("counted-only"), false},
    {QStringLiteral("event"), true},
};

int runList(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("report list"), args, {}, 0);
    if (!opts)
        return env.fail(opts.error());
    for (const ReportDefinition& d : reportDefinitions())
        env.out << QStringLiteral("%1  %2\n").arg(QLatin1String(d.name), -24).arg(d.translatedDescription());
    return 0;
}

// The period from --school-year, --from/--to or --current-school-year (cli.md); none when none is given.
Result<std::optional<PresetPeriod>> periodFrom(const ParsedOptions& o) {
    const bool year = o.has(QStringLiteral("school-year"));
    const bool from = o.has(QStringLiteral("from"));
    const bool to = o.has(QStringLiteral("to"));
    const bool current = o.has(QStringLiteral("current-school-year"));
    if (int(year) + int(from || to) + int(current) > 1)
        return Error::usage(
            tr("report: give one of --school-year, --from/--to and --current-school-year, not several"));
    if (current)
        return std::optional(PresetPeriod::currentSchoolYear());
    if (year) {
        auto schoolYear = ReportPeriod::parseSchoolYear(o.value(QStringLiteral("school-year")));
        if (!schoolYear)
            return schoolYear.error();
        return std::optional(PresetPeriod::schoolYear(schoolYear->from.year()));
    }
    if (from != to)
        return Error::usage(from ? tr("report: --from needs --to") : tr("report: --to needs --from"));
    if (from) {
        auto f = ReportPeriod::parseDate(o.value(QStringLiteral("from")));
        if (!f)
            return Error::usage(tr("report: --from: %1").arg(f.error().message));
        auto t = ReportPeriod::parseDate(o.value(QStringLiteral("to")));
        if (!t)
            return Error::usage(tr("report: --to: %1").arg(t.error().message));
        if (*t < *f)
            return Error::usage(tr("report: --to (%1) is before --from (%2)")
                                    .arg(o.value(QStringLiteral("to")), o.value(QStringLiteral("from"))));
        return std::optional(PresetPeriod::range({*f, *t}));
    }
    return std::optional<PresetPeriod>();
}

// The filters given on the command line, over `base` (a preset's): each option replaces its filter.
Result<ReportPreset> selectionFrom(const ParsedOptions& o, ReportPreset base) {
    auto period = periodFrom(o);
    if (!period)
        return period.error();
    if (*period)
        base.period = (*period)->toText();
    if (o.has(QStringLiteral("district"))) {
        const QString d = o.value(QStringLiteral("district"));
        // Events with no district are reports.md's "Unassigned".
        base.districtSfId =
            d.compare(u"unassigned", Qt::CaseInsensitive) == 0 ? ReportRequest::blankFilter() : d;
    }
    if (o.has(QStringLiteral("organization")))
        base.organizationSfId = o.value(QStringLiteral("organization"));
    if (o.has(QStringLiteral("event-type")))
        base.eventType = o.value(QStringLiteral("event-type"));
    if (o.has(QStringLiteral("event-format"))) {
        const QString f = o.value(QStringLiteral("event-format"));
        if (f.compare(u"in-person", Qt::CaseInsensitive) == 0)
            base.format = ReportRequest::formatInPerson();
        else if (f.compare(u"virtual", Qt::CaseInsensitive) == 0)
            base.format = ReportRequest::formatVirtual();
        else
            return Error::usage(tr("report: --event-format must be in-person or virtual; got '%1'").arg(f));
    }
    if (o.has(QStringLiteral("counted-only")))
        base.countedOnly = true;
    if (o.has(QStringLiteral("event")))
        base.event = o.value(QStringLiteral("event"));
    return base;
}

// Options that mean nothing to a report are refused (cli.md: the message says which argument and why),
// rather than silently ignored.
Status checkFits(const ReportDefinition& def, const ParsedOptions& o) {
    const struct {
        const char* option;
        unsigned filter;
    } filters[] = {{"district", FilterDistrict},        {"organization", FilterOrganization},
                   {"event-type", FilterEventType},     {"event-format", FilterFormat},
                   {"counted-only", FilterCountedOnly}, {"event", FilterEvent}};
    for (const auto& f : filters)
        if (o.has(QLatin1String(f.option)) && !(def.filters & f.filter))
            return Error::usage(
                tr("report: %1 takes no --%2").arg(QLatin1String(def.name), QLatin1String(f.option)));
    if (!def.takesPeriod())
        for (const char* p : {"school-year", "from", "to", "current-school-year"})
            if (o.has(QLatin1String(p)))
                return Error::usage(tr("report: %1 is about one event and takes no period (--%2)")
                                        .arg(QLatin1String(def.name), QLatin1String(p)));
    return {};
}

QSettings* presetSettings(AppContext& ctx, std::unique_ptr<QSettings>& holder) {
    holder = std::make_unique<QSettings>(ctx.profile().settingsPath(), QSettings::IniFormat);
    return holder.get();
}

int runRun(CliEnv& env, const QStringList& args) {
    QList<OptionSpec> spec = kSelectionOptions;
    spec << OptionSpec{QStringLiteral("format"), true} << OptionSpec{QStringLiteral("out"), true}
         << OptionSpec{QStringLiteral("preset"), true};
    auto opts = parseOptions(QStringLiteral("report run"), args, spec, 1);
    if (!opts)
        return env.fail(opts.error());
    const bool fromPreset = opts->has(QStringLiteral("preset"));
    if (fromPreset && !opts->positionals.isEmpty())
        return env.usageError(tr("report run: give a report name or --preset NAME, not both"));
    if (!fromPreset && opts->positionals.isEmpty())
        return env.usageError(tr("report run: which report? (see 'vms-cli report list') or --preset NAME"));
    if (!fromPreset && !findReport(opts->positionals.first()))
        return env.usageError(
            tr("report run: unknown report '%1' (see 'vms-cli report list')").arg(opts->positionals.first()));
    if (!opts->has(QStringLiteral("format")))
        return env.usageError(tr("report run: --format csv|pdf|xlsx is required"));
    const auto format = ReportExport::formatFromName(opts->value(QStringLiteral("format")));
    if (!format)
        return env.usageError(tr("report run: --format must be csv, pdf or xlsx; got '%1'")
                                  .arg(opts->value(QStringLiteral("format"))));
    const QString out = opts->value(QStringLiteral("out"));
    if (out.isEmpty())
        return env.usageError(tr("report run: --out FILE is required"));

    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    // A preset gives the report, period and filters; options given beside it replace its own.
    ReportPreset base;
    if (fromPreset) {
        std::unique_ptr<QSettings> holder;
        const auto preset =
            ReportPresets(*presetSettings(*ctx, holder)).find(opts->value(QStringLiteral("preset")));
        if (!preset)
            return env.usageError(
                tr("report run: --preset: there is no preset named '%1' (see 'vms-cli report "
                   "presets')")
                    .arg(opts->value(QStringLiteral("preset"))));
        base = *preset;
    } else {
        base.report = opts->positionals.first();
    }
    const ReportDefinition* def = findReport(base.report);
    if (!def)
        return env.fail(ReportPresets::check(base).error());
    if (Status s = checkFits(*def, *opts); !s)
        return env.fail(s.error());
    auto selection = selectionFrom(*opts, base);
    if (!selection)
        return env.fail(selection.error());

    // The same zone and CSV encoding the desktop program uses for this profile (defaults: America/Chicago,
    // UTF-8 with a BOM).
    const ProfileSettings settings = ctx->settings();
    const QTimeZone zone = settings.displayTimeZone();
    QSqlDatabase db = ctx->database().connection();
    // The role is checked before any work, so a refused export costs nothing and leaves no file.
    const Session session = Session::loadCached(db);
    if (Status s = session.require(ReportExport::requiredPermission(def->audience, *format)); !s)
        return env.fail(s.error());

    ReportRequest request;
    if (def->takesPeriod()) {
        // No period anywhere: the current school year in the profile's display zone.
        PresetPeriod period = PresetPeriod::currentSchoolYear();
        if (!selection->period.isEmpty()) {
            auto parsed = PresetPeriod::parse(selection->period);
            if (!parsed)
                return env.fail(parsed.error());
            period = *parsed;
        }
        request.period = period.resolve(SystemClock(), zone);
    } else {
        if (selection->event.isEmpty())
            return env.usageError(tr("report run: %1 needs --event ID (a Salesforce Id or a local id)")
                                      .arg(QLatin1String(def->name)));
        auto event = ReportChoices::resolveEvent(db, selection->event);
        if (!event)
            return env.fail(event.error());
        request.eventId = *event;
    }
    request.districtSfId = selection->districtSfId;
    request.organizationSfId = selection->organizationSfId;
    request.eventType = selection->eventType;
    request.format = selection->format;
    request.countedOnly = selection->countedOnly;
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

// report presets: one line per preset, tab-separated (name, report, period, filters) for scripts.
int runPresets(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("report presets"), args, {}, 0);
    if (!opts)
        return env.fail(opts.error());
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    std::unique_ptr<QSettings> holder;
    for (const ReportPreset& p : ReportPresets(*presetSettings(*ctx, holder)).list()) {
        QStringList filters;
        const auto add = [&filters](const char* option, const QString& value) {
            if (!value.isEmpty())
                filters << QStringLiteral("--%1 %2").arg(QLatin1String(option), value);
        };
        add("district",
            p.districtSfId == ReportRequest::blankFilter() ? QStringLiteral("unassigned") : p.districtSfId);
        add("organization", p.organizationSfId);
        add("event-type", p.eventType);
        add("event-format", p.format.toLower());
        if (p.countedOnly)
            filters << QStringLiteral("--counted-only");
        add("event", p.event);
        env.out << p.name << '\t' << p.report << '\t' << (p.period.isEmpty() ? QStringLiteral("-") : p.period)
                << '\t' << filters.join(u' ') << "\n";
    }
    return 0;
}

// report preset save NAME REPORT [period] [filters] [--replace] | rename OLD NEW | delete NAME
int runPreset(CliEnv& env, const QStringList& args) {
    const QString sub = args.value(0);
    QList<OptionSpec> spec;
    int positionals = 0;
    if (sub == u"save") {
        spec = kSelectionOptions;
        spec << OptionSpec{QStringLiteral("replace"), false};
        positionals = 2;
    } else if (sub == u"rename") {
        positionals = 2;
    } else if (sub == u"delete") {
        positionals = 1;
    } else {
        return env.usageError(tr("report preset: expected 'save', 'rename' or 'delete'"));
    }
    auto opts = parseOptions(QStringLiteral("report preset ") + sub, args.mid(1), spec, positionals);
    if (!opts)
        return env.fail(opts.error());
    if (opts->positionals.size() != positionals)
        return env.usageError(sub == u"save"     ? tr("report preset save: give NAME and REPORT")
                              : sub == u"rename" ? tr("report preset rename: give OLD and NEW names")
                                                 : tr("report preset delete: give the NAME"));
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    const Session session = Session::loadCached(ctx->database().connection());
    std::unique_ptr<QSettings> holder;
    ReportPresets presets(*presetSettings(*ctx, holder));
    Status done;
    if (sub == u"save") {
        ReportPreset base;
        base.name = opts->positionals.at(0);
        base.report = opts->positionals.at(1);
        const ReportDefinition* def = findReport(base.report);
        if (!def)
            return env.usageError(
                tr("report preset save: unknown report '%1' (see 'vms-cli report list')").arg(base.report));
        if (Status s = checkFits(*def, *opts); !s)
            return env.fail(s.error());
        auto selection = selectionFrom(*opts, base);
        if (!selection)
            return env.fail(selection.error());
        ReportPreset preset = selection.value();
        if (def->takesPeriod() && preset.period.isEmpty())
            preset.period = PresetPeriod::currentSchoolYear().toText();
        if (def->filters & FilterEvent) {
            if (preset.event.isEmpty())
                return env.usageError(tr("report preset save: %1 needs --event ID").arg(base.report));
            // Kept as its Salesforce Id when it has one, like the desktop program does.
            auto event = ReportChoices::resolveEvent(ctx->database().connection(), preset.event);
            if (!event)
                return env.fail(event.error());
            preset.event = ReportChoices::eventKey(ctx->database().connection(), *event);
        }
        done = presets.save(session, preset, opts->has(QStringLiteral("replace")));
    } else if (sub == u"rename") {
        done = presets.rename(session, opts->positionals.at(0), opts->positionals.at(1));
    } else {
        done = presets.remove(session, opts->positionals.at(0));
    }
    if (!done)
        return env.fail(done.error());
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
    if (sub == u"presets")
        return runPresets(env, args.mid(1));
    if (sub == u"preset")
        return runPreset(env, args.mid(1));
    if (sub.isEmpty())
        return env.usageError(tr("report: expected 'list', 'run', 'presets' or 'preset'"));
    return env.usageError(
        tr("report: unknown subcommand '%1' (expected 'list', 'run', 'presets' or 'preset')").arg(sub));
}

} // namespace vms::cli
