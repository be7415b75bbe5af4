#include "UiTestSupport.h"
#include "core/changes/LocalChanges.h"
#include "core/db/AuditLog.h"
#include "core/db/Meta.h"
#include "core/profile/Backup.h"
#include "core/profile/Profile.h"
#include "core/salesforce/OrgSetupCheck.h"
#include "ui/MainWindow.h"
#include "ui/admin/AdminView.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>

#include <nlohmann/json.hpp>

using namespace vms;
using namespace vms::test;

// Issue #20: the Admin page — shown to Admins only, following the session live; the audit log's filters;
// backups made and restored from it with queued changes kept; the org's setup check as the sync kept it.
class TestAdminPage final : public QObject {
    Q_OBJECT

    template <typename T>
    static T* find(QWidget& root, const char* name) {
        return root.findChild<T*>(QLatin1String(name));
    }

    static Session as(Role role) {
        Session s;
        s.signedIn = true;
        s.userName = QStringLiteral("Alex Admin");
        s.userId = QStringLiteral("005000000000002AAA");
        s.orgId = QStringLiteral("00D000000000001AAA");
        s.role = role;
        return s;
    }

    static void audit(QSqlDatabase db, const char* at, const char* actor, qint64 localId, const char* field) {
        AuditEntry e;
        e.at = QDateTime::fromString(QLatin1String(at), Qt::ISODate);
        e.actor = QLatin1String(actor);
        e.entity = QStringLiteral("volunteer");
        e.localId = localId;
        e.action = QStringLiteral("update");
        e.field = QLatin1String(field);
        e.oldValue = QStringLiteral("old");
        e.newValue = QStringLiteral("new");
        QVERIFY(AuditLog(db).append(e).ok());
    }

