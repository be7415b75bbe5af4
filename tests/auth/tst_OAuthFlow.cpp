// The web-server flow with PKCE on a loopback listener, with the fake org as login host and the test
// playing the browser: the authorize request goes to the fake (in-process), its 302 is followed with a
// real HTTP request to the flow's listener.

#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/auth/LoginHost.h"
#include "core/auth/OAuthFlow.h"
#include "core/auth/OAuthTokens.h"
#include "core/auth/Pkce.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace vms;
using namespace std::chrono_literals;

class TestOAuthFlow final : public QObject {
    Q_OBJECT

    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<fakeforce::FakeNetworkAccessManager> m_nam;

    static quint16 freePort() {
        QTcpServer s;
        if (!s.listen(QHostAddress::LocalHost, 0))
            return 0;
        return s.serverPort();
    }

    OAuthFlowOptions options() const {
        OAuthFlowOptions o;
        o.loginUrl = QUrl(QStringLiteral("https://login.salesforce.com"));
        o.clientId = QStringLiteral("vms-test-client");
        o.redirectPort = freePort();
        o.timeout = 10s;
        return o;
    }

    struct Page {
        int status = 0;
        QString body;
    };

    QNetworkReply* get(const QUrl& url) {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return m_nam->get(req);
    }

    // Plays the browser: authorize at the org (optionally tampered with), then follow the redirect to the
    // loopback listener (optionally tampered with) and return the page it shows.
    Page browse(const QUrl& authorize, const std::function<void(QUrlQuery&)>& tamperAuthorize = {},
                const std::function<void(QUrlQuery&)>& tamperRedirect = {}) {
        QUrl a = authorize;
        if (tamperAuthorize) {
            QUrlQuery q(a);
            tamperAuthorize(q);
            a.setQuery(q);
        }
        QNetworkReply* r1 = get(a);
        if (!QTest::qWaitFor([r1] { return r1->isFinished(); }, 5000))
            return {};
        r1->deleteLater();
        if (r1->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302) {
            qWarning() << "authorize answered"
                       << r1->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << r1->readAll();
            return {};
        }
        QUrl redirect = QUrl::fromEncoded(r1->rawHeader("Location"));
        if (tamperRedirect) {
            QUrlQuery q(redirect);
            tamperRedirect(q);
            redirect.setQuery(q);
        }
        QNetworkReply* r2 = get(redirect);
        if (!QTest::qWaitFor([r2] { return r2->isFinished(); }, 10000))
            return {};
        r2->deleteLater();
        if (r2->error() != QNetworkReply::NoError &&
            r2->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
            qWarning() << "redirect failed" << r2->errorString();
        return {r2->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QString::fromUtf8(r2->readAll())};
    }

    int tokenPosts() const { return m_org->countRequests("POST", QStringLiteral("/services/oauth2/token")); }

private Q_SLOTS:
    // A secret or a code may hold '+', '&', '=' or spaces: each must reach the token endpoint as itself.
    void formEncodingKeepsEveryCharacter() {
        const QByteArray body =
            formEncode({{QStringLiteral("code"), QStringLiteral("a+b&c=d e/é")},
                        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")}});
        QCOMPARE(body, QByteArray("code=a%2Bb%26c%3Dd%20e%2F%C3%A9&grant_type=authorization_code"));
        const QUrlQuery back(QString::fromLatin1(body));
        QCOMPARE(back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("a+b&c=d e/é"));
    }

    void init() {
        m_org = std::make_unique<fakeforce::Org>();
        m_nam = std::make_unique<fakeforce::FakeNetworkAccessManager>(m_org.get());
    }
    void cleanup() {
        m_nam.reset();
        m_org.reset();
    }

    void pkceMatchesRfc7636AppendixB() {
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const Pkce a = Pkce::generate();
        const Pkce b = Pkce::generate();
        QVERIFY(a.verifier != b.verifier);
        QVERIFY(a.verifier.size() >= 43 && a.verifier.size() <= 128);
        for (const char c : a.verifier)
            QVERIFY(
                QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~").contains(c));
        QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
    }

    void authorizeUrlCarriesPkceAndState() {
        OAuthFlow flow(m_nam.get(), options());
        QSignalSpy ready(&flow, &OAuthFlow::authorizeUrlReady);
        QVERIFY(flow.start().ok());
        QCOMPARE(ready.size(), 1);
        const QUrl url = flow.authorizeUrl();
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("login.salesforce.com"));
        QCOMPARE(url.path(), QStringLiteral("/services/oauth2/authorize"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).toLatin1(), flow.pkce().challenge);
        QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 16);
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), flow.redirectUri());
        QVERIFY(flow.redirectUri().startsWith(u"http://localhost:"));
    }

