#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/SyncTestSupport.h"
#include "ui/attendance/AttendanceView.h"
#include "ui/attendance/OfflineReadyDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vms;
using namespace vms::test;

// "Get ready for offline" after a real sync (issue #16, item 1): the check must read the sync's own record
// of the roster pull, so a laptop that has just synced is told it is ready.
class TestOfflineReadySync final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readyAfterARealSync() {
        QTemporaryDir dir;
        fakeforce::Org::Options o;
        o.scale = QStringLiteral("tiny");
        fakeforce::Org org(o);
        org.setClockFrozen(true);
        fakeforce::FakeNetworkAccessManager nam(&org);
        OrgTokenSource tokens(org);
        SalesforceClient client(&nam, QUrl(org.instanceUrl()), &tokens);
        auto opened = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(opened.ok());
        std::shared_ptr<Database> db = *opened;
        auto mapping = OrgMapping::loadDefault();
        QVERIFY(mapping.ok());
        const FixedClock clock{QDateTime::fromMSecsSinceEpoch(fakeforce::kDefaultNowMs, QTimeZone::utc())};
        Session coordinator;
        coordinator.signedIn = true;
        coordinator.userName = QStringLiteral("Jane Coordinator");
        coordinator.role = Role::Coordinator;
        {
            SyncEngine engine(db->connection(), client, *mapping, clock, coordinator);
            auto synced = engine.run({});
            QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));
        }
        QVERIFY(coordinator.saveCached(db->connection()).ok());

        // An upcoming event whose roster, people, school, classes and students all arrived.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral(
                "SELECT e.id FROM events e WHERE e.start_utc >= %1 AND EXISTS (SELECT 1 FROM participations "
                "p "
                "WHERE p.event_id = e.id) AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.event_id = "
                "e.id "
                "AND p.volunteer_id IS NULL AND p.student_id IS NULL AND p.teacher_id IS NULL) "
                "AND (e.school_sf_id IS NULL OR (EXISTS (SELECT 1 FROM classes c WHERE c.school_sf_id = "
                "e.school_sf_id) AND EXISTS (SELECT 1 FROM students s WHERE s.school_sf_id = "
                "e.school_sf_id))) "
                "ORDER BY e.start_utc LIMIT 1")
                .arg(fakeforce::kDefaultNowMs)));
        QVERIFY2(q.next(), "the tiny org has no upcoming event with a complete roster");
        const qint64 eventId = q.value(0).toLongLong();

        AttendanceView view(db, clock);
        view.setOrgMapping(*mapping);
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.setEvent(eventId));
        view.getReadyForOffline();
        QTRY_VERIFY(view.findChild<OfflineReadyDialog*>() != nullptr);
        auto* dialog = view.findChild<OfflineReadyDialog*>();
        // The screen's event is ticked already: press Check as the coordinator would.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("offlineCheckButton")),
                          Qt::LeftButton);
        auto* results = dialog->findChild<QTreeWidget*>(QStringLiteral("offlineResults"));
        QCOMPARE(results->topLevelItemCount(), 1);
        QVERIFY2(results->topLevelItem(0)->text(1) == QStringLiteral("Ready"),
                 qPrintable(results->topLevelItem(0)->text(2)));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("offlineSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Ready")));
    }
};

QTEST_MAIN(TestOfflineReadySync)
#include "tst_OfflineReadySync.moc"
