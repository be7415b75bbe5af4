#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/changes/LocalChanges.h"
#include "core/domain/Status.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/Conflicts.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/SyncTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

// The sync engine against the in-process fake org. Every scenario ends by comparing the whole local
// cache with the org (compareCacheWithOrg).
class TestSyncEngine final
    : public QObject
    , protected OrgWorld {
    Q_OBJECT

    QString firstId(const char* table, const char* where = "1") {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT sf_id FROM %1 WHERE %2 AND sf_id IS NOT NULL ORDER BY id LIMIT 1")
                   .arg(QLatin1String(table), QLatin1String(where)));
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init() {
        openWorld({.queryBatchSize = 200}); // several pages even at tiny scale
    }
    void cleanup() { closeWorld(); }

    void firstSyncMatchesOrg() {
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->entities.at(QStringLiteral("volunteer")).pulled > 0);
        QVERIFY(r->entities.at(QStringLiteral("participation")).pulled > 0);
        expectCacheEqualsOrg();
        // Nothing the org sent was dropped: every record not cached is a sync issue with a reason.
        QCOMPARE(scalar(m_db->connection(),
                        QStringLiteral("SELECT count(*) FROM sync_issues WHERE message IS NULL")),
                 0);
    }

    // Reports, rosters and lists compare status codes, never the org's spellings: every pulled event and
    // participation carries the codes of the text beside it, an odd spelling the org sent too.
    void pulledRowsCarryTheirStatusCodes() {
        QVERIFY(sync().ok());
        const QString event = firstId("events");
        const QString participation = firstId("participations");
        QVERIFY(!event.isEmpty() && !participation.isEmpty());
        m_org->advance(1000);
        QVERIFY(m_org->updateRecord(QStringLiteral("Session__c"), event,
                                    {{QStringLiteral("Session_Status__c"), QStringLiteral(" canceled ")}}));
        QVERIFY(m_org->updateRecord(QStringLiteral("Session_Participant__c"), participation,
                                    {{QStringLiteral("Status__c"), QStringLiteral("Successfully Completed")},
                                     {QStringLiteral("Participant_Type__c"), QStringLiteral("volunteer")}}));
        QVERIFY(sync().ok());
        QCOMPARE(count(QStringLiteral("SELECT status_code FROM events WHERE sf_id=?"), {event}),
                 static_cast<int>(EventStatus::Cancelled));
        QCOMPARE(
            count(QStringLiteral("SELECT status_code FROM participations WHERE sf_id=?"), {participation}),
            static_cast<int>(ParticipationStatus::Attended));
        QCOMPARE(count(QStringLiteral("SELECT type_code FROM participations WHERE sf_id=?"), {participation}),
                 static_cast<int>(ParticipantType::Volunteer));

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sf_id, status, status_code FROM events")));
        QSet<int> codes;
        while (q.next()) {
            QVERIFY2(q.value(2).toInt() == static_cast<int>(normaliseEventStatus(q.value(1).toString())),
                     qPrintable(q.value(0).toString()));
            codes.insert(q.value(2).toInt());
        }
        QVERIFY(q.exec(QStringLiteral(
            "SELECT sf_id, status, status_code, participant_type, type_code FROM participations")));
        while (q.next()) {
            QVERIFY2(q.value(2).toInt() ==
                         static_cast<int>(normaliseParticipationStatus(q.value(1).toString())),
                     qPrintable(q.value(0).toString()));
            QVERIFY2(q.value(4).toInt() == static_cast<int>(normaliseParticipantType(q.value(3).toString())),
                     qPrintable(q.value(0).toString()));
        }
        QVERIFY2(codes.size() > 1, "the org's events have more than one status");
    }

    void participationOfDeletedEventGoesWithIt() {
        QVERIFY(sync().ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT e.sf_id, count(p.id) FROM events e JOIN participations p ON "
                                      "p.event_id = e.id GROUP BY e.id ORDER BY e.id LIMIT 1")) &&
                q.next());
        const QString event = q.value(0).toString();
        QVERIFY(q.value(1).toInt() > 0);
        m_org->advance(1000);
        QVERIFY(m_org->deleteRecord(QStringLiteral("Session__c"), event));
        auto r = sync();
        QVERIFY(r.ok());
        q.prepare(QStringLiteral("SELECT count(*) FROM participations WHERE event_sf_id=?"));
        q.addBindValue(event);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A later full resync drops the orphans too, instead of keeping them as sync issues forever.
        QVERIFY(sync({.full = true}, sessionAs(Role::Admin)).ok());
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM sync_issues WHERE code='PARENT_NOT_LOCAL' AND payload LIKE ?"));
        q.addBindValue(QStringLiteral("%") + event + QStringLiteral("%"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        expectCacheEqualsOrg();
    }

    void unchangedOrgCostsOneQueryPerObject() {
        QVERIFY(sync().ok());
        m_org->clearRequestLog();
        auto r = sync();
        QVERIFY(r.ok());
        // Account, Class__c, Contact, npe5__Affiliation__c, Session__c, Session_Participant__c, Task
        QCOMPARE(m_org->countRequests("GET", QStringLiteral("/queryAll")), 7);
        QCOMPARE(m_org->requestLog().size(), 7);
        qint64 pulled = 0;
        for (const auto& [entity, c] : r->entities)
            pulled += c.pulled;
        QCOMPARE(pulled, 0); // the overlap re-reads recent rows but changes nothing
        expectCacheEqualsOrg();
    }

    void incrementalSeesCreatesUpdatesDeletesBumpsAndLateRows() {
        QVERIFY(sync().ok());
        m_org->advance(60'000);
        const QString volunteer = firstId("volunteers");
        const QString event = firstId("events");
        const QString org = firstId("organizations");
        QVERIFY(!volunteer.isEmpty() && !event.isEmpty() && !org.isEmpty());
        QString error;
        const QByteArray created =
            m_org->insertRecord(QStringLiteral("Contact"),
                                {{QStringLiteral("FirstName"), QStringLiteral("Nguyễn")},
                                 {QStringLiteral("LastName"), QStringLiteral("=Thảo, \"T\"")},
                                 {QStringLiteral("Contact_Type__c"), QStringLiteral("Volunteer")}},
                                &error);
        QVERIFY2(!created.isEmpty(), qPrintable(error));
        QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), volunteer,
                                    {{QStringLiteral("Title"), QStringLiteral("Principal Engineer")}},
                                    &error));
        QVERIFY(m_org->deleteRecord(QStringLiteral("Session__c"), event));
        QVERIFY(m_org->touchRecord(QStringLiteral("Account"), org));
        // A row committed late: its SystemModstamp is older than rows already pulled, but inside the overlap.
        const QByteArray late =
            m_org->insertLateRecord(QStringLiteral("Account"),
                                    {{QStringLiteral("Name"), QStringLiteral("Late Corp")},
                                     {QStringLiteral("Type"), QStringLiteral("Business")}},
                                    m_org->now() - 120'000, &error);
        QVERIFY2(!late.isEmpty(), qPrintable(error));
        m_org->advance(60'000);
        m_org->clearRequestLog();
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->entities.at(QStringLiteral("event")).deleted >= 1);
        QVERIFY(m_org->requestLog().size() <= 12); // at most 2 calls per object
        expectCacheEqualsOrg();
        QCOMPARE(scalar(m_db->connection(),
                        QStringLiteral("SELECT count(*) FROM organizations WHERE name='Late Corp'")),
                 1);
        QCOMPARE(scalar(m_db->connection(),
                        QStringLiteral("SELECT count(*) FROM volunteers WHERE title='Principal Engineer'")),
                 1);
    }

    void contactChangingTypeMovesEntity() {
        QVERIFY(sync().ok());
        const QString volunteer = firstId("volunteers");
        m_org->advance(1000);
        QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), volunteer,
                                    {{QStringLiteral("Contact_Type__c"), QStringLiteral("Teacher")}}));
        QVERIFY(sync().ok());
        expectCacheEqualsOrg();
    }

    void transientFaultsAreRetried_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("path");
        for (const char* fault : {"500", "503", "503html", "close", "truncate", "delay"}) {
            QTest::addRow("%s on first query", fault) << fault << "/queryAll";
            QTest::addRow("%s on a later page", fault) << fault << "/query/";
        }
    }
    void transientFaultsAreRetried() {
        QFETCH(QString, fault);
        QFETCH(QString, path);
        fakeforce::FaultRule rule;
        QVERIFY(fakeforce::faultKindFromName(fault, rule.kind));
        rule.remaining = 2;
        rule.pathContains = path;
        rule.delayMs = 50;
        m_org->addFault(rule);
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        expectCacheEqualsOrg();
    }

    void persistentFailureStopsAndResumes() {
        fakeforce::FaultRule rule;
        rule.kind = fakeforce::FaultKind::Http503;
        rule.pathContains = QStringLiteral("/query/"); // every later page fails
        m_org->addFault(rule);
        auto r = sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Network);
        // What was committed stays: the first pages of the first object are cached.
        QVERIFY(scalar(m_db->connection(),
                       QStringLiteral("SELECT count(*) FROM sync_state WHERE watermark IS NOT NULL")) >= 1);
        m_org->clearFaults();
        auto again = sync();
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        expectCacheEqualsOrg();
    }

    void requestLimitStopsWithClearMessage() {
        m_org->setRequestLimitExceeded(true);
        auto r = sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
        m_org->setRequestLimitExceeded(false);
        QVERIFY(sync().ok());
        expectCacheEqualsOrg();
    }

    void expiredTokenRefreshedOnce() {
        QVERIFY(sync().ok());
        m_org->expireAccessTokens();
        QVERIFY(sync().ok());
        QCOMPARE(m_tokens->refreshes, 1);
    }

    void expiredLocatorRestartsQuery() {
        fakeforce::FaultRule rule;
        rule.kind = fakeforce::FaultKind::Delay;
        rule.delayMs = 1;
        m_org->addFault(rule);
        // Expire locators as soon as the first page has been served.
        QTimer t;
        connect(&t, &QTimer::timeout, this, [this] { m_org->expireQueryLocators(); });
        t.start(0);
        auto r = sync();
        t.stop();
        m_org->clearFaults();
        // Either the restart got through or the engine says why; it never corrupts the cache.
        if (r.ok())
            expectCacheEqualsOrg();
        else
            QCOMPARE(r.error().code, QStringLiteral("INVALID_QUERY_LOCATOR"));
        QVERIFY(sync().ok());
        expectCacheEqualsOrg();
    }

    void fullSyncRemovesWhatTheServerNoLongerHas() {
        QVERIFY(sync().ok());
        // A record deleted and purged on the server: gone from queryAll too.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO organizations(sf_id, name, system_modstamp) VALUES"
                                      "('001000000000GONEAA','Purged Org','2020-01-01T00:00:00.000Z')")));
        QVERIFY(!sync({.full = true}, sessionAs(Role::Coordinator)).ok()); // full resync is an Admin action
        auto r = sync({.full = true}, sessionAs(Role::Admin));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(scalar(m_db->connection(),
                        QStringLiteral("SELECT count(*) FROM organizations WHERE name='Purged Org'")),
                 0);
        expectCacheEqualsOrg();
    }

    void offlineAttendanceReachesOrgExactlyOnce() {
        QVERIFY(sync().ok());
        LocalChanges changes(m_db->connection(), sessionAs(Role::Coordinator), m_clock);
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM events WHERE start_utc IS NOT NULL ORDER BY id LIMIT 1")) &&
            q.next());
        const qint64 event = q.value(0).toLongLong();
        auto walkIn = changes.addVolunteer(
            {QStringLiteral("Walk"), QStringLiteral("O'Neil"), QStringLiteral("walk@example.org"), {}, {}});
        QVERIFY(walkIn.ok());
        QVERIFY(changes
                    .setAttendance({event,
                                    {ContactRef::Kind::Volunteer, *walkIn},
                                    ParticipationStatus::Attended,
                                    2.0,
                                    false})
                    .ok());
        // The first push's answer is lost after the org committed it.
        fakeforce::FaultRule drop;
        drop.kind = fakeforce::FaultKind::DropResponse;
        drop.remaining = 1;
        drop.pathContains = QStringLiteral("/composite/sobjects/Session_Participant__c");
        m_org->addFault(drop);
        const int before = m_org->liveRowCount(QStringLiteral("Session_Participant__c"));
        const int contactsBefore = m_org->liveRowCount(QStringLiteral("Contact"));
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Session_Participant__c")), before + 1);
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Contact")), contactsBefore + 1);
        QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(
            scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM participations WHERE pending=1")),
            0);
        // Another run changes nothing on the server.
        QVERIFY(sync().ok());
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Session_Participant__c")), before + 1);
        expectCacheEqualsOrg();
    }

    void marksTakenWhileOrgUnreachableArriveExactlyOnce() {
        QVERIFY(sync().ok());
        // The laptop leaves the office: the org cannot be reached at all.
        SalesforceClientOptions options;
        options.baseBackoff = std::chrono::milliseconds(1);
        options.maxBackoff = std::chrono::milliseconds(2);
        options.maxAttempts = 2;
        SalesforceClient offline(m_nam.get(), QUrl(QStringLiteral("http://127.0.0.1:9")), m_tokens.get(),
                                 options);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT p.event_id, p.volunteer_id FROM participations p WHERE p.volunteer_id "
                           "IS NOT NULL GROUP BY p.event_id, p.volunteer_id ORDER BY p.id LIMIT 5")));
        std::vector<AttendanceMark> marks;
        while (q.next())
            marks.push_back({q.value(0).toLongLong(),
                             {ContactRef::Kind::Volunteer, q.value(1).toLongLong()},
                             ParticipationStatus::NoShow,
                             std::nullopt,
                             false});
        QCOMPARE(marks.size(), size_t(5));
        {
            LocalChanges changes(m_db->connection(), sessionAs(Role::Coordinator), m_clock);
            QVERIFY(changes.setAttendanceBatch(marks).ok());
            auto walkIn =
                changes.addVolunteer({QStringLiteral("Offline"), QStringLiteral("Walk-In"), {}, {}, {}});
            QVERIFY(walkIn.ok());
            QVERIFY(changes
                        .setAttendance({marks.front().eventId,
                                        {ContactRef::Kind::Volunteer, *walkIn},
                                        ParticipationStatus::Attended,
                                        1.0,
                                        false})
                        .ok());
        }
        SyncEngine offlineEngine(m_db->connection(), offline, m_mapping, m_clock,
                                 sessionAs(Role::Coordinator));
        auto failed = offlineEngine.run({});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Network); // vms-cli exit 4; everything kept
        QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 7);

        // The process ends (the cache is closed and opened again, as after a crash).
        const QString path = m_db->path();
        m_db.reset();
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        m_db = *reopened;
        QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 7);

        // Back at the office; the first push's answer is lost after the org committed it.
        fakeforce::FaultRule drop;
        drop.kind = fakeforce::FaultKind::DropResponse;
        drop.remaining = 1;
        drop.pathContains = QStringLiteral("/composite/sobjects");
        drop.method = "PATCH";
        m_org->addFault(drop);
        const int participationsBefore = m_org->liveRowCount(QStringLiteral("Session_Participant__c"));
        auto r = sync();
        // A lost answer to an update by Id is never blindly resent; the next run sends it again after
        // re-checking the org, and the org ends with each change exactly once.
        if (!r.ok())
            QCOMPARE(r.error().kind, ErrorKind::Network);
        QVERIFY2(sync().ok(), "second sync");
        QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Session_Participant__c")), participationsBefore + 1);
        QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM conflicts")), 0);
        for (const AttendanceMark& m : marks) {
            QSqlQuery p(m_db->connection());
            p.prepare(QStringLiteral(
                "SELECT sf_id FROM participations WHERE event_id=? AND volunteer_id=? ORDER BY id LIMIT 1"));
            p.addBindValue(m.eventId);
            p.addBindValue(m.contact.localId);
            QVERIFY(p.exec() && p.next());
            QCOMPARE(m_org->record(QStringLiteral("Session_Participant__c"), p.value(0).toString())
                         .value(QStringLiteral("Status__c"))
                         .toString(),
                     QStringLiteral("No-Show"));
        }
        expectCacheEqualsOrg();
    }

    void refusedRecordStaysQueued() {
        QVERIFY(sync().ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM events ORDER BY id LIMIT 1")) && q.next());
        const qint64 event = q.value(0).toLongLong();
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM volunteers WHERE sf_id IS NOT NULL ORDER BY id LIMIT 1")) &&
            q.next());
        const qint64 vol = q.value(0).toLongLong();
        LocalChanges changes(m_db->connection(), sessionAs(Role::Coordinator), m_clock);
        auto id = changes.setAttendance(
            {event, {ContactRef::Kind::Volunteer, vol}, ParticipationStatus::Attended, 3.0, false});
        QVERIFY(id.ok());
        // Plant a value the org's validation rule refuses (hours > 24), bypassing the local check.
        QVERIFY(
            q.exec(QStringLiteral("UPDATE outbox SET fields = json_set(fields, '$.delivery_hours', 30)")));
        QVERIFY(q.exec(QStringLiteral("UPDATE participations SET delivery_hours = 30")));
        auto r = sync();
        QVERIFY(r.ok());
        QCOMPARE(r->entities.at(QStringLiteral("participation")).failed, 1);
        QVERIFY(!r->errors.empty());
        QCOMPARE(scalar(m_db->connection(),
                        QStringLiteral(
                            "SELECT count(*) FROM outbox WHERE state='failed' AND error_code="
                            "'FIELD_CUSTOM_VALIDATION_EXCEPTION' AND error_fields='Delivery_Hours__c'")),
                 1);
    }

    void conflictsAreKeptAndDifferentFieldsMerge() {
        QVERIFY(sync().ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT id, sf_id FROM volunteers WHERE sf_id IS NOT NULL ORDER BY id LIMIT 1")) &&
                q.next());
        const qint64 local = q.value(0).toLongLong();
        const QString sfId = q.value(1).toString();
        LocalChanges changes(m_db->connection(), sessionAs(Role::Coordinator), m_clock);
        QVERIFY(changes
                    .editVolunteer(local, {{QStringLiteral("title"), QStringLiteral("Local Title")},
                                           {QStringLiteral("department"), QStringLiteral("Local Dept")}})
                    .ok());
        m_org->advance(5000);
        QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), sfId,
                                    {{QStringLiteral("Title"), QStringLiteral("Server Title")},
                                     {QStringLiteral("Phone"), QStringLiteral("816-555-0142")}}));
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->conflicts, 1);
        const QVariantMap server = m_org->record(QStringLiteral("Contact"), sfId);
        QCOMPARE(server.value(QStringLiteral("Title")).toString(),
                 QStringLiteral("Server Title")); // not overwritten
        QCOMPARE(server.value(QStringLiteral("Department")).toString(),
                 QStringLiteral("Local Dept")); // merged
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT field, local_value, server_value FROM conflicts WHERE resolved_at IS NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Title"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Local Title"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Server Title"));
        // The local edit is kept locally until resolved, and the server's phone arrived.
        QVERIFY(q.exec(QStringLiteral("SELECT title, phone FROM volunteers WHERE id=%1").arg(local)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Local Title"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("816-555-0142"));
        // Still there after another run.
        auto again = sync();
        QVERIFY(again.ok());
        QCOMPARE(scalar(m_db->connection(),
                        QStringLiteral("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")),
                 1);

        // A User may not decide; a Coordinator keeps the local value, which then reaches the org.
        Session user = sessionAs(Role::Coordinator);
        user.role = Role::User;
        auto open = Conflicts(m_db->connection(), user, m_clock).open();
        QVERIFY(open.ok() && open->size() == 1);
        QCOMPARE(Conflicts(m_db->connection(), user, m_clock).resolve(open->front().id, true).error().kind,
                 ErrorKind::Forbidden);
        QVERIFY(Conflicts(m_db->connection(), sessionAs(Role::Coordinator), m_clock)
                    .resolve(open->front().id, true)
                    .ok());
        QVERIFY(sync().ok());
        QCOMPARE(m_org->record(QStringLiteral("Contact"), sfId).value(QStringLiteral("Title")).toString(),
                 QStringLiteral("Local Title"));
        QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        expectCacheEqualsOrg();
    }

    void conflictResolvedForServer() {
        QVERIFY(sync().ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT id, sf_id FROM volunteers WHERE sf_id IS NOT NULL ORDER BY id LIMIT 1")) &&
                q.next());
        const qint64 local = q.value(0).toLongLong();
        const QString sfId = q.value(1).toString();
        LocalChanges changes(m_db->connection(), sessionAs(Role::Coordinator), m_clock);
        QVERIFY(changes.editVolunteer(local, {{QStringLiteral("email"), QStringLiteral("mine@example.org")}})
                    .ok());
        m_org->advance(5000);
        QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), sfId,
                                    {{QStringLiteral("Email"), QStringLiteral("theirs@example.org")}}));
        QVERIFY(sync().ok());
        auto open = Conflicts(m_db->connection(), sessionAs(Role::Coordinator), m_clock).open();
        QVERIFY(open.ok() && open->size() == 1);
        QVERIFY(Conflicts(m_db->connection(), sessionAs(Role::Coordinator), m_clock)
                    .resolve(open->front().id, false)
                    .ok());
        QVERIFY(sync().ok());
        QCOMPARE(m_org->record(QStringLiteral("Contact"), sfId).value(QStringLiteral("Email")).toString(),
                 QStringLiteral("theirs@example.org"));
        QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QSqlQuery check(m_db->connection());
        QVERIFY(check.exec(QStringLiteral("SELECT email FROM volunteers WHERE id=%1").arg(local)) &&
                check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("theirs@example.org"));
        expectCacheEqualsOrg();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_SyncEngine.moc"
