// OAuth 2.0 web-server flow with PKCE, refresh, revoke, userinfo and the identity URL, as the Salesforce
// "OAuth 2.0 Web Server Flow for Web App Integration" and "Identity URLs" docs describe them.

#include "DateTimeUtil.h"
#include "JsonWriter.h"
#include "Org.h"
#include "OrgInternal.h"
#include "SalesforceId.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>

namespace fakeforce {

using namespace detail;

namespace {

constexpr qint64 kCodeLifetimeMs = 15 * 60 * 1000; // Salesforce: authorization codes live 15 minutes

bool isRegisteredRedirect(const QString& uri) {
    const QUrl u(uri, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != QStringLiteral("http") ||
        u.path() != QStringLiteral("/OauthRedirect") || u.hasQuery() || u.hasFragment() ||
        !u.userInfo().isEmpty())
        return false;
    // Exact host spellings only: Salesforce compares the callback URL as a string.
    const QString authority = u.authority();
    return authority.startsWith(QStringLiteral("localhost:")) ||
           authority.startsWith(QStringLiteral("127.0.0.1:")) || authority == QStringLiteral("localhost") ||
           authority == QStringLiteral("127.0.0.1");
}

QByteArray s256(const QString& verifier) {
    return QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Response redirect(const QString& target, const QUrlQuery& params) {
    QUrl u(target);
    QUrlQuery q(u.query());
    for (const auto& item : params.queryItems(QUrl::FullyDecoded))
        q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    u.setQuery(q);
    Response r;
    r.status = 302;
    r.setHeader("Location", u.toString(QUrl::FullyEncoded).toUtf8());
    r.setHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
    return r;
}

Response errorPage(const QByteArray& error, const QString& description) {
    Response r;
    r.status = 400;
    r.setHeader("Content-Type", "text/html;charset=UTF-8");
    r.body = "<html><body><h1>OAuth Error</h1><p>error=" + error +
             "&amp;error_description=" + description.toUtf8().toPercentEncoding() + "</p></body></html>";
    return r;
}

} // namespace

QByteArray Org::newToken(const char* prefix, int length) {
    // Random per process, like Salesforce's: a token kept from an earlier run of the fake must not work
    // against a restarted one just because both handed out tokens in the same order.
    static constexpr char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";
    static const quint64 processSalt = QRandomGenerator::system()->generate64();
    quint64 x = processSalt ^ (m_seed * 0x9E3779B97F4A7C15ULL + (++m_tokenCounter) * 0xBF58476D1CE4E5B9ULL);
    QByteArray out(prefix);
    for (int i = 0; i < length; ++i) {
        x ^= x >> 31;
        x *= 0x94D049BB133111EBULL;
        x ^= x >> 29;
        out += kChars[x % 64];
    }
    return out;
}

QByteArray Org::identityUrl(const QString& loginUrl, std::uint32_t user) const {
    return loginUrl.toUtf8() + "/id/" + orgId() + '/' + table(kUser).idOf(user);
}

// Salesforce's token answer: instance_url is the org's instance, id the identity URL on the login host
// the client called (an absolute URL, which clients such as jsforce follow as given).
QByteArray Org::tokenResponse(std::uint32_t user, const QByteArray& access, const QByteArray& refresh,
                              const QString& loginUrl) const {
    const QByteArray identity = identityUrl(loginUrl, user);
    const QByteArray issued = QByteArray::number(now());
    const QByteArray signature =
        QMessageAuthenticationCode::hash(identity + issued, "fakeforce-consumer-secret",
                                         QCryptographicHash::Sha256)
            .toBase64();
    JsonWriter w;
    w.beginObject();
    w.key("access_token");
    w.string(access);
    if (!refresh.isEmpty()) {
        w.key("refresh_token");
        w.string(refresh);
    }
    w.key("signature");
    w.string(signature);
    w.key("scope");
    w.string(std::string_view("refresh_token api"));
    w.key("instance_url");
    w.string(m_options.instanceUrl);
    w.key("id");
    w.string(identity);
    w.key("token_type");
    w.string(std::string_view("Bearer"));
    w.key("issued_at");
    w.string(issued); // a string, not a number, exactly as Salesforce sends it
    w.endObject();
    return w.take();
}

Org::Tokens Org::issueTokens(const QString& user, const QString& loginUrl) {
    const QString login = loginUrl.isEmpty() ? instanceUrl() : loginUrl;
    std::uint32_t row = m_signInUser;
    if (!user.isEmpty()) {
        const QByteArray uid = userId(user);
        if (!uid.isEmpty())
            row = std::uint32_t(table(kUser).rowOfId(QString::fromLatin1(uid)));
    }
    Tokens t;
    t.refreshToken = newToken("5Aep861", 80);
    t.accessToken = orgId().left(15) + '!' + newToken("AQ", 110);
    m_refreshTokens.insert(t.refreshToken, RefreshToken{row, m_options.clientId});
    m_accessTokens.insert(t.accessToken, AccessToken{row, t.refreshToken, now(), false, login});
    t.json = tokenResponse(row, t.accessToken, t.refreshToken, login);
    return t;
}

Response Org::handleOAuth(const Request& req) {
    const QString endpoint = req.path.mid(QStringLiteral("/services/oauth2/").size());
    const QUrlQuery form = req.method == "POST" ? parseForm(req.body) : req.query;
    auto param = [&](const char* key) {
        const QString v = formValue(form, key);
        return v.isEmpty() && req.method == "POST" ? formValue(req.query, key) : v;
    };

    if (endpoint == QStringLiteral("authorize")) {
        const QString redirectUri = param("redirect_uri");
        const QString clientId = param("client_id");
        const QString state = param("state");
        if (!m_options.clientId.isEmpty() && clientId != m_options.clientId)
            return errorPage("invalid_client_id", QStringLiteral("client identifier invalid"));
        if (!isRegisteredRedirect(redirectUri))
            return errorPage("redirect_uri_mismatch",
                             QStringLiteral("redirect_uri must match configuration"));
        QUrlQuery out;
        auto fail = [&](const char* error, const char* description) {
            out.addQueryItem(QStringLiteral("error"), QString::fromLatin1(error));
            out.addQueryItem(QStringLiteral("error_description"), QString::fromLatin1(description));
            if (!state.isEmpty())
                out.addQueryItem(QStringLiteral("state"), state);
            return redirect(redirectUri, out);
        };
        if (param("response_type") != QStringLiteral("code"))
            return fail("unsupported_response_type", "response type not supported");
        const QString challenge = param("code_challenge");
        const QString method = param("code_challenge_method");
        if (challenge.isEmpty())
            return fail("invalid_request", "missing required code challenge");
        if (!method.isEmpty() && method != QStringLiteral("S256"))
            return fail("invalid_request", "invalid code challenge method");
        if (m_accessDenied)
            return fail("access_denied", "end-user denied authorization");
        const QByteArray code = newToken("aPrx", 60);
        m_codes.insert(code, AuthCode{m_signInUser, clientId, redirectUri, challenge, now()});
        out.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
        if (!state.isEmpty())
            out.addQueryItem(QStringLiteral("state"), state);
        return redirect(redirectUri, out);
    }

    if (endpoint == QStringLiteral("token")) {
        if (req.method != "POST")
            return oauthError(400, "invalid_request", QStringLiteral("must use HTTP POST"));
        const QString grant = param("grant_type");
        const QString clientId = param("client_id");
        if (!m_options.clientId.isEmpty() && clientId != m_options.clientId)
            return oauthError(400, "invalid_client_id", QStringLiteral("client identifier invalid"));
        if (grant == QStringLiteral("authorization_code")) {
            const QByteArray codeKey = param("code").toLatin1();
            const auto it = m_codes.constFind(codeKey);
            if (it == m_codes.constEnd())
                return oauthError(400, "invalid_grant", QStringLiteral("invalid authorization code"));
            const AuthCode code = it.value();
            m_codes.remove(codeKey); // single use, whatever happens next
            if (now() - code.issuedMs > kCodeLifetimeMs)
                return oauthError(400, "invalid_grant", QStringLiteral("expired authorization code"));
            if (param("redirect_uri") != code.redirectUri)
                return oauthError(400, "redirect_uri_mismatch",
                                  QStringLiteral("redirect_uri must match configuration"));
            if (clientId != code.clientId)
                return oauthError(400, "invalid_client_id", QStringLiteral("client identifier invalid"));
            const QString verifier = param("code_verifier");
            if (verifier.isEmpty() || s256(verifier) != code.challenge.toLatin1())
                return oauthError(400, "invalid_grant", QStringLiteral("invalid code verifier"));
            const QByteArray refresh = newToken("5Aep861", 80);
            const QByteArray access = orgId().left(15) + '!' + newToken("AQ", 110);
            m_refreshTokens.insert(refresh, RefreshToken{code.user, clientId});
            m_accessTokens.insert(access, AccessToken{code.user, refresh, now(), false, loginUrlOf(req)});
            return jsonResponse(200, tokenResponse(code.user, access, refresh, loginUrlOf(req)));
        }
        if (grant == QStringLiteral("refresh_token")) {
            const QByteArray refresh = param("refresh_token").toLatin1();
            const auto it = m_refreshTokens.constFind(refresh);
            if (it == m_refreshTokens.constEnd())
                return oauthError(400, "invalid_grant", QStringLiteral("expired access/refresh token"));
            const RefreshToken rt = it.value();
            QByteArray issuedRefresh;
            QByteArray owner = refresh;
            if (m_options.rotateRefreshTokens) {
                // Refresh token rotation: the old token is void the moment a new one is issued.
                m_refreshTokens.remove(refresh);
                issuedRefresh = newToken("5Aep861", 80);
                m_refreshTokens.insert(issuedRefresh, rt);
                owner = issuedRefresh;
                for (auto& at : m_accessTokens)
                    if (at.refreshToken == refresh)
                        at.refreshToken = issuedRefresh;
            }
            const QByteArray access = orgId().left(15) + '!' + newToken("AQ", 110);
            m_accessTokens.insert(access, AccessToken{rt.user, owner, now(), false, loginUrlOf(req)});
            return jsonResponse(200, tokenResponse(rt.user, access, issuedRefresh, loginUrlOf(req)));
        }
        return oauthError(400, "unsupported_grant_type", QStringLiteral("grant type not supported"));
    }

    if (endpoint == QStringLiteral("revoke")) {
        const QByteArray token = param("token").toLatin1();
        if (m_refreshTokens.remove(token) > 0) {
            m_accessTokens.removeIf([&](const auto& it) { return it.value().refreshToken == token; });
            return jsonResponse(200, {});
        }
        if (m_accessTokens.remove(token) > 0)
            return jsonResponse(200, {});
        return oauthError(400, "unsupported_token_type", QStringLiteral("this token type is not supported"));
    }

    if (endpoint == QStringLiteral("userinfo")) {
        Caller caller;
        Response err;
        if (!authenticate(req, caller, err)) {
            // userinfo answers with a plain 403 Bad_OAuth_Token body, like Salesforce.
            Response r;
            r.status = 403;
            r.body = "Bad_OAuth_Token";
            r.setHeader("Content-Type", "text/plain");
            return r;
        }
        const std::uint32_t user = caller.user;
        const Table& users = table(kUser);
        const ObjectDef& u = users.def();
        auto text = [&](const char* f) {
            bool isNull = true;
            const auto v = users.text(u.fieldIndex(QString::fromLatin1(f)), user, isNull);
            return QByteArray(v.data(), qsizetype(v.size()));
        };
        const QByteArray identity = identityUrl(loginUrlOf(req), user);
        JsonWriter w;
        w.beginObject();
        w.key("sub");
        w.string(identity);
        w.key("user_id");
        w.string(users.idOf(user));
        w.key("organization_id");
        w.string(orgId());
        w.key("preferred_username");
        w.string(text("Username"));
        w.key("nickname");
        w.string(text("FirstName"));
        w.key("name");
        w.string(users.fullName(user));
        w.key("email");
        w.string(text("Email"));
        w.key("email_verified");
        w.boolean(true);
        w.key("given_name");
        w.string(text("FirstName"));
        w.key("family_name");
        w.string(text("LastName"));
        w.key("zoneinfo");
        w.string(std::string_view("America/Chicago"));
        w.key("locale");
        w.string(std::string_view("en_US"));
        w.key("user_type");
        w.string(std::string_view("STANDARD"));
        w.key("active");
        w.boolean(true);
        w.endObject();
        return jsonResponse(200, w.take());
    }
    return errorResponse(404, "NOT_FOUND", QStringLiteral("The requested resource does not exist"));
}

Response Org::handleIdentity(const Request& req, const QString& org, const QString& userIdText) {
    const Table& users = table(kUser);
    const qint64 row = users.rowOfId(userIdText);
    if (org.left(15) != QString::fromLatin1(orgId().left(15)) || row < 0)
        return errorResponse(404, "NOT_FOUND", QStringLiteral("Bad_Id"));
    const auto user = std::uint32_t(row);
    const ObjectDef& u = users.def();
    auto text = [&](const char* f) {
        bool isNull = true;
        const auto v = users.text(u.fieldIndex(QString::fromLatin1(f)), user, isNull);
        return QByteArray(v.data(), qsizetype(v.size()));
    };
    const QByteArray base = m_options.instanceUrl.toUtf8();
    JsonWriter w;
    w.beginObject();
    w.key("id");
    w.string(identityUrl(loginUrlOf(req), user));
    w.key("asserted_user");
    w.boolean(true);
    w.key("user_id");
    w.string(users.idOf(user));
    w.key("organization_id");
    w.string(orgId());
    w.key("username");
    w.string(text("Username"));
    w.key("nick_name");
    w.string(text("FirstName"));
    w.key("display_name");
    w.string(users.fullName(user));
    w.key("email");
    w.string(text("Email"));
    w.key("first_name");
    w.string(text("FirstName"));
    w.key("last_name");
    w.string(text("LastName"));
    w.key("timezone");
    w.string(std::string_view("America/Chicago"));
    w.key("active");
    w.boolean(true);
    w.key("user_type");
    w.string(std::string_view("STANDARD"));
    w.key("language");
    w.string(std::string_view("en_US"));
    w.key("locale");
    w.string(std::string_view("en_US"));
    w.key("utcOffset");
    w.integer(-21600000);
    w.key("last_modified_date");
    w.string(dt::formatDateTime(users.modified(user)));
    w.key("urls");
    w.beginObject();
    w.key("rest");
    w.string(base + "/services/data/v{version}/");
    w.key("sobjects");
    w.string(base + "/services/data/v{version}/sobjects/");
    w.key("query");
    w.string(base + "/services/data/v{version}/query/");
    w.endObject();
    w.endObject();
    return jsonResponse(200, w.take());
}

} // namespace fakeforce
