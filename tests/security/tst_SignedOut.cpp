// Signed out means no writes and no exports (cli.md: exit 5, nothing queued), whatever role the profile
// had; the role goes with the sign-in and comes back from the org at the next sign-in. Being offline is
// not being signed out: a signed-in session with no network still writes.

#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/auth/AuthManager.h"
#include "core/auth/MemoryTokenStore.h"
#include "core/changes/LocalChanges.h"
#include "core/common/Clock.h"
#include "core/db/Database.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/ReportEngine.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/XlsxWriter.h"

#include <QFile>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vms;
using namespace std::chrono_literals;

class TestSignedOut final : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<fakeforce::FakeNetworkAccessManager> m_nam;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<AuthManager> m_auth;
    SystemClock m_clock;

    Result<Session> signIn(const QString& user) {
        auto tokens = OAuthTokens::fromJson(m_org->issueTokens(user).json, true);
        if (!tokens)
            return tokens.error();
        return m_auth->completeSignIn(tokens.value(), QUrl(QStringLiteral("https://login.salesforce.com")),
                                      QStringLiteral("client"));
    }

    int outbox() const {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next() ? q.value(0).toInt() : -1;
    }

    static NewVolunteer walkIn() { return {QStringLiteral("Walk"), QStringLiteral("In"), {}, {}, {}}; }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = Database::open(m_dir->filePath(QStringLiteral("vms.sqlite"))).value();
        m_org = std::make_unique<fakeforce::Org>();
        m_nam = std::make_unique<fakeforce::FakeNetworkAccessManager>(m_org.get());
        m_store = std::make_unique<MemoryTokenStore>();
        AuthManager::Options o;
        o.client.baseBackoff = 1ms;
        o.client.maxBackoff = 2ms;
        m_auth = std::make_unique<AuthManager>(m_nam.get(), m_store.get(), QStringLiteral("p"), m_db,
                                               OrgMapping::loadDefault().value(), o);
    }
    void cleanup() {
        m_auth.reset();
        m_store.reset();
        m_nam.reset();
        m_org.reset();
        m_db.reset();
        m_dir.reset();
    }

    void requireRefusesEverythingButReadingWhenSignedOut_data() {
        QTest::addColumn<int>("permission");
        QTest::newRow("write records") << int(Permission::WriteRecords);
        QTest::newRow("write attendance") << int(Permission::WriteAttendance);
        QTest::newRow("resolve conflicts") << int(Permission::ResolveConflicts);
        QTest::newRow("export aggregate") << int(Permission::ExportAggregate);
        QTest::newRow("export full") << int(Permission::ExportFull);
        QTest::newRow("export personal") << int(Permission::ExportPersonal);
        QTest::newRow("administer") << int(Permission::Administer);
    }
    void requireRefusesEverythingButReadingWhenSignedOut() {
        QFETCH(int, permission);
        Session s;
        s.role = Role::Admin; // a role left behind must not count
        s.signedIn = false;
        const Status refused = s.require(static_cast<Permission>(permission));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Auth);
        QCOMPARE(exitCodeFor(refused.error().kind), 5);
        s.signedIn = true;
        QVERIFY(s.require(static_cast<Permission>(permission)).ok());
    }

    void signOutForgetsTheRole() {
        QVERIFY(signIn(QStringLiteral("Alex Admin")).ok());
        QCOMPARE(Session::loadCached(m_db->connection()).role, Role::Admin);
        QVERIFY(m_auth->signOut(true).ok());
        const Session after = Session::loadCached(m_db->connection());
        QVERIFY(!after.signedIn);
        QCOMPARE(after.role, Role::User);
        QVERIFY(!after.require(Permission::WriteAttendance).ok());
    }

    void writesAfterSignOutQueueNothing() {
        QVERIFY(signIn(QStringLiteral("Jane Coordinator")).ok());
        QVERIFY(m_auth->signOut(true).ok());
        LocalChanges changes(m_db->connection(), Session::loadCached(m_db->connection()), m_clock);
        auto id = changes.addVolunteer(walkIn());
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, ErrorKind::Auth);
        QCOMPARE(outbox(), 0);
    }

    // The org refusing the refresh token (revoked, expired) signs out in the same way.
    void revokedSignInForgetsTheRoleToo() {
        QVERIFY(signIn(QStringLiteral("Alex Admin")).ok());
        const auto creds = m_auth->tokens().credentials();
        QVERIFY(creds.has_value());
        QNetworkRequest req(QUrl(QStringLiteral("https://login.salesforce.com/services/oauth2/revoke")));
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* r =
            m_nam->post(req, "token=" + QUrl::toPercentEncoding(QString::fromLatin1(creds->refreshToken)));
        QTRY_VERIFY(r->isFinished());
        r->deleteLater();
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        m_auth->tokens().forgetAccessToken();
        QCOMPARE(m_auth->fetchRole().error().kind, ErrorKind::Auth);
        const Session after = Session::loadCached(m_db->connection());
        QVERIFY(!after.signedIn);
        QCOMPARE(after.role, Role::User);
    }

    void offlineIsNotSignedOut() {
        QVERIFY(signIn(QStringLiteral("Jane Coordinator")).ok());
        m_nam.reset(); // no org any more; the session is still signed in
        LocalChanges changes(m_db->connection(), Session::loadCached(m_db->connection()), m_clock);
        QVERIFY(changes.addVolunteer(walkIn()).ok());
        QCOMPARE(outbox(), 1);
    }

    void exportsAfterSignOutWriteNoFile() {
        QVERIFY(signIn(QStringLiteral("Alex Admin")).ok());
        QVERIFY(m_auth->signOut(true).ok());
        const Session session = Session::loadCached(m_db->connection());
        ReportRequest request;
        request.period = *ReportPeriod::parseSchoolYear(QStringLiteral("2526"));
        auto result = ReportEngine(m_db->connection(), ReportEngine::defaultZone())
                          .run(QStringLiteral("district-summary"), request);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const QString csv = m_dir->filePath(QStringLiteral("r.csv"));
        const QString xlsx = m_dir->filePath(QStringLiteral("r.xlsx"));
        const Status c = CsvWriter::write(*result, csv, session);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::Auth);
        const Status x = XlsxWriter::write(*result, xlsx, session);
        QVERIFY(!x.ok());
        QCOMPARE(x.error().kind, ErrorKind::Auth);
        QVERIFY(!QFile::exists(csv));
        QVERIFY(!QFile::exists(xlsx));
    }
};

QTEST_GUILESS_MAIN(TestSignedOut)
#include "tst_SignedOut.moc"
