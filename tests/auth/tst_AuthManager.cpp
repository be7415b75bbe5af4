// AuthManager against the fake org with an in-memory token store: sign-in completion, role, refresh on
// expiry (once, shared), rotation, revocation, sign-out, a store that cannot keep secrets, and the role
// enforced by core's write operations.

#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/auth/AuthManager.h"
#include "core/auth/MemoryTokenStore.h"
#include "core/changes/LocalChanges.h"
#include "core/common/Clock.h"
#include "core/db/Database.h"
#include "core/db/Meta.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vms;
using namespace std::chrono_literals;

namespace {
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext& ctx, const QString& msg) {
    g_log << QString::fromLatin1(ctx.category ? ctx.category : "") + u' ' + msg;
}
} // namespace

class TestAuthManager final : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<fakeforce::FakeNetworkAccessManager> m_nam;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<AuthManager> m_auth;
    QList<QByteArray> m_secrets;

    const QString kProfile = QStringLiteral("profile-1");
    const QUrl kLogin = QUrl(QStringLiteral("https://login.salesforce.com"));

    std::unique_ptr<AuthManager> makeAuth() {
        AuthManager::Options o;
        o.client.baseBackoff = 1ms;
        o.client.maxBackoff = 2ms;
        return std::make_unique<AuthManager>(m_nam.get(), m_store.get(), kProfile, m_db,
                                             OrgMapping::loadDefault().value(), o);
    }

    Result<Session> signIn(const QString& user) {
        const auto issued = m_org->issueTokens(user);
        m_secrets << issued.accessToken << issued.refreshToken;
        auto tokens = OAuthTokens::fromJson(issued.json, true);
        if (!tokens)
            return tokens.error();
        return m_auth->completeSignIn(tokens.value(), kLogin, QStringLiteral("client"));
    }

    Status someQuery() {
        auto r = m_auth->client().query(QStringLiteral("SELECT Id FROM Account LIMIT 1"), {});
        return r ? Status{} : Status(r.error());
    }

    int tokenPosts() const { return m_org->countRequests("POST", QStringLiteral("/services/oauth2/token")); }
    int revokes() const { return m_org->countRequests("POST", QStringLiteral("/services/oauth2/revoke")); }

    // Whether the org still honours this refresh token (a refresh_token grant straight at the fake).
    bool orgAcceptsRefreshToken(const QByteArray& token) {
        QNetworkRequest req(QUrl(QStringLiteral("https://login.salesforce.com/services/oauth2/token")));
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* r = m_nam->post(req, "grant_type=refresh_token&client_id=client&refresh_token=" +
                                                QUrl::toPercentEncoding(QString::fromLatin1(token)));
        if (!QTest::qWaitFor([r] { return r->isFinished(); }, 5000))
            return false;
        r->deleteLater();
        return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    }

