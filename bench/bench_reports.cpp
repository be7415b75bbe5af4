// Report and export benchmarks against performance.md, at the `seed` and `x10` scales of a synthetic cache
// (bench/support/SyntheticCache). Prints each figure beside its budget. Run through scripts/bench (or
// `scripts/bench reports`). The caches are built once (x10 takes a couple of minutes) and kept in
// --cache-dir, by default $VMS_BENCH_CACHE_DIR or synthetic-caches/ beside the executable.

#include "SyntheticCache.h"
#include "core/db/Database.h"
#include "core/domain/Status.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/ReportEngine.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/XlsxWriter.h"
#include "export/ReportPdfWriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace vms;

namespace {

// The median CPU time of the last medianMs(): on a machine others are using, wall time includes waiting for
// a core; CPU time is what the work itself costs.
double g_lastCpuMs = 0;

// Median of `runs` timed calls after one warm-up, in milliseconds (wall time; CPU time in g_lastCpuMs).
double medianMs(int runs, const std::function<void()>& f) {
    f();
    std::vector<double> t, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const std::clock_t c0 = std::clock();
        timer.start();
        f();
        t.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(static_cast<double>(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(t.begin(), t.end());
    std::sort(cpu.begin(), cpu.end());
    g_lastCpuMs = cpu[cpu.size() / 2];
    return t[t.size() / 2];
}

int g_failures = 0;

void print(const QString& what, const QString& scale, double ms, double budgetMs, const QString& note = {}) {
    QString verdict;
    if (budgetMs > 0) {
        verdict = ms <= budgetMs ? QStringLiteral("ok") : QStringLiteral("OVER BUDGET");
        if (ms > budgetMs)
            ++g_failures;
    }
    std::printf("%-44s %-5s %9.1f ms   budget %s   %s %s\n", qPrintable(what), qPrintable(scale), ms,
                budgetMs > 0 ? qPrintable(QStringLiteral("%1 ms").arg(budgetMs, 6, 'f', 0)) : "     —   ",
                qPrintable(verdict), qPrintable(note));
    std::fflush(stdout);
}

Session admin() {
    Session s;
    s.signedIn = true;
    s.role = Role::Admin;
    return s;
}

std::shared_ptr<Database> openScale(const QString& dir, const QString& scale) {
    // The file name carries a version: bump it when SyntheticCache's output changes.
    const QString path = QDir(dir).filePath(QStringLiteral("synthetic-%1-v3.sqlite").arg(scale));
    const bool exists = QFile::exists(path);
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().message));
        return {};
    }
    if (!exists) {
        QElapsedTimer t;
        t.start();
        const Status s =
            bench::SyntheticCache::fill((*db)->connection(), bench::SyntheticScale::named(scale));
        if (!s) {
            std::fprintf(stderr, "cannot build the %s cache: %s\n", qPrintable(scale),
                         qPrintable(s.error().message));
            QFile::remove(path);
            return {};
        }
        std::printf("(built the synthetic %s cache in %.1f s: %s)\n", qPrintable(scale),
                    static_cast<double>(t.elapsed()) / 1000.0, qPrintable(path));
    }
    return *db;
}

void benchScale(const QString& dir, const QString& scale, int runs) {
    auto db = openScale(dir, scale);
    if (!db) {
        ++g_failures;
        return;
    }
    const bool x10 = scale == u"x10";
    ReportEngine engine(db->connection(), ReportEngine::defaultZone());
    ReportRequest year;
    year.period = *ReportPeriod::parseSchoolYear(QStringLiteral("2425")); // a full year of the synthetic span
    // event-contacts is about one event: the one with the most volunteer sign-ups.
    ReportRequest busiest = year;
    {
        QSqlQuery q(db->connection());
        if (q.exec(
                QStringLiteral("SELECT event_id FROM participations WHERE type_code = %1 GROUP BY event_id "
                               "ORDER BY COUNT(*) DESC LIMIT 1")
                    .arg(static_cast<int>(ParticipantType::Volunteer))) &&
            q.next())
            busiest.eventId = q.value(0).toLongLong();
    }
    for (const ReportDefinition& def : reportDefinitions()) {
        size_t rows = 0;
        const ReportRequest& request = def.takesPeriod() ? year : busiest;
        const double ms = medianMs(runs, [&] {
            auto r = engine.run(def, request);
            if (!r)
                std::fprintf(stderr, "%s: %s\n", def.name, qPrintable(r.error().message));
            rows = r ? r->rows.size() : 0;
        });
        // performance.md budgets every report at seed and district-summary at x10; the other x10 figures are
        // shown to check linear growth.
        const double budget = !x10 ? 300 : (QLatin1String(def.name) == u"district-summary" ? 2000 : 0);
        print(QStringLiteral("report %1 (%2)")
                  .arg(QLatin1String(def.name), def.takesPeriod() ? QStringLiteral("one school year")
                                                                  : QStringLiteral("busiest event")),
              scale, ms, budget, QStringLiteral("%1 rows, %2 ms CPU").arg(rows).arg(g_lastCpuMs, 0, 'f', 1));
    }

    // PDF of a real report, cut to exactly 2,000 rows (event-attendance has ~2,300 per year at seed).
    if (!x10) {
        auto events = engine.run(QStringLiteral("event-attendance"), year);
        if (events && events->rows.size() >= 2000) {
            ReportResult r = *events;
            r.rows.resize(2000);
            QTemporaryDir tmp;
            const QString path = tmp.filePath(QStringLiteral("report.pdf"));
            const double ms = medianMs(std::max(1, runs / 2), [&] {
                if (!ReportPdfWriter::write(r, path, admin()))
                    ++g_failures;
            });
            print(QStringLiteral("PDF export, 2,000 rows (event-attendance)"), scale, ms, 3000,
                  QStringLiteral("%1 KB").arg(QFile(path).size() / 1024));
        }
    }
}

