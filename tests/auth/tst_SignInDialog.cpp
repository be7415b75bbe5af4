// The sign-in dialog and the account menu, offscreen, against the in-process fake org: host validation,
// a full sign-in with the test playing the browser, cancel while waiting, the "this run only" offer when
// the keychain is unusable, and Sign out from the account menu.

#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/auth/AuthManager.h"
#include "core/auth/MemoryTokenStore.h"
#include "core/db/Database.h"
#include "tests/support/UiTestSupport.h"
#include "ui/auth/AccountButton.h"
#include "ui/auth/SignInDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

class TestSignInDialog final : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<fakeforce::FakeNetworkAccessManager> m_nam;
    std::unique_ptr<MemoryTokenStore> m_store, m_runOnly;
    std::unique_ptr<AuthManager> m_auth;
    std::unique_ptr<QSettings> m_settings;

    // Plays the browser for an authorize URL: the org (in-process), then the loopback redirect.
    void playBrowser(const QUrl& url) {
        QNetworkRequest a(url);
        a.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* r1 = m_nam->get(a);
        QVERIFY(QTest::qWaitFor([r1] { return r1->isFinished(); }, 5000));
        QNetworkRequest b(QUrl::fromEncoded(r1->rawHeader("Location")));
        QNetworkReply* r2 = m_nam->get(b);
        QVERIFY(QTest::qWaitFor([r2] { return r2->isFinished(); }, 10000));
        r1->deleteLater();
        r2->deleteLater();
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = Database::open(m_dir->filePath(QStringLiteral("vms.sqlite"))).value();
        m_org = std::make_unique<fakeforce::Org>();
        m_nam = std::make_unique<fakeforce::FakeNetworkAccessManager>(m_org.get());
        m_store = std::make_unique<MemoryTokenStore>();
        m_runOnly = std::make_unique<MemoryTokenStore>();
        m_auth = std::make_unique<AuthManager>(m_nam.get(), m_store.get(), QStringLiteral("p"), m_db,
                                               OrgMapping::loadDefault().value());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        m_settings->setValue(QStringLiteral("auth/redirect_port"), s.serverPort());
        m_settings->setValue(QStringLiteral("auth/client_id"), QStringLiteral("vms-gui"));
    }
    void cleanup() {
        m_auth.reset();
        m_nam.reset();
        m_org.reset();
        m_db.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void hostChoiceIsValidated() {
        SignInDialog dialog(*m_auth, m_nam.get(), *m_settings);
        auto* host = find<QComboBox>(&dialog, "loginHostCombo");
        auto* domain = find<QLineEdit>(&dialog, "customDomainEdit");
        auto* button = find<QPushButton>(&dialog, "openBrowserButton");
        auto* error = find<QLabel>(&dialog, "signInErrorLabel");
        QVERIFY(host && domain && button && error);
        QCOMPARE(find<QLineEdit>(&dialog, "clientIdEdit")->text(), QStringLiteral("vms-gui"));
        QVERIFY(button->isEnabled());
        QCOMPARE(dialog.loginUrl(), QUrl(QStringLiteral("https://login.salesforce.com")));
        host->setCurrentIndex(1);
        QCOMPARE(dialog.loginUrl(), QUrl(QStringLiteral("https://test.salesforce.com")));
        host->setCurrentIndex(2);
        QVERIFY(domain->isEnabled());
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(domain, QStringLiteral("http://acme.example.com"));
        QVERIFY(!button->isEnabled());
        QVERIFY(error->text().contains(u"http://"));
        domain->clear();
        QTest::keyClicks(domain, QStringLiteral("acme.my.salesforce.com"));
        QVERIFY(button->isEnabled());
        QCOMPARE(dialog.loginUrl(), QUrl(QStringLiteral("https://acme.my.salesforce.com")));
        find<QLineEdit>(&dialog, "clientIdEdit")->clear();
        QVERIFY(!button->isEnabled());
    }

    void signInThroughTheBrowser() {
        QUrl opened;
        SignInDialog::Hooks hooks;
        hooks.openBrowser = [&opened](const QUrl& url) {
            opened = url;
            return true;
        };
        SignInDialog dialog(*m_auth, m_nam.get(), *m_settings, hooks);
        dialog.show();
        QTest::mouseClick(find<QPushButton>(&dialog, "openBrowserButton"), Qt::LeftButton);
        QVERIFY(dialog.isWaiting());
        QVERIFY(find<QLabel>(&dialog, "signInStatusLabel")->text().contains(u"Waiting"));
        QVERIFY(!opened.isEmpty());
        playBrowser(opened);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().userName, QStringLiteral("Jane Coordinator"));
        QVERIFY(m_auth->session().signedIn);
        QVERIFY(m_store->load(QStringLiteral("p")).value().has_value());

        AccountButton account(*m_auth);
        QCOMPARE(account.text(), QStringLiteral("Jane Coordinator"));
        auto* role = find<QAction>(&account, "accountRoleAction");
        QVERIFY(role && role->isVisible());
        QVERIFY(role->text().contains(u"Coordinator"));
        QVERIFY(find<QAction>(&account, "accountOrgAction")
                    ->text()
                    .contains(QString::fromLatin1(m_org->orgId())));
        find<QAction>(&account, "signOutAction")->trigger();
        QCOMPARE(account.text(), QStringLiteral("Not signed in"));
        QVERIFY(find<QAction>(&account, "signInAction")->isVisible());
        QVERIFY(!m_auth->session().signedIn);
        QCOMPARE(m_org->countRequests("POST", QStringLiteral("/services/oauth2/revoke")), 1);
    }

    // The host a sign-in used pre-fills the next person's sign-in, so it is kept only after the sign-in
    // succeeded, and only for an Admin (or on a profile nobody had signed into before).
    void loginHostIsRememberedOnlyAfterASuccessfulSignInByAnAdmin() {
        const auto signInWithSandbox = [&](const QString& user, bool finish) {
            QVERIFY(m_org->setSignInUser(user));
            QUrl opened;
            SignInDialog::Hooks hooks;
            hooks.openBrowser = [&opened](const QUrl& url) {
                opened = url;
                return true;
            };
            SignInDialog dialog(*m_auth, m_nam.get(), *m_settings, hooks);
            dialog.show();
            find<QComboBox>(&dialog, "loginHostCombo")->setCurrentIndex(1); // Sandbox
            find<QLineEdit>(&dialog, "clientIdEdit")->setText(QStringLiteral("someone-elses-app"));
            QTest::mouseClick(find<QPushButton>(&dialog, "openBrowserButton"), Qt::LeftButton);
            QVERIFY(dialog.isWaiting());
            if (!finish) {
                QTest::mouseClick(find<QPushButton>(&dialog, "cancelSignInButton"), Qt::LeftButton);
                QTRY_VERIFY(!dialog.isWaiting());
                return;
            }
            playBrowser(opened);
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(m_auth->signOut(true).ok());
        };
        const auto remembered = [&] {
            m_settings->sync();
            return ProfileSettings(*m_settings).loginHost().choice;
        };
        // Someone signed into this profile before (a Coordinator, now signed out).
        Session earlier;
        earlier.userName = QStringLiteral("Jane Coordinator");
        earlier.userId = QString::fromLatin1(m_org->userId(QStringLiteral("Jane Coordinator")));
        earlier.role = Role::Coordinator;
        QVERIFY(earlier.saveCached(m_db->connection()).ok());

        signInWithSandbox(QStringLiteral("Jane Coordinator"), false); // cancelled
        QCOMPARE(remembered(), LoginHostChoice::Production);
        QCOMPARE(ProfileSettings(*m_settings).clientId(), QStringLiteral("vms-gui"));
        signInWithSandbox(QStringLiteral("Jane Coordinator"), true); // signed in, but not an Admin
        QCOMPARE(remembered(), LoginHostChoice::Production);
        QCOMPARE(ProfileSettings(*m_settings).clientId(), QStringLiteral("vms-gui"));
        signInWithSandbox(QStringLiteral("Alex Admin"), true);
        QCOMPARE(remembered(), LoginHostChoice::Sandbox);
        QCOMPARE(ProfileSettings(*m_settings).clientId(), QStringLiteral("someone-elses-app"));
    }

    // On a profile nobody has signed into, the first sign-in sets it up, whatever the role.
    void firstSignInRemembersTheHost() {
        QUrl opened;
        SignInDialog::Hooks hooks;
        hooks.openBrowser = [&opened](const QUrl& url) {
            opened = url;
            return true;
        };
        SignInDialog dialog(*m_auth, m_nam.get(), *m_settings, hooks);
        dialog.show();
        find<QComboBox>(&dialog, "loginHostCombo")->setCurrentIndex(1);
        QTest::mouseClick(find<QPushButton>(&dialog, "openBrowserButton"), Qt::LeftButton);
        playBrowser(opened);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        m_settings->sync();
        QCOMPARE(ProfileSettings(*m_settings).loginHost().choice, LoginHostChoice::Sandbox);
    }

    void cancelWhileWaiting() {
        SignInDialog::Hooks hooks;
        hooks.openBrowser = [](const QUrl&) {
            return true;
        };
        SignInDialog dialog(*m_auth, m_nam.get(), *m_settings, hooks);
        dialog.show();
        QTest::mouseClick(find<QPushButton>(&dialog, "openBrowserButton"), Qt::LeftButton);
        QVERIFY(dialog.isWaiting());
        QTest::mouseClick(find<QPushButton>(&dialog, "cancelSignInButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isWaiting());
        QVERIFY(dialog.isVisible()); // back to the form; Cancel again closes
        QVERIFY(find<QPushButton>(&dialog, "openBrowserButton")->isEnabled());
        QVERIFY(!m_auth->session().signedIn);
        QTest::mouseClick(find<QPushButton>(&dialog, "cancelSignInButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void unusableKeychainOffersThisRunOnly() {
        m_store->setBroken(true);
        QString asked;
        bool switched = false;
        QUrl opened;
        SignInDialog::Hooks hooks;
        hooks.openBrowser = [&opened](const QUrl& url) {
            opened = url;
            return true;
        };
        hooks.askRunOnly = [&asked](const QString& why) {
            asked = why;
            return true;
        };
        hooks.useRunOnlyStore = [&] {
            switched = true;
            m_auth->setTokenStore(m_runOnly.get());
        };
        SignInDialog dialog(*m_auth, m_nam.get(), *m_settings, hooks);
        dialog.show();
        QTest::mouseClick(find<QPushButton>(&dialog, "openBrowserButton"), Qt::LeftButton);
        QVERIFY(!asked.isEmpty());
        QVERIFY(switched);
        playBrowser(opened);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_runOnly->load(QStringLiteral("p")).value().has_value());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_SignInDialog.moc"
