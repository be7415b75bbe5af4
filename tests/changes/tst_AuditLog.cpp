// The audit log (core/changes/AuditLog): rows written by the real change paths (LocalChanges, Conflicts),
// read back with each filter an Admin has (user, record by local, Salesforce or client id, date range, the
// newest N), exported as CSV, and refused to anyone but an Admin.

#include "core/changes/AuditLog.h"
#include "core/changes/LocalChanges.h"
#include "core/db/Database.h"
#include "core/sync/Conflicts.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

namespace {

QStringList fields(const std::vector<AuditEntry>& entries) {
    QStringList out;
    for (const AuditEntry& e : entries)
        out << e.field;
    return out;
}

} // namespace

class TestAuditLog final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_event = 0, m_ada = 0, m_grace = 0, m_walkIn = 0, m_participation = 0;
    QString m_walkInClientId;
    const Session m_admin = sessionAs(Role::Admin, QStringLiteral("Alex Admin"));

    QSqlDatabase db() { return m_db->connection(); }

    static QDateTime at(int day, int hour) {
        return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
    }

    std::vector<AuditEntry> query(const AuditFilter& filter) {
        auto r = AuditLog(db()).query(m_admin, filter);
        if (!r) {
            qWarning().noquote() << r.error().message;
            return {};
        }
        return *r;
    }