    void signInSucceeds() {
        OAuthFlow flow(m_nam.get(), options());
        QVERIFY(flow.start().ok());
        const Page page = browse(flow.authorizeUrl());
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains(u"signed in", Qt::CaseInsensitive), qPrintable(page.body));
        QTRY_VERIFY(flow.isFinished());
        QVERIFY2(flow.result().ok(),
                 qPrintable(flow.result().ok() ? QString() : flow.result().error().message));
        const OAuthTokens& t = flow.result().value();
        QVERIFY(!t.accessToken.isEmpty());
        QVERIFY(!t.refreshToken.isEmpty());
        QCOMPARE(t.userId.toLatin1(), m_org->userId(QStringLiteral("Jane Coordinator")));
        QCOMPARE(t.orgId.toLatin1(), m_org->orgId());
        QCOMPARE(t.instanceUrl, m_org->instanceUrl());
        QVERIFY(t.issuedAt.isValid());
        QCOMPARE(tokenPosts(), 1);
        // The browser's page never shows a token.
        QVERIFY(!page.body.contains(QString::fromLatin1(t.accessToken)));
    }

    // Any local process can reach the listener: a request whose state is not this flow's (forged, missing,
    // or a forged "access denied") is answered and ignored, and the flow keeps waiting for the real one.
    void wrongStateIsIgnored_data() {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("error");
        QTest::newRow("forged") << QStringLiteral("forged") << QString();
        QTest::newRow("missing") << QString() << QString();
        QTest::newRow("forged denial") << QStringLiteral("forged") << QStringLiteral("access_denied");
    }
    void wrongStateIsIgnored() {
        QFETCH(QString, state);
        QFETCH(QString, error);
        OAuthFlow flow(m_nam.get(), options());
        QVERIFY(flow.start().ok());
        const Page forged = browse(flow.authorizeUrl(), {}, [&](QUrlQuery& q) {
            q.removeQueryItem(QStringLiteral("state"));
            if (!state.isNull())
                q.addQueryItem(QStringLiteral("state"), state);
            if (!error.isEmpty()) {
                q.removeQueryItem(QStringLiteral("code"));
                q.addQueryItem(QStringLiteral("error"), error);
            }
        });
        QCOMPARE(forged.status, 400);
        QVERIFY(forged.body.contains(u"state"));
        QVERIFY(!flow.isFinished());
        QCOMPARE(tokenPosts(), 0); // the code of a forged redirect is never used

        const Page real = browse(flow.authorizeUrl());
        QCOMPARE(real.status, 200);
        QTRY_VERIFY(flow.isFinished());
        QVERIFY2(flow.result().ok(),
                 qPrintable(flow.result().ok() ? QString() : flow.result().error().message));
        QCOMPARE(tokenPosts(), 1);
    }

    void deniedConsentIsReported() {
        m_org->setAccessDenied(true);
        OAuthFlow flow(m_nam.get(), options());
        QVERIFY(flow.start().ok());
        const Page page = browse(flow.authorizeUrl());
        QCOMPARE(page.status, 400);
        QVERIFY2(page.body.contains(u"denied"), qPrintable(page.body));
        QTRY_VERIFY(flow.isFinished());
        QCOMPARE(flow.result().error().code, QStringLiteral("access_denied"));
        QCOMPARE(exitCodeFor(flow.result().error().kind), 5);
        QCOMPARE(tokenPosts(), 0);
    }

    void wrongPkceVerifierIsRefused() {
        OAuthFlow flow(m_nam.get(), options());
        QVERIFY(flow.start().ok());
        // Someone else's challenge: the org issues a code that this flow's verifier cannot redeem.
        const Page page = browse(flow.authorizeUrl(), [](QUrlQuery& q) {
            q.removeQueryItem(QStringLiteral("code_challenge"));
            q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::generate().challenge));
        });
        QCOMPARE(page.status, 400);
        QTRY_VERIFY(flow.isFinished());
        QVERIFY(!flow.result().ok());
        QCOMPARE(flow.result().error().code, QStringLiteral("invalid_grant"));
        QCOMPARE(flow.result().error().kind, ErrorKind::Auth);
        QCOMPARE(tokenPosts(), 1);
    }

    void timesOutAndStopsListening() {
        auto o = options();
        o.timeout = 200ms;
        OAuthFlow flow(m_nam.get(), o);
        QVERIFY(flow.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(flow.isFinished(), 3000);
        QCOMPARE(flow.result().error().code, QStringLiteral("TIMEOUT"));
        QTcpServer again;
        QVERIFY(again.listen(QHostAddress::LocalHost, o.redirectPort)); // the port is free again
    }

    void cancelEndsTheFlow() {
        auto o = options();
        OAuthFlow flow(m_nam.get(), o);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        QVERIFY(flow.start().ok());
        flow.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(flow.result().error().kind, ErrorKind::Cancelled);
        flow.cancel();
        QCOMPARE(finished.size(), 1);
        QTcpServer again;
        QVERIFY(again.listen(QHostAddress::LocalHost, o.redirectPort));
    }

    void otherPathsDoNotEndTheFlow() {
        auto o = options();
        OAuthFlow flow(m_nam.get(), o);
        QVERIFY(flow.start().ok());
        QNetworkReply* r = get(QUrl(QStringLiteral("http://localhost:%1/favicon.ico").arg(o.redirectPort)));
        QTRY_VERIFY(r->isFinished());
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        r->deleteLater();
        QVERIFY(!flow.isFinished());
        QCOMPARE(browse(flow.authorizeUrl()).status, 200);
        QTRY_VERIFY(flow.isFinished());
        QVERIFY(flow.result().ok());
    }

    void portInUseIsAClearUsageError() {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        auto o = options();
        o.redirectPort = squatter.serverPort();
        OAuthFlow flow(m_nam.get(), o);
        const Status s = flow.start();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Usage);
        QVERIFY(s.error().message.contains(QString::number(o.redirectPort)));
    }

    void plainHttpIsRefusedExceptOnLoopback_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("production") << "https://login.salesforce.com" << true;
        QTest::newRow("sandbox") << "https://test.salesforce.com/" << true;
        QTest::newRow("my domain") << "https://acme.my.salesforce.com" << true;
        QTest::newRow("http remote") << "http://login.salesforce.com" << false;
        QTest::newRow("http private ip") << "http://10.0.0.5:8080" << false;
        QTest::newRow("http lookalike") << "http://localhost.evil.example" << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:9000" << true;
        QTest::newRow("http ::1") << "http://[::1]:9000" << true;
        QTest::newRow("ftp") << "ftp://login.salesforce.com" << false;
        QTest::newRow("path") << "https://login.salesforce.com/services" << false;
        QTest::newRow("credentials") << "https://user:pw@login.salesforce.com" << false;
        QTest::newRow("empty") << "" << false;
    }
    void plainHttpIsRefusedExceptOnLoopback() {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const auto r = LoginHost::validate(url);
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(r.error().kind, ErrorKind::Usage);
            auto o = options();
            o.loginUrl = QUrl(url);
            OAuthFlow flow(m_nam.get(), o);
            QCOMPARE(flow.start().error().kind, ErrorKind::Usage);
            QVERIFY(flow.authorizeUrl().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_OAuthFlow.moc"
