#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/changes/LocalChanges.h"
#include "core/db/CacheStats.h"
#include "core/salesforce/AccessTokenSource.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/sync/ProblemsDialog.h"
#include "ui/views/HomeView.h"
#include "ui/views/VolunteerPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>

using namespace vms;
using namespace vms::test;

namespace {

class FixedToken final : public AccessTokenSource {
public:
    explicit FixedToken(QByteArray token)
        : m_token(std::move(token)) {}
    QByteArray accessToken() const override { return m_token; }
    void refreshAccessToken(const QByteArray&, QObject* context, RefreshCallback done) override {
        const QByteArray t = m_token;
        QTimer::singleShot(0, context, [done, t] { done(t); });
    }

private:
    QByteArray m_token;
};

} // namespace

// Failure 4 of issue #13, in the window: a walk-in the org refuses (an 86-character last name; LastName
// holds 80) must show up as a sync problem on Home, in the Sync problems dialog with the org's message
// and field and a way to open the record, and on the volunteer's page; never "No sync problems".
class TestRefusedChanges final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusedWalkInIsAProblemEverywhere() {
        UiFixture f;
        fakeforce::Org org;
        fakeforce::FakeNetworkAccessManager nam(&org);
        FixedToken token(org.issueTokens().accessToken);
        SalesforceClientOptions options;
        options.baseBackoff = std::chrono::milliseconds(1);
        SalesforceClient client(&nam, QUrl(org.instanceUrl()), &token, options);

        LocalChanges changes(f.db->connection(), f.context.session, f.clock);
        auto walkIn = changes.addVolunteer({QStringLiteral("Long"), QString(86, u'x'), {}, {}, {}});
        QVERIFY(walkIn.ok());
        SyncSummary summary;
        SyncEngine engine(f.db->connection(), client, OrgMapping::builtIn(), f.clock, f.context.session);
        QVERIFY(engine.push(summary, {}, {}).ok());
        QCOMPARE(summary.failed(), 1);

        auto stats = readCacheStats(f.db->connection());
        QVERIFY(stats.ok());
        QCOMPARE(stats->failedChanges, 1);
        QCOMPARE(stats->problems(), 1);

        MainWindow w(f.context);
        w.show();
        QTRY_VERIFY(w.homeView()->isLoaded());
        auto* problems = w.findChild<QLabel*>(QStringLiteral("homeSyncProblems"));
        QVERIFY(problems);
        QVERIFY2(problems->text().contains(QStringLiteral("1 change(s) refused")),
                 qPrintable(problems->text()));

        ProblemsDialog dialog(f.db, f.context.session, f.clock);
        auto* refused = dialog.findChild<QTableWidget*>(QStringLiteral("refusedTable"));
        QVERIFY(refused);
        QCOMPARE(refused->rowCount(), 1);
        QVERIFY(refused->item(0, 0)->text().contains(QStringLiteral("Long")));
        QCOMPARE(refused->item(0, 1)->text(), QStringLiteral("LastName"));
        QVERIFY2(refused->item(0, 2)->text().contains(QStringLiteral("STRING_TOO_LONG")),
                 qPrintable(refused->item(0, 2)->text()));
        auto* open = dialog.findChild<QPushButton*>(QStringLiteral("openRecordButton"));
        QVERIFY(open && open->isEnabled());
        QSignalSpy requested(&dialog, &ProblemsDialog::recordRequested);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const QString page = requested.front().front().toString();
        QCOMPARE(page, QStringLiteral("volunteer:%1").arg(*walkIn));

        // The record's page says so too.
        QVERIFY(w.showPageNamed(page));
        auto* refusal = w.findChild<QLabel*>(QStringLiteral("volunteerRefusal"));
        QVERIFY(refusal);
        QTRY_VERIFY(refusal->isVisible());
        QVERIFY(refusal->text().contains(QStringLiteral("LastName")));

        // It is fixed where it is shown: a walk-in Salesforce does not have yet can be renamed.
        auto* volunteerPage = w.findChild<VolunteerPage*>();
        QVERIFY(volunteerPage);
        volunteerPage->startEditing();
        auto* lastName = w.findChild<QLineEdit*>(QStringLiteral("volunteerField_last_name"));
        QVERIFY(lastName && lastName->isVisible() && !lastName->isReadOnly());
        lastName->setText(QStringLiteral("Shortened"));
        QVERIFY(volunteerPage->save());
        QTRY_VERIFY(!refusal->isVisible());
        QCOMPARE(readCacheStats(f.db->connection())->problems(), 0);
        SyncSummary again;
        QVERIFY(engine.push(again, {}, {}).ok());
        QCOMPARE(again.entities[QStringLiteral("volunteer")].pushed, 1);
        // Now in Salesforce: the name rows are gone from the form.
        QVERIFY(w.showPageNamed(page));
        QTRY_VERIFY(!w.findChild<QLineEdit*>(QStringLiteral("volunteerField_last_name"))->isVisible());
    }
};

QTEST_MAIN(TestRefusedChanges)
#include "tst_RefusedChanges.moc"
