#include "FakeHttpServer.h"
#include "Org.h"
#include "tests/support/SyncTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

// A sync killed with SIGKILL at random points (mid-page, mid-commit, between objects) and run again
// must end with the cache equal to the org: watermarks only move with what was committed. The parallel
// pull is killed the same way, with each entity split into many SystemModstamp ranges (each resumed from
// its own watermark) and the org changing between the kills.
class TestSyncCrash final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomPointsThenResumed_data() {
        QTest::addColumn<int>("recordsPerRange");
        QTest::addColumn<int>("twoEndedFrom");
        QTest::newRow("a query per entity") << 20000 << 1000000;
        QTest::newRow("many ranges per entity") << 300 << 1000000;
        QTest::newRow("long ranges read from both ends") << 2000 << 400;
    }
    void killedAtRandomPointsThenResumed() {
        QFETCH(int, recordsPerRange);
        QFETCH(int, twoEndedFrom);
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
        const QStringList args{server.baseUrl(), QString::fromLatin1(token), dbPath,
                               QString::number(recordsPerRange), QString::number(twoEndedFrom)};
        // Contacts the org changes between the kills (one changes type each time).
        QStringList contacts;
        for (const QJsonValue& row :
             QJsonDocument::fromJson(org.dumpJson(QStringLiteral("Contact"))).array()) {
            const QJsonObject contact = row.toObject();
            if (!contact.value(QStringLiteral("IsDeleted")).toBool() &&
                contact.value(QStringLiteral("Contact_Type__c")).toString() == u"Volunteer")
                contacts << contact.value(QStringLiteral("Id")).toString();
        }
        QVERIFY(contacts.size() > 12);
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
            QVERIFY(org.updateRecord(QStringLiteral("Contact"), contacts[2 * round],
                                     {{QStringLiteral("Contact_Type__c"), QStringLiteral("Teacher")}}));
            QVERIFY(org.updateRecord(QStringLiteral("Contact"), contacts[2 * round + 1],
                                     {{QStringLiteral("Title"), QStringLiteral("Round %1").arg(round)}}));
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
