#pragma once

#include "core/auth/ClientFactory.h"
#include "core/auth/OAuthTokens.h"
#include "core/auth/Session.h"
#include "core/auth/SessionCache.h"
#include "core/auth/TokenSource.h"
#include "core/auth/TokenStore.h"
#include "core/auth/UserQuery.h"
#include "core/common/Error.h"
#include "core/salesforce/CancelToken.h"
#include "core/salesforce/OrgMapping.h"
#include "core/salesforce/SalesforceClient.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace vms {

class Database;

// The signed-in state of one profile, and the steps that change it: sign in, read the role, sign out.
// Each part has a class of its own: TokenSource (credentials, the access token and its renewal),
// SessionCache (the cached Session), UserQuery (who the org says the user is, and their role),
// ClientFactory (clients for the signed-in instance). AuthManager stays as their facade because every
// step touches several of them in one order (a sign-in checks the user with a client before it stores
// the tokens and caches the Session; a refused refresh token signs out of all of them), and because the
// window, the sync controller and vms-cli want one object whose signals say when the sign-in changed.
//
// Lives on the thread that creates it (the main thread). The blocking calls (completeSignIn, fetchRole,
// refreshSession, signOut) run local event loops: vms-cli calls them directly; the GUI calls them from its
// sign-in dialog, short and with user input excluded, or from the sync worker (fetchRole) through its own
// client.
class AuthManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthManager)

public:
    struct Options {
        std::chrono::milliseconds tokenRequestTimeout{60'000};
        SalesforceClientOptions client; // for the identity and role calls
    };

    // `mapping` says which permission sets give which role; the profile's mapping itself is AppContext's.
    AuthManager(QNetworkAccessManager* nam, TokenStore* store, QString profileId,
                std::shared_ptr<Database> db, OrgMapping mapping, Options options, QObject* parent = nullptr);
    AuthManager(QNetworkAccessManager* nam, TokenStore* store, QString profileId,
                std::shared_ptr<Database> db, OrgMapping mapping, QObject* parent = nullptr);
    ~AuthManager() override;

    // The credentials and the access token (the AccessTokenSource of every client).
    TokenSource& tokens() { return m_tokens; }
    TokenStore* tokenStore() const { return m_tokens.tokenStore(); }
    // The GUI's "stay signed in for this run only" swaps in a MemoryTokenStore.
    void setTokenStore(TokenStore* store) { m_tokens.setTokenStore(store); }
    // Loads the credentials from the token store (no network). true when there were some.
    Result<bool> restore() { return m_tokens.restore(); }
    bool hasCredentials() const { return m_tokens.hasCredentials(); }

    // The cached session (no network).
    Session session() const { return m_session.load(); }

    // Finishes a sign-in after OAuthFlow: reads the user's identity and role from the org, stores the
    // credentials in the token store and caches the Session. When any step fails (a keychain that cannot
    // store them above all) nothing is kept: the tokens are revoked at the org and forgotten.
    Result<Session> completeSignIn(const OAuthTokens& tokens, const QUrl& loginUrl, const QString& clientId);

    // The role from the org's permission sets (UserQuery::role), cached in the Session through noteRole().
    // The sync calls it (or roleFor() with its own client, then noteRole()) at each sync.
    Result<Role> fetchRole(const CancelToken& cancel = {});
    // Caches the role the org gives now for `userId`, unless that user has signed out meanwhile; emits
    // roleChanged when it differs from the cached one.
    Status noteRole(const QString& userId, Role role);
    // The same query through any client (e.g. the sync engine's, on its worker thread). Thread-safe.
    static Result<Role> roleFor(SalesforceClient& client, const OrgMapping& mapping, const QString& userId,
                                const CancelToken& cancel = {}) {
        return UserQuery::role(client, mapping, userId, cancel);
    }
    // Re-reads identity and role from the org and updates the cached Session.
    Result<Session> refreshSession(const CancelToken& cancel = {});

    // Signs out: revokes the refresh token at the org (when revoke and reachable), deletes the token store
    // entries and marks the cached Session signed out. Local data is kept.
    Status signOut(bool revoke = true);

    // A client for the calling thread's QNetworkAccessManager, authenticated through the TokenSource.
    std::unique_ptr<SalesforceClient> makeClient(QNetworkAccessManager* nam,
                                                 QObject* parent = nullptr) const {
        return m_clients.make(nam, parent);
    }
    // This thread's client (identity, role, whoami, health).
    SalesforceClient& client() { return m_clients.client(); }

Q_SIGNALS:
    void signedIn();
    // The sign-in ended: by signOut(), or because the org refused the refresh token (revoked, expired).
    void signedOut(const QString& reason);
    // The org gives the signed-in user another role than the cached one (read at a sync or refresh).
    void roleChanged(vms::Role role);

private:
    void signOutLocally(const QString& reason);

    TokenSource m_tokens;
    SessionCache m_session;
    ClientFactory m_clients;
    OrgMapping m_mapping; // for the role queries
};

} // namespace vms
