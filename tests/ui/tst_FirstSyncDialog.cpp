// The first sync's dialog (issue #18) against the fake org over loopback HTTP, every API call answered after
// 150 ms as a real org over the internet: the real SyncController on its worker thread, the real widgets.
#include "FakeHttpServer.h"
#include "Org.h"
#include "core/auth/AuthManager.h"
#include "core/auth/MemoryTokenStore.h"
#include "core/db/CacheStats.h"
#include "core/db/Database.h"
#include "core/sync/SyncController.h"
#include "tests/support/SyncTestSupport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/sync/FirstSyncDialog.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vms;
using namespace vms::test;

class TestFirstSyncDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsProgressCancelsAndResumesToTheWholeOrg() {
        QTemporaryDir dir;
        fakeforce::Org::Options o;
        o.scale = QStringLiteral("demo");
        fakeforce::Org org(o);
        org.setClockFrozen(true);
        fakeforce::FakeHttpServer server(&org);
        QVERIFY(server.listen(0));
        org.setLatencyMs(150);
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        std::shared_ptr<Database> database = *db;
        auto mapping = OrgMapping::loadDefault();
        QVERIFY(mapping.ok());
        QNetworkAccessManager nam;
        MemoryTokenStore store;
        AuthManager auth(&nam, &store, QStringLiteral("first"), database, *mapping);
        auto tokens = OAuthTokens::fromJson(org.issueTokens(QStringLiteral("Jane Coordinator")).json, true);
        QVERIFY(tokens.ok());
        QVERIFY(auth.completeSignIn(*tokens, QUrl(server.baseUrl()), QStringLiteral("client")).ok());
        SyncController sync(database, auth, *mapping);

        FirstSyncDialog dialog(sync);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* counts = find<QLabel>(dialog, "firstSyncCounts");
        auto* bar = find<QProgressBar>(dialog, "firstSyncProgress");
        auto* timeLeft = find<QLabel>(dialog, "firstSyncTimeLeft");
        auto* status = find<QLabel>(dialog, "firstSyncStatus");
        auto* cancel = find<QPushButton>(dialog, "firstSyncCancel");
        auto* resume = find<QPushButton>(dialog, "firstSyncResume");
        auto* close = find<QPushButton>(dialog, "firstSyncClose");
        QVERIFY(counts && bar && timeLeft && status && cancel && resume && close);
        QVERIFY(!resume->isEnabled());

        // Records come in: done of the org's total, and a bar that moves.
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, 30'000);
        QVERIFY2(counts->text().contains(QStringLiteral(" of ")), qPrintable(counts->text()));
        QVERIFY(!timeLeft->text().isEmpty());
        if (!qEnvironmentVariableIsEmpty("VMS_SCREENSHOT_DIR"))
            QVERIFY(dialog.grab().save(qEnvironmentVariable("VMS_SCREENSHOT_DIR") +
                                       QStringLiteral("/first-sync.png")));

        // Cancel: the sync stops part way, keeps what arrived, and offers Resume.
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 30'000);
        QVERIFY(!sync.busy());
        QVERIFY(!status->text().isEmpty());
        QVERIFY(bar->value() < bar->maximum());
        auto stats = readCacheStats(database->connection());
        QVERIFY(stats.ok());
        QVERIFY2(stats->lastSync.isEmpty(), "a cancelled first sync is not a completed one");
        QVERIFY(!test::compareCacheWithOrg(database->connection(), org, *mapping).isEmpty());

        // Resume: it carries on where it stopped and ends with the cache equal to the org.
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(close->text() == FirstSyncDialog::tr("Start working"), 60'000);
        QVERIFY(!resume->isEnabled());
        QCOMPARE(bar->value(), bar->maximum());
        const QStringList diffs = test::compareCacheWithOrg(database->connection(), org, *mapping);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));

        // Closing the dialog is not a cancel.
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestFirstSyncDialog)
#include "tst_FirstSyncDialog.moc"
