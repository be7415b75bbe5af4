#include "core/changes/LocalChanges.h"
#include "core/db/Database.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <nlohmann/json.hpp>

using namespace vms;
using namespace vms::test;

namespace {

QJsonObject outboxFields(QSqlDatabase db, const QString& entity, qint64 localId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT fields FROM outbox WHERE entity=? AND local_id=?"));
    q.addBindValue(entity);
    q.addBindValue(localId);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

} // namespace

class TestLocalChanges final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC)};
    qint64 m_event = 0, m_volunteer = 0, m_student = 0, m_serverParticipation = 0;

    QSqlDatabase db() { return m_db->connection(); }

private Q_SLOTS:
    void init() {
        static int n = 0;
        auto opened = Database::open(m_dir.filePath(QStringLiteral("vms%1.sqlite").arg(++n)));
        QVERIFY(opened.ok());
        m_db = *opened;
        QSqlQuery q(db());
        // A two-hour event, a volunteer, a student, and one participation synced from Salesforce.
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO events(sf_id,name,start_utc,end_utc,status) VALUES("
                           "'a01000000000001AAA','Career Day',1790000000000,1790007200000,'Confirmed')")));
        m_event = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO volunteers(sf_id,first_name,last_name,email,phone,system_modstamp) "
                           "VALUES('003000000000001AAA','Ada','Lovelace','ada@example.org','(816) 555-0100',"
                           "'2026-11-01T00:00:00.000Z')")));
        m_volunteer = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO students(sf_id,first_name,last_name) VALUES('003000000000002AAA',"
                           "'Sam','Student')")));
        m_student = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO volunteers(sf_id,first_name,last_name) VALUES("
                                      "'003000000000003AAA','Grace','Hopper')")));
        const qint64 grace = q.lastInsertId().toLongLong();
        q.prepare(
            QStringLiteral("INSERT INTO participations(sf_id,event_id,volunteer_id,participant_type,status,"
                           "system_modstamp) VALUES('a02000000000001AAA',?,?,'Volunteer','Registered',"
                           "'2026-11-02T00:00:00.000Z')"));
        q.addBindValue(m_event);
        q.addBindValue(grace);
        QVERIFY(q.exec());
        m_serverParticipation = q.lastInsertId().toLongLong();
    }

    void newAttendanceIsQueuedWithDefaultHours() {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto id = changes.setAttendance({m_event,
                                         {ContactRef::Kind::Volunteer, m_volunteer},
                                         ParticipationStatus::Attended,
                                         std::nullopt,
                                         false});
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT status, delivery_hours, client_id, pending, status_code, type_code, "
                                 "contact_sf_id FROM participations WHERE id=?"));
        q.addBindValue(*id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Attended"));
        QCOMPARE(q.value(1).toDouble(), 2.0); // the event's duration
        QVERIFY(!q.value(2).toString().isEmpty());
        QCOMPARE(q.value(3).toInt(), 1);
        QCOMPARE(q.value(4).toInt(), static_cast<int>(ParticipationStatus::Attended));
        QCOMPARE(q.value(5).toInt(), static_cast<int>(ParticipantType::Volunteer));
        QCOMPARE(q.value(6).toString(), QStringLiteral("003000000000001AAA"));
        const QJsonObject fields = outboxFields(db(), QStringLiteral("participation"), *id);
        QCOMPARE(fields.value(QStringLiteral("status")).toString(), QStringLiteral("Attended"));
        QCOMPARE(fields.value(QStringLiteral("delivery_hours")).toDouble(), 2.0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity='participation'")),
                 1);
    }

    void laterEditsMergeIntoOneOutboxEntry() {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        const ContactRef sam{ContactRef::Kind::Student, m_student};
        auto first = changes.setAttendance({m_event, sam, ParticipationStatus::Attended, 1.5, false});
        QVERIFY(first.ok());
        auto second = changes.setAttendance({m_event, sam, ParticipationStatus::NoShow, std::nullopt, true});
        QVERIFY(second.ok());
        QCOMPARE(*second, *first);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")), 1);
        const QJsonObject fields = outboxFields(db(), QStringLiteral("participation"), *first);
        QCOMPARE(fields.value(QStringLiteral("status")).toString(), QStringLiteral("No-Show"));
        QVERIFY(fields.value(QStringLiteral("delivery_hours")).isNull());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox WHERE operation='create'")), 1);
    }

    void editOfServerRecordKeepsBaseForConflicts() {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        QSqlQuery q(db());
        QVERIFY(q.exec(
            QStringLiteral("SELECT volunteer_id FROM participations WHERE sf_id='a02000000000001AAA'")));
        QVERIFY(q.next());
        const ContactRef grace{ContactRef::Kind::Volunteer, q.value(0).toLongLong()};
        QVERIFY(changes.setAttendance({m_event, grace, ParticipationStatus::Attended, 3.0, false}).ok());
        QVERIFY(changes.setAttendance({m_event, grace, ParticipationStatus::Attended, 2.5, false}).ok());
        q.prepare(QStringLiteral("SELECT operation, base, base_modstamp FROM outbox WHERE local_id=?"));
        q.addBindValue(m_serverParticipation);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
        const QJsonObject base = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(base.value(QStringLiteral("status")).toString(), QStringLiteral("Registered"));
        QVERIFY(base.value(QStringLiteral("delivery_hours")).isNull()); // the earliest base, not 3.0
        QCOMPARE(q.value(2).toString(), QStringLiteral("2026-11-02T00:00:00.000Z"));
    }

    void userRoleIsRefusedAndNothingWritten() {
        LocalChanges changes(db(), sessionAs(Role::User), m_clock);
        auto id = changes.setAttendance({m_event,
                                         {ContactRef::Kind::Volunteer, m_volunteer},
                                         ParticipationStatus::Attended,
                                         std::nullopt,
                                         false});
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, ErrorKind::Forbidden);
        QCOMPARE(exitCodeFor(id.error().kind), 6);
        auto added = changes.addVolunteer({QStringLiteral("Walk"), QStringLiteral("In"), {}, {}, {}});
        QCOMPARE(added.error().kind, ErrorKind::Forbidden);
        Status edited =
            changes.editVolunteer(m_volunteer, {{QStringLiteral("title"), QStringLiteral("CTO")}});
        QCOMPARE(edited.error().kind, ErrorKind::Forbidden);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void batchIsAllOrNothing() {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto r = changes.setAttendanceBatch({{m_event,
                                              {ContactRef::Kind::Volunteer, m_volunteer},
                                              ParticipationStatus::NoShow,
                                              std::nullopt,
                                              false},
                                             {m_event,
                                              {ContactRef::Kind::Student, 999999},
                                              ParticipationStatus::NoShow,
                                              std::nullopt,
                                              false}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Usage);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM participations")), 1);
    }

    void invalidHoursRefused() {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto r = changes.setAttendance({m_event,
                                        {ContactRef::Kind::Volunteer, m_volunteer},
                                        ParticipationStatus::Attended,
                                        25.0,
                                        false});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Usage);
    }

    void walkInAndDuplicates() {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto dupByEmail = changes.findLikelyDuplicates(
            {QStringLiteral("Someone"), QStringLiteral("Else"), QStringLiteral("ADA@example.org"), {}, {}});
        QVERIFY(dupByEmail.ok());
        QCOMPARE(dupByEmail->size(), size_t(1));
        QCOMPARE(dupByEmail->front().localId, m_volunteer);
        auto dupByPhone = changes.findLikelyDuplicates(
            {QStringLiteral("ada"), QStringLiteral("LOVELACE"), {}, QStringLiteral("+1 816-555-0100"), {}});
        QVERIFY(dupByPhone.ok());
        QCOMPARE(dupByPhone->size(), size_t(1));
        auto none = changes.findLikelyDuplicates(
            {QStringLiteral("Ada"), QStringLiteral("Lovelace"), {}, QStringLiteral("816-555-9999"), {}});
        QVERIFY(none.ok() && none->empty());

        // An organization VMS does not know could never reach the org: refused now, nothing written.
        auto unknown = changes.addVolunteer({QStringLiteral("Zoë"), QStringLiteral("O'Brien, Jr."),
                                             QStringLiteral("zoe@example.org"),
                                             QStringLiteral("816 555 0199"), QStringLiteral("Unknown Org")});
        QCOMPARE(unknown.error().kind, ErrorKind::Usage);
        QVERIFY(unknown.error().message.contains(QStringLiteral("Unknown Org")));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QSqlQuery org(db());
        QVERIFY(org.exec(QStringLiteral(
            "INSERT INTO organizations(sf_id,name) VALUES('001000000000009AAA','Unknown Org')")));
        const qint64 orgId = org.lastInsertId().toLongLong();
        auto id = changes.addVolunteer({QStringLiteral("Zoë"), QStringLiteral("O'Brien, Jr."),
                                        QStringLiteral("zoe@example.org"), QStringLiteral("816 555 0199"),
                                        QStringLiteral("unknown org")});
        QVERIFY(id.ok());
        const QJsonObject fields = outboxFields(db(), QStringLiteral("volunteer"), *id);
        QCOMPARE(fields.value(QStringLiteral("last_name")).toString(), QStringLiteral("O'Brien, Jr."));
        QCOMPARE(fields.value(QStringLiteral("primary_affiliation")).toString(),
                 QStringLiteral("001000000000009AAA"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT organization_id FROM volunteers WHERE id=%1").arg(*id)),
                 orgId);
        // The walk-in can be marked at once, before it has ever reached Salesforce.
        auto mark = changes.setAttendance(
            {m_event, {ContactRef::Kind::Volunteer, *id}, ParticipationStatus::Attended, 1.0, false});
        QVERIFY(mark.ok());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")), 2);
        auto bad = changes.addVolunteer({QStringLiteral("No"), QString(), {}, {}, {}});
        QCOMPARE(bad.error().kind, ErrorKind::Usage);
    }

    void editVolunteerAllowListAndAudit() {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        Status refused =
            changes.editVolunteer(m_volunteer, {{QStringLiteral("gender"), QStringLiteral("x")}});
        QCOMPARE(refused.error().kind, ErrorKind::Usage);
        Status ok = changes.editVolunteer(m_volunteer,
                                          {{QStringLiteral("title"), QStringLiteral("Engineer")},
                                           {QStringLiteral("email"), QStringLiteral("ada@example.org")}});
        QVERIFY(ok.ok());
        // Only the field that really changed is queued and audited.
        const QJsonObject fields = outboxFields(db(), QStringLiteral("volunteer"), m_volunteer);
        QCOMPARE(fields.keys(), QStringList{QStringLiteral("title")});
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT actor, field, old_value, new_value FROM audit_log")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Jane Coordinator"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("title"));
        QVERIFY(q.value(2).isNull());
        QCOMPARE(q.value(3).toString(), QStringLiteral("Engineer"));
        QVERIFY(!q.next());
    }

    // A field the mapping in use cannot write is refused when the user saves (vms-cli exit 2), never
    // queued to be dropped at push time.
    void fieldWithoutWriteMappingRefusedAtSave() {
        QFile f(QString::fromLatin1(OrgMapping::kDefaultResource));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto doc = nlohmann::json::parse(f.readAll().toStdString());
        auto& update = doc["writes"][1]["update"];
        update.erase(std::find(update.begin(), update.end(), "recruitment_notes"));
        auto mapping = OrgMapping::fromJson(QByteArray::fromStdString(doc.dump()));
        QVERIFY(mapping.ok());
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock, *mapping);
        Status refused = changes.editVolunteer(
            m_volunteer, {{QStringLiteral("recruitment_notes"), QStringLiteral("Call after 5")},
                          {QStringLiteral("title"), QStringLiteral("Engineer")}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Usage);
        QCOMPARE(exitCodeFor(refused.error().kind), 2);
        QVERIFY2(refused.error().message.contains(QStringLiteral("recruitment_notes")),
                 qPrintable(refused.error().message));
        // Nothing of the edit was kept: not the row, not the outbox, not the audit log.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM volunteers WHERE title='Engineer'")), 0);
        // With the default mapping the same edit is queued whole.
        LocalChanges standard(db(), sessionAs(Role::Coordinator), m_clock);
        QVERIFY(standard
                    .editVolunteer(m_volunteer,
                                   {{QStringLiteral("recruitment_notes"), QStringLiteral("Call after 5")},
                                    {QStringLiteral("title"), QStringLiteral("Engineer")}})
                    .ok());
        QCOMPARE(outboxFields(db(), QStringLiteral("volunteer"), m_volunteer).size(), 2);
    }

    // A walk-in's name is part of the record VMS creates, so it can be corrected until it reaches the org;
    // then it is Salesforce's.
    void nameEditableOnlyBeforeTheFirstPush() {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto walkIn = changes.addVolunteer({QStringLiteral("Walk"), QString(86, u'x'), {}, {}, {}});
        QVERIFY(walkIn.ok());
        QVERIFY(changes.editVolunteer(*walkIn, {{QStringLiteral("last_name"), QStringLiteral("In")}}).ok());
        const QJsonObject fields = outboxFields(db(), QStringLiteral("volunteer"), *walkIn);
        QCOMPARE(fields.value(QStringLiteral("last_name")).toString(), QStringLiteral("In"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity='volunteer'")), 1);
        QCOMPARE(changes.editVolunteer(*walkIn, {{QStringLiteral("last_name"), QString()}}).error().kind,
                 ErrorKind::Usage);
        Status synced =
            changes.editVolunteer(m_volunteer, {{QStringLiteral("first_name"), QStringLiteral("Augusta")}});
        QCOMPARE(synced.error().kind, ErrorKind::Usage);
    }

    void deleteIsAdminOnlyAndReplacesWaitingChanges() {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT volunteer_id FROM participations WHERE id=%1")
                           .arg(m_serverParticipation)) &&
                q.next());
        const ContactRef grace{ContactRef::Kind::Volunteer, q.value(0).toLongLong()};
        LocalChanges coordinator(db(), sessionAs(Role::Coordinator), m_clock);
        QVERIFY(coordinator.setAttendance({m_event, grace, ParticipationStatus::Attended, 3.0, false}).ok());
        QCOMPARE(
            coordinator.deleteRecord(QStringLiteral("participation"), m_serverParticipation).error().kind,
            ErrorKind::Forbidden);
        LocalChanges admin(db(), sessionAs(Role::Admin), m_clock);
        QCOMPARE(admin.deleteRecord(QStringLiteral("volunteer"), m_volunteer).error().kind, ErrorKind::Usage);
        QVERIFY(admin.deleteRecord(QStringLiteral("participation"), m_serverParticipation).ok());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM participations WHERE id=%1")
                                  .arg(m_serverParticipation)),
                 0);
        QVERIFY(q.exec(QStringLiteral("SELECT operation, sf_id FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("a02000000000001AAA"));
        QVERIFY(!q.next());
        // One the org never had just goes: there is nothing to tell it.
        auto walkIn = coordinator.setAttendance(
            {m_event, {ContactRef::Kind::Volunteer, m_volunteer}, ParticipationStatus::Attended, 1.0, false});
        QVERIFY(walkIn.ok());
        QVERIFY(admin.deleteRecord(QStringLiteral("participation"), *walkIn).ok());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")), 1);
    }
};

QTEST_GUILESS_MAIN(TestLocalChanges)
#include "tst_LocalChanges.moc"
