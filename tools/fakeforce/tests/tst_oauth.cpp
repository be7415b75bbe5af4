// OAuth web-server flow with PKCE, refresh (with and without rotation), revoke, userinfo, identity URL.

#include "Org.h"
#include "TestUtil.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace fakeforce;
using namespace fakeforce::test;

namespace {

const QString kRedirect = QStringLiteral("http://localhost:1717/OauthRedirect");
const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-0123456789");

QString challenge(const QString& verifier) {
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString enc(const QString& s) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

class TstOAuth final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Org> m_org;

    Response authorize(const QString& redirect = kRedirect,
                       const QString& clientId = QStringLiteral("vms-desktop"),
                       const QString& codeChallenge = challenge(kVerifier)) {
        Request r = request("GET", QStringLiteral("/services/oauth2/authorize"), {});
        r.query = QUrlQuery(
            QStringLiteral("response_type=code&client_id=%1&redirect_uri=%2&state=st%20ate&code_challenge=%3&"
                           "code_challenge_method=S256")
                .arg(enc(clientId), enc(redirect), enc(codeChallenge)));
        return m_org->handle(r);
    }
    static QUrlQuery locationQuery(const Response& r) {
        return QUrlQuery(QUrl::fromEncoded(r.header("Location")).query());
    }

    QString code() {
        const Response r = authorize();
        return locationQuery(r).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }

    // The token endpoint as called on loginHost (empty: no host, the org's instance URL stands in).
    Response token(const QString& form, const QString& loginHost = {}) {
        Request r = request("POST", QStringLiteral("/services/oauth2/token"), {});
        r.setHeader("Content-Type", "application/x-www-form-urlencoded");
        r.body = form.toUtf8();
        r.base = loginHost;
        return m_org->handle(r);
    }
    Response exchange(const QString& c, const QString& verifier = kVerifier,
                      const QString& redirect = kRedirect, const QString& loginHost = {}) {
        return token(QStringLiteral("grant_type=authorization_code&code=%1&client_id=vms-desktop&redirect_"
                                    "uri=%2&code_verifier=%3")
                         .arg(enc(c), enc(redirect), enc(verifier)),
                     loginHost);
    }
    Response refresh(const QString& rt, const QString& loginHost = {}) {
        return token(
            QStringLiteral("grant_type=refresh_token&client_id=vms-desktop&refresh_token=%1").arg(enc(rt)),
            loginHost);
    }
    int apiStatus(const QByteArray& access) {
        return m_org->handle(request("GET", api(QStringLiteral("limits")), access)).status;
    }
    static QString oauthError(const Response& r) {
        return doc(r).object().value(QStringLiteral("error")).toString();
    }

private Q_SLOTS:
    void init() {
        Org::Options o;
        o.scale = QStringLiteral("empty");
        o.instanceUrl = QStringLiteral("https://fake.my.salesforce.com");
        m_org = std::make_unique<Org>(o);
        m_org->setClockFrozen(true);
    }

    void codeFlowWithPkce() {
        Response r = authorize();
        QCOMPARE(r.status, 302);
        const QUrl loc = QUrl::fromEncoded(r.header("Location"));
        QCOMPARE(loc.toString(QUrl::RemoveQuery), kRedirect);
        QCOMPARE(locationQuery(r).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
                 QStringLiteral("st ate"));
        const QString c = locationQuery(r).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!c.isEmpty());

        r = exchange(c);
        QCOMPARE(r.status, 200);
        const QJsonObject t = doc(r).object();
        for (const char* key : {"access_token", "refresh_token", "signature", "scope", "instance_url", "id",
                                "token_type", "issued_at"})
            QVERIFY2(t.value(QLatin1String(key)).isString(), key);
        QVERIFY(!t.contains(QStringLiteral("expires_in")));
        QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(t.value(QStringLiteral("instance_url")).toString(),
                 QStringLiteral("https://fake.my.salesforce.com"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{13}$"))
                    .match(t.value(QStringLiteral("issued_at")).toString())
                    .hasMatch());
        const QString id = t.value(QStringLiteral("id")).toString();
        QCOMPARE(id, QStringLiteral("https://fake.my.salesforce.com/id/%1/%2")
                         .arg(QString::fromLatin1(m_org->orgId()),
                              QString::fromLatin1(m_org->userId(QStringLiteral("Jane Coordinator")))));
        QCOMPARE(apiStatus(t.value(QStringLiteral("access_token")).toString().toLatin1()), 200);

        // Single use.
        r = exchange(c);
        QCOMPARE(r.status, 400);
        QCOMPARE(oauthError(r), QStringLiteral("invalid_grant"));
    }

    void wrongVerifierRefused() {
        const QString c = code();
        Response r = exchange(c, QStringLiteral("not-the-verifier-0000000000000000000000000000"));
        QCOMPARE(r.status, 400);
        QCOMPARE(oauthError(r), QStringLiteral("invalid_grant"));
        QVERIFY(!doc(r).object().value(QStringLiteral("error_description")).toString().isEmpty());
        QCOMPARE(exchange(c).status, 400);                 // the failed attempt used the code up
        QCOMPARE(exchange(code(), QString()).status, 400); // no verifier at all
    }

    void codeExpires() {
        const QString c = code();
        m_org->advance(16 * 60 * 1000);
        const Response r = exchange(c);
        QCOMPARE(r.status, 400);
        QCOMPARE(oauthError(r), QStringLiteral("invalid_grant"));
    }

    void redirectRules() {
        QCOMPARE(authorize(QStringLiteral("http://127.0.0.1:53111/OauthRedirect")).status, 302);
        QCOMPARE(authorize(QStringLiteral("http://localhost:40001/OauthRedirect")).status, 302);
        for (const QString& bad : {QStringLiteral("http://evil.example/OauthRedirect"),
                                   QStringLiteral("https://localhost:1717/OauthRedirect"),
                                   QStringLiteral("http://localhost:1717/other"),
                                   QStringLiteral("http://localhost:1717/OauthRedirect?x=1"), QString()}) {
            const Response r = authorize(bad);
            QCOMPARE(r.status, 400);
            QVERIFY(r.header("Location").isEmpty());
        }
        // The token request must repeat the same redirect_uri.
        QCOMPARE(
            oauthError(exchange(code(), kVerifier, QStringLiteral("http://localhost:1718/OauthRedirect"))),
            QStringLiteral("redirect_uri_mismatch"));
    }

    void deniedAndBadRequests() {
        m_org->setAccessDenied(true);
        Response r = authorize();
        QCOMPARE(r.status, 302);
        QCOMPARE(locationQuery(r).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(locationQuery(r).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
                 QStringLiteral("st ate"));
        QVERIFY(!locationQuery(r).hasQueryItem(QStringLiteral("code")));
        m_org->setAccessDenied(false);
        r = authorize(kRedirect, QStringLiteral("vms-desktop"), QString());
        QCOMPARE(locationQuery(r).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QCOMPARE(oauthError(token(QStringLiteral("grant_type=password&username=x"))),
                 QStringLiteral("unsupported_grant_type"));
    }

    void configuredClientId() {
        m_org->setClientId(QStringLiteral("abc"));
        QCOMPARE(authorize(kRedirect, QStringLiteral("vms-desktop")).status, 400);
        QCOMPARE(authorize(kRedirect, QStringLiteral("abc")).status, 302);
        QCOMPARE(oauthError(exchange(code())), QStringLiteral("invalid_client_id"));
    }

    void refreshWithoutRotation() {
        const QJsonObject t = doc(exchange(code())).object();
        const QString rt = t.value(QStringLiteral("refresh_token")).toString();
        Response r = refresh(rt);
        QCOMPARE(r.status, 200);
        const QJsonObject n = doc(r).object();
        QVERIFY(!n.contains(QStringLiteral("refresh_token")));
        QVERIFY(!n.contains(QStringLiteral("expires_in")));
        QVERIFY(n.value(QStringLiteral("access_token")).toString() !=
                t.value(QStringLiteral("access_token")).toString());
        QCOMPARE(apiStatus(n.value(QStringLiteral("access_token")).toString().toLatin1()), 200);
        QCOMPARE(refresh(rt).status, 200); // the refresh token stays valid
        r = refresh(QStringLiteral("5Aep861-unknown"));
        QCOMPARE(r.status, 400);
        QCOMPARE(oauthError(r), QStringLiteral("invalid_grant"));
        QVERIFY(doc(r).object().contains(QStringLiteral("error_description")));
    }

    void refreshWithRotation() {
        m_org->setRotateRefreshTokens(true);
        const QString rt = doc(exchange(code())).object().value(QStringLiteral("refresh_token")).toString();
        Response r = refresh(rt);
        QCOMPARE(r.status, 200);
        const QString rt2 = doc(r).object().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!rt2.isEmpty());
        QVERIFY(rt2 != rt);
        QCOMPARE(oauthError(refresh(rt)), QStringLiteral("invalid_grant")); // the old one is void
        QCOMPARE(refresh(rt2).status, 200);
    }

    void revoke() {
        const QJsonObject t = doc(exchange(code())).object();
        const QByteArray access = t.value(QStringLiteral("access_token")).toString().toLatin1();
        const QString rt = t.value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(apiStatus(access), 200);
        Request r = request("POST", QStringLiteral("/services/oauth2/revoke"), {});
        r.body = "token=" + QUrl::toPercentEncoding(rt);
        QCOMPARE(m_org->handle(r).status, 200);
        QCOMPARE(oauthError(refresh(rt)), QStringLiteral("invalid_grant"));
        QCOMPARE(apiStatus(access), 401); // revoking the refresh token ends its sessions
        QCOMPARE(m_org->handle(r).status, 400);
    }

    // fake-org.md #23: the token answer's id is an absolute URL on the login host the client called, as
    // Salesforce sends it; instance_url is the absolute instance URL.
    void identityUrlOnLoginHost() {
        const QString login = QStringLiteral("https://login.salesforce.com");
        const QString user = QString::fromLatin1(m_org->userId(QStringLiteral("Jane Coordinator")));
        const QString expectedId =
            QStringLiteral("%1/id/%2/%3").arg(login, QString::fromLatin1(m_org->orgId()), user);
        const QJsonObject t = doc(exchange(code(), kVerifier, kRedirect, login)).object();
        QCOMPARE(t.value(QStringLiteral("id")).toString(), expectedId);
        QCOMPARE(t.value(QStringLiteral("instance_url")).toString(),
                 QStringLiteral("https://fake.my.salesforce.com"));
        const QByteArray access = t.value(QStringLiteral("access_token")).toString().toLatin1();

        // A refresh on a sandbox login host names that host.
        const QJsonObject r = doc(refresh(t.value(QStringLiteral("refresh_token")).toString(),
                                          QStringLiteral("https://test.salesforce.com")))
                                  .object();
        QCOMPARE(r.value(QStringLiteral("id")).toString(),
                 QStringLiteral("https://test.salesforce.com/id/%1/%2")
                     .arg(QString::fromLatin1(m_org->orgId()), user));

        // The versions resource names the caller's identity URL (jsforce's identity() reads it there).
        Response v = m_org->handle(request("GET", QStringLiteral("/services/data/v60.0"), access));
        QCOMPARE(v.status, 200);
        QCOMPARE(doc(v).object().value(QStringLiteral("identity")).toString(), expectedId);

        // The identity URL answers on the login host with the token as a header or a parameter, and
        // names itself there.
        Request id = request("GET", QUrl(expectedId).path(), access);
        id.base = login;
        Response idAnswer = m_org->handle(id);
        QCOMPARE(idAnswer.status, 200);
        QCOMPARE(doc(idAnswer).object().value(QStringLiteral("id")).toString(), expectedId);
        id = request("GET", QUrl(expectedId).path(), {});
        id.query = QUrlQuery(QStringLiteral("format=json&oauth_token=") + enc(QString::fromLatin1(access)));
        QCOMPARE(m_org->handle(id).status, 200);

        // Without a login host (the test shortcut), the org's own My Domain is the login host.
        QVERIFY(QJsonDocument::fromJson(m_org->issueTokens().json)
                    .object()
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QStringLiteral("https://fake.my.salesforce.com/id/")));
    }

    void userinfoAndIdentity() {
        QVERIFY(m_org->setSignInUser(QStringLiteral("Alex Admin")));
        const QJsonObject t = doc(exchange(code())).object();
        const QByteArray access = t.value(QStringLiteral("access_token")).toString().toLatin1();
        const QString alex = QString::fromLatin1(m_org->userId(QStringLiteral("Alex Admin")));
        QVERIFY(t.value(QStringLiteral("id")).toString().endsWith(alex));

        Response r = m_org->handle(request("GET", QStringLiteral("/services/oauth2/userinfo"), access));
        QCOMPARE(r.status, 200);
        QCOMPARE(doc(r).object().value(QStringLiteral("user_id")).toString(), alex);
        QCOMPARE(doc(r).object().value(QStringLiteral("name")).toString(), QStringLiteral("Alex Admin"));
        QCOMPARE(doc(r).object().value(QStringLiteral("organization_id")).toString(),
                 QString::fromLatin1(m_org->orgId()));
        QCOMPARE(m_org->handle(request("GET", QStringLiteral("/services/oauth2/userinfo"), "bogus")).status,
                 403);

        const QString idPath = QUrl(t.value(QStringLiteral("id")).toString()).path();
        r = m_org->handle(request("GET", idPath, access));
        QCOMPARE(r.status, 200);
        QCOMPARE(doc(r).object().value(QStringLiteral("display_name")).toString(),
                 QStringLiteral("Alex Admin"));
        QCOMPARE(doc(r).object().value(QStringLiteral("user_id")).toString(), alex);
        QCOMPARE(m_org->handle(request("GET", idPath, {})).status, 401);
    }
};

QTEST_GUILESS_MAIN(TstOAuth)
#include "tst_oauth.moc"
