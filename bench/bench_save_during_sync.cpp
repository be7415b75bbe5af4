// Save latency while a sync writes (performance.md): "Save one attendance mark (or any local edit) while a
// full resync writes the cache: <= 250 ms at the 99th percentile, never an error".
//
// Fills a profile with a full first sync at `seed` scale from the real `fakeforce` server on loopback,
// then runs full resyncs and, meanwhile, saves attendance marks through LocalChanges one after another
// (a new participation each, a short pause between them), timing each save. The resync runs once on a
// worker thread of this process with its own connection (as the desktop program syncs) and once in a
// separate process (as `vms-cli sync --full` beside the desktop program or another `vms-cli`). Prints
// p50, p99 and the worst save beside the budget, and the errors (budget: none).
//
// Usage: bench_save_during_sync [scale] [--pause-ms N]   (scale: tiny, demo, seed (default), x10)
//        bench_save_during_sync --resync BASE_URL ACCESS_TOKEN DB_PATH   (the separate process)
#include "core/changes/LocalChanges.h"
#include "core/db/Database.h"
#include "core/salesforce/AccessTokenSource.h"
#include "core/salesforce/OrgMapping.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <thread>

using namespace vms;

namespace {

constexpr double kBudgetMs = 250.0;

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

Session sessionAs(Role role) {
    Session s;
    s.signedIn = true;
    s.userName = QStringLiteral("Alex Admin");
    s.role = role;
    return s;
}

// A full resync of the profile at `dbPath` (on the calling thread, with its own connection and client).
Result<SyncSummary> fullResync(const QString& base, const QByteArray& token, const QString& dbPath) {
    QNetworkAccessManager nam;
    FixedToken tokens(token);
    SalesforceClient client(&nam, QUrl(base), &tokens);
    auto db = Database::open(dbPath);
    auto mapping = OrgMapping::loadDefault();
    if (!db)
        return db.error();
    if (!mapping)
        return mapping.error();
    const SystemClock clock;
    Result<SyncSummary> result =
        SyncEngine((*db)->connection(), client, *mapping, clock, sessionAs(Role::Admin)).run({.full = true});
    (*db)->releaseThreadConnection();
    return result;
}

struct Saves {
    std::vector<double> ms;
    int errors = 0;
    QString firstError;
};

// Saves marks one after another until `running` says the resync ended, each a new participation.
Saves saveWhile(LocalChanges& changes, const std::vector<std::pair<qint64, qint64>>& pairs, size_t& next,
                const std::function<bool()>& running, std::chrono::milliseconds pause) {
    Saves out;
    while (running() && next < pairs.size()) {
        const auto [event, volunteer] = pairs[next++];
        const auto t0 = std::chrono::steady_clock::now();
        auto id = changes.setAttendance(
            {event, {ContactRef::Kind::Volunteer, volunteer}, ParticipationStatus::Attended, 2.0, false});
        const auto t1 = std::chrono::steady_clock::now();
        if (!id) {
            if (out.errors++ == 0)
                out.firstError = id.error().message;
            continue;
        }
        out.ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        std::this_thread::sleep_for(pause);
    }
    return out;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

void report(const char* what, double value, const char* unit, double budget) {
    std::printf("%-58s %9.1f %-3s budget %7.1f %-3s %s\n", what, value, unit, budget, unit,
                value <= budget ? "ok" : "MISSED");
    std::fflush(stdout);
}

void reportSaves(const char* where, const Saves& s, qint64 resyncMs) {
    std::printf("\n%s: %zu marks saved during a %.1f s full resync, %d errors\n", where, s.ms.size(),
                static_cast<double>(resyncMs) / 1000.0, s.errors);
    if (s.errors)
        std::printf("first error: %s\n", qPrintable(s.firstError));
    report("save one mark during a full resync, p50 (ms)", percentile(s.ms, 50), "ms", kBudgetMs);
    report("save one mark during a full resync, p99 (ms)", percentile(s.ms, 99), "ms", kBudgetMs);
    std::printf("%-58s %9.1f ms\n", "worst", percentile(s.ms, 100));
    report("errors", s.errors, "", 0);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == u"--resync" && args.size() == 4) {
        std::printf("resync started\n");
        std::fflush(stdout);
        auto r = fullResync(args.at(1), args.at(2).toUtf8(), args.at(3));
        if (!r) {
            std::fprintf(stderr, "resync failed: %s\n", qPrintable(r.error().message));
            return 1;
        }
        return 0;
    }
    QString scale = QStringLiteral("seed");
    std::chrono::milliseconds pause{10};
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--pause-ms" && i + 1 < args.size())
            pause = std::chrono::milliseconds(args.at(++i).toInt());
        else
            scale = args.at(i);
    }

