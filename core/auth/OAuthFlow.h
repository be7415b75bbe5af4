#pragma once

#include "core/auth/OAuthTokens.h"
#include "core/auth/Pkce.h"
#include "core/common/Error.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;

namespace vms {

struct OAuthFlowOptions {
    QUrl loginUrl; // validated with LoginHost::validate
    QString clientId;
    quint16 redirectPort = 1717;
    std::chrono::milliseconds timeout{300'000};
    std::chrono::milliseconds tokenRequestTimeout{60'000};
};

// The OAuth 2.0 web-server flow with PKCE for a desktop app (salesforce-org.md, "OAuth for a desktop
// app"): a loopback listener on 127.0.0.1 (and ::1 when available) receives the browser's redirect to
// http://localhost:<port>/OauthRedirect, ignores any request whose `state` is not its own, exchanges the code
// for tokens at the login host's /services/oauth2/token with the PKCE verifier, and answers the browser with
// a small page that says whether sign-in succeeded and, if not, why.
//
// Why our own flow and not Qt NetworkAuth's QOAuth2AuthorizationCodeFlow + QOAuthHttpServerReplyHandler:
// Qt 6.4 has no PKCE support (added in 6.8), so we would have to inject the challenge and verifier
// through its modifyParametersFunction hooks; its reply handler answers the browser with a fixed page
// before the code exchange has happened (so it cannot say whether sign-in worked), listens on one
// address only, and offers no timeout; it also parses token answers expecting expires_in, which
// Salesforce never sends. The flow itself is ~300 lines with every step visible and testable, and it
// keeps Qt NetworkAuth out of vms_core's dependencies.
//
// The flow never opens the browser: it emits authorizeUrlReady and the GUI (QDesktopServices) or vms-cli
// (prints it, optionally xdg-open) decides. It never logs a code, verifier or token.
class OAuthFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthFlow)

public:
    OAuthFlow(QNetworkAccessManager* nam, OAuthFlowOptions options, QObject* parent = nullptr);
    ~OAuthFlow() override;

    // Validates the options and starts listening; ErrorKind::Usage for a bad login URL or a port that is
    // taken. On success authorizeUrl() is ready (and authorizeUrlReady was emitted).
    Status start();
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QString redirectUri() const;
    // Stops waiting: the flow finishes with ErrorKind::Cancelled.
    void cancel();

    bool isFinished() const { return m_result.has_value(); }
    // The outcome once finished() was emitted.
    const Result<OAuthTokens>& result() const { return *m_result; }
    // Blocks on a local event loop until the flow finishes (vms-cli; never the GUI thread).
    Result<OAuthTokens> waitForResult();

    // For tests that play the browser: the PKCE verifier this flow will present.
    const Pkce& pkce() const { return m_pkce; }

Q_SIGNALS:
    void authorizeUrlReady(const QUrl& url);
    // The flow is over; see result(). Emitted exactly once.
    void finished();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handleRedirect(QTcpSocket* socket, const QUrl& target);
    void exchangeCode(QTcpSocket* socket, const QString& code);
    void answerBrowser(QTcpSocket* socket, int status, bool success, const QString& message);
    void finish(Result<OAuthTokens> result);
    void stopListening();

    QNetworkAccessManager* m_nam;
    OAuthFlowOptions m_options;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_authorizeUrl;
    QList<QTcpServer*> m_servers;
    QTimer m_timeout;
    bool m_exchanging = false;
    bool m_exchangeAnswered = false; // the browser got its final page
    std::optional<Result<OAuthTokens>> m_result;
};

} // namespace vms
