#include "core/auth/TokenSource.h"

#include "core/common/Logging.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/salesforce/SalesforceHosts.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace vms {

namespace {
// The messages keep the context they were written and translated under (AuthManager held all of this).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::AuthManager)
};
} // namespace

TokenSource::TokenSource(QNetworkAccessManager* nam, TokenStore* store, QString profileId,
                         std::chrono::milliseconds requestTimeout, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_store(store)
    , m_profileId(std::move(profileId))
    , m_requestTimeout(requestTimeout) {}

TokenSource::~TokenSource() = default;

Result<bool> TokenSource::restore() {
    auto loaded = m_store->load(m_profileId);
    if (!loaded)
        return loaded.error();
    QMutexLocker lock(&m_mutex);
    m_credentials = loaded.value();
    m_access.clear();
    return m_credentials.has_value();
}

bool TokenSource::hasCredentials() const {
    QMutexLocker lock(&m_mutex);
    return m_credentials.has_value();
}

std::optional<StoredCredentials> TokenSource::credentials() const {
    QMutexLocker lock(&m_mutex);
    return m_credentials;
}

StoredCredentials TokenSource::adopt(const OAuthTokens& tokens, const QUrl& loginUrl,
                                     const QString& clientId) {
    StoredCredentials creds;
    creds.refreshToken = tokens.refreshToken;
    creds.instanceUrl = tokens.instanceUrl;
    creds.identityUrl = tokens.identityUrl;
    creds.orgId = tokens.orgId;
    creds.userId = tokens.userId;
    creds.loginUrl = loginUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    creds.clientId = clientId;
    QMutexLocker lock(&m_mutex);
    m_access = tokens.accessToken;
    m_credentials = creds;
    return creds;
}

Status TokenSource::store(const StoredCredentials& credentials) {
    return m_store->save(m_profileId, credentials);
}

void TokenSource::forget() {
    QMutexLocker lock(&m_mutex);
    m_access.clear();
    m_credentials.reset();
}

Status TokenSource::forgetStored() {
    forget();
    return m_store->remove(m_profileId);
}

QByteArray TokenSource::accessToken() const {
    QMutexLocker lock(&m_mutex);
    return m_access;
}

void TokenSource::forgetAccessToken() {
    QMutexLocker lock(&m_mutex);
    m_access.clear();
}

Result<QUrl> TokenSource::loginEndpoint(const StoredCredentials& credentials, const QString& path) {
    // The login URL comes from the keychain: checked again before every token or revoke request, so an
    // entry that names another host sends the refresh token nowhere.
    QUrl url(credentials.loginUrl, QUrl::StrictMode);
    if (Status s = SalesforceHosts::checkLoginHost(url); !s)
        return Error{ErrorKind::Auth,
                     Tr::tr("The stored sign-in is unusable: %1 Sign in again.").arg(s.error().message),
                     QStringLiteral("UNTRUSTED_HOST")};
    url.setPath(path);
    return url;
}

// ---- refresh -------------------------------------------------------------------------------------------

void TokenSource::refreshAccessToken(const QByteArray& rejected, QObject* context, RefreshCallback done) {
    // The waiter listens for the next refreshFinished on its own thread (queued: never synchronously, and
    // Qt drops the delivery safely if the context dies first). Any refreshFinished satisfies it: each one
    // carries the newest token or the reason there is none.
    auto delivered = std::make_shared<bool>(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        this, &TokenSource::refreshFinished, context,
        [delivered, connection, done](const QByteArray& token, int errorKind, const QString& message,
                                      const QString& code) {
            if (*delivered)
                return;
            *delivered = true;
            QObject::disconnect(*connection);
            if (token.isEmpty())
                done(Error{static_cast<ErrorKind>(errorKind), message, code});
            else
                done(token);
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        this, [this, rejected] { startOrJoinRefresh(rejected); }, Qt::QueuedConnection);
}

void TokenSource::startOrJoinRefresh(const QByteArray& rejected) {
    if (m_refreshing)
        return; // joins the refresh in flight: its refreshFinished wakes this waiter too
    const QByteArray current = accessToken();
    if (!current.isEmpty() && current != rejected) {
        // Someone refreshed since the caller's request was sent: replay with the newer token.
        Q_EMIT refreshFinished(current, 0, {}, {});
        return;
    }
    const auto creds = credentials();
    if (!creds) {
        Q_EMIT refreshFinished({}, static_cast<int>(ErrorKind::Auth),
                               Tr::tr("Not signed in: sign in (vms-cli login) first."),
                               QStringLiteral("NOT_SIGNED_IN"));
        return;
    }
    auto url = loginEndpoint(*creds, QStringLiteral("/services/oauth2/token"));
    if (!url) {
        Q_EMIT refreshFinished({}, static_cast<int>(url.error().kind), url.error().message, url.error().code);
        return;
    }
    m_refreshing = true;
    QNetworkRequest req(url.value());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setRawHeader("Accept", "application/json");
    req.setTransferTimeout(static_cast<int>(m_requestTimeout.count()));
    const QByteArray body =
        formEncode({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("client_id"), creds->clientId},
                    {QStringLiteral("refresh_token"), QString::fromUtf8(creds->refreshToken)}});
    QNetworkReply* reply = m_nam->post(req, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        onRefreshReply(status.isValid() ? status.toInt() : 0, reply->readAll(),
                       reply->error() == QNetworkReply::NoError ? QString() : reply->errorString());
    });
}

