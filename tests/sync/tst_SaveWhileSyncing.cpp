#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/changes/LocalChanges.h"
#include "core/db/Sqlite.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/SyncTestSupport.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

using namespace vms;
using namespace vms::test;

namespace {

qint64 count(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Another connection writing the way the sync's pull does: it holds the write lock for a slice, commits,
// and takes it again a moment later (the pull parses the next page in between). Runs until stopped.
class SlicedWriter final {
public:
    SlicedWriter(QString path, std::chrono::milliseconds slice, std::chrono::milliseconds gap)
        : m_thread([this, path = std::move(path), slice, gap] { run(path, slice, gap); }) {
        while (!m_started.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~SlicedWriter() { stop(); }
    SlicedWriter(const SlicedWriter&) = delete;
    SlicedWriter& operator=(const SlicedWriter&) = delete;

    void stop() {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    int slices() const { return m_slices.load(); }
    QString error() const { return m_error; } // read after stop()

private:
    void run(const QString& path, std::chrono::milliseconds slice, std::chrono::milliseconds gap) {
        auto opened = sqlite::Connection::open(path);
        if (!opened) {
            m_error = opened.error().message;
            m_started = true;
            return;
        }
        sqlite::Connection db = std::move(opened).value();
        bool first = true;
        while (!m_stop) {
            if (Status s = db.exec("BEGIN IMMEDIATE"); !s) {
                m_error = s.error().message;
                break;
            }
            if (first) {
                first = false;
                m_started = true; // the lock is held: the marks below start against it
            }
            const auto until = std::chrono::steady_clock::now() + slice;
            int n = 0;
            while (std::chrono::steady_clock::now() < until) {
                const std::string sql = "INSERT OR REPLACE INTO meta(key, value) VALUES('test.writer." +
                                        std::to_string(n++ % 500) + "', hex(randomblob(64)))";
                if (Status s = db.exec(sql); !s) {
                    m_error = s.error().message;
                    break;
                }
            }
            if (Status s = db.exec("COMMIT"); !s) {
                m_error = s.error().message;
                break;
            }
            ++m_slices;
            std::this_thread::sleep_for(gap);
        }
        m_started = true;
    }

    std::atomic<bool> m_stop{false}, m_started{false};
    std::atomic<int> m_slices{0};
    QString m_error;
    std::thread m_thread;
};

} // namespace

// A user's change saved while another connection writes the cache (a sync's pull, in this process or
// another one) waits its turn and is saved; "database is locked" never reaches the user. If the lock is
// still held after the wait, the user is told plainly and nothing half-saved is left behind.
class TestSaveWhileSyncing final : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC)};
    qint64 m_event = 0;
    std::vector<qint64> m_volunteers;

    QSqlDatabase db() { return m_db->connection(); }
    QString dbPath() const { return m_dir->filePath(QStringLiteral("vms.sqlite")); }

    // A cached event and `n` cached volunteers, none registered.
    void seed(int n) {
        QSqlQuery q(db());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO events(sf_id,name,start_utc,end_utc,status) VALUES("
                           "'a01000000000001AAA','Career Day',1790000000000,1790007200000,'Confirmed')")));
        m_event = q.lastInsertId().toLongLong();
        for (int i = 0; i < n; ++i) {
            q.prepare(QStringLiteral("INSERT INTO volunteers(sf_id,first_name,last_name) VALUES(?,?,?)"));
            q.addBindValue(QStringLiteral("003%1AAA").arg(i, 12, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("Vol"));
            q.addBindValue(QStringLiteral("Unteer %1").arg(i));
            QVERIFY(q.exec());
            m_volunteers.push_back(q.lastInsertId().toLongLong());
        }
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Database::open(dbPath());
        QVERIFY(opened.ok());
        m_db = *opened;
        m_volunteers.clear();
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    // Issue #13, failure 3: marks saved while the pull held the write lock failed with "database is
    // locked Unable to fetch row" (a deferred BEGIN reads, then cannot take the lock to write).
    void marksAndEditsSaveWhileAWriterHoldsTheLockInSlices() {
        seed(30);
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        SlicedWriter writer(dbPath(), std::chrono::milliseconds(40), std::chrono::milliseconds(3));
        const ParticipationStatus statuses[] = {ParticipationStatus::Attended, ParticipationStatus::NoShow};
        for (size_t i = 0; i < m_volunteers.size(); ++i) {
            auto id = changes.setAttendance(
                {m_event, {ContactRef::Kind::Volunteer, m_volunteers[i]}, statuses[i % 2], 1.5, false});
            QVERIFY2(id.ok(),
                     id.ok() ? "" : qPrintable(QStringLiteral("mark %1: %2").arg(i).arg(id.error().message)));
            if (i % 10 == 0) {
                auto added = changes.addVolunteer({QStringLiteral("Walk"),
                                                   QStringLiteral("In %1").arg(i),
                                                   QStringLiteral("walk.in%1@example.org").arg(i),
                                                   {},
                                                   {}});
                QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
                const Status edited =
                    changes.editVolunteer(*added, {{QStringLiteral("title"), QStringLiteral("Engineer")}});
                QVERIFY2(edited.ok(), edited.ok() ? "" : qPrintable(edited.error().message));
            }
        }
        writer.stop();
        QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
        QVERIFY2(writer.slices() > 1, "the writer never let go of the lock");
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM participations WHERE pending=1")), 30);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity='participation'")), 30);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM volunteers WHERE title='Engineer'")), 3);
    }

    // The real thing: full resyncs running on a worker thread (its own connection, as in the desktop
    // program) against the fake org, and attendance marks and walk-ins saved on this thread meanwhile.
    void marksSaveWhileFullResyncsRun() {
        auto mapping = OrgMapping::loadDefault();
        QVERIFY(mapping.ok());
        std::atomic<bool> ready{false}, stop{false}, pulling{false};
        std::atomic<int> pulls{0};
        QString syncError;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            fakeforce::Org::Options o;
            o.scale = QStringLiteral("demo");
            fakeforce::Org org(o);
            fakeforce::FakeNetworkAccessManager nam(&org);
            OrgTokenSource tokens(org);
            SalesforceClientOptions options;
            options.baseBackoff = std::chrono::milliseconds(1);
            options.maxBackoff = std::chrono::milliseconds(5);
            {
                SalesforceClient client(&nam, QUrl(org.instanceUrl()), &tokens, options);
                const SystemClock clock;
                SyncEngine engine(m_db->connection(), client, *mapping, clock, sessionAs(Role::Admin));
                if (auto first = engine.run({}); !first)
                    syncError = first.error().message;
                ready = true;
                while (syncError.isEmpty() && !stop) {
                    pulling = true;
                    auto r = engine.run({.full = true});
                    pulling = false;
                    if (!r)
                        syncError = r.error().message;
                    ++pulls;
                }
            }
            m_db->releaseThreadConnection();
        }));
        worker->start();
        auto stopWorker = qScopeGuard([&] {
            stop = true;
            worker->wait();
        });
        QTRY_VERIFY_WITH_TIMEOUT(ready.load(), 60000);
        QVERIFY2(syncError.isEmpty(), qPrintable(syncError));

        // Pairs of a cached event and a cached volunteer not registered for it: each mark is a new
        // participation, which no pull touches.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT e.id, v.id FROM events e JOIN volunteers v WHERE NOT EXISTS (SELECT 1 FROM "
            "participations "
            "p WHERE p.event_id = e.id AND p.volunteer_id = v.id) ORDER BY e.id, v.id LIMIT 2000")));
        std::vector<std::pair<qint64, qint64>> pairs;
        while (q.next())
            pairs.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
        q.finish();
        QVERIFY(pairs.size() >= 1000);

        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        int marks = 0, duringPull = 0;
        std::vector<qint64> markIds, walkInIds;
        QElapsedTimer elapsed;
        elapsed.start();
        while (duringPull < 40 && elapsed.elapsed() < 120'000 && static_cast<size_t>(marks) < pairs.size()) {
            const bool pullBefore = pulling.load();
            const auto [event, volunteer] = pairs[static_cast<size_t>(marks)];
            auto id = changes.setAttendance(
                {event, {ContactRef::Kind::Volunteer, volunteer}, ParticipationStatus::Attended, 2.0, false});
            QVERIFY2(id.ok(), id.ok()
                                  ? ""
                                  : qPrintable(QStringLiteral("mark %1 (during pull %2 of a full resync): %3")
                                                   .arg(marks)
                                                   .arg(pulls.load() + 1)
                                                   .arg(id.error().message)));
            markIds.push_back(*id);
            ++marks;
            if (marks % 8 == 0) {
                auto added =
                    changes.addVolunteer({QStringLiteral("Walk"),
                                          QStringLiteral("In %1").arg(marks),
                                          {},
                                          QStringLiteral("816-555-%1").arg(marks, 4, 10, QLatin1Char('0')),
                                          {}});
                QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
                walkInIds.push_back(*added);
            }
            if (pullBefore && pulling.load())
                ++duringPull;
        }
        stop = true;
        worker->wait();
        QVERIFY2(syncError.isEmpty(), qPrintable(syncError));
        QVERIFY2(duringPull >= 40,
                 qPrintable(QStringLiteral("only %1 of %2 marks were saved while a pull ran")
                                .arg(duringPull)
                                .arg(marks)));
        // Each mark and walk-in is in the cache, and either pushed by one of the runs (it has its Salesforce
        // Id) or still queued.
        auto kept = [this](const char* entity, const char* table, qint64 id) {
            QSqlQuery k(db());
            k.prepare(
                QStringLiteral("SELECT count(*) FROM %1 r WHERE r.id=? AND (r.sf_id IS NOT NULL OR EXISTS "
                               "(SELECT 1 FROM outbox o WHERE o.entity=? AND o.local_id=r.id))")
                    .arg(QLatin1String(table)));
            k.addBindValue(id);
            k.addBindValue(QLatin1String(entity));
            return k.exec() && k.next() && k.value(0).toInt() == 1;
        };
        for (const qint64 id : markIds)
            QVERIFY2(kept("participation", "participations", id), qPrintable(QString::number(id)));
        for (const qint64 id : walkInIds)
            QVERIFY2(kept("volunteer", "volunteers", id), qPrintable(QString::number(id)));
    }

    // Should a writer keep the lock past the wait, the user is told so, and nothing is half-saved.
    void aLockHeldPastTheWaitIsAClearErrorAndSavesNothing() {
        seed(1);
        // SQLite's own handler with a short limit, so the test need not wait the real 10 s.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout=200")));
        const qint64 outboxBefore = count(db(), QStringLiteral("SELECT count(*) FROM outbox"));
        SlicedWriter writer(dbPath(), std::chrono::milliseconds(1500), std::chrono::milliseconds(0));
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto id = changes.setAttendance({m_event,
                                         {ContactRef::Kind::Volunteer, m_volunteers.front()},
                                         ParticipationStatus::Attended,
                                         std::nullopt,
                                         false});
        writer.stop();
        QVERIFY(!id.ok());
        QCOMPARE(exitCodeFor(id.error().kind), 2);
        QVERIFY2(id.error().message.contains(QStringLiteral("Nothing was saved")),
                 qPrintable(id.error().message));
        QVERIFY(!id.error().message.contains(QStringLiteral("database is locked")));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM participations")), 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore);
    }
};

QTEST_GUILESS_MAIN(TestSaveWhileSyncing)
#include "tst_SaveWhileSyncing.moc"
