// The window follows the sign-in live (no restart): a sign-out, a new sign-in and a role the org changed
// enable and disable what the session may do, and show or hide the parts only some roles see. The real
// AuthManager against the fake org drives it, as in the desktop program.

#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/auth/AuthManager.h"
#include "core/auth/MemoryTokenStore.h"
#include "tests/support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/views/VolunteerPage.h"
#include "ui/views/VolunteersView.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

using namespace vms;
using namespace vms::test;

class TestLiveSession final : public QObject {
    Q_OBJECT

    std::unique_ptr<UiFixture> m_f;
    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<fakeforce::FakeNetworkAccessManager> m_nam;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<AuthManager> m_auth;

    Status signIn(const QString& user) {
        auto tokens = OAuthTokens::fromJson(m_org->issueTokens(user).json, true);
        if (!tokens)
            return tokens.error();
        auto s = m_auth->completeSignIn(tokens.value(), QUrl(QStringLiteral("https://login.salesforce.com")),
                                        QStringLiteral("client"));
        return s ? Status{} : Status(s.error());
    }

private Q_SLOTS:
    void init() {
        m_f = std::make_unique<UiFixture>(Role::Coordinator);
        m_org = std::make_unique<fakeforce::Org>();
        m_nam = std::make_unique<fakeforce::FakeNetworkAccessManager>(m_org.get());
        m_store = std::make_unique<MemoryTokenStore>();
        m_auth = std::make_unique<AuthManager>(m_nam.get(), m_store.get(), QStringLiteral("p"), m_f->db,
                                               OrgMapping::loadDefault().value());
        QVERIFY(signIn(QStringLiteral("Jane Coordinator")).ok());
        m_f->context.session = m_auth->session();
    }
    void cleanup() {
        m_auth.reset();
        m_store.reset();
        m_nam.reset();
        m_org.reset();
        m_f.reset();
    }

    void followsSignOutSignInAndRoleChanges() {
        MainWindow window(m_f->context);
        window.follow(*m_auth);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPageNamed(QStringLiteral("volunteer:1")));
        auto* newVolunteer = find<QAction>(window, "newVolunteerAction");
        auto* addButton = find<QPushButton>(window, "addVolunteerButton");
        auto* mark = find<QPushButton>(window, "markAttendedButton");
        auto* sheet = find<QPushButton>(window, "signInSheetButton");
        auto* remove = find<QAction>(window, "removeLocalDataAction");
        auto* demographics = find<QGroupBox>(window, "demographicsGroup");
        auto* edit = find<QPushButton>(window, "editVolunteerButton");
        QVERIFY(newVolunteer && addButton && mark && sheet && remove && demographics);

        // A Coordinator: writes and the sign-in sheet, demographics, no Admin action.
        QVERIFY(newVolunteer->isEnabled() && addButton->isEnabled() && mark->isEnabled() &&
                sheet->isEnabled());
        QVERIFY(demographics->isVisibleTo(&window));
        QVERIFY(!remove->isVisible());
        if (edit)
            QVERIFY(edit->isEnabled());

        // Signed out: nothing that writes or exports, and the window says why.
        QVERIFY(m_auth->signOut(true).ok());
        QVERIFY(!newVolunteer->isEnabled());
        QVERIFY(!addButton->isEnabled());
        QVERIFY(!mark->isEnabled());
        QVERIFY(!sheet->isEnabled());
        QVERIFY2(addButton->toolTip().contains(u"signed out", Qt::CaseInsensitive),
                 qPrintable(addButton->toolTip()));
        QVERIFY(!demographics->isVisibleTo(&window));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("signedInLabel"))->text(),
                 QStringLiteral("Not signed in"));
        if (edit)
            QVERIFY(!edit->isEnabled());

        // An Admin signs in: everything, and the Admin's action appears.
        QVERIFY(signIn(QStringLiteral("Alex Admin")).ok());
        QVERIFY(newVolunteer->isEnabled() && addButton->isEnabled() && mark->isEnabled() &&
                sheet->isEnabled());
        QVERIFY(remove->isVisible());
        QVERIFY(demographics->isVisibleTo(&window));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("signedInLabel"))->text().contains(u"Alex Admin"));

        // The org takes the Admin's permission sets away; the next role read (a sync) shows it at once.
        QVERIFY(m_org->setPermissionSets(QStringLiteral("Alex Admin"), {}));
        QCOMPARE(m_auth->fetchRole().value(), Role::User);
        QVERIFY(!newVolunteer->isEnabled());
        QVERIFY(!mark->isEnabled());
        QVERIFY(!sheet->isEnabled());
        QVERIFY(!remove->isVisible());
        QVERIFY(!demographics->isVisibleTo(&window));
        QVERIFY2(addButton->toolTip().contains(u"Coordinator"), qPrintable(addButton->toolTip()));
    }

    // Losing the sign-in while editing keeps what was typed: the edit stays open, its Save says why.
    void anEditInProgressSurvivesASignOut() {
        MainWindow window(m_f->context);
        window.follow(*m_auth);
        window.show();
        QVERIFY(window.showPageNamed(QStringLiteral("volunteer:1")));
        VolunteerPage* page = window.volunteersView()->page();
        page->startEditing();
        QVERIFY(page->isEditing());
        QVERIFY(m_auth->signOut(true).ok());
        QVERIFY(page->isEditing());
    }
};

QTEST_MAIN(TestLiveSession)
#include "tst_LiveSession.moc"
