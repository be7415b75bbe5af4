#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/changes/LocalChanges.h"
#include "core/db/CacheStats.h"
#include "core/db/Outbox.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/SyncTestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace vms;
using namespace vms::test;

// Local changes on their way to the org (issue #13): every field a user typed arrives, a lost answer is
// resolved in the same run, a pull never deletes a change still waiting, and one refused record blocks
// nothing else. Every scenario ends with the cache equal to the org.
class TestWrites final
    : public QObject
    , protected OrgWorld {
    Q_OBJECT

    // An event and a volunteer pulled from the org, neither linked by a participation yet.
    std::pair<qint64, qint64> eventAndVolunteerWithoutParticipation() {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral(
            "SELECT e.id, v.id FROM events e, volunteers v WHERE e.sf_id IS NOT NULL AND v.sf_id IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.event_id = e.id AND p.volunteer_id = "
            "v.id) ORDER BY e.id, v.id LIMIT 1"));
        return q.next() ? std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()} : std::pair{0LL, 0LL};
    }

    static fakeforce::FaultRule dropAnswer(const QString& path, const QByteArray& method) {
        fakeforce::FaultRule drop;
        drop.kind = fakeforce::FaultKind::DropResponse;
        drop.remaining = 1;
        drop.pathContains = path;
        drop.method = method;
        return drop;
    }

