#include "FakeHttpServer.h"
#include "Org.h"
#include "core/salesforce/QueryPool.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/SyncTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

// The parallel pull over real HTTP on loopback, the org answering every call after a delay as a real
// one over the internet does: objects and SystemModstamp ranges read at the same time, within the bound
// on requests in flight, and the cache equal to the org afterwards, records changed during the pull
// included.
class TestParallelPull final : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<fakeforce::FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<OrgTokenSource> m_tokens;
    std::unique_ptr<SalesforceClient> m_client;
    std::shared_ptr<Database> m_db;
    OrgMapping m_mapping;
    FixedClock m_clock{QDateTime::fromMSecsSinceEpoch(fakeforce::kDefaultNowMs, Qt::UTC)};

    // Ids of live contacts of one type, from the org itself.
    QStringList contacts(const QString& type, int count) const {
        const QJsonArray rows = QJsonDocument::fromJson(m_org->dumpJson(QStringLiteral("Contact"))).array();
        QStringList ids;
        for (const QJsonValue& row : rows) {
            const QJsonObject o = row.toObject();
            if (!o.value(QStringLiteral("IsDeleted")).toBool() &&
                o.value(QStringLiteral("Contact_Type__c")).toString() == type)
                ids << o.value(QStringLiteral("Id")).toString();
            if (ids.size() == count)
                break;
        }
        return ids;
    }

    void expectCacheEqualsOrg() {
        const QStringList diffs = compareCacheWithOrg(m_db->connection(), *m_org, m_mapping);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.mid(0, 20).join(u'\n')));
    }

    // Query requests (first pages) read in reverse SystemModstamp order: the other end of a long range.
    int descendingQueries() const {
        int n = 0;
        for (const auto& entry : m_org->requestLog())
            if (entry.path.contains(QStringLiteral("/queryAll")) &&
                entry.query.contains(QStringLiteral("DESC, Id DESC")))
                ++n;
        return n;
    }

    QString watermark(const char* object) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT watermark FROM sync_state WHERE entity=?"));
        q.addBindValue(QString::fromLatin1(object));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        fakeforce::Org::Options o;
        o.scale = QStringLiteral("demo");
        m_org = std::make_unique<fakeforce::Org>(o);
        m_org->setClockFrozen(true);
        m_server = std::make_unique<fakeforce::FakeHttpServer>(m_org.get());
        QVERIFY(m_server->listen(0));
        m_org->setLatencyMs(20);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<OrgTokenSource>(*m_org);
        SalesforceClientOptions options;
        options.baseBackoff = std::chrono::milliseconds(1);
        options.maxBackoff = std::chrono::milliseconds(5);
        options.queryBatchSize = 200;
        m_client = std::make_unique<SalesforceClient>(m_nam.get(), QUrl(m_server->baseUrl()), m_tokens.get(),
                                                      options);
        auto db = Database::open(m_dir->filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        m_db = *db;
        auto mapping = OrgMapping::loadDefault();
        QVERIFY(mapping.ok());
        m_mapping = *mapping;
    }
    void cleanup() {
        m_client.reset();
        m_db.reset();
        m_nam.reset();
        m_server.reset();
        m_org.reset();
    }

    // Many ranges at once, never more requests in flight than allowed, and the org changing meanwhile:
    // contacts changing type both ways, an edit, a new contact and a deleted event. The pull's watermarks
    // stay before those changes, so the next (incremental) sync reads them: the cache then equals the org.
    void rangesMatchTheOrgIncludingChangesDuringThePull_data() {
        QTest::addColumn<int>("recordsPerRange");
        QTest::addColumn<int>("twoEndedFrom");
        QTest::newRow("many short ranges") << 300 << 1000000;
        QTest::newRow("long ranges read from both ends") << 1500 << 300;
    }
    void rangesMatchTheOrgIncludingChangesDuringThePull() {
        QFETCH(int, recordsPerRange);
        QFETCH(int, twoEndedFrom);
        const QStringList volunteers = contacts(QStringLiteral("Volunteer"), 3);
        const QStringList teachers = contacts(QStringLiteral("Teacher"), 2);
        const QStringList students = contacts(QStringLiteral("Student"), 2);
        QCOMPARE(volunteers.size(), 3);
        QCOMPARE(teachers.size(), 2);
        QCOMPARE(students.size(), 2);
        SyncOptions options;
        options.recordsPerRange = recordsPerRange; // demo scale: several ranges per entity
        options.twoEndedFromRecords = twoEndedFrom;
        options.maxRequestsInFlight = 4;
        m_org->clearRequestLog();
        bool changed = false;
        qint64 lastAll = 0;
        bool allGrows = true;
        SyncEngine engine(m_db->connection(), *m_client, m_mapping, m_clock, sessionAs(Role::Coordinator));
        auto r = engine.run(options, {}, [&](const SyncProgress& p) {
            allGrows = allGrows && p.allDone >= lastAll && p.allDone <= p.allTotal;
            lastAll = p.allDone;
            if (changed || p.object != u"Contact")
                return;
            // The first Contact page is written: the other ranges are still being read.
            changed = true;
            m_org->advance(1000);
            QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), volunteers[0],
                                        {{QStringLiteral("Contact_Type__c"), QStringLiteral("Teacher")}}));
            QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), teachers[0],
                                        {{QStringLiteral("Contact_Type__c"), QStringLiteral("Volunteer")}}));
            QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), students[0],
                                        {{QStringLiteral("Contact_Type__c"), QStringLiteral("Volunteer")}}));
            QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), volunteers[1],
                                        {{QStringLiteral("Title"), QStringLiteral("Changed mid-pull")}}));
            QString error;
            QVERIFY(!m_org
                         ->insertRecord(QStringLiteral("Contact"),
                                        {{QStringLiteral("LastName"), QStringLiteral("Mid-Pull")},
                                         {QStringLiteral("Contact_Type__c"), QStringLiteral("Student")}},
                                        &error)
                         .isEmpty());
        });
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(changed);
        QVERIFY(allGrows);
        // The bound holds, and it was used: requests did overlap.
        QVERIFY2(m_org->maxRequestsInFlight() <= options.maxRequestsInFlight,
                 qPrintable(QString::number(m_org->maxRequestsInFlight())));
        QVERIFY(m_org->maxRequestsInFlight() > 1);
        QVERIFY(engine.peakRequestsInFlight() <= options.maxRequestsInFlight);
        // Ranges were used (several queries per entity), and a first load leaves none behind.
        QVERIFY(m_org->countRequests("GET", QStringLiteral("/queryAll")) > 30);
        QCOMPARE(descendingQueries() > 0, twoEndedFrom < recordsPerRange);
        QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM sync_ranges")), 0);
        // No watermark passes the moment the pull was planned: what changed after it is read next time.
        const QString planned =
            QDateTime::fromMSecsSinceEpoch(fakeforce::kDefaultNowMs, Qt::UTC).toString(Qt::ISODateWithMs);
        QVERIFY2(watermark("Contact") <= planned, qPrintable(watermark("Contact")));

        auto next =
            SyncEngine(m_db->connection(), *m_client, m_mapping, m_clock, sessionAs(Role::Coordinator))
                .run({});
        QVERIFY2(next.ok(), next.ok() ? "" : qPrintable(next.error().message));
        expectCacheEqualsOrg();
        QCOMPARE(scalar(m_db->connection(),
                        QStringLiteral("SELECT count(*) FROM teachers WHERE sf_id='%1'").arg(volunteers[0])),
                 1);
        QCOMPARE(
            scalar(m_db->connection(),
                   QStringLiteral("SELECT count(*) FROM volunteers WHERE sf_id='%1'").arg(volunteers[0])),
            0);
        QCOMPARE(scalar(m_db->connection(),
                        QStringLiteral("SELECT count(*) FROM volunteers WHERE sf_id='%1'").arg(students[0])),
                 1);
    }

    // Long ranges read from both ends: when the two ends meet, every record was read by one of them, so
    // the first sync alone leaves the cache equal to the org (nothing changed meanwhile), and it stopped
    // reading each such range once its ends met, in fewer requests than reading them from one end.
    void longRangesReadFromBothEndsReadEveryRecordOnce() {
        SyncOptions oneEnd;
        oneEnd.recordsPerRange = 1500;
        oneEnd.twoEndedFromRecords = 1000000;
        oneEnd.maxRequestsInFlight = 4;
        m_org->clearRequestLog();
        auto single =
            SyncEngine(m_db->connection(), *m_client, m_mapping, m_clock, sessionAs(Role::Coordinator))
                .run(oneEnd);
        QVERIFY2(single.ok(), single.ok() ? "" : qPrintable(single.error().message));
        expectCacheEqualsOrg();
        QCOMPARE(descendingQueries(), 0);
        qint64 pulledOneEnd = 0;
        for (const auto& [entity, counts] : single->entities)
            pulledOneEnd += counts.pulled;

        // A new profile, the same org, each long range read from both ends.
        m_db.reset();
        auto db = Database::open(m_dir->filePath(QStringLiteral("two-ended.sqlite")));
        QVERIFY(db.ok());
        m_db = *db;
        SyncOptions bothEnds = oneEnd;
        bothEnds.twoEndedFromRecords = 300;
        m_org->clearRequestLog();
        auto both =
            SyncEngine(m_db->connection(), *m_client, m_mapping, m_clock, sessionAs(Role::Coordinator))
                .run(bothEnds);
        QVERIFY2(both.ok(), both.ok() ? "" : qPrintable(both.error().message));
        expectCacheEqualsOrg();
        QVERIFY(descendingQueries() >= 3); // students, participations and tasks have long ranges
        QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM sync_ranges")), 0);
        // Where the ends met, a record may be read by both (at most a page's worth per range), never
        // dropped: the counts cover every record.
        qint64 pulledBothEnds = 0;
        for (const auto& [entity, counts] : both->entities)
            pulledBothEnds += counts.pulled;
        QVERIFY2(pulledBothEnds >= pulledOneEnd,
                 qPrintable(QStringLiteral("%1 < %2").arg(pulledBothEnds).arg(pulledOneEnd)));
    }

    // A contact that changed type after a range of its old entity opened its cursor, but before that
    // page was served, comes back in the old entity's query with its new type: it is not written there,
    // and it is read again for its new entity before the object ends. Then the next sync makes the cache
    // equal to the org.
    void contactChangingTypeDuringTheQueryLandsInItsNewTable() {
        SyncOptions options;
        options.recordsPerRange = 300;
        options.maxRequestsInFlight = 2; // most Contact ranges are opened long before their pages come
        const QStringList volunteers = contacts(QStringLiteral("Volunteer"), 400);
        QVERIFY(volunteers.size() > 300);
        bool changed = false;
        SyncEngine engine(m_db->connection(), *m_client, m_mapping, m_clock, sessionAs(Role::Coordinator));
        auto r = engine.run(options, {}, [&](const SyncProgress& p) {
            if (changed || p.object != u"Contact")
                return;
            changed = true;
            // The late volunteers (by SystemModstamp) are in ranges not served yet.
            for (const QString& id : volunteers.mid(300))
                QVERIFY(
                    m_org->updateRecord(QStringLiteral("Contact"), id,
                                        {{QStringLiteral("Contact_Type__c"), QStringLiteral("Teacher")}}));
        });
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        // Whatever each range saw, no contact is in two tables (one served before the change stays a
        // volunteer until the next sync, which the watermark guarantees reads it).
        QCOMPARE(
            scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM volunteers v JOIN teachers t "
                                                      "ON t.sf_id = v.sf_id")),
            0);
        QVERIFY(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM teachers")) > 0);
        auto next =
            SyncEngine(m_db->connection(), *m_client, m_mapping, m_clock, sessionAs(Role::Coordinator))
                .run({});
        QVERIFY(next.ok());
        expectCacheEqualsOrg();
    }

    // Too many calls at once (403 REQUEST_LIMIT_EXCEEDED "ConcurrentRequests") and 503s: the calls back
    // off and go through. The daily budget ("TotalRequests") stops the sync instead
    // (TestSyncEngine::requestLimitStopsWithClearMessage).
    void concurrencyLimitAnd503BackOffAndGoThrough() {
        for (const auto kind :
             {fakeforce::FaultKind::ConcurrentLimitExceeded, fakeforce::FaultKind::Http503}) {
            fakeforce::FaultRule rule;
            rule.kind = kind;
            rule.remaining = 3;
            rule.pathContains = QStringLiteral("/query");
            m_org->addFault(rule);
        }
        SyncOptions options;
        options.recordsPerRange = 500;
        auto r = SyncEngine(m_db->connection(), *m_client, m_mapping, m_clock, sessionAs(Role::Coordinator))
                     .run(options);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        expectCacheEqualsOrg();
    }

    // While the writer is busy with an earlier object (nothing of a later group is handed out), a later
    // object's query keeps fetching a few pages ahead instead of one, so the request slots an object's
    // last ranges leave free are used; and what waits stays bounded (QueryPool's kAheadLaterGroup).
    void laterObjectsFetchSeveralPagesAhead() {
        QueryPool pool(*m_client, {}, 4);
        QueryPool::QuerySpec later;
        later.soql = QStringLiteral("SELECT Id, SystemModstamp FROM Contact ORDER BY SystemModstamp, Id");
        later.fields = {QStringLiteral("Id"), QStringLiteral("SystemModstamp")};
        later.group = 1;
        later.batchSize = 200; // the demo org's ~2,600 contacts: 13 pages
        pool.add(later);
        QVERIFY(!pool.next(0));               // group 0 has nothing: returns at once, the later query started
        QTRY_COMPARE(pool.requestsSent(), 4); // before this change: one page ahead, and no more
        auto first = pool.next(1);
        QVERIFY(first && first->page && !first->error);
        QCOMPARE(first->page->size(), 200);
    }

    // QNetworkAccessManager opens at most six connections to a host and keeps further requests queued
    // inside it, unsent: past six the client sends on managers of its own, so the org sees as many
    // requests at once as the pool allows, and no more.
    void moreThanSixRequestsReachTheOrgAtOnce() {
        m_org->setLatencyMs(150);
        QueryPool pool(*m_client, {}, 10);
        for (int i = 0; i < 10; ++i) {
            QueryPool::QuerySpec spec;
            spec.soql = QStringLiteral("SELECT Id FROM Contact WHERE LastName != 'x%1'").arg(i);
            spec.fields = {QStringLiteral("Id")};
            spec.maxPages = 1;
            pool.add(spec);
        }
        m_org->clearRequestLog();
        int pages = 0;
        while (auto event = pool.next(0)) {
            QVERIFY(event->page && !event->error);
            ++pages;
        }
        QCOMPARE(pages, 10);
        QCOMPARE(m_org->maxRequestsInFlight(), 10); // before: 6
        QCOMPARE(pool.peakInFlight(), 10);
    }
};

QTEST_GUILESS_MAIN(TestParallelPull)
#include "tst_ParallelPull.moc"
