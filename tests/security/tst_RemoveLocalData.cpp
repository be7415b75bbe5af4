// "Remove this computer's data" in the desktop program: the Admin's File menu action and the offer after
// Sign out. It says how many changes have not reached Salesforce, signs out, asks the program to quit,
// and then deletes the cache, logs, backups and the sign-in; saying no keeps everything.

#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/auth/AuthManager.h"
#include "core/auth/MemoryTokenStore.h"
#include "core/changes/LocalChanges.h"
#include "core/profile/Profile.h"
#include "tests/support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/auth/AccountButton.h"
#include "ui/auth/LocalDataRemoval.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>

using namespace vms;
using namespace vms::test;

class TestRemoveLocalData final : public QObject {
    Q_OBJECT

    std::unique_ptr<UiFixture> m_f;
    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<fakeforce::FakeNetworkAccessManager> m_nam;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<AuthManager> m_auth;

    void signIn(const QString& user) {
        auto tokens = OAuthTokens::fromJson(m_org->issueTokens(user).json, true);
        QVERIFY(tokens.ok());
        QVERIFY(m_auth
                    ->completeSignIn(*tokens, QUrl(QStringLiteral("https://login.salesforce.com")),
                                     QStringLiteral("client"))
                    .ok());
        m_f->context.session = m_auth->session();
    }

    void queueTwoChanges() {
        LocalChanges changes(m_f->db->connection(), m_auth->session(), m_f->clock);
        QVERIFY(changes.addVolunteer({QStringLiteral("Walk"), QStringLiteral("In"), {}, {}, {}}).ok());
        QVERIFY(changes.addVolunteer({QStringLiteral("Second"), QStringLiteral("Walker"), {}, {}, {}}).ok());
    }

    Profile profile() const { return Profile::openOrCreate(m_f->dir.path()).value(); }

private Q_SLOTS:
    void init() {
        m_f = std::make_unique<UiFixture>(Role::Admin);
        m_org = std::make_unique<fakeforce::Org>();
        m_nam = std::make_unique<fakeforce::FakeNetworkAccessManager>(m_org.get());
        m_store = std::make_unique<MemoryTokenStore>();
        m_auth = std::make_unique<AuthManager>(m_nam.get(), m_store.get(), profile().id(), m_f->db,
                                               OrgMapping::loadDefault().value());
    }
    void cleanup() {
        m_auth.reset();
        m_store.reset();
        m_nam.reset();
        m_org.reset();
        m_f.reset();
    }

    void adminRemovesFromTheFileMenu() {
        signIn(QStringLiteral("Alex Admin"));
        queueTwoChanges();
        QFile log(profile().logDirectory() + QStringLiteral("/vms.app.log"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.close();
        MainWindow window(m_f->context);
        window.follow(*m_auth);
        AccountButton* account = new AccountButton(*m_auth);
        window.setAccountWidget(account);
        LocalDataRemoval removal(window, account, *m_auth, *m_f->db, m_f->prompter);
        QSignalSpy quit(&removal, &LocalDataRemoval::quitRequested);
        auto* action = window.findChild<QAction*>(QStringLiteral("removeLocalDataAction"));
        QVERIFY(action && action->isVisible());

        m_f->prompter.answer = false;
        action->trigger();
        QCOMPARE(m_f->prompter.questions.size(), 1);
        QVERIFY2(m_f->prompter.questions.last().contains(u"2 change"),
                 qPrintable(m_f->prompter.questions.last()));
        QVERIFY(!removal.requested());
        QCOMPARE(quit.size(), 0);
        QVERIFY(m_auth->session().signedIn); // "no" changes nothing

        m_f->prompter.answer = true;
        action->trigger();
        QVERIFY(removal.requested());
        QCOMPARE(quit.size(), 1);
        QVERIFY(!m_auth->session().signedIn);
        QVERIFY(!m_store->load(profile().id()).value().has_value());

        const Profile folder = profile();
        const Status removed = removal.removeNow(folder, *m_store);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().message));
        QVERIFY(!QFile::exists(folder.databasePath()));
        QVERIFY(!QFile::exists(folder.logDirectory()));
        QVERIFY(QFile::exists(folder.settingsPath()));
    }

    void offeredAfterSignOutToAnyone() {
        signIn(QStringLiteral("Uma User"));
        MainWindow window(m_f->context);
        window.follow(*m_auth);
        AccountButton* account = new AccountButton(*m_auth);
        window.setAccountWidget(account);
        LocalDataRemoval removal(window, account, *m_auth, *m_f->db, m_f->prompter);
        // Not an Admin: no menu action, and a request that slips through is ignored.
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("removeLocalDataAction"))->isVisible());
        Q_EMIT window.removeLocalDataRequested();
        QVERIFY(m_f->prompter.questions.isEmpty());

        m_f->prompter.answer = false;
        account->findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
        QVERIFY(!m_auth->session().signedIn);
        QCOMPARE(m_f->prompter.questions.size(), 1);
        QVERIFY2(m_f->prompter.questions.last().contains(u"reached Salesforce"),
                 qPrintable(m_f->prompter.questions.last()));
        QVERIFY(!removal.requested());
        QVERIFY(removal.removeNow(profile(), *m_store).ok()); // not requested: nothing happens
        QVERIFY(QFile::exists(profile().databasePath()));
    }
};

QTEST_MAIN(TestRemoveLocalData)
#include "tst_RemoveLocalData.moc"
