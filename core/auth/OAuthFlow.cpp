#include "core/auth/OAuthFlow.h"

#include "core/auth/LoginHost.h"
#include "core/auth/OAuthTokens.h"
#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace vms {

namespace {

constexpr qsizetype kMaxRequestHead = 16 * 1024;

QString htmlEscape(const QString& s) {
    return s.toHtmlEscaped();
}

} // namespace

OAuthFlow::OAuthFlow(QNetworkAccessManager* nam, OAuthFlowOptions options, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_options(std::move(options))
    , m_pkce(Pkce::generate()) {
    QByteArray state(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(state.data()), state.size() / 4);
    m_state = state.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Error{ErrorKind::Auth,
                     tr("Sign-in timed out: the browser did not come back within %1 s.")
                         .arg(static_cast<double>(m_options.timeout.count()) / 1000.0),
                     QStringLiteral("TIMEOUT")});
    });
}

OAuthFlow::~OAuthFlow() {
    stopListening();
}

QString OAuthFlow::redirectUri() const {
    // Salesforce compares the callback URL with the connected app's as a string, and the documented one
    // is http://localhost:1717/OauthRedirect, so "localhost" it is (salesforce-org.md).
    return QStringLiteral("http://localhost:%1/OauthRedirect").arg(m_options.redirectPort);
}

Status OAuthFlow::start() {
    auto login = LoginHost::validate(m_options.loginUrl.toString());
    if (!login)
        return login.error();
    m_options.loginUrl = login.value();
    if (m_options.clientId.trimmed().isEmpty())
        return Error::usage(tr("The connected app's client id (consumer key) is empty."));
    if (m_options.redirectPort == 0)
        return Error::usage(tr("The redirect port must be 1–65535."));

    // 127.0.0.1 must work; ::1 too when the machine has IPv6, because browsers may resolve "localhost" to
    // either.
    auto* v4 = new QTcpServer(this);
    if (!v4->listen(QHostAddress::LocalHost, m_options.redirectPort)) {
        const QString why = v4->errorString();
        delete v4;
        return Error::usage(
            tr("Cannot listen on localhost port %1 for the browser's redirect (%2). Is another "
               "sign-in running? Choose another port with --redirect-port.")
                .arg(m_options.redirectPort)
                .arg(why));
    }
    m_servers << v4;
    auto* v6 = new QTcpServer(this);
    if (v6->listen(QHostAddress::LocalHostIPv6, m_options.redirectPort))
        m_servers << v6;
    else
        delete v6;
    for (QTcpServer* s : std::as_const(m_servers))
        connect(s, &QTcpServer::newConnection, this, &OAuthFlow::onNewConnection);

    QUrl url = m_options.loginUrl;
    url.setPath(QStringLiteral("/services/oauth2/authorize"));
    QUrlQuery q;
    const QList<QPair<QString, QString>> params = {
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), m_options.clientId},
        {QStringLiteral("redirect_uri"), redirectUri()},
        {QStringLiteral("state"), QString::fromLatin1(m_state)},
        {QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
        // refresh_token so a later run signs in without the browser; api for REST.
        {QStringLiteral("scope"), QStringLiteral("api refresh_token")},
    };
    url.setQuery(QString::fromLatin1(formEncode(params)), QUrl::StrictMode);
    m_authorizeUrl = url;
    m_timeout.start(static_cast<int>(m_options.timeout.count()));
    qCInfo(lcAuth).noquote() << "waiting for the browser on" << redirectUri() << "login host"
                             << m_options.loginUrl.host();
    Q_EMIT authorizeUrlReady(m_authorizeUrl);
    return {};
}

void OAuthFlow::cancel() {
    finish(Error{ErrorKind::Cancelled, tr("Sign-in was cancelled."), QStringLiteral("CANCELLED")});
}