private Q_SLOTS:
    void initTestCase() {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(opened.ok());
        m_db = *opened;
        QSqlQuery q(db());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO events(sf_id,name,start_utc,end_utc,status) VALUES("
                           "'a01000000000001AAA','Career Day',1790000000000,1790007200000,'Confirmed')")));
        m_event = q.lastInsertId().toLongLong();
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO volunteers(sf_id,first_name,last_name,email,system_modstamp) "
                                  "VALUES('003000000000001AAA','Ada','Lovelace','ada@example.org',"
                                  "'2026-11-01T00:00:00.000Z')")));
        m_ada = q.lastInsertId().toLongLong();
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO volunteers(sf_id,first_name,last_name,system_modstamp) VALUES("
                                  "'003000000000003AAA','Grace','Hopper','2026-11-01T00:00:00.000Z')")));
        m_grace = q.lastInsertId().toLongLong();

        // Jane (a Coordinator) works on the 10th and the 12th, Alex (an Admin) on the 11th.
        FixedClock clock(at(10, 9));
        LocalChanges jane(db(), sessionAs(Role::Coordinator, QStringLiteral("Jane Coordinator")), clock);
        LocalChanges alex(db(), m_admin, clock);
        QVERIFY(jane.editVolunteer(m_ada, {{QStringLiteral("phone"), QStringLiteral("816-555-0100")}}).ok());
        clock.set(at(10, 10));
        auto mark = jane.setAttendance(
            {m_event, {ContactRef::Kind::Volunteer, m_grace}, ParticipationStatus::Attended, 2.0, false});
        QVERIFY(mark.ok());
        m_participation = *mark;
        clock.set(at(11, 9));
        QVERIFY(alex.editVolunteer(m_grace, {{QStringLiteral("title"), QStringLiteral("=Engineer")}}).ok());
        clock.set(at(12, 9));
        auto walkIn = jane.addVolunteer({QStringLiteral("Walk"), QStringLiteral("In"), {}, {}, {}});
        QVERIFY(walkIn.ok());
        m_walkIn = *walkIn;
        QVERIFY(q.exec(QStringLiteral("SELECT client_id FROM volunteers WHERE id=%1").arg(m_walkIn)) &&
                q.next());
        m_walkInClientId = q.value(0).toString();
        clock.set(at(12, 10));
        QVERIFY(jane.editVolunteer(m_ada, {{QStringLiteral("title"), QStringLiteral("Countess")}}).ok());
    }

    void everyChangeIsThereInOrder() {
        const auto all = query({});
        QCOMPARE(all.size(), size_t(5));
        QCOMPARE(fields(all),
                 (QStringList{QStringLiteral("phone"), QStringLiteral("status"), QStringLiteral("title"),
                              QStringLiteral("name"), QStringLiteral("title")}));
        const AuditEntry& first = all.front();
        QCOMPARE(first.at, at(10, 9));
        QCOMPARE(first.actor, QStringLiteral("Jane Coordinator"));
        QCOMPARE(first.entity, QStringLiteral("volunteer"));
        QCOMPARE(first.localId, m_ada);
        QCOMPARE(first.action, QStringLiteral("update"));
        QVERIFY(first.oldValue.isNull());
        QCOMPARE(first.newValue.toString(), QStringLiteral("816-555-0100"));
        QCOMPARE(first.recordSfId, QStringLiteral("003000000000001AAA"));
        // A record created here has no Salesforce Id yet.
        QCOMPARE(all.at(3).action, QStringLiteral("create"));
        QVERIFY(all.at(3).recordSfId.isEmpty());
    }

    void byUser() {
        QCOMPARE(query({QStringLiteral("alex admin"), {}, {}, {}, 0}).size(), size_t(1));
        QCOMPARE(query({QStringLiteral("Jane Coordinator"), {}, {}, {}, 0}).size(), size_t(4));
        QCOMPARE(query({QStringLiteral("Nobody"), {}, {}, {}, 0}).size(), size_t(0));
    }

    void byRecord() {
        // A Salesforce Id, in its 18- and 15-character forms.
        QCOMPARE(fields(query({{}, QStringLiteral("003000000000001AAA"), {}, {}, 0})),
                 (QStringList{QStringLiteral("phone"), QStringLiteral("title")}));
        QCOMPARE(query({{}, QStringLiteral("003000000000001"), {}, {}, 0}).size(), size_t(2));
        // A client id: the walk-in, before it ever reached Salesforce.
        const auto walkIn = query({{}, m_walkInClientId, {}, {}, 0});
        QCOMPARE(walkIn.size(), size_t(1));
        QCOMPARE(walkIn.front().localId, m_walkIn);
        // A local id names the record of every type with that id.
        for (const AuditEntry& e : query({{}, QString::number(m_grace), {}, {}, 0}))
            QCOMPARE(e.localId, m_grace);
        // A record nobody changed here has no entries; an id that names nothing is said so instead.
        auto untouched = AuditLog(db()).query(m_admin, {{}, QStringLiteral("a01000000000001AAA"), {}, {}, 0});
        QVERIFY(untouched.ok());
        QVERIFY(untouched->empty());
        auto unknown = AuditLog(db()).query(m_admin, {{}, QStringLiteral("003000000000099AAA"), {}, {}, 0});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::Usage);
        QVERIFY(unknown.error().message.contains(QStringLiteral("003000000000099AAA")));
    }

    void byDateRange() {
        QCOMPARE(query({{}, {}, at(11, 0), {}, 0}).size(), size_t(3));
        QCOMPARE(query({{}, {}, {}, at(11, 0), 0}).size(), size_t(2));
        const auto eleventh = query({{}, {}, at(11, 0), at(12, 0), 0});
        QCOMPARE(eleventh.size(), size_t(1));
        QCOMPARE(eleventh.front().actor, QStringLiteral("Alex Admin"));
        // The bounds are [from, to): an entry exactly at `to` belongs to the next range.
        QCOMPARE(query({{}, {}, at(10, 9), at(10, 10), 0}).size(), size_t(1));
        // Combined with a user and a record.
        QCOMPARE(
            query(
                {QStringLiteral("Jane Coordinator"), QStringLiteral("003000000000001AAA"), at(12, 0), {}, 0})
                .size(),
            size_t(1));
    }

    void newestN() {
        const auto two = query({{}, {}, {}, {}, 2});
        QCOMPARE(fields(two), (QStringList{QStringLiteral("name"), QStringLiteral("title")}));
        QCOMPARE(two.back().at, at(12, 10));
    }

    void onlyAnAdminReadsIt() {
        for (Role role : {Role::User, Role::Coordinator}) {
            auto r = AuditLog(db()).query(sessionAs(role, QStringLiteral("Someone")), {});
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, ErrorKind::Forbidden);
        }
        const QString path = m_dir.filePath(QStringLiteral("refused.csv"));
        QCOMPARE(AuditLog(db())
                     .exportCsv(sessionAs(Role::Coordinator, QStringLiteral("Jane")), {}, path)
                     .error()
                     .kind,
                 ErrorKind::Forbidden);
        QVERIFY(!QFile::exists(path));
    }

    void exportsCsv() {
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(AuditLog(db()).exportCsv(m_admin, {QStringLiteral("Alex Admin"), {}, {}, {}, 0}, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.at(0),
                 QByteArray(
                     "At (UTC),User,Action,Record type,Local id,Salesforce Id,Field,Old value,New value\r"));
        // A value a spreadsheet would run as a formula is defanged.
        QCOMPARE(lines.at(1), QByteArray("2026-11-11T09:00:00.000Z,Alex Admin,update,volunteer,") +
                                  QByteArray::number(m_grace) + ",003000000000003AAA,title,,'=Engineer\r");
        QCOMPARE(lines.size(), 3); // header, one row, and the empty tail after the last CRLF
    }

    void failedExportLeavesNoFile() {
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = blocker.fileName() + QStringLiteral("/audit.csv");
        auto r = AuditLog(db()).exportCsv(m_admin, {}, path);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("No file was written")));
        QVERIFY(!QFile::exists(path));
    }

    void conflictResolutionIsAudited() {
        // A conflict the push recorded on Ada's title; a Coordinator keeps the server's value.
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("INSERT INTO conflicts(entity,local_id,object,sf_id,field,column_name,local_value,"
                           "server_value,detected_at) VALUES('volunteer',?,'Contact','003000000000001AAA',"
                           "'Title','title','Countess','Mathematician','2026-11-13T00:00:00.000Z')"));
        q.addBindValue(m_ada);
        QVERIFY(q.exec());
        const qint64 conflict = q.lastInsertId().toLongLong();
        FixedClock clock(at(13, 9));
        Conflicts conflicts(db(), sessionAs(Role::Coordinator, QStringLiteral("Jane Coordinator")), clock);
        QVERIFY(conflicts.resolve(conflict, false).ok());
        const auto last = query({{}, {}, at(13, 0), {}, 0});
        QCOMPARE(last.size(), size_t(1));
        QCOMPARE(last.front().action, QStringLiteral("conflict-keep-server"));
        QCOMPARE(last.front().oldValue.toString(), QStringLiteral("Countess"));
        QCOMPARE(last.front().newValue.toString(), QStringLiteral("Mathematician"));
        QCOMPARE(last.front().localId, m_ada);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_AuditLog.moc"
