#include "core/common/Clock.h"
#include "core/db/Database.h"
#include "core/sync/Conflicts.h"
#include "tests/support/TestSupport.h"
#include "ui/sync/ProblemsDialog.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

class TestProblemsDialog final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC)};

private Q_SLOTS:
    void init() {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++n)));
        QVERIFY(db.ok());
        m_db = *db;
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO volunteers(sf_id,first_name,last_name,title,pending) VALUES"
                                  "('003000000000001AAA','Ada','Lovelace','Local Title',1)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO outbox(created_at,entity,local_id,operation,fields,base,state) VALUES"
                           "('2026-11-24T00:00:00Z','volunteer',1,'update','{\"title\":\"Local Title\"}',"
                           "'{\"title\":\"Server Title\"}','conflict')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO conflicts(entity,local_id,object,sf_id,field,column_name,local_value,"
                           "server_value,detected_at,outbox_id) VALUES('volunteer',1,'Contact',"
                           "'003000000000001AAA','Title','title','Local Title','Server Title',"
                           "'2026-11-24T00:00:00Z',1)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO sync_issues(entity,sf_id,code,message,payload,first_seen,last_seen) "
                           "VALUES('participation','a0C000000000001AAA','PARENT_NOT_LOCAL',"
                           "'Its event is not in the local cache yet.','{}','x','x')")));
    }

    void listsConflictsAndWaitingRecords() {
        ProblemsDialog dialog(m_db, sessionAs(Role::Coordinator), m_clock);
        auto* conflicts = dialog.findChild<QTableWidget*>(QStringLiteral("conflictsTable"));
        auto* issues = dialog.findChild<QTableWidget*>(QStringLiteral("syncIssuesTable"));
        QVERIFY(conflicts && issues);
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(conflicts->item(0, 2)->text(), QStringLiteral("Local Title"));
        QCOMPARE(conflicts->item(0, 3)->text(), QStringLiteral("Server Title"));
        QCOMPARE(issues->rowCount(), 1);
        QVERIFY(issues->item(0, 2)->text().contains(QStringLiteral("not in the local cache")));
    }

    void coordinatorKeepsServerValue() {
        ProblemsDialog dialog(m_db, sessionAs(Role::Coordinator), m_clock);
        dialog.show();
        auto* keepServer = dialog.findChild<QPushButton*>(QStringLiteral("keepServerButton"));
        QVERIFY(keepServer && keepServer->isEnabled());
        QTest::mouseClick(keepServer, Qt::LeftButton);
        QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("conflictsTable"))->rowCount(), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT title, pending FROM volunteers WHERE id=1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Server Title"));
        QCOMPARE(q.value(1).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void userCannotResolve() {
        ProblemsDialog dialog(m_db, sessionAs(Role::User), m_clock);
        auto* keepLocal = dialog.findChild<QPushButton*>(QStringLiteral("keepLocalButton"));
        QVERIFY(keepLocal);
        QVERIFY(!keepLocal->isEnabled());
        QVERIFY(keepLocal->toolTip().contains(QStringLiteral("Coordinator")));
    }
};

QTEST_MAIN(TestProblemsDialog)
#include "tst_ProblemsDialog.moc"
