#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

class QTcpServer;

namespace fakeforce {

class Org;

// The loopback HTTP/1.1 front end of an Org (keep-alive, Content-Length bodies). It is built on
// QTcpServer with a small parser of its own rather than QHttpServer: QHttpServer 6.4 can neither answer
// later from a timer (the delay fault) nor send a Content-Length and then close mid-body or drop a
// response after the work is done, and those faults are the point of the fake.
class FakeHttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    explicit FakeHttpServer(Org* org, QObject* parent = nullptr);
    ~FakeHttpServer() override;

    // Binds 127.0.0.1 only (port 0: a free port) and points the org's instance URL at itself.
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:<port>
    QString errorString() const;
    // One stderr line per request ("POST /services/oauth2/token -> 200 (1 ms)").
    void setLogRequests(bool on) { m_logRequests = on; }
    bool logRequests() const { return m_logRequests; }
    Org* org() const { return m_org; }

private:
    void onNewConnection();

    Org* m_org;
    QTcpServer* m_server;
    bool m_logRequests = false;
};

} // namespace fakeforce
