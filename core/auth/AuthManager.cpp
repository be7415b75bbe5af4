#include "core/auth/AuthManager.h"

#include "core/auth/UserQuery.h"
#include "core/common/Logging.h"

namespace vms {

AuthManager::AuthManager(QNetworkAccessManager* nam, TokenStore* store, QString profileId,
                         std::shared_ptr<Database> db, OrgMapping mapping, Options options, QObject* parent)
    : QObject(parent)
    , m_tokens(nam, store, std::move(profileId), options.tokenRequestTimeout)
    , m_session(std::move(db))
    , m_clients(nam, &m_tokens, &m_session, std::move(options.client))
    , m_mapping(std::move(mapping)) {
    connect(&m_tokens, &TokenSource::refreshTokenRefused, this, &AuthManager::signOutLocally);
}

AuthManager::AuthManager(QNetworkAccessManager* nam, TokenStore* store, QString profileId,
                         std::shared_ptr<Database> db, OrgMapping mapping, QObject* parent)
    : AuthManager(nam, store, std::move(profileId), std::move(db), std::move(mapping), Options{}, parent) {}

AuthManager::~AuthManager() = default;

void AuthManager::signOutLocally(const QString& reason) {
    if (Status s = m_tokens.forgetStored(); !s)
        qCWarning(lcAuth).noquote() << "could not delete the stored sign-in:" << s.error().code;
    if (Status s = m_session.signOut(); !s)
        qCWarning(lcAuth).noquote() << "could not mark the cached session signed out:" << s.error().message;
    qCInfo(lcAuth) << "signed out";
    Q_EMIT signedOut(reason);
}

Result<Session> AuthManager::completeSignIn(const OAuthTokens& tokens, const QUrl& loginUrl,
                                            const QString& clientId) {
    const StoredCredentials creds = m_tokens.adopt(tokens, loginUrl, clientId);
    auto abandon = [this, &tokens](const Error& e) -> Result<Session> {
        // Nothing of this sign-in may survive: the org forgets the tokens, and so do we.
        (void)m_tokens.revoke(tokens.refreshToken);
        m_tokens.forget();
        return e;
    };

    SalesforceClient& sf = client();
    auto identity = UserQuery::identity(sf, tokens.orgId, tokens.userId);
    if (!identity)
        return abandon(identity.error());
    auto role = UserQuery::role(sf, m_mapping, tokens.userId);
    if (!role)
        return abandon(role.error());
    if (Status s = m_tokens.store(creds); !s)
        return abandon(s.error());

    Session session;
    session.signedIn = true;
    session.userName = UserQuery::displayName(identity.value());
    session.userId = tokens.userId;
    session.orgId = tokens.orgId;
    session.instanceUrl = tokens.instanceUrl;
    session.role = role.value();
    if (Status s = m_session.signIn(session); !s)
        return s.error();
    qCInfo(lcAuth) << "signed in as user" << session.userId << "role" << roleName(session.role);
    Q_EMIT signedIn();
    return session;
}

Result<Role> AuthManager::fetchRole(const CancelToken& cancel) {
    const auto creds = m_tokens.credentials();
    if (!creds)
        return Error{ErrorKind::Auth, tr("Not signed in."), QStringLiteral("NOT_SIGNED_IN")};
    auto role = UserQuery::role(client(), m_mapping, creds->userId, cancel);
    if (!role)
        return role;
    if (Status s = noteRole(creds->userId, role.value()); !s)
        return s.error();
    return role;
}

Status AuthManager::noteRole(const QString& userId, Role role) {
    auto changed = m_session.noteRole(userId, role);
    if (!changed)
        return changed.error();
    if (changed.value()) {
        qCInfo(lcAuth) << "the org now gives the role" << roleName(role);
        Q_EMIT roleChanged(role);
    }
    return {};
}

Result<Session> AuthManager::refreshSession(const CancelToken& cancel) {
    const auto creds = m_tokens.credentials();
    if (!creds)
        return Error{ErrorKind::Auth, tr("Not signed in."), QStringLiteral("NOT_SIGNED_IN")};
    auto identity = UserQuery::identity(client(), creds->orgId, creds->userId, cancel);
    if (!identity)
        return identity.error();
    auto role = UserQuery::role(client(), m_mapping, creds->userId, cancel);
    if (!role)
        return role.error();
    Session s = session();
    const Role before = s.role;
    s.signedIn = true;
    s.userName = UserQuery::displayName(identity.value());
    s.userId = creds->userId;
    s.orgId = creds->orgId;
    s.instanceUrl = creds->instanceUrl;
    s.role = role.value();
    if (Status st = m_session.save(s); !st)
        return st.error();
    if (before != s.role)
        Q_EMIT roleChanged(s.role);
    return s;
}

Status AuthManager::signOut(bool revokeAtOrg) {
    const auto creds = m_tokens.credentials();
    Status revoked;
    if (revokeAtOrg && creds)
        revoked = m_tokens.revoke(creds->refreshToken);
    if (Status s = m_tokens.forgetStored(); !s)
        return s;
    if (Status s = m_session.signOut(); !s)
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
