#include "core/auth/AuthManager.h"

#include "core/auth/OAuthTokens.h"
#include "core/common/Logging.h"
#include "core/db/Database.h"
#include "core/db/Meta.h"
#include "core/salesforce/SalesforceHosts.h"
#include "core/salesforce/Soql.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace vms {

using nlohmann::json;

namespace {

QString jsonString(const json& j, const char* key) {
    if (!j.is_object())
        return {};
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

AuthManager::AuthManager(QNetworkAccessManager* nam, TokenStore* store, QString profileId,
                         std::shared_ptr<Database> db, OrgMapping mapping, Options options, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_store(store)
    , m_profileId(std::move(profileId))
    , m_db(std::move(db))
    , m_mapping(std::move(mapping))
    , m_options(std::move(options)) {}

AuthManager::AuthManager(QNetworkAccessManager* nam, TokenStore* store, QString profileId,
                         std::shared_ptr<Database> db, OrgMapping mapping, QObject* parent)
    : AuthManager(nam, store, std::move(profileId), std::move(db), std::move(mapping), Options{}, parent) {}

AuthManager::~AuthManager() = default;

Session AuthManager::session() const {
    return Session::loadCached(m_db->connection());
}

Result<bool> AuthManager::restore() {
    auto loaded = m_store->load(m_profileId);
    if (!loaded)
        return loaded.error();
    QMutexLocker lock(&m_mutex);
    m_credentials = loaded.value();
    m_access.clear();
    return m_credentials.has_value();
}

bool AuthManager::hasCredentials() const {
    QMutexLocker lock(&m_mutex);
    return m_credentials.has_value();
}

std::optional<StoredCredentials> AuthManager::credentials() const {
    QMutexLocker lock(&m_mutex);
    return m_credentials;
}

QByteArray AuthManager::accessToken() const {
    QMutexLocker lock(&m_mutex);
    return m_access;
}

void AuthManager::forgetAccessToken() {
    QMutexLocker lock(&m_mutex);
    m_access.clear();
}

std::unique_ptr<SalesforceClient> AuthManager::makeClient(QNetworkAccessManager* nam, QObject* parent) const {
    const auto creds = credentials();
    const QUrl instance(creds ? creds->instanceUrl : session().instanceUrl);
    return std::make_unique<SalesforceClient>(nam, instance, const_cast<AuthManager*>(this), m_options.client,
                                              parent);
}

SalesforceClient& AuthManager::client() {
    const auto creds = credentials();
    if (!m_client)
        m_client = makeClient(m_nam);
    else if (creds)
        m_client->setInstanceUrl(QUrl(creds->instanceUrl));
    return *m_client;
}

Result<QUrl> AuthManager::loginEndpoint(const StoredCredentials& credentials, const QString& path) {
    // The login URL comes from the keychain: checked again before every token or revoke request, so an
    // entry that names another host sends the refresh token nowhere.
    QUrl url(credentials.loginUrl, QUrl::StrictMode);
    if (Status s = SalesforceHosts::checkLoginHost(url); !s)
        return Error{ErrorKind::Auth,
                     tr("The stored sign-in is unusable: %1 Sign in again.").arg(s.error().message),
                     QStringLiteral("UNTRUSTED_HOST")};
    url.setPath(path);
    return url;
}

// ---- refresh -------------------------------------------------------------------------------------------

void AuthManager::refreshAccessToken(const QByteArray& rejected, QObject* context, RefreshCallback done) {
    // The waiter listens for the next refreshFinished on its own thread (queued: never synchronously, and
    // Qt drops the delivery safely if the context dies first). Any refreshFinished satisfies it: each one
    // carries the newest token or the reason there is none.
    auto delivered = std::make_shared<bool>(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        this, &AuthManager::refreshFinished, context,
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

void AuthManager::startOrJoinRefresh(const QByteArray& rejected) {
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
                               tr("Not signed in: sign in (vms-cli login) first."),
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
    req.setTransferTimeout(static_cast<int>(m_options.tokenRequestTimeout.count()));
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

void AuthManager::onRefreshReply(int status, const QByteArray& body, const QString& networkError) {
    m_refreshing = false;
    qCInfo(lcAuth) << "POST /services/oauth2/token (refresh_token) ->" << status;
    if (status == 0) {
        Q_EMIT refreshFinished(
            {}, static_cast<int>(ErrorKind::Network),
            tr("Could not reach the login host to renew the session (%1).").arg(networkError),
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
                tr("The sign-in was revoked or has expired (%1). Sign in again.").arg(e.message);
            signOutLocally(why);
            Q_EMIT refreshFinished({}, static_cast<int>(ErrorKind::Auth), why, e.code);
            return;
        }
        const ErrorKind kind = status >= 500 ? ErrorKind::Network : e.kind;
        Q_EMIT refreshFinished({}, static_cast<int>(kind),
                               tr("The org did not renew the session: %1").arg(e.message), e.code);
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

void AuthManager::signOutLocally(const QString& reason) {
    {
        QMutexLocker lock(&m_mutex);
        m_access.clear();
        m_credentials.reset();
    }
    if (Status s = m_store->remove(m_profileId); !s)
        qCWarning(lcAuth).noquote() << "could not delete the stored sign-in:" << s.error().code;
    if (Status s = Session::clearCached(m_db->connection()); !s)
        qCWarning(lcAuth).noquote() << "could not mark the cached session signed out:" << s.error().message;
    qCInfo(lcAuth) << "signed out";
    Q_EMIT signedOut(reason);
}

// ---- sign-in, role, sign-out ---------------------------------------------------------------------------

QString AuthManager::userDisplayName(const json& identity) const {
    for (const char* key : {"display_name", "name", "username", "preferred_username"}) {
        const QString v = jsonString(identity, key);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

Result<Session> AuthManager::completeSignIn(const OAuthTokens& tokens, const QUrl& loginUrl,
                                            const QString& clientId) {
    StoredCredentials creds;
    creds.refreshToken = tokens.refreshToken;
    creds.instanceUrl = tokens.instanceUrl;
    creds.identityUrl = tokens.identityUrl;
    creds.orgId = tokens.orgId;
    creds.userId = tokens.userId;
    creds.loginUrl = loginUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    creds.clientId = clientId;
    {
        QMutexLocker lock(&m_mutex);
        m_access = tokens.accessToken;
        m_credentials = creds;
    }
    auto abandon = [this, &tokens](const Error& e) -> Result<Session> {
        // Nothing of this sign-in may survive: the org forgets the tokens, and so do we.
        (void)revoke(tokens.refreshToken);
        QMutexLocker lock(&m_mutex);
        m_access.clear();
        m_credentials.reset();
        return e;
    };

    SalesforceClient& sf = client();
    auto identity = userInfo(sf, tokens.orgId, tokens.userId);
    if (!identity)
        return abandon(identity.error());
    auto role = roleFor(sf, m_mapping, tokens.userId);
    if (!role)
        return abandon(role.error());
    if (Status s = m_store->save(m_profileId, creds); !s)
        return abandon(s.error());

    Session session;
    session.signedIn = true;
    session.userName = userDisplayName(identity.value());
    session.userId = tokens.userId;
    session.orgId = tokens.orgId;
    session.instanceUrl = tokens.instanceUrl;
    session.role = role.value();
    if (Status s = session.saveCached(m_db->connection()); !s)
        return s.error();
    // Another user's setup check says nothing of this one's permission sets: the next sync checks again.
    (void)Meta(m_db->connection()).remove(MetaKey::SetupCheck);
    qCInfo(lcAuth) << "signed in as user" << session.userId << "role" << roleName(session.role);
    Q_EMIT signedIn();
    return session;
}

Result<json> AuthManager::userInfo(SalesforceClient& client, const QString& orgId, const QString& userId,
                                   const CancelToken& cancel) {
    // The identity URL of the token answer is on the login host; the access token goes to the instance
    // only (salesforce-org.md, "Hosts VMS talks to"), so the user is read from the instance's OpenID
    // Connect UserInfo endpoint, which Salesforce serves on every My Domain and instance
    // ("UserInfo Endpoint"). Its ids must be the ones the token answer named.
    auto info = client.getJson(QStringLiteral("/services/oauth2/userinfo"), cancel);
    if (!info)
        return info.error();
    const QString answeredUser = jsonString(info.value(), "user_id");
    const QString answeredOrg = jsonString(info.value(), "organization_id");
    if ((!answeredUser.isEmpty() && answeredUser.left(15) != userId.left(15)) ||
        (!answeredOrg.isEmpty() && answeredOrg.left(15) != orgId.left(15)))
        return Error{ErrorKind::Auth, tr("The org answered for another user than the one who signed in."),
                     QStringLiteral("USER_MISMATCH")};
    return info;
}

Result<Role> AuthManager::roleFor(SalesforceClient& client, const OrgMapping& mapping, const QString& userId,
                                  const CancelToken& cancel) {
    // The id came from the org, but it is still checked before it is quoted into SOQL.
    if (!soql::isSalesforceId(userId))
        return Error{ErrorKind::Auth, tr("'%1' is not a Salesforce user id.").arg(userId),
                     QStringLiteral("BAD_ID")};
    const QString query =
        QStringLiteral("SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = ") +
        soql::quote(userId);
    QStringList names;
    auto r = client.query(
        query,
        [&names](const QueryPage& page) {
            for (const json& rec : page.records) {
                const auto ps = rec.find("PermissionSet");
                if (ps != rec.end() && ps->is_object())
                    names << jsonString(*ps, "Name");
            }
            return Status{};
        },
        cancel);
    if (!r)
        return r.error();
    return mapping.roleForPermissionSets(names);
}

Result<Role> AuthManager::fetchRole(const CancelToken& cancel) {
    const auto creds = credentials();
    if (!creds)
        return Error{ErrorKind::Auth, tr("Not signed in."), QStringLiteral("NOT_SIGNED_IN")};
    auto role = roleFor(client(), m_mapping, creds->userId, cancel);
    if (!role)
        return role;
    if (Status s = noteRole(creds->userId, role.value()); !s)
        return s.error();
    return role;
}

Status AuthManager::noteRole(const QString& userId, Role role) {
    auto changed = Session::updateCachedRole(m_db->connection(), userId, role);
    if (!changed)
        return changed.error();
    if (changed.value()) {
        qCInfo(lcAuth) << "the org now gives the role" << roleName(role);
        Q_EMIT roleChanged(role);
    }
    return {};
}

Result<Session> AuthManager::refreshSession(const CancelToken& cancel) {
    const auto creds = credentials();
    if (!creds)
        return Error{ErrorKind::Auth, tr("Not signed in."), QStringLiteral("NOT_SIGNED_IN")};
    auto identity = userInfo(client(), creds->orgId, creds->userId, cancel);
    if (!identity)
        return identity.error();
    auto role = roleFor(client(), m_mapping, creds->userId, cancel);
    if (!role)
        return role.error();
    Session s = session();
    const Role before = s.role;
    s.signedIn = true;
    s.userName = userDisplayName(identity.value());
    s.userId = creds->userId;
    s.orgId = creds->orgId;
    s.instanceUrl = creds->instanceUrl;
    s.role = role.value();
    if (Status st = s.saveCached(m_db->connection()); !st)
        return st.error();
    if (before != s.role)
        Q_EMIT roleChanged(s.role);
    return s;
}

Result<QByteArray> AuthManager::postForm(const QString& path, const QByteArray& body, int* status) {
    const auto creds = credentials();
    if (!creds)
        return Error{ErrorKind::Auth, tr("Not signed in."), QStringLiteral("NOT_SIGNED_IN")};
    auto url = loginEndpoint(*creds, path);
    if (!url)
        return url.error();
    QNetworkRequest req(url.value());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setTransferTimeout(static_cast<int>(m_options.tokenRequestTimeout.count()));
    QNetworkReply* reply = m_nam->post(req, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    reply->deleteLater();
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    *status = code.isValid() ? code.toInt() : 0;
    if (*status == 0)
        return Error{ErrorKind::Network,
                     tr("Could not reach %1 (%2).").arg(url.value().host(), reply->errorString()),
                     QStringLiteral("NETWORK")};
    return reply->readAll();
}

Status AuthManager::revoke(const QByteArray& token) {
    if (token.isEmpty())
        return {};
    int status = 0;
    // Salesforce "Revoke OAuth Tokens": POST /services/oauth2/revoke with token=<refresh token> revokes it
    // and every access token issued from it.
    auto r = postForm(QStringLiteral("/services/oauth2/revoke"),
                      formEncode({{QStringLiteral("token"), QString::fromUtf8(token)}}), &status);
    qCInfo(lcAuth) << "POST /services/oauth2/revoke ->" << status;
    if (!r)
        return r.error();
    if (status != 200)
        return SalesforceClient::errorFromResponse(ErrorKind::Server, status, r.value());
    return {};
}

Status AuthManager::signOut(bool revokeAtOrg) {
    const auto creds = credentials();
    Status revoked;
    if (revokeAtOrg && creds)
        revoked = revoke(creds->refreshToken);
    {
        QMutexLocker lock(&m_mutex);
        m_access.clear();
        m_credentials.reset();
    }
    if (Status s = m_store->remove(m_profileId); !s)
        return s;
    if (Status s = Session::clearCached(m_db->connection()); !s)
        return s;
    Q_EMIT signedOut(tr("Signed out."));
    if (!revoked)
        return Error{revoked.error().kind,
                     tr("Signed out here, but the org could not be told to revoke the sign-in: %1")
                         .arg(revoked.error().message),
                     revoked.error().code};
    return {};
}

} // namespace vms