Result<OAuthTokens> OAuthFlow::waitForResult() {
    if (!m_result) {
        QEventLoop loop;
        connect(this, &OAuthFlow::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return *m_result;
}

void OAuthFlow::onNewConnection() {
    auto* server = qobject_cast<QTcpServer*>(sender());
    while (server && server->hasPendingConnections()) {
        QTcpSocket* socket = server->nextPendingConnection();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void OAuthFlow::onReadyRead(QTcpSocket* socket) {
    if (socket->property("vms_handled").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray head = socket->property("vms_head").toByteArray() + socket->readAll();
    if (head.size() > kMaxRequestHead) {
        answerBrowser(socket, 431, false, tr("Request too large."));
        return;
    }
    if (!head.contains("\r\n\r\n")) {
        socket->setProperty("vms_head", head);
        return;
    }
    socket->setProperty("vms_handled", true);
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0) != "GET") {
        answerBrowser(socket, 405, false, tr("Only GET is expected here."));
        return;
    }
    const QUrl target = QUrl::fromEncoded(QByteArray("http://localhost") + parts.at(1), QUrl::StrictMode);
    if (!target.isValid() || target.path() != u"/OauthRedirect") {
        // Browsers also ask for /favicon.ico; that is not the redirect and must not end the flow.
        answerBrowser(socket, 404, false, tr("Not found."));
        return;
    }
    handleRedirect(socket, target);
}

void OAuthFlow::handleRedirect(QTcpSocket* socket, const QUrl& target) {
    if (m_result || m_exchanging) {
        answerBrowser(socket, 409, false, tr("This sign-in is already over; you can close this page."));
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);

    // The state ties the redirect to the request this program made (RFC 6749 §10.12). Any process on this
    // computer can reach the listener, so a request with another state is answered and ignored: its code
    // is never used, and it cannot end the sign-in either. The flow keeps waiting for the real redirect.
    if (state.toLatin1() != m_state) {
        qCInfo(lcAuth) << "ignored a redirect whose state is not this sign-in's";
        answerBrowser(socket, 400, false,
                      tr("This page does not belong to the sign-in in progress (state mismatch), so it was "
                         "ignored. Finish signing in from the window that VMS opened."));
        return;
    }
    if (!error.isEmpty()) {
        const QString why = error == u"access_denied"
                                ? tr("Access was denied in the browser (%1).")
                                      .arg(description.isEmpty() ? error : description)
                                : tr("Salesforce refused the sign-in: %1 (%2).").arg(description, error);
        answerBrowser(socket, 400, false, why);
        m_exchangeAnswered = true;
        finish(Error{ErrorKind::Auth, why, error});
        return;
    }
    if (code.isEmpty()) {
        const QString why = tr("The sign-in answer has no authorization code.");
        answerBrowser(socket, 400, false, why);
        m_exchangeAnswered = true;
        finish(Error{ErrorKind::Auth, why, QStringLiteral("NO_CODE")});
        return;
    }
    exchangeCode(socket, code);
}

void OAuthFlow::exchangeCode(QTcpSocket* socket, const QString& code) {
    m_exchanging = true;
    QUrl url = m_options.loginUrl;
    url.setPath(QStringLiteral("/services/oauth2/token"));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setRawHeader("Accept", "application/json");
    req.setTransferTimeout(static_cast<int>(m_options.tokenRequestTimeout.count()));
    const QByteArray body =
        formEncode({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                    {QStringLiteral("code"), code},
                    {QStringLiteral("client_id"), m_options.clientId},
                    {QStringLiteral("redirect_uri"), redirectUri()},
                    {QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier)}});
    QNetworkReply* reply = m_nam->post(req, body);
    QPointer<QTcpSocket> browser(socket);
    connect(reply, &QNetworkReply::finished, this, [this, reply, browser] {
        reply->deleteLater();
        m_exchanging = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        qCInfo(lcAuth) << "POST /services/oauth2/token (authorization_code) ->" << status;
        Result<OAuthTokens> tokens = Error{};
        if (status == 0) {
            tokens = Error{ErrorKind::Network,
                           tr("Could not reach %1 to finish signing in (%2).")
                               .arg(m_options.loginUrl.host(), reply->errorString()),
                           QStringLiteral("NETWORK")};
        } else {
            tokens = OAuthTokens::fromJson(answer, true);
            if (!tokens && tokens.error().code == u"invalid_grant")
                tokens =
                    Error{ErrorKind::Auth,
                          tr("Salesforce refused the authorization code (%1).").arg(tokens.error().message),
                          tokens.error().code};
        }
        m_exchangeAnswered = true;
        if (browser) {
            if (tokens)
                answerBrowser(browser, 200, true, tr("You are signed in to VMS. You can close this page."));
            else
                answerBrowser(browser, 400, false, tokens.error().message);
        }
        finish(std::move(tokens));
    });
}

void OAuthFlow::answerBrowser(QTcpSocket* socket, int status, bool success, const QString& message) {
    const QString title = success ? tr("Signed in") : tr("Sign-in failed");
    const QByteArray html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>VMS — %1</title></head>"
                       "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
            .arg(htmlEscape(title), htmlEscape(message))
            .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + (success ? " OK" : " Error") + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Cache-Control: no-store\r\n";
    response += "Connection: close\r\n";
    response += "Content-Length: " + QByteArray::number(html.size()) + "\r\n\r\n";
    response += html;
    socket->write(response);
    socket->disconnectFromHost();
}

void OAuthFlow::stopListening() {
    for (QTcpServer* s : std::as_const(m_servers)) {
        s->close();
        s->deleteLater();
    }
    m_servers.clear();
}

void OAuthFlow::finish(Result<OAuthTokens> result) {
    if (m_result)
        return;
    m_timeout.stop();
    if (m_exchangeAnswered) {
        // The browser has just been answered. Browsers (and Qt) race connections to "localhost" over IPv4
        // and IPv6; closing the listeners at once would refuse the losing one and make the winner's page
        // look like a failure. Later requests get the "already over" page until then.
        QTimer::singleShot(1500, this, &OAuthFlow::stopListening);
    } else {
        stopListening();
    }
    if (result)
        qCInfo(lcAuth) << "sign-in completed for user" << result->userId;
    else
        qCInfo(lcAuth).noquote() << "sign-in failed:" << result.error().code;
    m_result.emplace(std::move(result));
    Q_EMIT finished();
}

} // namespace vms
