// Sync benchmark (performance.md): a full first sync at `seed` scale from an empty profile against the
// real `fakeforce` server on loopback (a separate process, so this process's peak RSS is the client's
// alone), then an incremental sync with 100 changed records, then a push of 1,000 queued attendance
// changes. Prints each figure beside its budget, and the CPU time the client and the server each used
// for the full sync: on the shared 2-core machine wall time depends on what else runs, CPU time much less.
//
// The first sync runs twice, each into a new profile: with the org answering at once (loopback), and with
// every API call answered after 150 ms (`--latency-ms 150`, a real org over the internet). Beside each, the
// jsforce reference (bench/jsforce/pull.mjs, sequential `autoFetch` of the same data into memory) runs
// against the same org in the same run, when VMS_JSFORCE_DIR names its folder with node_modules installed
// (scripts/bench sync does that), and the ratio of the two is printed. Then an incremental sync with 100
// changed records at 150 ms and at 0 ms, and the push.
//
// Usage: bench_sync [scale] [--full-only] [--latency-ms N] [--in-flight N] [--records-per-range N]
//                   [--two-ended-from N]
//   scale: tiny, demo, seed (default), x10; --latency-ms: only the first sync at that latency (comparing
//   settings); --in-flight, --records-per-range, --two-ended-from: SyncOptions' maxRequestsInFlight,
//   recordsPerRange and twoEndedFromRecords (default: the program's own)
#include "core/changes/LocalChanges.h"
#include "core/db/Database.h"
#include "core/salesforce/AccessTokenSource.h"
#include "core/salesforce/OrgMapping.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <unistd.h>

using namespace vms;

namespace {

class FixedToken final : public AccessTokenSource {
public:
    explicit FixedToken(QByteArray t)
        : m_token(std::move(t)) {}
    QByteArray accessToken() const override { return m_token; }
    void refreshAccessToken(const QByteArray&, QObject* context, RefreshCallback done) override {
        QTimer::singleShot(0, context, [done] {
            done(Error{ErrorKind::Auth, QStringLiteral("no refresh"), {}});
        });
    }

private:
    QByteArray m_token;
};

QByteArray http(QNetworkAccessManager& nam, const QByteArray& method, const QString& url,
                const QByteArray& body = {}) {
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray out = reply->readAll();
    reply->deleteLater();
    return out;
}

// CPU seconds (user + system) of this process, and of another one by its /proc stat line.
double selfCpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
}