private Q_SLOTS:
    void initTestCase() {
        QLoggingCategory::setFilterRules(QStringLiteral("vms.*=true"));
        qInstallMessageHandler(capture);
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = Database::open(m_dir->filePath(QStringLiteral("vms.sqlite"))).value();
        m_org = std::make_unique<fakeforce::Org>();
        m_nam = std::make_unique<fakeforce::FakeNetworkAccessManager>(m_org.get());
        m_store = std::make_unique<MemoryTokenStore>();
        m_auth = makeAuth();
        m_secrets.clear();
    }

    void cleanup() {
        m_auth.reset();
        for (const QString& line : std::as_const(g_log))
            for (const QByteArray& secret : std::as_const(m_secrets))
                QVERIFY2(!line.contains(QString::fromLatin1(secret)), qPrintable(line));
        g_log.clear();
        m_nam.reset();
        m_org.reset();
        m_db.reset();
        m_dir.reset();
    }

    void signInStoresCredentialsAndCachesSession() {
        QSignalSpy signedIn(m_auth.get(), &AuthManager::signedIn);
        auto s = signIn(QStringLiteral("Jane Coordinator"));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s->userName, QStringLiteral("Jane Coordinator"));
        QCOMPARE(s->role, Role::Coordinator);
        QCOMPARE(signedIn.size(), 1);
        const Session cached = Session::loadCached(m_db->connection());
        QVERIFY(cached.signedIn);
        QCOMPARE(cached.userId.toLatin1(), m_org->userId(QStringLiteral("Jane Coordinator")));
        QCOMPARE(cached.orgId.toLatin1(), m_org->orgId());
        QCOMPARE(cached.role, Role::Coordinator);
        auto stored = m_store->load(kProfile);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->refreshToken, m_secrets.at(1));
        // The access token is never stored.
        QVERIFY(!(*stored)->toJson().contains(m_secrets.at(0)));
        QCOMPARE(m_org->countRequests("GET", QStringLiteral("/query")), 1); // the role query
    }

    void roleComesFromPermissionSets() {
        QCOMPARE(signIn(QStringLiteral("Alex Admin"))->role, Role::Admin);
        QCOMPARE(signIn(QStringLiteral("Uma User"))->role, Role::User);
        QVERIFY(m_org->setPermissionSets(QStringLiteral("Uma User"), {QStringLiteral("VMS_Coordinator")}));
        auto r = m_auth->fetchRole();
        QVERIFY(r.ok());
        QCOMPARE(r.value(), Role::Coordinator);
        QCOMPARE(Session::loadCached(m_db->connection()).role, Role::Coordinator);
    }

    void expiredAccessTokenIsRefreshedOnceAndReplayed() {
        QVERIFY(signIn(QStringLiteral("Jane Coordinator")).ok());
        m_org->clearRequestLog();
        m_org->expireAccessTokens();
        int done = 0, ok = 0;
        for (int i = 0; i < 3; ++i) {
            SfRequest req;
            req.path = m_auth->client().dataPath() + QStringLiteral("/query");
            req.query = {{QStringLiteral("q"), QStringLiteral("SELECT Id FROM Account LIMIT 1")}};
            m_auth->client().sendAsync(req, {}, [&](Result<SfResponse> r) {
                ++done;
                ok += r.ok() ? 1 : 0;
            });
        }
        QTRY_COMPARE(done, 3);
        QCOMPARE(ok, 3);
        QCOMPARE(tokenPosts(), 1);
        QCOMPARE(m_org->countRequests("GET", QStringLiteral("/query")), 6);
    }

    void newProcessRestoresFromTheStore() {
        QVERIFY(signIn(QStringLiteral("Jane Coordinator")).ok());
        m_auth = makeAuth(); // as a new run: nothing in memory
        QVERIFY(m_auth->tokens().accessToken().isEmpty());
        auto restored = m_auth->restore();
        QVERIFY(restored.ok() && restored.value());
        m_org->clearRequestLog();
        QVERIFY(someQuery().ok());
        QCOMPARE(tokenPosts(), 1);
        QVERIFY(!m_auth->tokens().accessToken().isEmpty());
    }

    void rotatedRefreshTokenIsKept() {
        QVERIFY(signIn(QStringLiteral("Jane Coordinator")).ok());
        const QByteArray first = m_secrets.at(1);
        m_org->setRotateRefreshTokens(true);
        m_org->expireAccessTokens();
        QVERIFY(someQuery().ok());
        const QByteArray newest = m_store->load(kProfile).value()->refreshToken;
        m_secrets << newest << m_auth->tokens().accessToken();
        QVERIFY(newest != first);
        QVERIFY(!orgAcceptsRefreshToken(first)); // rotation voided the old one
        // A new run signs in silently with the kept token.
        m_auth = makeAuth();
        QVERIFY(m_auth->restore().value());
        QVERIFY(someQuery().ok());
    }

    void revokedRefreshTokenSignsOutCleanly() {
        QVERIFY(signIn(QStringLiteral("Jane Coordinator")).ok());
        // Local data that must survive the sign-out.
        QVERIFY(Meta(m_db->connection()).set(MetaKey::LastSync, QStringLiteral("2026-11-01T00:00:00Z")).ok());
        QNetworkRequest req(QUrl(QStringLiteral("https://login.salesforce.com/services/oauth2/revoke")));
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* r =
            m_nam->post(req, "token=" + QUrl::toPercentEncoding(QString::fromLatin1(m_secrets.at(1))));
        QTRY_VERIFY(r->isFinished());
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        r->deleteLater();

        QSignalSpy signedOut(m_auth.get(), &AuthManager::signedOut);
        m_auth->tokens().forgetAccessToken();
        const Status s = someQuery();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Auth);
        QCOMPARE(exitCodeFor(s.error().kind), 5);
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!m_auth->hasCredentials());
        QVERIFY(!m_store->load(kProfile).value().has_value());
        const Session cached = Session::loadCached(m_db->connection());
        QVERIFY(!cached.signedIn);
        QCOMPARE(cached.userName, QStringLiteral("Jane Coordinator")); // who it was stays for display
        QCOMPARE(Meta(m_db->connection()).get(MetaKey::LastSync), QStringLiteral("2026-11-01T00:00:00Z"));
    }

    // The sync reads the role at its start and caches it; a sign-out made while it was being read must
    // stand (issue #13: a sync that finished after a sign-out marked the profile signed in again).
    void roleReadDuringASyncNeverUndoesASignOut() {
        auto s = signIn(QStringLiteral("Jane Coordinator"));
        QVERIFY(s.ok());
        const Session atStart = m_auth->session(); // what the sync worker holds
        auto role = AuthManager::roleFor(m_auth->client(), OrgMapping::builtIn(), atStart.userId);
        QVERIFY(role.ok());
        QVERIFY(m_auth->signOut(false).ok()); // meanwhile, in the window
        QVERIFY(Session::updateCachedRole(m_db->connection(), atStart.userId, Role::Admin).ok());
        const Session after = Session::loadCached(m_db->connection());
        QVERIFY(!after.signedIn);
        QCOMPARE(after.role, Role::User); // the sign-out cleared the role; the late read put none back
        // Signed in, the role read is cached.
        QVERIFY(signIn(QStringLiteral("Jane Coordinator")).ok());
        QVERIFY(Session::updateCachedRole(m_db->connection(), atStart.userId, Role::Admin).ok());
        QCOMPARE(Session::loadCached(m_db->connection()).role, Role::Admin);
        QVERIFY(Session::loadCached(m_db->connection()).signedIn);
        // Another user's role never lands on this one.
        QVERIFY(
            Session::updateCachedRole(m_db->connection(), QStringLiteral("005000000000999AAA"), Role::User)
                .ok());
        QCOMPARE(Session::loadCached(m_db->connection()).role, Role::Admin);
    }

    void signOutRevokesAtTheOrg() {
        QVERIFY(signIn(QStringLiteral("Jane Coordinator")).ok());
        QVERIFY(m_auth->signOut(true).ok());
        QCOMPARE(revokes(), 1);
        QVERIFY(!orgAcceptsRefreshToken(m_secrets.at(1)));
        QVERIFY(!m_store->load(kProfile).value().has_value());
        QVERIFY(!Session::loadCached(m_db->connection()).signedIn);
        QVERIFY(m_auth->tokens().accessToken().isEmpty());
    }

    void unusableStoreKeepsNothing() {
        m_store->setBroken(true);
        auto s = signIn(QStringLiteral("Jane Coordinator"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Keychain);
        QCOMPARE(exitCodeFor(s.error().kind), 7);
        QVERIFY(!m_auth->hasCredentials());
        QVERIFY(m_auth->tokens().accessToken().isEmpty());
        QVERIFY(!Session::loadCached(m_db->connection()).signedIn);
        QCOMPARE(revokes(), 1); // the org forgets this sign-in too
        QVERIFY(!orgAcceptsRefreshToken(m_secrets.at(1)));
    }

    void userRoleIsRefusedWritesInCore() {
        auto s = signIn(QStringLiteral("Uma User"));
        QVERIFY(s.ok());
        QCOMPARE(s->role, Role::User);
        SystemClock clock;
        LocalChanges changes(m_db->connection(), Session::loadCached(m_db->connection()), clock);
        NewVolunteer v;
        v.firstName = QStringLiteral("Walk");
        v.lastName = QStringLiteral("In");
        auto added = changes.addVolunteer(v);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, ErrorKind::Forbidden);
        QCOMPARE(exitCodeFor(added.error().kind), 6);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM volunteers")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // The same operation as a Coordinator goes through: the refusal was the role, not the data.
        QVERIFY(m_org->setPermissionSets(QStringLiteral("Uma User"), {QStringLiteral("VMS_Coordinator")}));
        QCOMPARE(m_auth->fetchRole().value(), Role::Coordinator);
        LocalChanges asCoordinator(m_db->connection(), Session::loadCached(m_db->connection()), clock);
        QVERIFY(asCoordinator.addVolunteer(v).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuthManager)
#include "tst_AuthManager.moc"
