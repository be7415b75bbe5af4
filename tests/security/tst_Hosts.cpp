// The hosts VMS talks to (salesforce-org.md, "Hosts VMS talks to"): login hosts, the instance and
// identity URLs of a token answer, every request SalesforceClient makes, server-given URLs, and where the
// access token goes. Every request is recorded by a network access manager in front of the fake org, so
// a request to a foreign host fails the test even when its answer would have been harmless.

#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/auth/AuthManager.h"
#include "core/auth/LoginHost.h"
#include "core/auth/MemoryTokenStore.h"
#include "core/auth/OAuthTokens.h"
#include "core/db/Database.h"
#include "core/salesforce/SalesforceClient.h"
#include "tests/support/CannedReply.h"

#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using nlohmann::json;
using namespace vms;
using namespace vms::test;
using namespace std::chrono_literals;

namespace {

// Records every request (its URL and whether it carried a bearer token). Requests to the fake org's
// hosts are answered by it; a query can be given a canned first page; anything else is refused without
// touching the network.
class RecordingNam final : public QNetworkAccessManager {
public:
    struct Sent {
        QUrl url;
        bool bearer = false;
    };
    explicit RecordingNam(fakeforce::Org* org)
        : m_fake(org) {}

    QList<Sent> sent;
    QByteArray cannedQueryPage; // answers the first GET of a /query or /queryAll when set

    QStringList hostsSent() const {
        QStringList hosts;
        for (const Sent& s : sent)
            hosts << s.url.host();
        return hosts;
    }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override {
        sent.append({request.url(), request.hasRawHeader("Authorization")});
        const QString host = request.url().host().toLower();
        const bool fakes = host == u"fake.my.salesforce.com" || host == u"login.salesforce.com" ||
                           host == u"test.salesforce.com";
        if (!fakes)
            return new CannedReply(this, request, op, 0, {});
        if (!cannedQueryPage.isEmpty() && request.url().path().contains(u"/query")) {
            QByteArray body;
            std::swap(body, cannedQueryPage);
            return new CannedReply(this, request, op, 200, body);
        }
        const QByteArray verb = op == CustomOperation
                                    ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                                : op == PostOperation ? QByteArrayLiteral("POST")
                                                      : QByteArrayLiteral("GET");
        QNetworkReply* r = m_fake.sendCustomRequest(request, verb, data ? data->readAll() : QByteArray());
        return r;
    }

private:
    fakeforce::FakeNetworkAccessManager m_fake;
};

QByteArray tokenAnswer(const QString& instance, const QString& identity) {
    json j = {{"access_token", "00D!AQ.access"},
              {"refresh_token", "5Aep861.refresh"},
              {"instance_url", instance.toStdString()},
              {"id", identity.toStdString()},
              {"issued_at", "1700000000000"},
              {"token_type", "Bearer"},
              {"scope", "api refresh_token"}};
    return QByteArray::fromStdString(j.dump());
}

} // namespace

class TestHosts final : public QObject {
    Q_OBJECT

    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<RecordingNam> m_nam;

    SalesforceClientOptions fast() const {
        SalesforceClientOptions o;
        o.baseBackoff = 1ms;
        o.maxBackoff = 2ms;
        o.maxAttempts = 2;
        return o;
    }

private Q_SLOTS:
    void init() {
        m_org = std::make_unique<fakeforce::Org>();
        m_nam = std::make_unique<RecordingNam>(m_org.get());
    }
    void cleanup() {
        m_nam.reset();
        m_org.reset();
    }