// The jsforce reference against `base`, in seconds; negative when it is not available.
double jsforceSeconds(const QString& base) {
    const QString dir = qEnvironmentVariable("VMS_JSFORCE_DIR");
    if (dir.isEmpty())
        return -1;
    QProcess node;
    node.setWorkingDirectory(dir);
    node.start(QStringLiteral("node"), {QStringLiteral("pull.mjs"), QStringLiteral("--base"), base});
    if (!node.waitForFinished(600'000) || node.exitCode() != 0) {
        std::fprintf(stderr, "jsforce reference failed: %s\n", node.readAllStandardError().constData());
        return -1;
    }
    const QString out = QString::fromUtf8(node.readAllStandardOutput()).trimmed();
    std::printf("%s\n", qPrintable(out));
    static const QRegularExpression seconds(QStringLiteral(" in ([0-9.]+) s "));
    const auto m = seconds.match(out);
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

long peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

void report(const char* what, double value, const char* unit, double budget, bool lowerIsBetter = true) {
    const bool ok = lowerIsBetter ? value <= budget : value >= budget;
    std::printf("%-52s %10.1f %-6s budget %8.1f %-6s %s\n", what, value, unit, budget, unit,
                ok ? "ok" : "MISSED");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QString scale = QStringLiteral("seed");
    bool fullOnly = false;
    std::vector<int> latencies{150, 0};
    SyncOptions firstSyncOptions;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        bool ok = true;
        if (arg == u"--full-only") {
            fullOnly = true;
        } else if (arg == u"--latency-ms" && i + 1 < args.size()) {
            latencies = {args[++i].toInt(&ok)};
            fullOnly = true;
        } else if (arg == u"--in-flight" && i + 1 < args.size()) {
            firstSyncOptions.maxRequestsInFlight = args[++i].toInt(&ok);
        } else if (arg == u"--records-per-range" && i + 1 < args.size()) {
            firstSyncOptions.recordsPerRange = args[++i].toLongLong(&ok);
        } else if (arg == u"--two-ended-from" && i + 1 < args.size()) {
            firstSyncOptions.twoEndedFromRecords = args[++i].toLongLong(&ok);
        } else if (arg.startsWith(u"--")) {
            ok = false;
        } else {
            scale = arg;
        }
        if (!ok) {
            std::fprintf(stderr, "bad argument: %s (see the usage at the top of bench_sync.cpp)\n",
                         qPrintable(arg));
            return 2;
        }
    }

    QProcess server;
    QElapsedTimer t;
    t.start();
    server.start(QStringLiteral(FAKEFORCE_EXE),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"), scale,
                  QStringLiteral("--quiet")});
    if (!server.waitForStarted()) {
        std::fprintf(stderr, "cannot start fakeforce\n");
        return 1;
    }
    QString base;
    while (base.isEmpty() && server.waitForReadyRead(60000)) {
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        if (line.startsWith(QStringLiteral("fakeforce listening on ")))
            base = line.mid(23);
    }
    if (base.isEmpty()) {
        std::fprintf(stderr, "fakeforce did not start\n");
        return 1;
    }
    std::printf("fakeforce --scale %s ready in %lld ms at %s\n", qPrintable(scale), t.elapsed(),
                qPrintable(base));

    QNetworkAccessManager nam;
    const auto token = nlohmann::json::parse(
        http(nam, "POST", base + QStringLiteral("/__fake/token"), R"({"user":"Jane Coordinator"})")
            .toStdString());
    FixedToken tokens(QByteArray::fromStdString(token["access_token"].get<std::string>()));
    SalesforceClient client(&nam, QUrl(base), &tokens);
    auto mapping = OrgMapping::loadDefault();
    if (!mapping) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    Session session;
    session.signedIn = true;
    session.userName = QStringLiteral("Jane Coordinator");
    session.role = Role::Coordinator;
    SystemClock clock;
    auto setLatency = [&](int ms) {
        http(nam, "POST", base + QStringLiteral("/__fake/latency"),
             QByteArray("{\"ms\":") + QByteArray::number(ms) + '}');
    };
    auto apiCalls = [&] {
        return nlohmann::json::parse(
                   http(nam, "GET", base + QStringLiteral("/__fake/requests")).toStdString())["count"]
            .get<qint64>();
    };

    // 1. Full first sync, into a new profile each time: at 150 ms per call, then on plain loopback.
    std::unique_ptr<QTemporaryDir> dir;
    std::shared_ptr<Database> database;
    std::unique_ptr<SyncEngine> engine;
    for (const int latency : latencies) {
        setLatency(latency);
        dir = std::make_unique<QTemporaryDir>();
        engine.reset();
        database.reset();
        auto db = Database::open(dir->filePath(QStringLiteral("vms.sqlite")));
        if (!db) {
            std::fprintf(stderr, "setup failed\n");
            return 1;
        }
        database = *db;
        engine = std::make_unique<SyncEngine>(database->connection(), client, *mapping, clock, session);
        http(nam, "DELETE", base + QStringLiteral("/__fake/requests"));
        const double clientCpu0 = selfCpuSeconds();
        const double serverCpu0 = processCpuSeconds(server.processId());
        t.restart();
        auto first = engine->run(firstSyncOptions);
        const double fullMs = static_cast<double>(t.elapsed());
        const double clientCpu = selfCpuSeconds() - clientCpu0;
        const double serverCpu = processCpuSeconds(server.processId()) - serverCpu0;
        if (!first) {
            std::fprintf(stderr, "first sync failed: %s\n", qPrintable(first.error().message));
            return 1;
        }
        const qint64 calls = apiCalls();
        qint64 records = 0;
        for (const auto& [entity, c] : first->entities)
            records += c.pulled;
        const double pages = std::max(1.0, static_cast<double>(records) / 2000.0);
        std::printf("\nfull first sync of %lld records, every API call answered after %d ms: %lld API calls, "
                    "at most %d requests in flight\n",
                    static_cast<long long>(records), latency, static_cast<long long>(calls),
                    engine->peakRequestsInFlight());
        report("full first sync (s)", fullMs / 1000.0, "s", latency > 0 ? 15.0 : 8.0);
        report("records per second", static_cast<double>(records) / (fullMs / 1000.0), "rec/s", 75000.0,
               false);
        report("peak RSS of the client so far (MB)", static_cast<double>(peakRssMb()), "MB", 300.0);
        report("API calls per 2,000-record page", static_cast<double>(calls) / pages, "calls", 1.25);
        std::printf("CPU time of the full sync: client %.2f s (user+sys, all threads), fakeforce %.2f s\n",
                    clientCpu, serverCpu);
        const double js = jsforceSeconds(base);
        if (js > 0) {
            report("jsforce autoFetch of the same data (s)", js, "s", latency > 0 ? 60.0 : 8.0);
            report("VMS / jsforce time", fullMs / 1000.0 / js, "x", latency > 0 ? 0.25 : 1.0);
        } else {
            std::printf("jsforce reference not run (set VMS_JSFORCE_DIR, as scripts/bench sync does)\n");
        }
        std::fflush(stdout);
    }
    SyncEngine& engineRef = *engine;
    if (fullOnly) {
        server.terminate();
        server.waitForFinished();
        return 0;
    }

    // 2. Incremental with 100 changed records, at 150 ms per call and on plain loopback.
    QSqlQuery q(database->connection());
    for (const int latency : {150, 0}) {
        setLatency(latency);
        q.exec(QStringLiteral("SELECT sf_id FROM volunteers WHERE sf_id IS NOT NULL ORDER BY id LIMIT 100"));
        int changed = 0;
        while (q.next()) {
            http(nam, "PATCH", base + QStringLiteral("/__fake/records/Contact/") + q.value(0).toString(),
                 R"({"Title":"Changed for the benchmark"})");
            ++changed;
        }
        http(nam, "DELETE", base + QStringLiteral("/__fake/requests"));
        t.restart();
        auto incremental = engineRef.run({});
        const double incMs = static_cast<double>(t.elapsed());
        if (!incremental) {
            std::fprintf(stderr, "incremental sync failed: %s\n", qPrintable(incremental.error().message));
            return 1;
        }
        const qint64 calls = apiCalls();
        std::printf(
            "\nincremental sync after %d changed contacts, every API call answered after %d ms: %lld API "
            "calls for 6 objects\n",
            changed, latency, static_cast<long long>(calls));
        report("incremental sync, 100 changed (ms)", incMs, "ms", latency > 0 ? 1500.0 : 1000.0);
        report("API calls per object", static_cast<double>(calls) / 6.0, "calls", 2.0);
    }

    // 3. Push of 1,000 queued attendance changes.
    LocalChanges changes(database->connection(), session, clock);
    std::vector<AttendanceMark> marks;
    q.exec(QStringLiteral(
        "SELECT p.event_id, p.volunteer_id FROM participations p WHERE p.volunteer_id IS NOT NULL "
        "ORDER BY p.id LIMIT 1000"));
    while (q.next())
        marks.push_back({q.value(0).toLongLong(),
                         {ContactRef::Kind::Volunteer, q.value(1).toLongLong()},
                         ParticipationStatus::Attended,
                         1.5,
                         false});
    if (auto r = changes.setAttendanceBatch(marks); !r) {
        std::fprintf(stderr, "queueing failed: %s\n", qPrintable(r.error().message));
        return 1;
    }
    http(nam, "DELETE", base + QStringLiteral("/__fake/requests"));
    SyncOptions pushOnly;
    pushOnly.pull = false;
    t.restart();
    auto pushed = engineRef.run(pushOnly);
    const double pushMs = static_cast<double>(t.elapsed());
    if (!pushed) {
        std::fprintf(stderr, "push failed: %s\n", qPrintable(pushed.error().message));
        return 1;
    }
    const auto pushLog =
        nlohmann::json::parse(http(nam, "GET", base + QStringLiteral("/__fake/requests")).toStdString());
    std::printf("\npush of %zu queued attendance changes: %lld pushed, %lld API calls\n", marks.size(),
                pushed->entities.at(QStringLiteral("participation")).pushed,
                static_cast<long long>(pushLog["count"].get<qint64>()));
    report("push of 1,000 attendance changes (s)", pushMs / 1000.0, "s", 2.0);
    server.terminate();
    server.waitForFinished();
    return 0;
}
