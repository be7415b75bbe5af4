#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/changes/LocalChanges.h"
#include "core/profile/DisplayTime.h"
#include "core/recruit/ContactHistory.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/SyncTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

// Calls and emails logged as Salesforce Tasks (issue #19, salesforce-org.md "Planning writes"): pulled
// into the cache with the rest, logged offline, and created in the org exactly once even when the answer
// to the create is lost (Task's client id is no External ID, so the push looks it up).
class TestActivities final
    : public QObject
    , protected OrgWorld {
    Q_OBJECT

    // The org's live Tasks carrying this client id.
    QList<QJsonObject> orgTasksWithClientId(const QString& clientId) {
        QList<QJsonObject> found;
        const QJsonArray all = QJsonDocument::fromJson(m_org->dumpJson(QStringLiteral("Task"))).array();
        for (const QJsonValue& v : all) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("VMS_Client_Id__c")).toString() == clientId &&
                !o.value(QStringLiteral("IsDeleted")).toBool())
                found << o;
        }
        return found;
    }

    QString clientIdOf(qint64 taskId) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT client_id FROM activities WHERE id=?"));
        q.addBindValue(taskId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    qint64 pulledVolunteer() {
        return count(QStringLiteral("SELECT id FROM volunteers WHERE sf_id IS NOT NULL ORDER BY id LIMIT 1"));
    }

private Q_SLOTS:
    void init() {
        openWorld();
        auto first = sync();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    }
    void cleanup() { closeWorld(); }

    // The org's Tasks about contacts arrive, each linked to its volunteer, and read as the history.
    void pulledTasksAreLinkedToTheirVolunteers() {
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM activities")) > 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM activities t JOIN volunteers v ON v.sf_id = t.who_sf_id "
                     "WHERE t.volunteer_id IS NOT v.id")),
                 0);
        const qint64 volunteer = count(QStringLiteral(
            "SELECT volunteer_id FROM activities WHERE volunteer_id IS NOT NULL ORDER BY id LIMIT 1"));
        auto history = ContactHistory::load(m_db->connection(), volunteer);
        QVERIFY(history.ok());
        const qint64 activities =
            count(QStringLiteral("SELECT count(*) FROM activities WHERE volunteer_id=?"), {volunteer});
        const qint64 participations =
            count(QStringLiteral("SELECT count(*) FROM participations WHERE volunteer_id=?"), {volunteer});
        QCOMPARE(qint64(history->size()), activities + participations);
        for (size_t i = 1; i < history->size(); ++i)
            QVERIFY((*history)[i - 1].date >= (*history)[i].date || !(*history)[i].date.isValid());
        expectCacheEqualsOrg();
    }

    // Logged offline: queued and audited at once, in the history, and in the org after the next sync.
    void loggedTaskReachesTheOrgOnce() {
        const qint64 volunteer = pulledVolunteer();
        const qint64 event = count(QStringLiteral("SELECT id FROM events WHERE sf_id IS NOT NULL LIMIT 1"));
        NewActivity a;
        a.volunteerId = volunteer;
        a.type = NewActivity::Type::Email;
        a.subject = QStringLiteral("  Invite to Career Day  ");
        a.notes = QStringLiteral("Sent the link;\nprefers evenings");
        a.eventId = event;
        auto id = changes().logActivity(a);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity='activity' AND local_id=?"),
                       {*id}),
                 1);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity='activity' AND local_id=?"),
                  {*id}),
            1);
        auto history = ContactHistory::load(m_db->connection(), volunteer);
        QVERIFY(history.ok());
        bool shown = false;
        for (const HistoryItem& i : *history)
            shown = shown || (i.kind == HistoryItem::Kind::Task && i.localId == *id && i.pending &&
                              i.title == u"Invite to Career Day" && i.eventId == event);
        QVERIFY(shown);

        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const auto landed = orgTasksWithClientId(clientIdOf(*id));
        QCOMPARE(landed.size(), 1);
        const QJsonObject t = landed.front();
        QCOMPARE(t.value(QStringLiteral("Subject")).toString(), QStringLiteral("Invite to Career Day"));
        QCOMPARE(t.value(QStringLiteral("Type")).toString(), QStringLiteral("Email"));
        QCOMPARE(t.value(QStringLiteral("Status")).toString(), QStringLiteral("Completed"));
        QCOMPARE(t.value(QStringLiteral("Description")).toString(), a.notes);
        // Today where the program is (the display zone), not in UTC.
        QCOMPARE(t.value(QStringLiteral("ActivityDate")).toString(),
                 m_clock.nowUtc().toTimeZone(DisplayTime::zone()).date().toString(Qt::ISODate));
        QCOMPARE(t.value(QStringLiteral("WhoId")).toString(),
                 scalarText(QStringLiteral("SELECT sf_id FROM volunteers WHERE id=?"), volunteer));
        QCOMPARE(t.value(QStringLiteral("WhatId")).toString(),
                 scalarText(QStringLiteral("SELECT sf_id FROM events WHERE id=?"), event));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(count(QStringLiteral("SELECT pending FROM activities WHERE id=?"), {*id}), 0);
        QVERIFY(sync().ok());
        QCOMPARE(orgTasksWithClientId(clientIdOf(*id)).size(), 1);
        expectCacheEqualsOrg();
    }

    // The answer to the create is lost: the same run looks the Task up by its client id (the org cannot
    // upsert a Task by it) and never sends it twice; and when the look-up cannot run either, the next
    // run finds it first.
    void lostAnswerNeverMakesASecondTask() {
        const qint64 volunteer = pulledVolunteer();
        NewActivity a;
        a.volunteerId = volunteer;
        a.subject = QStringLiteral("Call: invite to the science fair");
        auto id = changes().logActivity(a);
        QVERIFY(id.ok());
        fakeforce::FaultRule drop;
        drop.kind = fakeforce::FaultKind::DropResponse;
        drop.remaining = 1;
        drop.pathContains = QStringLiteral("/composite/sobjects");
        drop.method = "POST";
        m_org->addFault(drop);
        m_org->clearRequestLog();
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(m_org->countRequests("POST", QStringLiteral("/composite/sobjects")), 1);
        QCOMPARE(orgTasksWithClientId(clientIdOf(*id)).size(), 1);
        QVERIFY(!scalarText(QStringLiteral("SELECT sf_id FROM activities WHERE id=?"), *id).isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);

        a.subject = QStringLiteral("Call: left voicemail");
        auto second = changes().logActivity(a);
        QVERIFY(second.ok());
        m_org->addFault(drop);
        fakeforce::FaultRule down;
        down.kind = fakeforce::FaultKind::Http503;
        down.pathContains = QStringLiteral("/query");
        m_org->addFault(down);
        QVERIFY(!sync().ok()); // it landed, but could not be looked up: kept for the next run
        m_org->clearFaults();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity='activity'")), 1);
        auto again = sync();
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(orgTasksWithClientId(clientIdOf(*second)).size(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        expectCacheEqualsOrg();
    }

    // A walk-in added offline and called at once: the Task waits for its Contact and then points at it.
    void taskForAWalkInGoesAfterTheWalkIn() {
        auto walkIn = changes().addVolunteer(
            {QStringLiteral("Walk"), QStringLiteral("In"), QStringLiteral("walk.in@example.org"), {}, {}});
        QVERIFY(walkIn.ok());
        NewActivity a;
        a.volunteerId = *walkIn;
        a.subject = QStringLiteral("Call: welcome");
        auto id = changes().logActivity(a);
        QVERIFY(id.ok());
        QVERIFY(sync().ok());
        const QString contact =
            scalarText(QStringLiteral("SELECT sf_id FROM volunteers WHERE id=?"), *walkIn);
        QVERIFY(!contact.isEmpty());
        const auto landed = orgTasksWithClientId(clientIdOf(*id));
        QCOMPARE(landed.size(), 1);
        QCOMPARE(landed.front().value(QStringLiteral("WhoId")).toString(), contact);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    // Bad input is refused with its reason and saves nothing; a User may not log outreach.
    void refusalsSaveNothing() {
        const qint64 volunteer = pulledVolunteer();
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM activities"));
        NewActivity a;
        a.volunteerId = volunteer;
        a.subject = QStringLiteral("   ");
        auto blank = changes().logActivity(a);
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().kind, ErrorKind::Usage);
        a.subject = QStringLiteral("Call");
        a.volunteerId = 999999;
        auto unknown = changes().logActivity(a);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::Usage);
        a.volunteerId = volunteer;
        a.eventId = 999999;
        QVERIFY(!changes().logActivity(a).ok());
        a.eventId = 0;
        auto user = changes(Role::User).logActivity(a);
        QVERIFY(!user.ok());
        QCOMPARE(user.error().kind, ErrorKind::Forbidden);
        // What the org would refuse (its describe, read by the first sync) is refused here.
        a.subject = QString(300, u'x');
        auto tooLong = changes().logActivity(a);
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.error().message.contains(QStringLiteral("255")),
                 qPrintable(tooLong.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activities")), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

private:
    QString scalarText(const QString& sql, qint64 bind) {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        q.addBindValue(bind);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
};

QTEST_GUILESS_MAIN(TestActivities)
#include "tst_Activities.moc"
