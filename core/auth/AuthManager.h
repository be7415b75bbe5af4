#pragma once

#include "core/auth/OAuthTokens.h"
#include "core/auth/Session.h"
#include "core/auth/TokenStore.h"
#include "core/common/Error.h"
#include "core/salesforce/AccessTokenSource.h"
#include "core/salesforce/CancelToken.h"
#include "core/salesforce/OrgMapping.h"
#include "core/salesforce/SalesforceClient.h"

#include <QMutex>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace vms {

class Database;

// The signed-in state of one profile: the credentials (refresh token etc. in the TokenStore, the access
// token in memory only), the cached Session (user, org, role) in the profile's cache, and the one place
// access tokens are renewed. It is the AccessTokenSource every SalesforceClient of the process uses, on
// any thread.
//
// Lives on the thread that creates it (the main thread) and uses that thread's QNetworkAccessManager for
// token requests. refreshAccessToken() may be called from any thread; everything else only on this
// object's thread. The blocking calls (completeSignIn, fetchRole, refreshSession, signOut) run local event
// loops: vms-cli calls them directly; the GUI calls them from its sign-in dialog, short and with user input
// excluded, or from the sync worker (fetchRole) through its own client.
class AuthManager final
    : public QObject
    , public AccessTokenSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthManager)

public:
    struct Options {
        std::chrono::milliseconds tokenRequestTimeout{60'000};
        SalesforceClientOptions client; // for the identity and role calls
    };

    AuthManager(QNetworkAccessManager* nam, TokenStore* store, QString profileId,
                std::shared_ptr<Database> db, OrgMapping mapping, Options options, QObject* parent = nullptr);
    AuthManager(QNetworkAccessManager* nam, TokenStore* store, QString profileId,
                std::shared_ptr<Database> db, OrgMapping mapping, QObject* parent = nullptr);
    ~AuthManager() override;

    TokenStore* tokenStore() const { return m_store; }
    // The GUI's "stay signed in for this run only" swaps in a MemoryTokenStore.
    void setTokenStore(TokenStore* store) { m_store = store; }
    const OrgMapping& mapping() const { return m_mapping; }

    // The cached session (no network).
    Session session() const;
    // Loads the credentials from the token store (no network). true when there were some.
    Result<bool> restore();
    bool hasCredentials() const;
    std::optional<StoredCredentials> credentials() const;

    // Finishes a sign-in after OAuthFlow: reads the user's identity and role from the org, stores the
    // credentials in the token store and caches the Session. When any step fails (a keychain that cannot
    // store them above all) nothing is kept: the tokens are revoked at the org and forgotten.
    Result<Session> completeSignIn(const OAuthTokens& tokens, const QUrl& loginUrl, const QString& clientId);

    // The role from the org's permission sets (salesforce-org.md, "Who may do what"):
    // SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = '<user id>'; cached in the
    // Session through noteRole(). The sync calls it (or roleFor() with its own client, then noteRole())
    // at each sync.
    Result<Role> fetchRole(const CancelToken& cancel = {});
    // Caches the role the org gives now for `userId`, unless that user has signed out meanwhile; emits
    // roleChanged when it differs from the cached one.
    Status noteRole(const QString& userId, Role role);
    // The same query through any client (e.g. the sync engine's, on its worker thread). Thread-safe.
    static Result<Role> roleFor(SalesforceClient& client, const OrgMapping& mapping, const QString& userId,
                                const CancelToken& cancel = {});
    // Re-reads identity and role from the org and updates the cached Session.
    Result<Session> refreshSession(const CancelToken& cancel = {});

    // Signs out: revokes the refresh token at the org (when revoke and reachable), deletes the token store
    // entries and marks the cached Session signed out. Local data is kept.
    Status signOut(bool revoke = true);

    // A client for the calling thread's QNetworkAccessManager, authenticated through this manager.
    std::unique_ptr<SalesforceClient> makeClient(QNetworkAccessManager* nam, QObject* parent = nullptr) const;
    // This thread's client (identity, role, whoami, health).
    SalesforceClient& client();

    // AccessTokenSource
    QByteArray accessToken() const override;
    void refreshAccessToken(const QByteArray& rejected, QObject* context, RefreshCallback done) override;

    // For tests: drop the in-memory access token, as a new process would start.
    void forgetAccessToken();

Q_SIGNALS:
    void signedIn();
    // The sign-in ended: by signOut(), or because the org refused the refresh token (revoked, expired).
    void signedOut(const QString& reason);
    // The org gives the signed-in user another role than the cached one (read at a sync or refresh).
    void roleChanged(vms::Role role);
    // A refresh finished (internal: wakes the waiting requests, on their own threads).
    void refreshFinished(const QByteArray& token, int errorKind, const QString& message, const QString& code);

private:
    void startOrJoinRefresh(const QByteArray& rejected);
    void onRefreshReply(int status, const QByteArray& body, const QString& networkError);
    void signOutLocally(const QString& reason);
    Status revoke(const QByteArray& token);
    Result<QByteArray> postForm(const QString& path, const QByteArray& body, int* status);
    // `path` on the stored login host, once SalesforceHosts has accepted that host.
    static Result<QUrl> loginEndpoint(const StoredCredentials& credentials, const QString& path);
    // The signed-in user as the instance's UserInfo endpoint describes them (name, ids).
    static Result<nlohmann::json> userInfo(SalesforceClient& client, const QString& orgId,
                                           const QString& userId, const CancelToken& cancel = {});
    QString userDisplayName(const nlohmann::json& identity) const;

    QNetworkAccessManager* m_nam;
    TokenStore* m_store;
    QString m_profileId;
    std::shared_ptr<Database> m_db;
    OrgMapping m_mapping;
    Options m_options;

    mutable QMutex m_mutex; // guards m_access and m_credentials
    QByteArray m_access;
    std::optional<StoredCredentials> m_credentials;

    bool m_refreshing = false;
    std::unique_ptr<SalesforceClient> m_client;
};

} // namespace vms
