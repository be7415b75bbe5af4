#include "core/attendance/AttendanceImport.h"
#include "core/attendance/AttendanceRoster.h"
#include "core/attendance/ContactSearch.h"
#include "core/attendance/OfflineReadiness.h"
#include "core/changes/LocalChanges.h"
#include "core/common/Csv.h"
#include "core/profile/ProfileSettings.h"
#include "tests/support/AttendanceFixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace vms;
using namespace vms::test;

class TestAttendanceCore final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    AttendanceWorld m_world;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(15, 30), QTimeZone::utc())};

    QSqlDatabase db() { return m_db->connection(); }

private Q_SLOTS:
    void init() {
        static int n = 0;
        auto opened = Database::open(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++n)));
        QVERIFY(opened.ok());
        m_db = *opened;
        m_world = seedAttendanceWorld(db(), 14, 20);
    }

    void rosterHasEveryoneSortedAndCountsOnlyVolunteersAndStudents() {
        auto rows = AttendanceRoster::load(db(), m_world.eventId);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t(14 + 3 + 1));
        for (size_t i = 1; i < rows->size(); ++i)
            QVERIFY(rows->at(i - 1).lastName.compare(rows->at(i).lastName, Qt::CaseInsensitive) <= 0);
        const RosterCounts c = AttendanceRoster::count(*rows);
        QCOMPARE(c.registered, 17); // the presenter is shown but not counted
        QCOMPARE(c.notCounted, 1);
        QCOMPARE(c.attended, 0);
        const auto acme = std::find_if(rows->begin(), rows->end(),
                                       [](const RosterRow& r) { return r.detail == u"Acme Corp"; });
        QVERIFY(acme != rows->end()); // organization name resolved from the affiliation's Id
    }

    void markShowsAsPendingAndCounted() {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto id = changes.setAttendance({m_world.eventId,
                                         {ContactRef::Kind::Volunteer, m_world.rosterVolunteerIds.front()},
                                         ParticipationStatus::Attended,
                                         std::nullopt,
                                         false});
        QVERIFY(id.ok());
        auto row = AttendanceRoster::loadRow(db(), *id);
        QVERIFY(row.ok() && row->has_value());
        QVERIFY((*row)->pending);
        QCOMPARE((*row)->status, ParticipationStatus::Attended);
        auto rows = AttendanceRoster::load(db(), m_world.eventId);
        QCOMPARE(AttendanceRoster::count(*rows).attended, 1);
        QCOMPARE(AttendanceRoster::count(*rows).pending, 1);
    }

    void eventTimesAreShownInTheDisplayZone() {
        auto e = AttendanceRoster::loadEvent(db(), m_world.eventId);
        QVERIFY(e.ok());
        // The default display zone, whatever zone the computer is in (the tests run with TZ=UTC).
        QCOMPARE(e->whenText(ProfileSettings::defaultTimeZone()),
                 QStringLiteral("Tue, Nov 24, 2026, 9:00 AM – 11:00 AM CST"));
        // Another zone an Admin set: the same instants, that zone's wall-clock and abbreviation.
        QCOMPARE(e->whenText(QTimeZone(QByteArrayLiteral("America/New_York"))),
                 QStringLiteral("Tue, Nov 24, 2026, 10:00 AM – 12:00 PM EST"));
        QCOMPARE(e->defaultHours().value_or(-1), 2.0);
    }

    void idsAcceptSalesforceIdsAndLocalIds() {
        QCOMPARE(AttendanceRoster::resolveEvent(db(), QStringLiteral("a01000000000001AAA")).value(),
                 m_world.eventId);
        QCOMPARE(AttendanceRoster::resolveEvent(db(), QStringLiteral("a01000000000001")).value(),
                 m_world.eventId);
        QCOMPARE(AttendanceRoster::resolveEvent(db(), QString::number(m_world.eventId)).value(),
                 m_world.eventId);
        QVERIFY(!AttendanceRoster::resolveEvent(db(), QStringLiteral("999")).ok());
        QVERIFY(!AttendanceRoster::resolveEvent(db(), QStringLiteral("nonsense")).ok());
        auto v = AttendanceRoster::resolveContact(db(), QString::number(m_world.rosterVolunteerIds.front()));
        QVERIFY(v.ok());
        QVERIFY(v->kind == ContactRef::Kind::Volunteer);
        auto s =
            AttendanceRoster::resolveContact(db(), QStringLiteral("s%1").arg(m_world.studentIds.front()));
        QVERIFY(s.ok());
        QVERIFY(s->kind == ContactRef::Kind::Student);
        auto bySf = AttendanceRoster::resolveContact(db(), QStringLiteral("003S00000000000AAA"));
        QVERIFY(bySf.ok());
        QVERIFY(bySf->kind == ContactRef::Kind::Student);
        QCOMPARE(AttendanceRoster::resolveContact(db(), QStringLiteral("x1")).error().kind, ErrorKind::Usage);
    }

    // Issue #17: teachers (Participant_Type__c = 'Teacher') are on rosters, marked as teachers, found by
    // check-in search and marked like anyone, counted in no report.
    void teachersAreOnTheRosterFoundAndMarked() {
        QSqlQuery q(db());
        QVERIFY(exec(
            q, QStringLiteral("INSERT INTO teachers(sf_id,first_name,last_name,email,school_sf_id) VALUES "
                              "('003T00000000001AAA','Tina','Teachwell','tina@school.test',"
                              "'001S00000000001AAA')")));
        const qint64 tina = q.lastInsertId().toLongLong();
        QVERIFY(exec(q, QStringLiteral("INSERT INTO teachers(sf_id,first_name,last_name,school_sf_id) VALUES "
                                       "('003T00000000002AAA','Ted','Tutor','001S00000000001AAA')")));
        const qint64 ted = q.lastInsertId().toLongLong();
        QVERIFY(
            exec(q,
                 QStringLiteral("INSERT INTO participations(sf_id,event_id,contact_sf_id,teacher_id,"
                                "participant_type,status,status_code,type_code) VALUES('a02T00000000001AAA',"
                                "?,'003T00000000001AAA',?,'Teacher','Registered',1,0)"),
                 {m_world.eventId, tina}));
        auto rows = AttendanceRoster::load(db(), m_world.eventId);
        QVERIFY(rows.ok());
        const auto row = std::find_if(rows->begin(), rows->end(),
                                      [](const RosterRow& r) { return r.lastName == u"Teachwell"; });
        QVERIFY(row != rows->end());
        QVERIFY(row->teacher);
        QVERIFY(row->markable());
        QVERIFY(row->contact.kind == ContactRef::Kind::Teacher);
        QCOMPARE(row->detail, QStringLiteral("Lincoln Middle School"));
        QCOMPARE(AttendanceRoster::count(*rows).registered, 17); // not counted
        // Check-in search: the one on the roster first, the other as one to add.
        auto tinaMatch = ContactSearch::search(db(), *rows, QStringLiteral("tina"), 10);
        QVERIFY(tinaMatch.ok() && tinaMatch->size() == 1 && tinaMatch->front().rosterIndex >= 0);
        auto tedMatch = ContactSearch::search(db(), *rows, QStringLiteral("ted tu"), 10);
        QVERIFY(tedMatch.ok());
        QCOMPARE(tedMatch->size(), size_t(1));
        QCOMPARE(tedMatch->front().rosterIndex, -1);
        QVERIFY(tedMatch->front().contact.kind == ContactRef::Kind::Teacher);
        QCOMPARE(tedMatch->front().contact.localId, ted);
        // IDs as vms-cli takes them.
        auto byLocal = AttendanceRoster::resolveContact(db(), QStringLiteral("t%1").arg(ted));
        QVERIFY(byLocal.ok() && byLocal->kind == ContactRef::Kind::Teacher && byLocal->localId == ted);
        auto bySf = AttendanceRoster::resolveContact(db(), QStringLiteral("003T00000000001AAA"));
        QVERIFY(bySf.ok() && bySf->kind == ContactRef::Kind::Teacher && bySf->localId == tina);
        QVERIFY(!AttendanceRoster::resolveVolunteer(db(), QStringLiteral("t%1").arg(ted)).ok());

        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto marked = changes.setAttendance(
            {m_world.eventId, {ContactRef::Kind::Teacher, tina}, ParticipationStatus::Attended, 2.0, false});
        QVERIFY(marked.ok());
        auto added = changes.setAttendance({m_world.eventId,
                                            {ContactRef::Kind::Teacher, ted},
                                            ParticipationStatus::Attended,
                                            std::nullopt,
                                            false});
        QVERIFY(added.ok());
        QVERIFY(exec(q,
                     QStringLiteral("SELECT participant_type, type_code, teacher_id, delivery_hours, pending "
                                    "FROM participations WHERE id=?"),
                     {*added}));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Teacher"));
        QCOMPARE(q.value(1).toInt(), 0); // counted in no report
        QCOMPARE(q.value(2).toLongLong(), ted);
        QCOMPARE(q.value(3).toDouble(), 2.0); // the event's duration, as for anyone
        QCOMPARE(q.value(4).toInt(), 1);
        rows = AttendanceRoster::load(db(), m_world.eventId);
        const RosterCounts c = AttendanceRoster::count(*rows);
        QCOMPARE(c.attended, 0);
        QCOMPARE(c.notCounted, 3); // the presenter and two teachers
        QCOMPARE(c.pending, 2);
    }

    // Issue #17: notes on a participation (Notes__c), with a mark or alone, queued like a mark.
    void notesAreSavedAndQueued() {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        const qint64 volunteer = m_world.rosterVolunteerIds.front();
        auto id = changes.setAttendance({m_world.eventId,
                                         {ContactRef::Kind::Volunteer, volunteer},
                                         ParticipationStatus::Attended,
                                         2.0,
                                         false},
                                        QStringLiteral("Brought a robot arm\nand two spares"));
        QVERIFY(id.ok());
        auto row = AttendanceRoster::loadRow(db(), *id);
        QCOMPARE((*row)->notes, QStringLiteral("Brought a robot arm\nand two spares"));
        QSqlQuery q(db());
        QVERIFY(exec(q,
                     QStringLiteral("SELECT fields FROM outbox WHERE entity='participation' AND local_id=?"),
                     {*id}));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("robot arm")));
        // Alone, by participation; blank clears; a reader may not.
        QVERIFY(changes.setParticipationNotes(*id, QStringLiteral("  Came with her class  ")).ok());
        QCOMPARE(*AttendanceRoster::notesOf(db(), *id), QStringLiteral("Came with her class"));
        QVERIFY(changes.setParticipationNotes(*id, QStringLiteral("   ")).ok());
        QVERIFY(exec(q, QStringLiteral("SELECT notes IS NULL FROM participations WHERE id=?"), {*id}));
        QVERIFY(q.next() && q.value(0).toBool());
        LocalChanges reader(db(), sessionAs(Role::User), m_clock);
        QVERIFY(!reader.setParticipationNotes(*id, QStringLiteral("x")).ok());
        QVERIFY(!changes.setParticipationNotes(999999, QStringLiteral("x")).ok());
        QVERIFY(exec(q, QStringLiteral("SELECT count(*) FROM audit_log WHERE field='notes'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        // A note on a registered participation the org has: an update of Notes__c only.
        const auto other = AttendanceRoster::participationOf(
            db(), m_world.eventId, {ContactRef::Kind::Volunteer, m_world.rosterVolunteerIds.back()});
        QVERIFY(other.ok() && other->has_value());
        QVERIFY(changes.setParticipationNotes(**other, QStringLiteral("Needs parking")).ok());
        QVERIFY(exec(q,
                     QStringLiteral("SELECT operation, fields FROM outbox WHERE entity='participation' AND "
                                    "local_id=?"),
                     {**other}));
        QVERIFY(q.next());
        QVERIFY(q.value(1).toString().contains(QStringLiteral("Needs parking")));
        QVERIFY(!q.value(1).toString().contains(QStringLiteral("status")));
    }

    void typeAheadFindsRosterFirstThenEveryoneElse() {
        auto rows = AttendanceRoster::load(db(), m_world.eventId);
        QVERIFY(ContactSearch::matches(QStringLiteral("Ada"), QStringLiteral("Lovelace"), {},
                                       QStringLiteral("ada lo")));
        QVERIFY(ContactSearch::matches(QStringLiteral("José"), QStringLiteral("Núñez"), {},
                                       QStringLiteral("jose nu")));
        QVERIFY(!ContactSearch::matches(QStringLiteral("Ada"), QStringLiteral("Lovelace"), {},
                                        QStringLiteral("love ada x")));
        QVERIFY(!ContactSearch::matches(QStringLiteral("Ada"), QStringLiteral("Lovelace"), {},
                                        QStringLiteral("velace")));
        // "Kim Scholar" is a student of the school, not on the roster; "Sam" is a student on it.
        auto kim = ContactSearch::search(db(), *rows, QStringLiteral("kim sch"), 10);
        QVERIFY(kim.ok());
        QCOMPARE(kim->size(), size_t(1));
        QCOMPARE(kim->front().rosterIndex, -1);
        QVERIFY(kim->front().contact.kind == ContactRef::Kind::Student);
        auto sam = ContactSearch::search(db(), *rows, QStringLiteral("sam"), 10);
        QVERIFY(sam.ok() && !sam->empty());
        QVERIFY(sam->front().rosterIndex >= 0);
        // A name shared by roster and non-roster people: roster ones first.
        auto ada = ContactSearch::search(db(), *rows, QStringLiteral("ada"), 10);
        QVERIFY(ada.ok());
        QVERIFY(ada->size() >= 2);
        QVERIFY(ada->front().rosterIndex >= 0);
        QCOMPARE(ada->back().rosterIndex, -1);
        // LIKE wildcards typed by the user are literal.
        auto pct = ContactSearch::search(db(), *rows, QStringLiteral("%"), 10);
        QVERIFY(pct.ok() && pct->empty());
    }

    void importValidatesEveryRowAndWritesNothing() {
        const QString csv =
            QStringLiteral("contact_id,email,first_name,last_name,status,hours\r\n"
                           "003V00000000000AAA,,,,Attended,2\r\n"     // 2 ok by Salesforce Id
                           ",grace.hopper@example.org,,,No Show,\r\n" // 3 ok by email, raw spelling
                           ",,Sam,Student,attended,1.5\r\n"           // 4 ok by name (student)
                           ",,Nobody,Here,Attended,\r\n"              // 5 unknown person
                           "003V00000000000AAA,,,,Attended,\r\n"      // 6 duplicate of line 2
                           "s%1,,,,Maybe,\r\n"                        // 7 unknown status
                           "s%2,,,,Attended,25\r\n"                   // 8 hours out of range
                           "s%2,,,,Attended,two\r\n"                  // 9 hours not a number
                           ",,,,Attended,\r\n"                        // 10 nobody
                           "\"003V00000000003AAA\",,,,\"Attended\",\"1\",extra\r\n" // 11 too many fields
                           "\r\n")
                .arg(m_world.studentIds.at(1))
                .arg(m_world.studentIds.at(2));
        const qint64 outboxBefore = scalar(db(), QStringLiteral("SELECT count(*) FROM outbox"));
        const ImportPreview p = AttendanceImport::preview(db(), m_world.eventId, csv);
        QVERIFY2(p.fileError.isEmpty(), qPrintable(p.fileError));
        QCOMPARE(p.rows.size(), size_t(10));
        QCOMPARE(p.goodRows(), 3);
        const int expectedLines[] = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        for (size_t i = 0; i < p.rows.size(); ++i) {
            QCOMPARE(p.rows[i].line, expectedLines[i]);
            QCOMPARE(p.rows[i].ok, i < 3);
            QCOMPARE(p.rows[i].message.isEmpty(), i < 3); // a message on every rejected row
        }
        QVERIFY(p.rows[3].message.contains(QStringLiteral("Nobody Here")));
        QVERIFY(p.rows[4].message.contains(QStringLiteral("earlier line")));
        QVERIFY(p.rows[5].message.contains(QStringLiteral("Maybe")));
        QVERIFY(p.rows[6].message.contains(QStringLiteral("between 0 and 24")));
        QVERIFY(p.rows[7].message.contains(QStringLiteral("not a number")));
        QVERIFY(p.rows[9].message.contains(QStringLiteral("7 fields")));
        QCOMPARE(p.rows[1].mark.status, ParticipationStatus::NoShow);
        QCOMPARE(p.rows[2].mark.hours.value_or(-1), 1.5);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")),
                 outboxBefore); // nothing written

        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto ids = changes.setAttendanceBatch(p.goodMarks());
        QVERIFY(ids.ok());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 3);
    }

    void importRefusesAFileWithUnknownColumns() {
        const ImportPreview p =
            AttendanceImport::preview(db(), m_world.eventId, QStringLiteral("name,status\nAda,Attended\n"));
        QVERIFY(p.fileError.contains(QStringLiteral("'name'")));
        QVERIFY(p.rows.empty());
        QVERIFY(!AttendanceImport::preview(db(), m_world.eventId, QString()).fileError.isEmpty());
        QVERIFY(!AttendanceImport::preview(db(), m_world.eventId, QStringLiteral("email\nx@y\n"))
                     .fileError.isEmpty());
    }

    void csvParserHandlesQuotesAndNewlines() {
        const CsvText csv = Csv::parse(QStringLiteral("a,b\n\"x, \"\"y\"\"\",\"two\nlines\"\n\nlast,"));
        const auto& r = csv.records;
        QCOMPARE(r.size(), size_t(4));
        QCOMPARE(r[1].fields, (QStringList{QStringLiteral("x, \"y\""), QStringLiteral("two\nlines")}));
        QVERIFY(r[2].isBlank());
        QCOMPARE(r[3].line, 5);
        QCOMPARE(r[3].fields, (QStringList{QStringLiteral("last"), QString()}));
        QVERIFY(!csv.strict); // bare LFs
        QVERIFY(Csv::parse(QStringLiteral("a,\"b\r\nc\"\r\n")).strict);
        QCOMPARE(Csv::parse(QStringLiteral("a\n\"b,\nc")).unclosedQuoteLine, 2);
    }

    void offlineReadinessReportsWhatIsMissing() {
        auto ready = OfflineReadiness::check(db(), m_world.eventId, OrgMapping::loadDefault().value());
        QVERIFY(ready.ok());
        QVERIFY2(ready->ready(), qPrintable(ready->missing.join(u';')));
        QCOMPARE(ready->participants, 18);
        QCOMPARE(ready->students, 5);
        QCOMPARE(ready->classes, 1);
        QSqlQuery q(db());
        QVERIFY(exec(q, QStringLiteral("DELETE FROM classes")));
        QVERIFY(
            exec(q,
                 QStringLiteral("INSERT INTO participations(event_id,contact_sf_id,participant_type,status) "
                                "VALUES(?,'003X00000000009AAA','Volunteer','Registered')"),
                 {m_world.eventId}));
        auto missing = OfflineReadiness::check(db(), m_world.eventId, OrgMapping::loadDefault().value());
        QVERIFY(missing.ok());
        QVERIFY(!missing->ready());
        QCOMPARE(missing->contactsMissing, 1);
        QCOMPARE(missing->missing.size(), 2);
        auto none = OfflineReadiness::check(db(), 424242, OrgMapping::loadDefault().value());
        QVERIFY(none.ok() && !none->ready());
    }
};

QTEST_GUILESS_MAIN(TestAttendanceCore)
#include "tst_AttendanceCore.moc"
