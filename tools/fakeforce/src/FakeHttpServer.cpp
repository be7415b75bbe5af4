#include "FakeHttpServer.h"

#include "Org.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace fakeforce {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;

QByteArray reason(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// One client connection: parses requests in order and answers them one at a time (a delayed answer
// holds back the next pipelined request, as HTTP/1.1 ordering requires). Waiting (the org's latency, a
// delay fault) is a timer, so every other connection is served meanwhile.
class Connection final : public QObject {
public:
    Connection(QTcpSocket* socket, FakeHttpServer* server)
        : QObject(server)
        , m_socket(socket)
        , m_server(server)
        , m_org(server->org()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::process);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }
    ~Connection() override {
        // The client hung up while its call waited: it is no longer in flight (and is never served).
        if (m_counted)
            m_org->endRequest();
    }
    Q_DISABLE_COPY_MOVE(Connection)

private:
    void process() {
        if (m_busy || m_closed)
            return;
        m_buffer += m_socket->readAll();
        while (!m_busy && !m_closed) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    sendPlain(431, "header too large", true);
                return;
            }
            const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
                sendPlain(400, "bad request line", true);
                return;
            }
            Request req = requestFromTarget(requestLine[0], requestLine[1]);
            req.base = m_server->baseUrl();
            qsizetype contentLength = 0;
            bool chunked = false;
            bool expectContinue = false;
            bool keepAlive = requestLine[2] == "HTTP/1.1";
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                req.headers.append({name, value});
                if (name == "content-length")
                    contentLength = value.toLongLong();
                else if (name == "connection")
                    keepAlive = value.toLower() != "close" && (keepAlive || value.toLower() == "keep-alive");
                else if (name == "transfer-encoding")
                    chunked = value.toLower().contains("chunked");
                else if (name == "expect")
                    expectContinue = value.toLower() == "100-continue";
            }
            if (contentLength < 0 || contentLength > kMaxBodyBytes) {
                sendPlain(413, "body too large", true);
                return;
            }
            if (chunked) {
                qsizetype consumed = 0;
                const int state = decodeChunked(headerEnd + 4, req.body, consumed);
                if (state < 0) {
                    sendPlain(400, "bad chunked body", true);
                    return;
                }
                if (state == 0) {
                    continueOnce(expectContinue);
                    return; // wait for more chunks
                }
                m_buffer.remove(0, consumed);
            } else {
                if (m_buffer.size() < headerEnd + 4 + contentLength) {
                    continueOnce(expectContinue);
                    return; // wait for the rest of the body
                }
                req.body = m_buffer.mid(headerEnd + 4, contentLength);
                m_buffer.remove(0, headerEnd + 4 + contentLength);
            }
            m_sentContinue = false;
            handle(req, keepAlive);
        }
    }

    // curl and others send "Expect: 100-continue" before a large body and wait a second for this.
    void continueOnce(bool expectContinue) {
        if (expectContinue && !m_sentContinue) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_sentContinue = true;
        }
    }

    // Decodes a chunked body starting at `from`. 1: complete (consumed = bytes through the final CRLF),
    // 0: incomplete, -1: malformed.
    int decodeChunked(qsizetype from, QByteArray& body, qsizetype& consumed) const {
        body.clear();
        qsizetype pos = from;
        for (;;) {
            const qsizetype eol = m_buffer.indexOf("\r\n", pos);
            if (eol < 0)
                return 0;
            QByteArray sizeLine = m_buffer.mid(pos, eol - pos);
            const qsizetype semi = sizeLine.indexOf(';');
            if (semi >= 0)
                sizeLine.truncate(semi);
            bool ok = false;
            const qsizetype size = sizeLine.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || body.size() + size > kMaxBodyBytes)
                return -1;
            pos = eol + 2;
            if (size == 0) {
                // Skip trailers up to the empty line.
                const qsizetype end = m_buffer.indexOf("\r\n", pos);
                if (end < 0)
                    return 0;
                if (end == pos) {
                    consumed = pos + 2;
                    return 1;
                }
                const qsizetype trailersEnd = m_buffer.indexOf("\r\n\r\n", pos);
                if (trailersEnd < 0)
                    return 0;
                consumed = trailersEnd + 4;
                return 1;
            }
            if (m_buffer.size() < pos + size + 2)
                return 0;
            body += m_buffer.mid(pos, size);
            pos += size + 2;
        }
    }

    // An API call is in flight from here to the end of its answer; it first waits the org's latency.
    void handle(const Request& req, bool keepAlive) {
        m_headRequest = req.method == "HEAD";
        const bool api = Org::isApiRequest(req);
        if (api) {
            m_org->beginRequest();
            m_counted = true;
        }
        const int latency = api ? m_org->latencyMs() : 0;
        if (latency <= 0) {
            serve(req, keepAlive, false);
            return;
        }
        m_busy = true;
        QTimer::singleShot(latency, this, [this, req, keepAlive] { serve(req, keepAlive, true); });
    }

    // resume: the connection was waiting, so reading its next request is up to us.
    void serve(const Request& req, bool keepAlive, bool resume) {
        QElapsedTimer timer;
        timer.start();
        const Response resp = m_org->handle(req);
        if (m_server->logRequests())
            std::fprintf(stderr, "%s %s -> %d%s (%lld ms)\n", req.method.constData(), qPrintable(req.path),
                         resp.status, resp.delivery == Delivery::Normal ? "" : " [fault]",
                         static_cast<long long>(timer.elapsed()));
        if (resp.delayMs > 0) {
            m_busy = true;
            QTimer::singleShot(resp.delayMs, this,
                               [this, resp, keepAlive] { answer(resp, keepAlive, true); });
            return;
        }
        answer(resp, keepAlive, resume);
    }

    void answer(const Response& resp, bool keepAlive, bool resume) {
        send(resp, keepAlive);
        if (m_counted) {
            m_org->endRequest();
            m_counted = false;
        }
        m_busy = false;
        if (resume && !m_closed && m_socket->state() == QAbstractSocket::ConnectedState)
            process();
    }

    void send(const Response& resp, bool keepAlive) {
        if (resp.delivery == Delivery::DropResponse) {
            // The work is done and committed; the client never hears about it.
            m_closed = true; // nothing more is read from this connection
            m_socket->abort();
            return;
        }
        QByteArray body = resp.body;
        qsizetype declared = body.size();
        if (resp.delivery == Delivery::TruncatedBody) {
            body.truncate(body.size() / 2);
            declared = body.size();
        } else if (resp.delivery == Delivery::CloseMidBody) {
            body.truncate(body.size() / 2);
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + reason(resp.status) + "\r\n";
        for (const auto& h : resp.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(declared) + "\r\n";
        const bool close = !keepAlive || resp.delivery == Delivery::CloseMidBody;
        out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        out += "\r\n";
        if (!m_headRequest)
            out += body;
        m_socket->write(out);
        if (close) {
            m_closed = true; // ignore anything else on this connection
            m_socket->disconnectFromHost();
        }
    }

    void sendPlain(int status, const QByteArray& message, bool close) {
        Response r;
        r.status = status;
        r.body = message + '\n';
        r.setHeader("Content-Type", "text/plain");
        send(r, !close);
    }

    QTcpSocket* m_socket;
    FakeHttpServer* m_server;
    Org* m_org;
    QByteArray m_buffer;
    bool m_busy = false;    // waiting on a timer for the current request
    bool m_closed = false;  // closing or aborted: nothing more is read
    bool m_counted = false; // the current request is counted in flight
    bool m_sentContinue = false;
    bool m_headRequest = false;
};

} // namespace

FakeHttpServer::FakeHttpServer(Org* org, QObject* parent)
    : QObject(parent)
    , m_org(org)
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen(quint16 port) {
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_org->setInstanceUrl(baseUrl());
    return true;
}

void FakeHttpServer::close() {
    m_server->close();
}

quint16 FakeHttpServer::port() const {
    return m_server->serverPort();
}

QString FakeHttpServer::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QString FakeHttpServer::errorString() const {
    return m_server->errorString();
}

void FakeHttpServer::onNewConnection() {
    while (QTcpSocket* s = m_server->nextPendingConnection())
        new Connection(s, this);
}

} // namespace fakeforce