    QProcess server;
    server.start(QStringLiteral(FAKEFORCE_EXE),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"), scale,
                  QStringLiteral("--quiet")});
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
    QNetworkAccessManager nam;
    const auto token = nlohmann::json::parse(
        http(nam, "POST", base + QStringLiteral("/__fake/token"), R"({"user":"Alex Admin"})").toStdString());
    const QByteArray accessToken = QByteArray::fromStdString(token["access_token"].get<std::string>());

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("vms.sqlite"));
    auto db = Database::open(dbPath);
    auto mapping = OrgMapping::loadDefault();
    if (!db || !mapping) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    QElapsedTimer t;
    t.start();
    {
        FixedToken tokens(accessToken);
        SalesforceClient client(&nam, QUrl(base), &tokens);
        const SystemClock clock;
        auto first = SyncEngine((*db)->connection(), client, *mapping, clock, sessionAs(Role::Admin)).run({});
        if (!first) {
            std::fprintf(stderr, "first sync failed: %s\n", qPrintable(first.error().message));
            return 1;
        }
    }
    std::printf("profile filled by a first sync at %s scale in %.1f s\n", qPrintable(scale),
                static_cast<double>(t.elapsed()) / 1000.0);

    // Event and volunteer pairs with no participation yet: each mark creates one.
    std::vector<std::pair<qint64, qint64>> pairs;
    QSqlQuery q((*db)->connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT e.id, v.id FROM (SELECT id FROM events ORDER BY id LIMIT 400) e JOIN (SELECT id "
        "FROM volunteers ORDER BY id LIMIT 100) v WHERE NOT EXISTS (SELECT 1 FROM participations "
        "p WHERE p.event_id = e.id AND p.volunteer_id = v.id)"));
    while (q.next())
        pairs.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    size_t next = 0;
    const SystemClock clock;
    LocalChanges changes((*db)->connection(), sessionAs(Role::Coordinator), clock);

    // 1. The resync on a worker thread of this process, as the desktop program runs it.
    std::atomic<bool> threadDone{false};
    QString threadError;
    t.restart();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto r = fullResync(base, accessToken, dbPath);
        if (!r)
            threadError = r.error().message;
        threadDone = true;
    }));
    worker->start();
    const Saves inThread = saveWhile(
        changes, pairs, next, [&] { return !threadDone.load(); }, pause);
    worker->wait();
    const qint64 threadMs = t.elapsed();
    if (!threadError.isEmpty()) {
        std::fprintf(stderr, "resync failed: %s\n", qPrintable(threadError));
        return 1;
    }
    reportSaves("resync on a worker thread (the desktop program)", inThread, threadMs);

    // 2. The resync in another process, as `vms-cli sync --full` would run beside this one.
    QProcess resync;
    resync.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--resync"), base, QString::fromLatin1(accessToken), dbPath});
    if (!resync.waitForReadyRead(30000)) {
        std::fprintf(stderr, "the resync process did not start\n");
        return 1;
    }
    t.restart();
    const Saves inProcess = saveWhile(
        changes, pairs, next,
        [&] {
            resync.waitForFinished(0);
            return resync.state() != QProcess::NotRunning;
        },
        pause);
    resync.waitForFinished(-1);
    const qint64 processMs = t.elapsed();
    if (resync.exitCode() != 0) {
        std::fprintf(stderr, "%s", resync.readAllStandardError().constData());
        return 1;
    }
    reportSaves("resync in another process (vms-cli)", inProcess, processMs);
    if (next >= pairs.size())
        std::printf("note: ran out of event/volunteer pairs to mark; the figures cover part of the resync\n");

    server.terminate();
    server.waitForFinished();
    return 0;
}