void TokenSource::onRefreshReply(int status, const QByteArray& body, const QString& networkError) {
    m_refreshing = false;
    qCInfo(lcAuth) << "POST /services/oauth2/token (refresh_token) ->" << status;
    if (status == 0) {
        Q_EMIT refreshFinished(
            {}, static_cast<int>(ErrorKind::Network),
            Tr::tr("Could not reach the login host to renew the session (%1).").arg(networkError),
            QStringLiteral("NETWORK"));
        return;
    }
    auto tokens = OAuthTokens::fromJson(body, false);
    if (!tokens) {
        const Error& e = tokens.error();
        if (e.code == u"invalid_grant") {
            // The refresh token was revoked or expired (Salesforce "OAuth 2.0 Refresh Token Flow"): the
            // sign-in is over. Sign out cleanly; the local data stays.
            const QString why =
                Tr::tr("The sign-in was revoked or has expired (%1). Sign in again.").arg(e.message);
            Q_EMIT refreshTokenRefused(why);
            Q_EMIT refreshFinished({}, static_cast<int>(ErrorKind::Auth), why, e.code);
            return;
        }
        const ErrorKind kind = status >= 500 ? ErrorKind::Network : e.kind;
        Q_EMIT refreshFinished({}, static_cast<int>(kind),
                               Tr::tr("The org did not renew the session: %1").arg(e.message), e.code);
        return;
    }
    std::optional<StoredCredentials> rotated;
    {
        QMutexLocker lock(&m_mutex);
        m_access = tokens->accessToken;
        if (m_credentials && !tokens->refreshToken.isEmpty() &&
            tokens->refreshToken != m_credentials->refreshToken) {
            // Refresh token rotation: the org has voided the old one, so the new one must replace it at
            // once, in the keychain too, or the next run could not sign in.
            m_credentials->refreshToken = tokens->refreshToken;
            rotated = m_credentials;
        }
    }
    if (rotated) {
        if (Status s = m_store->save(m_profileId, *rotated); !s)
            qCWarning(lcAuth).noquote() << "could not store the rotated refresh token:" << s.error().code;
        else
            qCInfo(lcAuth) << "the org rotated the refresh token; the new one is stored";
    }
    Q_EMIT refreshFinished(tokens->accessToken, 0, {}, {});
}

// ---- revoke --------------------------------------------------------------------------------------------

Result<QByteArray> TokenSource::postForm(const QString& path, const QByteArray& body, int* status) {
    const auto creds = credentials();
    if (!creds)
        return Error{ErrorKind::Auth, Tr::tr("Not signed in."), QStringLiteral("NOT_SIGNED_IN")};
    auto url = loginEndpoint(*creds, path);
    if (!url)
        return url.error();
    QNetworkRequest req(url.value());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setTransferTimeout(static_cast<int>(m_requestTimeout.count()));
    QNetworkReply* reply = m_nam->post(req, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    reply->deleteLater();
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    *status = code.isValid() ? code.toInt() : 0;
    if (*status == 0)
        return Error{ErrorKind::Network,
                     Tr::tr("Could not reach %1 (%2).").arg(url.value().host(), reply->errorString()),
                     QStringLiteral("NETWORK")};
    return reply->readAll();
}

Status TokenSource::revoke(const QByteArray& refreshToken) {
    if (refreshToken.isEmpty())
        return {};
    int status = 0;
    // Salesforce "Revoke OAuth Tokens": POST /services/oauth2/revoke with token=<refresh token> revokes it
    // and every access token issued from it.
    auto r = postForm(QStringLiteral("/services/oauth2/revoke"),
                      formEncode({{QStringLiteral("token"), QString::fromUtf8(refreshToken)}}), &status);
    qCInfo(lcAuth) << "POST /services/oauth2/revoke ->" << status;
    if (!r)
        return r.error();
    if (status != 200)
        return SalesforceClient::errorFromResponse(ErrorKind::Server, status, r.value());
    return {};
}

} // namespace vms
