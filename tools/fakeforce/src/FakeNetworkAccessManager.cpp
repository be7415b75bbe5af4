#include "FakeNetworkAccessManager.h"

#include "Org.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <cstring>

namespace fakeforce {

namespace {

// The NetworkError Qt's HTTP backend reports for a status code (qhttpthreaddelegate.cpp).
QNetworkReply::NetworkError errorForStatus(int status) {
    switch (status) {
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status >= 400 && status < 500)
            return QNetworkReply::UnknownContentError;
        if (status >= 500)
            return QNetworkReply::UnknownServerError;
        return QNetworkReply::NoError;
    }
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 300:
        return "Multiple Choices";
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
    case 412:
        return "Precondition Failed";
    case 500:
        return "Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// One in-flight call: it waits the org's latency (an API call), is served, waits any delay fault, and is
// delivered; all of it on timers, so other replies wait and finish at the same time.
class FakeReply final : public QNetworkReply {
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest& request, Org* org, Request call,
              int managerTimeoutMs, QObject* parent)
        : QNetworkReply(parent)
        , m_org(org)
        , m_call(std::move(call)) {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        const bool api = Org::isApiRequest(m_call);
        if (api) {
            m_org->beginRequest();
            m_counted = true;
        }
        const int latency = api ? m_org->latencyMs() : 0;
        if (latency <= 0)
            serve(); // at once, as before: the org has the write when get()/post() returns
        else
            QTimer::singleShot(latency, this, [this] { serve(); });
        // Honour QNetworkRequest/QNetworkAccessManager transfer timeouts like Qt's HTTP backend: a silent
        // server past the timeout ends in OperationCanceledError.
        const int timeout = request.transferTimeout() > 0 ? request.transferTimeout() : managerTimeoutMs;
        if (timeout > 0)
            QTimer::singleShot(timeout, this, [this] { abort(); }); // a no-op once delivered
    }
    ~FakeReply() override { release(); }
    Q_DISABLE_COPY_MOVE(FakeReply)

    void abort() override {
        if (isFinished())
            return;
        m_aborted = true;
        m_data.clear();
        release();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        Q_EMIT errorOccurred(OperationCanceledError);
        setFinished(true);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    void serve() {
        if (m_aborted)
            return;
        m_response = m_org->handle(m_call);
        // Deliver from the event loop, like a socket would, never before the caller has connected.
        QTimer::singleShot(m_response.delayMs, this, [this] { deliver(); });
    }

    // The call is no longer in flight (answered, failed, aborted or abandoned).
    void release() {
        if (m_counted)
            m_org->endRequest();
        m_counted = false;
    }

    void fail(NetworkError code, const QString& message) {
        release();
        setError(code, message);
        Q_EMIT errorOccurred(code);
        setFinished(true);
        Q_EMIT finished();
    }

    void deliver() {
        if (m_aborted)
            return;
        release(); // the answer has arrived
        const Response& r = m_response;
        if (r.delivery == Delivery::DropResponse) {
            fail(RemoteHostClosedError, QStringLiteral("Connection closed"));
            return;
        }
        QByteArray body = r.body;
        if (r.delivery == Delivery::CloseMidBody || r.delivery == Delivery::TruncatedBody)
            body.truncate(body.size() / 2);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, r.status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, reasonPhrase(r.status));
        for (const auto& h : r.headers)
            setRawHeader(h.first, h.second);
        const QByteArray type = r.header("Content-Type");
        if (!type.isEmpty())
            setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(type));
        setHeader(QNetworkRequest::ContentLengthHeader,
                  r.delivery == Delivery::CloseMidBody ? r.body.size() : body.size());
        if (r.status >= 300 && r.status < 400 && !r.header("Location").isEmpty())
            setAttribute(QNetworkRequest::RedirectionTargetAttribute,
                         QUrl::fromEncoded(r.header("Location")));
        m_data = body;
        const QPointer<FakeReply> self(this);
        Q_EMIT metaDataChanged();
        if (!self)
            return;
        if (!m_data.isEmpty()) {
            Q_EMIT readyRead();
            if (!self)
                return;
            Q_EMIT downloadProgress(m_data.size(),
                                    r.delivery == Delivery::CloseMidBody ? r.body.size() : m_data.size());
            if (!self)
                return;
        }
        if (r.delivery == Delivery::CloseMidBody) {
            fail(RemoteHostClosedError, QStringLiteral("Connection closed"));
            return;
        }
        const NetworkError e = errorForStatus(r.status);
        if (e != NoError) {
            setError(e, QStringLiteral("Error transferring %1 - server replied: %2")
                            .arg(url().toString(), QString::fromLatin1(reasonPhrase(r.status))));
            Q_EMIT errorOccurred(e);
            if (!self)
                return;
        }
        setFinished(true);
        Q_EMIT finished();
    }

    Org* m_org;
    Request m_call;
    Response m_response;
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_aborted = false;
    bool m_counted = false;
};

} // namespace

FakeNetworkAccessManager::FakeNetworkAccessManager(Org* org, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_org(org) {
    m_hosts = {QStringLiteral("login.fake.salesforce.com"), QStringLiteral("login.salesforce.com"),
               QStringLiteral("test.salesforce.com")};
}

FakeNetworkAccessManager::~FakeNetworkAccessManager() = default;

QNetworkReply* FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                       QIODevice* outgoingData) {
    const QUrl url = request.url();
    const QString host = url.host().toLower();
    const QUrl instance(m_org->instanceUrl());
    const bool ours =
        m_hosts.contains(host) || (host == instance.host().toLower() && url.port(-1) == instance.port(-1));
    if (!ours)
        return QNetworkAccessManager::createRequest(op, request, outgoingData);

    QByteArray method;
    switch (op) {
    case HeadOperation:
        method = "HEAD";
        break;
    case GetOperation:
        method = "GET";
        break;
    case PutOperation:
        method = "PUT";
        break;
    case PostOperation:
        method = "POST";
        break;
    case DeleteOperation:
        method = "DELETE";
        break;
    case CustomOperation:
        method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    default:
        method = "GET";
        break;
    }
    Request req = requestFromTarget(
        method, url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment));
    req.base =
        url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
            .toString();
    for (const QByteArray& name : request.rawHeaderList())
        req.setHeader(name, request.rawHeader(name));
    if (outgoingData)
        req.body = outgoingData->readAll();
    return new FakeReply(op, request, m_org, std::move(req), transferTimeout(), this);
}

} // namespace fakeforce
