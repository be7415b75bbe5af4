// Ranking the candidates for one event (issue #19) against performance.md's budget, at the `seed` and `x10`
// scales of a synthetic cache (bench/support/SyntheticCache) with four logged calls or emails per volunteer
// over two years. The event is one near the end of the synthetic span with two requested skills.
// Prints each figure beside its budget. Run through scripts/bench (or bench_recruit --scale seed|x10).
#include "SyntheticCache.h"
#include "core/db/Database.h"
#include "core/recruit/RecruitData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace vms;

namespace {

int g_failures = 0;
// As many as the Recruit panel shows with their reasons (all are scored and sorted).
constexpr int kShown = 200;

std::shared_ptr<Database> openScale(const QString& dir, const QString& scale) {
    // The file name carries a version: bump it when what is added below changes.
    const QString path = QDir(dir).filePath(QStringLiteral("recruit-%1-v1.sqlite").arg(scale));
    const bool exists = QFile::exists(path);
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().message));
        return {};
    }
    if (exists)
        return *db;
    QElapsedTimer t;
    t.start();
    QSqlDatabase c = (*db)->connection();
    if (const Status s = bench::SyntheticCache::fill(c, bench::SyntheticScale::named(scale)); !s) {
        std::fprintf(stderr, "cannot build the %s cache: %s\n", qPrintable(scale),
                     qPrintable(s.error().message));
        QFile::remove(path);
        return {};
    }
    // Four calls or emails per volunteer over the two years before the span's end (fake-org.md #20).
    QSqlQuery q(c);
    c.transaction();
    const bool ok =
        q.exec(QStringLiteral(
            "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < 3) "
            "INSERT INTO activities(sf_id, system_modstamp, subject, type, status, activity_date, who_sf_id, "
            "volunteer_id) SELECT printf('00T%015d', v.id * 4 + k.n), '2026-07-01T00:00:00.000Z', 'Call', "
            "CASE WHEN (v.id + k.n) % 2 THEN 'Call' ELSE 'Email' END, 'Completed', "
            "date('2026-07-31', '-' || ((v.id * 7 + k.n * 191) % 730) || ' days'), v.sf_id, v.id "
            "FROM volunteers v, k")) &&
        q.exec(QStringLiteral("UPDATE events SET requested_skills = 'Engineering;Finance', "
                              "total_requested_jobs = 12 WHERE id = (SELECT id FROM events WHERE start_utc < "
                              "1784000000000 ORDER BY start_utc DESC LIMIT 1)"));
    if (!ok || !c.commit()) {
        std::fprintf(stderr, "cannot add the activities: %s\n", qPrintable(q.lastError().text()));
        QFile::remove(path);
        return {};
    }
    std::printf("(built the %s cache in %.1f s: %s)\n", qPrintable(scale),
                static_cast<double>(t.elapsed()) / 1000.0, qPrintable(path));
    return *db;
}

void benchScale(const QString& dir, const QString& scale, int runs) {
    auto db = openScale(dir, scale);
    if (!db) {
        ++g_failures;
        return;
    }
    QSqlDatabase c = db->connection();
    QSqlQuery q(c);
    if (!q.exec(
            QStringLiteral("SELECT id FROM events WHERE requested_skills = 'Engineering;Finance' LIMIT 1")) ||
        !q.next()) {
        ++g_failures;
        return;
    }
    const qint64 event = q.value(0).toLongLong();
    const QDate today(2026, 7, 31);
    std::vector<double> wall, cpu;
    size_t ranked = 0, excluded = 0;
    for (int i = 0; i <= runs; ++i) { // the first is a warm-up
        QElapsedTimer timer;
        const std::clock_t c0 = std::clock();
        timer.start();
        auto r = RecruitData::rank(c, event, today, kShown);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!r) {
            std::fprintf(stderr, "ranking failed: %s\n", qPrintable(r.error().message));
            ++g_failures;
            return;
        }
        ranked = r->ranked.size() + size_t(r->notShown);
        excluded = r->excluded.size();
        if (i == 0)
            continue;
        wall.push_back(ms);
        cpu.push_back(static_cast<double>(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    const double budget = scale == u"x10" ? 500.0 : 100.0;
    const double median = wall[wall.size() / 2];
    if (median > budget)
        ++g_failures;
    std::printf(
        "%-34s %-5s %9.1f ms   budget %4.0f ms   %s   (CPU %.1f ms, worst %.1f ms; %zu ranked, %zu left "
        "out)\n",
        "rank one event's candidates", qPrintable(scale), median, budget,
        median <= budget ? "ok" : "OVER BUDGET", cpu[cpu.size() / 2], wall.back(), ranked, excluded);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("VMS recruitment ranking benchmark (performance.md)"));
    parser.addHelpOption();
    const QCommandLineOption scaleOpt(QStringLiteral("scale"), QStringLiteral("seed, x10 or all (default)."),
                                      QStringLiteral("scale"), QStringLiteral("all"));
    const QCommandLineOption dirOpt(
        QStringLiteral("cache-dir"), QStringLiteral("Where the synthetic caches are kept (built once)."),
        QStringLiteral("dir"),
        qEnvironmentVariable("VMS_BENCH_CACHE_DIR",
                             QCoreApplication::applicationDirPath() + QStringLiteral("/synthetic-caches")));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Timed runs (median)."),
                                     QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({scaleOpt, dirOpt, runsOpt});
    parser.process(app);
    const QString scale = parser.value(scaleOpt);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    QDir().mkpath(parser.value(dirOpt));
    for (const QString& s : {QStringLiteral("seed"), QStringLiteral("x10")})
        if (scale == u"all" || scale == s)
            benchScale(parser.value(dirOpt), s, runs);
    std::printf("%s\n", g_failures ? "SOME BUDGETS MISSED" : "all budgets met");
    return g_failures ? 1 : 0;
}