    // The Actor column of every row on screen, in order.
    static QStringList actors(QTableWidget* table) {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            out << table->item(r, 1)->text() + u':' + table->item(r, 4)->text();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void hiddenFromOtherRolesAndFollowsTheRoleLive() {
        UiFixture f(Role::User);
        MainWindow window(f.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* sidebar = find<QListWidget>(window, "navigationSidebar");
        QListWidgetItem* item = sidebar->item(static_cast<int>(MainWindow::Page::Admin));
        QCOMPARE(item->text(), QStringLiteral("Admin"));
        QAction* go = nullptr;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text() == u"Admin")
                go = a;
        QVERIFY(go);
        auto* pages = find<QStackedWidget>(window, "pages");

        // A User and a Coordinator: no Admin page at all, not even greyed out.
        QVERIFY(item->isHidden());
        QVERIFY(!go->isVisible());
        window.setSession(as(Role::Coordinator));
        QVERIFY(item->isHidden());
        QVERIFY(!go->isVisible());

        // An Admin: the page is there and opens.
        window.setSession(as(Role::Admin));
        QVERIFY(!item->isHidden());
        QVERIFY(go->isVisible());
        QVERIFY(window.showPageNamed(QStringLiteral("admin")));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("adminPage"));
        QVERIFY(find<QPushButton>(window, "fullResyncButton")->isVisible());

        // The role changes while the page is on screen: it goes, and Home takes its place.
        window.setSession(as(Role::Coordinator));
        QVERIFY(item->isHidden());
        QVERIFY(!go->isVisible());
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("homePage"));
        // Signed out: hidden too.
        Session out;
        window.setSession(out);
        QVERIFY(item->isHidden());
    }

    void auditViewerFilters() {
        UiFixture f(Role::Admin);
        f.context.session = as(Role::Admin);
        QSqlDatabase db = f.db->connection();
        audit(db, "2026-03-09T10:00:00Z", "Jane Coordinator", 1, "Phone");
        audit(db, "2026-03-01T10:00:00Z", "Alex Admin", 2, "Email");
        audit(db, "2026-03-08T10:00:00Z", "Jane Coordinator", 2, "Title");
        audit(db, "2026-01-15T10:00:00Z", "Jane Coordinator", 1, "Department"); // before the default range
        MainWindow window(f.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPageNamed(QStringLiteral("admin")));
        find<QTabWidget>(window, "adminTabs")->setCurrentIndex(1);
        auto* table = find<QTableWidget>(window, "auditTable");
        auto* user = find<QLineEdit>(window, "auditUserFilter");
        auto* record = find<QLineEdit>(window, "auditRecordFilter");
        auto* from = find<QDateEdit>(window, "auditFromDate");
        auto* to = find<QDateEdit>(window, "auditToDate");
        auto* show = find<QPushButton>(window, "auditApplyButton");
        QVERIFY(table && user && record && from && to && show);

        // The last 30 days, newest first.
        QTRY_COMPARE(actors(table), QStringList({QStringLiteral("Jane Coordinator:Phone"),
                                                 QStringLiteral("Jane Coordinator:Title"),
                                                 QStringLiteral("Alex Admin:Email")}));
        // By user (the name in any case), typed and Enter.
        QTest::keyClicks(user, QStringLiteral("jane coordinator"));
        QTest::keyClick(user, Qt::Key_Return);
        QTRY_COMPARE(actors(table), QStringList({QStringLiteral("Jane Coordinator:Phone"),
                                                 QStringLiteral("Jane Coordinator:Title")}));
        // And by record.
        record->setText(QStringLiteral("2"));
        QTest::mouseClick(show, Qt::LeftButton);
        QTRY_COMPARE(actors(table), QStringList({QStringLiteral("Jane Coordinator:Title")}));
        // A date range that reaches back to January, and a user cleared.
        user->clear();
        record->clear();
        from->setDate(QDate(2026, 1, 1));
        to->setDate(QDate(2026, 3, 1));
        QTest::mouseClick(show, Qt::LeftButton);
        QTRY_COMPARE(actors(table), QStringList({QStringLiteral("Alex Admin:Email"),
                                                 QStringLiteral("Jane Coordinator:Department")}));

        // Export: the rows shown, as CSV through the audit log's own export.
        const QString csv = f.dir.filePath(QStringLiteral("audit.csv"));
        window.adminView()->setSavePathHook([csv](QWidget*, const QString&) { return csv; });
        QTest::mouseClick(find<QPushButton>(window, "auditExportButton"), Qt::LeftButton);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"Department") && text.contains(u"Email") && !text.contains(u"Phone"),
                 qPrintable(text));
        QVERIFY(find<QLabel>(window, "auditStatus")->text().contains(u"Exported"));
    }

    void backupCreatedAndRestoredKeepsQueuedChanges() {
        auto f = std::make_unique<UiFixture>(Role::Admin);
        f->context.session = as(Role::Admin);
        QVERIFY(f->context.session.saveCached(f->db->connection()).ok());
        auto profile = Profile::openOrCreate(f->dir.path());
        QVERIFY(profile.ok());
        f->context.profile = &profile.value();
        auto walkIn = [&](const char* last) {
            return LocalChanges(f->db->connection(), f->context.session, f->clock)
                .addVolunteer({QStringLiteral("Walk"), QLatin1String(last), {}, {}, {}});
        };
        QVERIFY(walkIn("Before").ok());

        QString scheduled;
        {
            MainWindow window(f->context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.showPageNamed(QStringLiteral("admin")));
            find<QTabWidget>(window, "adminTabs")->setCurrentIndex(2);
            auto* list = find<QListWidget>(window, "backupList");
            QCOMPARE(list->count(), 0);
            QTest::mouseClick(find<QPushButton>(window, "backupCreateButton"), Qt::LeftButton);
            QTRY_COMPARE(list->count(), 1);
            QVERIFY(find<QLabel>(window, "backupStatus")->text().startsWith(u"Backup made"));

            // A change made after the copy: the restore must keep it.
            QVERIFY(walkIn("After").ok());
            auto* restore = find<QPushButton>(window, "backupRestoreButton");
            QVERIFY(!restore->isEnabled());
            list->setCurrentRow(0);
            QVERIFY(restore->isEnabled());

            // Asked first, saying what happens to the queued changes; "no" changes nothing.
            QSignalSpy quit(&window, &MainWindow::quitForRestoreRequested);
            f->prompter.answer = false;
            QTest::mouseClick(restore, Qt::LeftButton);
            QCOMPARE(f->prompter.questions.size(), 1);
            QVERIFY2(f->prompter.details.value(0).contains(u"(2 now)"),
                     qPrintable(f->prompter.details.value(0)));
            QCOMPARE(quit.size(), 0);
            QVERIFY(Backup::scheduledRestore(*profile).isEmpty());
            f->prompter.answer = true;
            QTest::mouseClick(restore, Qt::LeftButton);
            QCOMPARE(quit.size(), 1);
            scheduled = Backup::scheduledRestore(*profile);
            QCOMPARE(scheduled, list->item(0)->data(Qt::UserRole).toString());
        }
        // As the program does: closed, and at its next start the copy is restored before the cache opens.
        const FixedClock clock = f->clock;
        f->context.database.reset();
        f->db.reset();
        auto restored = Backup::runScheduledRestore(*profile, clock);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QVERIFY(restored->has_value());
        QCOMPARE((*restored)->keptQueuedChanges, 2);
        QVERIFY(Backup::scheduledRestore(*profile).isEmpty());
        auto reopened = Database::open(profile->databasePath());
        QVERIFY(reopened.ok());
        QSqlDatabase db = (*reopened)->connection();
        QCOMPARE(scalar(db, "SELECT count(*) FROM outbox"), 2);
        QCOMPARE(scalar(db, "SELECT count(*) FROM volunteers WHERE last_name IN ('Before','After')"), 2);
    }

    // What the sync's setup check found, shown offline with the API budget the last sync saw.
    void showsTheKeptSetupCheckAndApiBudget() {
        UiFixture f(Role::Admin);
        QSqlDatabase db = f.db->connection();
        OrgSetupReport report;
        report.checkedAt = QStringLiteral("2026-03-10T14:00:00.000Z");
        report.findings.push_back({SetupFinding::Kind::MissingField,
                                   QStringLiteral("Session__c"),
                                   QStringLiteral("VMS_Client_Id__c"),
                                   {},
                                   true});
        report.findings.push_back(
            {SetupFinding::Kind::MissingPermissionSet, {}, {}, QStringLiteral("VMS_Coordinator"), false});
        QVERIFY(OrgSetupCheck::store(db, report).ok());
        QVERIFY(Meta(db).set(MetaKey::ApiUsage, QStringLiteral("1234/15000")).ok());
        MainWindow window(f.context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPageNamed(QStringLiteral("admin")));
        auto* findings = find<QListWidget>(window, "setupFindings");
        QTRY_COMPARE(findings->count(), 2);
        QCOMPARE(findings->item(0)->text(), QStringLiteral("Session__c.VMS_Client_Id__c is missing"));
        QCOMPARE(findings->item(1)->text(),
                 QStringLiteral("The permission set VMS_Coordinator does not exist in the org"));
        QVERIFY2(find<QLabel>(window, "adminHealth")->text().contains(u"API budget: 1,234 of 15,000"),
                 qPrintable(find<QLabel>(window, "adminHealth")->text()));

        // A full resync's progress and cancel, as the sync controller reports them.
        QSignalSpy resync(&window, &MainWindow::fullResyncRequested);
        QSignalSpy cancel(&window, &MainWindow::syncCancelRequested);
        auto* resyncButton = find<QPushButton>(window, "fullResyncButton");
        auto* cancelButton = find<QPushButton>(window, "cancelSyncButton");
        QVERIFY(!cancelButton->isEnabled());
        QTest::mouseClick(resyncButton, Qt::LeftButton);
        QCOMPARE(resync.size(), 1);
        window.adminView()->setSyncState(true, QStringLiteral("Receiving volunteers: 10 of 20"));
        QVERIFY(!resyncButton->isEnabled() && cancelButton->isEnabled());
        QCOMPARE(find<QLabel>(window, "syncText")->text(), QStringLiteral("Receiving volunteers: 10 of 20"));
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QCOMPARE(cancel.size(), 1);
        window.adminView()->setSyncState(false, QStringLiteral("Sync cancelled."));
        QVERIFY(resyncButton->isEnabled() && !cancelButton->isEnabled());
    }

private:
    static qint64 scalar(QSqlDatabase db, const char* sql) {
        QSqlQuery q(db);
        return q.exec(QLatin1String(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    }
};

QTEST_MAIN(TestAdminPage)
#include "tst_AdminPage.moc"
