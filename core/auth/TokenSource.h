#pragma once

#include "core/auth/OAuthTokens.h"
#include "core/auth/TokenStore.h"
#include "core/common/Error.h"
#include "core/salesforce/AccessTokenSource.h"

#include <QMutex>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace vms {

// One profile's credentials and the one place its access tokens are renewed: the refresh token and the
// rest in the TokenStore, the access token in memory only. It is the AccessTokenSource every
// SalesforceClient of the process uses, on any thread.
//
// Lives on the thread that creates it (the main thread) and posts token requests with that thread's
// QNetworkAccessManager. accessToken(), credentials(), hasCredentials() and refreshAccessToken() may be
// called from any thread; everything else only on this object's thread.
class TokenSource final
    : public QObject
    , public AccessTokenSource {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSource)

public:
    TokenSource(QNetworkAccessManager* nam, TokenStore* store, QString profileId,
                std::chrono::milliseconds requestTimeout, QObject* parent = nullptr);
    ~TokenSource() override;

    TokenStore* tokenStore() const { return m_store; }
    // The GUI's "stay signed in for this run only" swaps in a MemoryTokenStore.
    void setTokenStore(TokenStore* store) { m_store = store; }

    // Loads the credentials from the token store (no network). true when there were some.
    Result<bool> restore();
    bool hasCredentials() const;
    std::optional<StoredCredentials> credentials() const;

    // Holds a new sign-in's tokens in memory, so that clients can use them before they are stored; returns
    // the credentials to store() once the sign-in has been checked.
    StoredCredentials adopt(const OAuthTokens& tokens, const QUrl& loginUrl, const QString& clientId);
    Status store(const StoredCredentials& credentials);
    // Forgets the tokens held in memory; the stored ones stay.
    void forget();
    // forget(), and deletes the stored credentials too.
    Status forgetStored();
    // Salesforce "Revoke OAuth Tokens" at the stored login host: the refresh token and every access token
    // issued from it stop working. Blocks in a local event loop.
    Status revoke(const QByteArray& refreshToken);

    // AccessTokenSource
    QByteArray accessToken() const override;
    void refreshAccessToken(const QByteArray& rejected, QObject* context, RefreshCallback done) override;

    // For tests: drop the in-memory access token, as a new process would start.
    void forgetAccessToken();

Q_SIGNALS:
    // The org refused the refresh token (revoked, expired): the sign-in is over. Emitted before the waiting
    // requests hear of it, so that they find the user signed out.
    void refreshTokenRefused(const QString& reason);
    // A refresh finished (internal: wakes the waiting requests, on their own threads).
    void refreshFinished(const QByteArray& token, int errorKind, const QString& message, const QString& code);

private:
    void startOrJoinRefresh(const QByteArray& rejected);
    void onRefreshReply(int status, const QByteArray& body, const QString& networkError);
    Result<QByteArray> postForm(const QString& path, const QByteArray& body, int* status);
    // `path` on the stored login host, once SalesforceHosts has accepted that host.
    static Result<QUrl> loginEndpoint(const StoredCredentials& credentials, const QString& path);

    QNetworkAccessManager* m_nam;
    TokenStore* m_store;
    QString m_profileId;
    std::chrono::milliseconds m_requestTimeout;

    mutable QMutex m_mutex; // guards m_access and m_credentials
    QByteArray m_access;
    std::optional<StoredCredentials> m_credentials;

    bool m_refreshing = false;
};

} // namespace vms