void benchCsv(int runs) {
    // 200,000 rows shaped like volunteer-hours (performance.md: CSV of 200,000 rows <= 1 s).
    ReportResult r;
    r.name = QStringLiteral("volunteer-hours");
    r.audience = ExportAudience::Admins;
    r.columns = {{QStringLiteral("Volunteer"), ColumnType::Text},
                 {QStringLiteral("Organization"), ColumnType::Text},
                 {QStringLiteral("Events"), ColumnType::Integer},
                 {QStringLiteral("Hours"), ColumnType::Hours},
                 {QStringLiteral("First Event Date"), ColumnType::Date},
                 {QStringLiteral("Last Event Date"), ColumnType::Date}};
    r.rows.reserve(200000);
    for (int i = 0; i < 200000; ++i)
        r.rows.push_back({{QStringLiteral("First%1 Last%2").arg(i % 5000).arg(i),
                           i % 13 == 0 ? QStringLiteral("Smith, Jones & \"Partners\"")
                                       : QStringLiteral("Organization %1").arg(i % 3800),
                           qint64(i % 40 + 1), (i % 97) * 0.25, QDate(2025, 8, 1).addDays(i % 300),
                           QDate(2025, 8, 1).addDays(i % 300 + 30)},
                          QStringLiteral("VOL%1").arg(i)});
    QTemporaryDir tmp;
    const QString csv = tmp.filePath(QStringLiteral("big.csv"));
    const double ms = medianMs(runs, [&] {
        if (!CsvWriter::write(r, csv, admin()))
            ++g_failures;
    });
    print(QStringLiteral("CSV export, 200,000 rows"), QStringLiteral("-"), ms, 1000,
          QStringLiteral("%1 MB").arg(static_cast<double>(QFile(csv).size()) / 1e6, 0, 'f', 1));
    const QString xlsx = tmp.filePath(QStringLiteral("big.xlsx"));
    const double xms = medianMs(1, [&] {
        if (!XlsxWriter::write(r, xlsx, admin()))
            ++g_failures;
    });
    print(QStringLiteral("XLSX export, 200,000 rows (no budget)"), QStringLiteral("-"), xms, 0,
          QStringLiteral("%1 MB").arg(static_cast<double>(QFile(xlsx).size()) / 1e6, 0, 'f', 1));
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("VMS report and export benchmarks (performance.md)"));
    parser.addHelpOption();
    const QCommandLineOption scaleOpt(QStringLiteral("scale"), QStringLiteral("seed, x10 or all (default)."),
                                      QStringLiteral("scale"), QStringLiteral("all"));
    const QCommandLineOption dirOpt(
        QStringLiteral("cache-dir"), QStringLiteral("Where the synthetic caches are kept (built once)."),
        QStringLiteral("dir"),
        qEnvironmentVariable("VMS_BENCH_CACHE_DIR",
                             QCoreApplication::applicationDirPath() + QStringLiteral("/synthetic-caches")));
    const QCommandLineOption runsOpt(QStringLiteral("runs"),
                                     QStringLiteral("Timed runs per figure (median)."), QStringLiteral("n"),
                                     QStringLiteral("5"));
    parser.addOptions({scaleOpt, dirOpt, runsOpt});
    parser.process(app);
    const QString scale = parser.value(scaleOpt);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    QDir().mkpath(parser.value(dirOpt));

    std::printf("%-44s %-5s %12s   %-16s\n", "what", "scale", "median", "budget (performance.md)");
    benchCsv(runs);
    for (const QString& s : {QStringLiteral("seed"), QStringLiteral("x10")}) {
        if (scale == u"all" || scale == s)
            benchScale(parser.value(dirOpt), s, runs);
    }
    std::printf("%s\n", g_failures ? "SOME BUDGETS MISSED" : "all budgets met");
    return g_failures ? 1 : 0;
}