    void loginHosts_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("production") << QStringLiteral("https://login.salesforce.com") << true;
        QTest::newRow("sandbox") << QStringLiteral("https://test.salesforce.com") << true;
        QTest::newRow("my domain") << QStringLiteral("https://acme.my.salesforce.com") << true;
        QTest::newRow("my domain, upper case") << QStringLiteral("https://ACME.My.Salesforce.com") << true;
        QTest::newRow("sandbox my domain")
            << QStringLiteral("https://acme.sandbox.my.salesforce.com") << true;
        QTest::newRow("named sandbox")
            << QStringLiteral("https://acme--uat.sandbox.my.salesforce.com") << true;
        QTest::newRow("government cloud") << QStringLiteral("https://agency.my.salesforce.mil") << true;
        QTest::newRow("loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("loopback 127/8") << QStringLiteral("http://127.4.5.6:8080") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("foreign") << QStringLiteral("https://login.example.org") << false;
        QTest::newRow("look-alike suffix")
            << QStringLiteral("https://login.salesforce.com.evil.example") << false;
        QTest::newRow("look-alike prefix") << QStringLiteral("https://evilsalesforce.com") << false;
        QTest::newRow("look-alike my domain")
            << QStringLiteral("https://acme.my.salesforce.com.evil.example") << false;
        QTest::newRow("bare salesforce.com") << QStringLiteral("https://salesforce.com") << false;
        QTest::newRow("instance, not login host") << QStringLiteral("https://na1.salesforce.com") << false;
        QTest::newRow("loopback-looking name") << QStringLiteral("http://127.0.0.1.evil.example") << false;
        QTest::newRow("loopback-looking name, https")
            << QStringLiteral("https://127.0.0.1.evil.example") << false;
        QTest::newRow("localhost-looking name") << QStringLiteral("http://localhost.evil.example") << false;
        QTest::newRow("private address") << QStringLiteral("http://10.0.0.5") << false;
    }
    void loginHosts() {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const auto r = LoginHost::validate(url);
        QVERIFY2(r.ok() == accepted, qPrintable(r.ok() ? QStringLiteral("accepted") : r.error().message));
        if (!accepted)
            QCOMPARE(r.error().kind, ErrorKind::Usage);
    }

    void tokenAnswerHosts_data() {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<bool>("accepted");
        const QString ids = QStringLiteral("/id/00D000000000001AAA/005000000000001AAA");
        QTest::newRow("my domain, login host identity")
            << QStringLiteral("https://acme.my.salesforce.com")
            << QStringLiteral("https://login.salesforce.com") + ids << true;
        QTest::newRow("classic instance") << QStringLiteral("https://na1.salesforce.com")
                                          << QStringLiteral("https://test.salesforce.com") + ids << true;
        QTest::newRow("force.com") << QStringLiteral("https://acme.lightning.force.com")
                                   << QStringLiteral("https://login.salesforce.com") + ids << true;
        QTest::newRow("cloudforce") << QStringLiteral("https://acme.cloudforce.com")
                                    << QStringLiteral("https://login.salesforce.com") + ids << true;
        QTest::newRow("government") << QStringLiteral("https://agency.my.salesforce.mil")
                                    << QStringLiteral("https://agency.my.salesforce.mil") + ids << true;
        QTest::newRow("loopback fake") << QStringLiteral("http://127.0.0.1:4321")
                                       << QStringLiteral("http://127.0.0.1:4321") + ids << true;
        QTest::newRow("foreign instance") << QStringLiteral("https://evil.example")
                                          << QStringLiteral("https://login.salesforce.com") + ids << false;
        QTest::newRow("look-alike instance") << QStringLiteral("https://acme.my.salesforce.com.evil.example")
                                             << QStringLiteral("https://login.salesforce.com") + ids << false;
        QTest::newRow("look-alike identity")
            << QStringLiteral("https://acme.my.salesforce.com")
            << QStringLiteral("https://login.salesforce.com.evil.example") + ids << false;
        QTest::newRow("plain http instance") << QStringLiteral("http://acme.my.salesforce.com")
                                             << QStringLiteral("https://login.salesforce.com") + ids << false;
        QTest::newRow("loopback-looking instance") << QStringLiteral("http://127.0.0.1.evil.example:4321")
                                                   << QStringLiteral("http://127.0.0.1:4321") + ids << false;
    }
    void tokenAnswerHosts() {
        QFETCH(QString, instance);
        QFETCH(QString, identity);
        QFETCH(bool, accepted);
        const auto t = OAuthTokens::fromJson(tokenAnswer(instance, identity), true);
        QVERIFY2(t.ok() == accepted, qPrintable(t.ok() ? QStringLiteral("accepted") : t.error().message));
        if (!accepted)
            QCOMPARE(t.error().kind, ErrorKind::Auth);
    }

