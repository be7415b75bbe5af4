#include "FakeHttpServer.h"
#include "Org.h"
#include "SyncTestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

// A sync killed with SIGKILL at random points (mid-page, mid-commit, between objects) and run again
// must end with the cache equal to the org: watermarks only move with what was committed.
class TestSyncCrash final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomPointsThenResumed() {
        fakeforce::Org::Options o;
        o.scale = QStringLiteral("demo");
        fakeforce::Org org(o);
        fakeforce::FakeHttpServer server(&org);
        QVERIFY(server.listen(0));
        const QByteArray token = org.issueTokens().accessToken;
        // Every page answers a little late, so a fast machine is still mid-sync when the kill comes.
        fakeforce::FaultRule slow;
        slow.kind = fakeforce::FaultKind::Delay;
        slow.delayMs = 25;
        slow.pathContains = QStringLiteral("/query");
        org.addFault(slow);
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("vms.sqlite"));
        const QStringList args{server.baseUrl(), QString::fromLatin1(token), dbPath};
        // The seed is printed so a failure can be replayed.
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "random seed" << seed;
        QRandomGenerator random(seed);
        int killed = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess runner;
            runner.start(QStringLiteral(SYNC_RUNNER), args);
            QVERIFY(runner.waitForStarted());
            // Serve the fake org while the runner pulls, then kill it without warning.
            QTest::qWait(static_cast<int>(random.bounded(30, 700)));
            if (runner.state() == QProcess::Running) {
                runner.kill(); // SIGKILL
                ++killed;
            }
            QTRY_VERIFY_WITH_TIMEOUT(runner.state() == QProcess::NotRunning, 10000);
            // Between crashes the org changes too.
            org.advance(1000);
        }
        QVERIFY2(killed > 0, "the runner finished before any kill; make the org bigger");
        org.clearFaults();
        QProcess last;
        last.start(QStringLiteral(SYNC_RUNNER), args);
        QTRY_VERIFY_WITH_TIMEOUT(last.state() == QProcess::NotRunning, 120000);
        QCOMPARE(last.exitCode(), 0);

        auto db = Database::open(dbPath);
        QVERIFY(db.ok());
        auto mapping = OrgMapping::loadDefault();
        QVERIFY(mapping.ok());
        const QStringList diffs = compareCacheWithOrg((*db)->connection(), org, *mapping);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
        QVERIFY((*db)->quickCheck().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_SyncCrash.moc"