private Q_SLOTS:
    void init() {
        openWorld();
        auto first = sync();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    }
    void cleanup() { closeWorld(); }

    // Failure 1: a walk-in edited before its first push sends every field it was given (the notes and the
    // organization too), and keeps them after the next pull.
    void walkInEditedBeforeFirstPushSendsEveryField() {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT name, sf_id FROM organizations WHERE sf_id IS NOT NULL ORDER BY id LIMIT 1")) &&
                q.next());
        const QString orgName = q.value(0).toString(), orgId = q.value(1).toString();
        auto walkIn = changes().addVolunteer({QStringLiteral("Walk"),
                                              QStringLiteral("In"),
                                              QStringLiteral("walk.in@example.org"),
                                              {},
                                              orgName});
        QVERIFY(walkIn.ok());
        QVERIFY(changes()
                    .editVolunteer(*walkIn, {{QStringLiteral("title"), QStringLiteral("Engineer")},
                                             {QStringLiteral("department"), QStringLiteral("Bridges")},
                                             {QStringLiteral("recruitment_notes"),
                                              QStringLiteral("Met at the fair; call after 5")}})
                    .ok());
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const QString sfId = text(QStringLiteral("SELECT sf_id FROM volunteers WHERE id=?"), {*walkIn});
        QVERIFY(!sfId.isEmpty());
        const QVariantMap server = m_org->record(QStringLiteral("Contact"), sfId);
        QCOMPARE(server.value(QStringLiteral("Title")).toString(), QStringLiteral("Engineer"));
        QCOMPARE(server.value(QStringLiteral("Department")).toString(), QStringLiteral("Bridges"));
        QCOMPARE(server.value(QStringLiteral("Volunteer_Recruitment_Notes__c")).toString(),
                 QStringLiteral("Met at the fair; call after 5"));
        QCOMPARE(server.value(QStringLiteral("npsp__Primary_Affiliation__c")).toString(), orgId);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        // The next pull brings them back unchanged.
        m_org->advance(1000);
        QVERIFY(sync().ok());
        QCOMPARE(text(QStringLiteral("SELECT recruitment_notes FROM volunteers WHERE id=?"), {*walkIn}),
                 QStringLiteral("Met at the fair; call after 5"));
        QCOMPARE(text(QStringLiteral("SELECT primary_affiliation FROM volunteers WHERE id=?"), {*walkIn}),
                 orgId);
        expectCacheEqualsOrg();
    }

    // Failure 2: the org saved an update by Id but its answer was lost. The same run reads the record
    // back, sees its own write, and goes on to the pull; a later edit of the record is no conflict.
    // Found by the soak test: Salesforce stamps SystemModstamp to the second, so someone's edit in the same
    // second as this client's own write carries the same stamp. It must still reach the cache (it was kept
    // out until a full resync), while an identical re-read changes nothing.
    void orgEditInTheSameSecondAsOurWriteArrives() {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT id, sf_id FROM volunteers WHERE sf_id IS NOT NULL ORDER BY id LIMIT 1")) &&
                q.next());
        const qint64 id = q.value(0).toLongLong();
        const QString sfId = q.value(1).toString();
        QVERIFY(changes().editVolunteer(id, {{QStringLiteral("title"), QStringLiteral("Ours")}}).ok());
        QVERIFY(sync().ok());
        // The org's clock is frozen: the next edit lands in the same second as ours.
        QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), sfId,
                                    {{QStringLiteral("Title"), QStringLiteral("Theirs")}}));
        auto r = sync();
        QVERIFY(r.ok());
        QCOMPARE(text(QStringLiteral("SELECT title FROM volunteers WHERE id=?"), {id}),
                 QStringLiteral("Theirs"));
        expectCacheEqualsOrg();
        auto again = sync();
        QVERIFY(again.ok());
        qint64 pulled = 0;
        for (const auto& [entity, c] : again->entities)
            pulled += c.pulled;
        QCOMPARE(pulled, 0);
    }

    void lostAnswerToAnUpdateIsResolvedInTheSameRun() {
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral(
                "SELECT id, event_id, volunteer_id, sf_id FROM participations WHERE sf_id IS NOT NULL AND "
                "client_id IS NULL AND volunteer_id IS NOT NULL AND status != 'No-Show' ORDER BY id "
                "LIMIT 1")) &&
            q.next());
        const qint64 event = q.value(1).toLongLong(), volunteer = q.value(2).toLongLong();
        const QString sfId = q.value(3).toString();
        const AttendanceMark noShow{event,
                                    {ContactRef::Kind::Volunteer, volunteer},
                                    ParticipationStatus::NoShow,
                                    std::nullopt,
                                    false};
        QVERIFY(changes().setAttendance(noShow).ok());
        m_org->addFault(dropAnswer(QStringLiteral("/composite/sobjects"), "PATCH"));
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(m_org->record(QStringLiteral("Session_Participant__c"), sfId)
                     .value(QStringLiteral("Status__c"))
                     .toString(),
                 QStringLiteral("No-Show"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        expectCacheEqualsOrg();

        // The next edit of the same participation is an edit, not a conflict with this client's own write.
        m_org->advance(1000);
        AttendanceMark attended = noShow;
        attended.status = ParticipationStatus::Attended;
        attended.hours = 1.5;
        QVERIFY(changes().setAttendance(attended).ok());
        auto again = sync();
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->conflicts, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conflicts")), 0);
        QCOMPARE(m_org->record(QStringLiteral("Session_Participant__c"), sfId)
                     .value(QStringLiteral("Status__c"))
                     .toString(),
                 QStringLiteral("Attended"));
        expectCacheEqualsOrg();
    }

    // Failure 2, as it was met: the answer lost, the run failed (exit 4), the user edits the record again;
    // the next run must see the first value as its own write, never as someone else's change.
    void editAfterAnUnresolvedLostAnswerIsNoConflict() {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT event_id, volunteer_id, sf_id FROM participations WHERE sf_id IS NOT NULL AND "
                    "client_id IS NULL AND volunteer_id IS NOT NULL AND status != 'No-Show' ORDER BY id "
                    "LIMIT 1")) &&
                q.next());
        const qint64 event = q.value(0).toLongLong(), volunteer = q.value(1).toLongLong();
        const QString sfId = q.value(2).toString();
        AttendanceMark mark{event,
                            {ContactRef::Kind::Volunteer, volunteer},
                            ParticipationStatus::NoShow,
                            std::nullopt,
                            false};
        QVERIFY(changes().setAttendance(mark).ok());
        // The update's answer is lost, and then the org stops answering reads: the run cannot find out
        // what landed and stops (exit 4). (Rules fire in order: the first read passes.)
        fakeforce::FaultRule firstReadPasses;
        firstReadPasses.kind = fakeforce::FaultKind::Delay;
        firstReadPasses.remaining = 1;
        firstReadPasses.method = "GET";
        firstReadPasses.pathContains = QStringLiteral("/composite/sobjects/Session_Participant__c");
        m_org->addFault(firstReadPasses);
        m_org->addFault(dropAnswer(QStringLiteral("/composite/sobjects"), "PATCH"));
        fakeforce::FaultRule down;
        down.kind = fakeforce::FaultKind::Http503;
        down.pathContains = QStringLiteral("/composite/sobjects/Session_Participant__c");
        down.method = "GET";
        m_org->addFault(down);
        auto failed = sync();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Network);
        m_org->clearFaults();
        QCOMPARE(m_org->record(QStringLiteral("Session_Participant__c"), sfId)
                     .value(QStringLiteral("Status__c"))
                     .toString(),
                 QStringLiteral("No-Show")); // it landed
        m_org->advance(1000);
        mark.status = ParticipationStatus::Attended;
        mark.hours = 2.0;
        QVERIFY(changes().setAttendance(mark).ok());
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(m_org->record(QStringLiteral("Session_Participant__c"), sfId)
                     .value(QStringLiteral("Status__c"))
                     .toString(),
                 QStringLiteral("Attended"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        expectCacheEqualsOrg();
    }

    // An upsert by external id (a new mark, and an edit of a record VMS created) whose answer is lost:
    // resent in the same run, never duplicated.
    void lostAnswerToAnUpsertIsResolvedInTheSameRun() {
        const auto [event, volunteer] = eventAndVolunteerWithoutParticipation();
        QVERIFY(event > 0);
        const AttendanceMark mark{
            event, {ContactRef::Kind::Volunteer, volunteer}, ParticipationStatus::Attended, 2.0, false};
        auto id = changes().setAttendance(mark);
        QVERIFY(id.ok());
        const int before = m_org->liveRowCount(QStringLiteral("Session_Participant__c"));
        m_org->addFault(dropAnswer(QStringLiteral("/composite/sobjects/Session_Participant__c/"), "PATCH"));
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Session_Participant__c")), before + 1);
        expectCacheEqualsOrg();

        // An edit of it goes by its client id: its lost answer is resolved the same way.
        m_org->advance(1000);
        AttendanceMark noShow = mark;
        noShow.status = ParticipationStatus::NoShow;
        QVERIFY(changes().setAttendance(noShow).ok());
        m_org->addFault(dropAnswer(QStringLiteral("/composite/sobjects/Session_Participant__c/"), "PATCH"));
        auto again = sync();
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->conflicts, 0);
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Session_Participant__c")), before + 1);
        const QString sfId = text(QStringLiteral("SELECT sf_id FROM participations WHERE id=?"), {*id});
        QCOMPARE(m_org->record(QStringLiteral("Session_Participant__c"), sfId)
                     .value(QStringLiteral("Status__c"))
                     .toString(),
                 QStringLiteral("No-Show"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        expectCacheEqualsOrg();
    }

    // Failure 5: a contact whose type changes in the org while a mark on it waits to be sent. The pull
    // keeps the mark (and its volunteer) as a visible sync issue; the next run sends it and the cache
    // then matches the org.
    void contactChangingTypeKeepsAPendingMark() {
        const auto [event, volunteer] = eventAndVolunteerWithoutParticipation();
        QVERIFY(event > 0);
        auto id = changes().setAttendance(
            {event, {ContactRef::Kind::Volunteer, volunteer}, ParticipationStatus::Attended, 2.0, false});
        QVERIFY(id.ok());
        const QString contact = text(QStringLiteral("SELECT sf_id FROM volunteers WHERE id=?"), {volunteer});
        m_org->advance(1000);
        QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), contact,
                                    {{QStringLiteral("Contact_Type__c"), QStringLiteral("Student")}}));
        // A pull alone (the push did not get through): the mark must survive it.
        auto pulled = sync({.push = false});
        QVERIFY2(pulled.ok(), pulled.ok() ? "" : qPrintable(pulled.error().message));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM participations WHERE id=%1 AND pending=1").arg(*id)),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 1);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM sync_issues")) >= 1); // visible, with a reason
        QVERIFY(readCacheStats(m_db->connection())->syncIssues >= 1);

        m_org->advance(1000);
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QVERIFY(m_org->liveRowCount(QStringLiteral("Session_Participant__c")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM students WHERE sf_id='%1'").arg(contact)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM volunteers WHERE sf_id='%1'").arg(contact)), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_issues")), 0);
        expectCacheEqualsOrg();
    }

    // Failure 4: a walk-in the org refuses (a last name longer than its 80 characters) beside good
    // changes: the others are pushed, the pull runs, and the refusal is a counted sync problem.
    void refusedRecordBesideGoodOnesBlocksNothing() {
        const auto [event, volunteer] = eventAndVolunteerWithoutParticipation();
        QVERIFY(event > 0);
        // With the org's describe read by a sync, the name is refused as it is typed, naming the limit...
        auto early = changes().addVolunteer({QStringLiteral("Long"), QString(86, u'x'), {}, {}, {}});
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(u"80"), qPrintable(early.error().message));
        // ...but a laptop whose first sync is still to come knows no rules, and saves it: the org refuses
        // it at the push. (The rules are forgotten here as on such a profile.)
        {
            QSqlQuery forget(m_db->connection());
            QVERIFY(forget.exec(QStringLiteral("DELETE FROM field_rules")));
        }
        auto bad = changes().addVolunteer({QStringLiteral("Long"), QString(86, u'x'), {}, {}, {}});
        QVERIFY(bad.ok());
        auto good = changes().addVolunteer({QStringLiteral("Short"), QStringLiteral("Name"), {}, {}, {}});
        QVERIFY(good.ok());
        QVERIFY(
            changes()
                .setAttendance(
                    {event, {ContactRef::Kind::Volunteer, *bad}, ParticipationStatus::Attended, 1.0, false})
                .ok());
        QVERIFY(
            changes()
                .setAttendance(
                    {event, {ContactRef::Kind::Volunteer, *good}, ParticipationStatus::Attended, 1.0, false})
                .ok());
        QVERIFY(changes()
                    .setAttendance({event,
                                    {ContactRef::Kind::Volunteer, volunteer},
                                    ParticipationStatus::Attended,
                                    1.0,
                                    false})
                    .ok());
        // A change in the org that the pull must bring in the same run.
        const QString orgVolunteer =
            text(QStringLiteral("SELECT sf_id FROM volunteers WHERE sf_id IS NOT NULL "
                                "ORDER BY id DESC LIMIT 1"));
        m_org->advance(1000);
        QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), orgVolunteer,
                                    {{QStringLiteral("Title"), QStringLiteral("Pulled Title")}}));
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->entities.at(QStringLiteral("volunteer")).failed, 1);
        QCOMPARE(r->entities.at(QStringLiteral("volunteer")).pushed, 1);
        QCOMPARE(r->entities.at(QStringLiteral("participation")).pushed, 2);
        bool named = false;
        for (const SyncErrorItem& e : r->errors)
            named = named || e.code == u"STRING_TOO_LONG";
        QVERIFY(named);
        QCOMPARE(text(QStringLiteral("SELECT title FROM volunteers WHERE sf_id=?"), {orgVolunteer}),
                 QStringLiteral("Pulled Title"));
        // Counted as a problem (status bar, Home, vms-cli status).
        auto stats = readCacheStats(m_db->connection());
        QVERIFY(stats.ok());
        QCOMPARE(stats->failedChanges, 1);
        QVERIFY2(stats->problems() > 0, "the refusal is not counted as a problem");
        // Its attendance waits for it, saying so; the good walk-in's went.
        auto waiting = Outbox(m_db->connection()).problems();
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->size(), size_t(2));
        QCOMPARE(waiting->at(1).entity, QStringLiteral("participation"));
        QVERIFY(waiting->at(1).waiting());
        QCOMPARE(waiting->at(1).error.code, QStringLiteral("PARENT_NOT_PUSHED"));
        expectCacheEqualsOrg();

        // Retried at every run (the org still refuses), and still nothing else is held up.
        m_org->advance(1000);
        auto again = sync();
        QVERIFY(again.ok());
        QCOMPARE(again->entities.at(QStringLiteral("volunteer")).failed, 1);
        QCOMPARE(count(QStringLiteral("SELECT attempts FROM outbox WHERE entity='volunteer'")), 2);
        // An edit of the record retries it at once: it is pending again, its old refusal cleared. The
        // name of a walk-in the org does not have yet is editable, so the refusal can be fixed here.
        QVERIFY(
            changes().editVolunteer(*bad, {{QStringLiteral("last_name"), QStringLiteral("Shortened")}}).ok());
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity='volunteer' AND state='pending' "
                                 "AND error_code IS NULL")),
            1);
        auto fixed = sync();
        QVERIFY2(fixed.ok(), fixed.ok() ? "" : qPrintable(fixed.error().message));
        QCOMPARE(fixed->entities.at(QStringLiteral("volunteer")).pushed, 1);
        QCOMPARE(fixed->entities.at(QStringLiteral("participation")).pushed, 1); // its attendance followed
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(readCacheStats(m_db->connection())->problems(), 0);
        // Once in Salesforce, the name is Salesforce's to change.
        QCOMPARE(changes()
                     .editVolunteer(*bad, {{QStringLiteral("last_name"), QStringLiteral("Again")}})
                     .error()
                     .kind,
                 ErrorKind::Usage);
        expectCacheEqualsOrg();
    }

    // A whole collection call refused (a 4xx, not per record): its records keep the org's answer; the
    // other calls go and the pull runs.
    void refusedCallBlocksNothingElse() {
        // An override that sends DoNotCall as text: the org refuses the whole call (JSON_PARSER_ERROR).
        QFile f(QString::fromLatin1(OrgMapping::kDefaultResource));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto doc = nlohmann::json::parse(f.readAll().toStdString());
        for (auto& entity : doc["entities"])
            if (entity["entity"] == "volunteer")
                for (auto& field : entity["fields"])
                    if (field["column"] == "do_not_call")
                        field["type"] = "text";
        m_mapping = OrgMapping::fromJson(QByteArray::fromStdString(doc.dump())).value();
        const qint64 volunteer =
            count(QStringLiteral("SELECT id FROM volunteers WHERE sf_id IS NOT NULL ORDER BY id LIMIT 1"));
        QVERIFY(changes().editVolunteer(volunteer, {{QStringLiteral("do_not_call"), true}}).ok());
        const auto [event, other] = eventAndVolunteerWithoutParticipation();
        QVERIFY(
            changes()
                .setAttendance(
                    {event, {ContactRef::Kind::Volunteer, other}, ParticipationStatus::Attended, 1.0, false})
                .ok());
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->entities.at(QStringLiteral("volunteer")).failed, 1);
        QCOMPARE(r->entities.at(QStringLiteral("participation")).pushed, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state='failed' AND "
                                      "error_code='JSON_PARSER_ERROR'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 1);
    }

    // Failure 2 for a record created where the object has no External ID (Task): after a lost answer the
    // record is looked up by its client id before anything is sent again; one record, no conflict.
    void lostAnswerToACreateWithoutExternalIdIsResolvedInTheSameRun() {
        QFile f(QString::fromLatin1(OrgMapping::kDefaultResource));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto doc = nlohmann::json::parse(f.readAll().toStdString());
        doc["writes"][3]["clientId"]["upsert"] = false; // participations as Tasks are written
        m_mapping = OrgMapping::fromJson(QByteArray::fromStdString(doc.dump())).value();
        const auto [event, volunteer] = eventAndVolunteerWithoutParticipation();
        auto id = changes().setAttendance(
            {event, {ContactRef::Kind::Volunteer, volunteer}, ParticipationStatus::Attended, 2.0, false});
        QVERIFY(id.ok());
        const int before = m_org->liveRowCount(QStringLiteral("Session_Participant__c"));
        m_org->clearRequestLog();
        m_org->addFault(dropAnswer(QStringLiteral("/composite/sobjects"), "POST"));
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Session_Participant__c")), before + 1);
        QCOMPARE(m_org->countRequests("POST", QStringLiteral("/composite/sobjects")), 1); // never sent twice
        QVERIFY(m_org->countRequests("GET", QStringLiteral("/query")) >= 1);              // looked up
        QVERIFY(!text(QStringLiteral("SELECT sf_id FROM participations WHERE id=?"), {*id}).isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        expectCacheEqualsOrg();

        // A create whose answer did not come back at all (the run ended) is looked up first next time.
        const auto [nextEvent, nextVolunteer] = eventAndVolunteerWithoutParticipation();
        auto second = changes().setAttendance({nextEvent,
                                               {ContactRef::Kind::Volunteer, nextVolunteer},
                                               ParticipationStatus::NoShow,
                                               std::nullopt,
                                               false});
        QVERIFY(second.ok());
        fakeforce::FaultRule dropped = dropAnswer(QStringLiteral("/composite/sobjects"), "POST");
        m_org->addFault(dropped);
        fakeforce::FaultRule down;
        down.kind = fakeforce::FaultKind::Http503;
        down.pathContains = QStringLiteral("/query");
        m_org->addFault(down);
        QVERIFY(!sync().ok()); // landed, but the look-up could not run: exit 4, kept
        m_org->clearFaults();
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Session_Participant__c")), before + 2);
        auto again = sync();
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Session_Participant__c")), before + 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        expectCacheEqualsOrg();
    }

    // An Admin's delete reaches the org by Id; a replay after a lost answer ("already deleted") is done.
    void deleteReachesTheOrgOnce() {
        const qint64 participation = count(
            QStringLiteral("SELECT id FROM participations WHERE sf_id IS NOT NULL ORDER BY id LIMIT 1"));
        const QString sfId =
            text(QStringLiteral("SELECT sf_id FROM participations WHERE id=?"), {participation});
        Session admin = sessionAs(Role::Coordinator);
        admin.role = Role::Admin;
        QVERIFY(LocalChanges(m_db->connection(), admin, m_clock)
                    .deleteRecord(QStringLiteral("participation"), participation)
                    .ok());
        m_org->addFault(dropAnswer(QStringLiteral("/composite/sobjects"), "DELETE"));
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->entities.at(QStringLiteral("participation")).pushed, 1);
        QVERIFY(m_org->record(QStringLiteral("Session_Participant__c"), sfId)
                    .value(QStringLiteral("IsDeleted"))
                    .toBool());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        expectCacheEqualsOrg();
    }

    // Failure 5: the event of a waiting mark is deleted in the org. The pull keeps both, visibly; the push
    // then hears that the record is gone (its master was deleted), drops the change and says so; the next
    // run lets both go.
    void parentDeletedInTheOrgKeepsTheMarkUntilTheOrgSaysSo() {
        const auto [event, volunteer] = eventAndVolunteerWithoutParticipation();
        auto id = changes().setAttendance(
            {event, {ContactRef::Kind::Volunteer, volunteer}, ParticipationStatus::Attended, 1.0, false});
        QVERIFY(id.ok());
        const QString eventSf = text(QStringLiteral("SELECT sf_id FROM events WHERE id=?"), {event});
        m_org->advance(1000);
        QVERIFY(m_org->deleteRecord(QStringLiteral("Session__c"), eventSf));
        QVERIFY(sync({.push = false}).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM participations WHERE id=%1").arg(*id)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE id=%1").arg(event)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_issues WHERE code='KEPT_FOR_LOCAL_CHANGE'")),
                 1);

        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->entities.at(QStringLiteral("participation")).failed, 1); // told: exit 3
        bool told = false;
        for (const SyncErrorItem& e : r->errors)
            told = told || (e.code == u"ENTITY_IS_DELETED" && e.message.contains(u"gone"));
        QVERIFY(told);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QVERIFY(sync().ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE id=%1").arg(event)), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_issues")), 0);
        expectCacheEqualsOrg();
    }

    // A full resync's reconcile by Id never removes a row with a change waiting.
    void reconcileKeepsWaitingRows() {
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO volunteers(sf_id,first_name,last_name,system_modstamp) VALUES "
                                  "('003000000000GONEAA','Purged','Person','2020-01-01T00:00:00.000Z')")));
        const qint64 purged = q.lastInsertId().toLongLong();
        QVERIFY(changes().editVolunteer(purged, {{QStringLiteral("title"), QStringLiteral("Kept")}}).ok());
        Session admin = sessionAs(Role::Coordinator);
        admin.role = Role::Admin;
        SyncEngine engine(m_db->connection(), *m_client, m_mapping, m_clock, admin);
        QVERIFY(engine.run({.full = true, .push = false}).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM volunteers WHERE id=%1").arg(purged)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_issues WHERE sf_id='003000000000GONEAA'")),
                 1);
        // Sent: the org says it is gone, the user is told, and the row then goes.
        auto r = engine.run({});
        QVERIFY(r.ok());
        QCOMPARE(r->entities.at(QStringLiteral("volunteer")).failed, 1);
        QVERIFY(engine.run({}).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM volunteers WHERE id=%1").arg(purged)), 0);
        expectCacheEqualsOrg();
    }

    // A SystemModstamp far in the future never becomes the watermark: what changes next is still pulled.
    void futureModstampNeverBecomesTheWatermark() {
        QString error;
        const QByteArray future =
            m_org->insertLateRecord(QStringLiteral("Account"),
                                    {{QStringLiteral("Name"), QStringLiteral("From the future")},
                                     {QStringLiteral("Type"), QStringLiteral("Business")}},
                                    m_org->now() + 365LL * 24 * 3600 * 1000, &error);
        QVERIFY2(!future.isEmpty(), qPrintable(error));
        QVERIFY(sync().ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM organizations WHERE name='From the future'")), 1);
        QVERIFY(text(QStringLiteral("SELECT watermark FROM sync_state WHERE entity='Account'")) <
                QStringLiteral("2027"));
        m_org->advance(1000);
        const QString org =
            text(QStringLiteral("SELECT sf_id FROM organizations WHERE name != 'From the future' "
                                "ORDER BY id LIMIT 1"));
        QVERIFY(m_org->updateRecord(QStringLiteral("Account"), org,
                                    {{QStringLiteral("Name"), QStringLiteral("Renamed")}}));
        QVERIFY(sync().ok());
        QCOMPARE(text(QStringLiteral("SELECT name FROM organizations WHERE sf_id=?"), {org}),
                 QStringLiteral("Renamed"));
    }

    void malformedModstampIsNoWatermark() {
        QCOMPARE(CacheApplier::normaliseModstamp(std::string_view("abcd-ef-ghTij:kl:mn.opq+0000")),
                 std::string());
        QCOMPARE(CacheApplier::normaliseModstamp(std::string_view("2026-13-45T99:99:99.999+0000")),
                 std::string());
        QCOMPARE(CacheApplier::normaliseModstamp(std::string_view("2026-03-08T15:30:00.000+0000")),
                 std::string("2026-03-08T15:30:00.000Z"));
        QCOMPARE(CacheApplier::normaliseModstamp(std::string_view("2026-03-08T15:30:00.000+00:00")),
                 std::string("2026-03-08T15:30:00.000Z"));
    }
};

QTEST_GUILESS_MAIN(TestWrites)
#include "tst_Writes.moc"