    // A loopback-looking name is not loopback: no request, bearer or not, goes to it.
    void clientRefusesAForeignInstanceBeforeAnyRequest_data() {
        QTest::addColumn<QString>("instance");
        QTest::newRow("loopback-looking name") << QStringLiteral("http://127.0.0.1.evil.example:9");
        QTest::newRow("foreign https") << QStringLiteral("https://evil.example");
        QTest::newRow("look-alike") << QStringLiteral("https://login.salesforce.com.evil.example");
    }
    void clientRefusesAForeignInstanceBeforeAnyRequest() {
        QFETCH(QString, instance);
        SalesforceClient client(m_nam.get(), QUrl(instance), nullptr, fast());
        auto r = client.query(QStringLiteral("SELECT Id FROM Account LIMIT 1"), {});
        QVERIFY(!r.ok());
        QVERIFY2(m_nam->sent.isEmpty(), qPrintable(m_nam->hostsSent().join(u',')));
    }

    // nextRecordsUrl (and any other URL the server hands back) is a path on the instance; one that names
    // another host is not followed.
    void nextRecordsUrlOnAnotherHostIsNotFollowed_data() {
        QTest::addColumn<bool>("records");
        QTest::newRow("query") << false;
        QTest::newRow("queryAllRecords") << true;
    }
    void nextRecordsUrlOnAnotherHostIsNotFollowed() {
        QFETCH(bool, records);
        const auto issued = m_org->issueTokens(QStringLiteral("Jane Coordinator"));
        m_nam->cannedQueryPage = QByteArray::fromStdString(json{
            {"totalSize", 4000},
            {"done", false},
            {"nextRecordsUrl", "https://evil.example/services/data/v60.0/query/01gD0000000001-2000"},
            {"records", json::array({{{"attributes", {{"type", "Account"}}}, {"Id", "001000000000001AAA"}}})}}
                                                               .dump());
        struct Tokens final : AccessTokenSource {
            QByteArray token;
            QByteArray accessToken() const override { return token; }
            void refreshAccessToken(const QByteArray&, QObject*, RefreshCallback) override {}
        } tokens;
        tokens.token = issued.accessToken;
        SalesforceClient client(m_nam.get(), QUrl(m_org->instanceUrl()), &tokens, fast());
        bool failed = false;
        if (records) {
            auto r = client.queryAllRecords(QStringLiteral("SELECT Id FROM Account"), {QStringLiteral("Id")},
                                            [](std::unique_ptr<RecordPage>, int) { return Status{}; });
            failed = !r.ok();
        } else {
            auto r = client.query(QStringLiteral("SELECT Id FROM Account"), {});
            failed = !r.ok();
        }
        QVERIFY(failed);
        for (const RecordingNam::Sent& s : std::as_const(m_nam->sent))
            QVERIFY2(s.url.host() == u"fake.my.salesforce.com", qPrintable(s.url.toString()));
    }

    // The identity URL of a real token answer is on the login host; the access token still goes to the
    // instance only.
    void accessTokenGoesToTheInstanceOnly() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite"))).value();
        MemoryTokenStore store;
        AuthManager::Options o;
        o.client = fast();
        AuthManager auth(m_nam.get(), &store, QStringLiteral("p"), db, OrgMapping::loadDefault().value(), o);
        const auto issued = m_org->issueTokens(QStringLiteral("Jane Coordinator"));
        json answer = json::parse(issued.json.toStdString());
        QUrl identity(QString::fromStdString(answer.at("id").get<std::string>()));
        identity.setHost(QStringLiteral("login.salesforce.com"));
        answer["id"] = identity.toString().toStdString();
        auto tokens = OAuthTokens::fromJson(QByteArray::fromStdString(answer.dump()), true);
        QVERIFY2(tokens.ok(), qPrintable(tokens.ok() ? QString() : tokens.error().message));
        auto session = auth.completeSignIn(
            tokens.value(), QUrl(QStringLiteral("https://login.salesforce.com")), QStringLiteral("client"));
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        QCOMPARE(session->userName, QStringLiteral("Jane Coordinator"));
        QVERIFY(!m_nam->sent.isEmpty());
        for (const RecordingNam::Sent& s : std::as_const(m_nam->sent))
            if (s.bearer)
                QVERIFY2(s.url.host() == u"fake.my.salesforce.com", qPrintable(s.url.toString()));
    }
};

QTEST_GUILESS_MAIN(TestHosts)
#include "tst_Hosts.moc"
