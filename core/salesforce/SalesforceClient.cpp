#include "core/salesforce/SalesforceClient.h"

#include "core/common/Logging.h"
#include "core/salesforce/SalesforceHosts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace vms {

using nlohmann::json;

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::SalesforceClient)
};

QString jsonString(const json& j, const char* key) {
    if (!j.is_object())
        return {};
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

// Failures after which the request provably never reached the server, so even a non-idempotent write
// may be sent again.
bool neverSent(QNetworkReply::NetworkError e) {
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError;
}

// Transport-level failures (Qt's 1..99 range): resets, closes mid-body, TLS, timeouts. Qt may report one
// of these together with a valid HTTP status when the connection died during the body.
bool isTransportError(QNetworkReply::NetworkError e) {
    const int code = static_cast<int>(e);
    return code >= 1 && code <= 99;
}

// Whether a body is empty or only whitespace, without copying it (a query page is ~1 MB).
bool isBlank(const QByteArray& body) {
    for (const char c : body)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return false;
    return true;
}

bool looksLikeHtml(const QByteArray& contentType, const QByteArray& body) {
    if (contentType.contains("html"))
        return true;
    const QByteArray head = body.left(64).trimmed().toLower();
    return head.startsWith("<!doctype") || head.startsWith("<html") || head.startsWith('<');
}

} // namespace

QByteArray SfResponse::header(const QByteArray& name) const {
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

// ---- one request, from first attempt to final answer ---------------------------------------------------

// A small state machine driven by the client's thread's event loop: send -> classify the answer ->
// (refresh and replay | back off and retry | finish). Owned by the client; deletes itself when done.
class SalesforceCall final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesforceCall)

public:
    SalesforceCall(SalesforceClient* client, SfRequest request, CancelToken cancel,
                   std::function<void(Result<SfResponse>)> done)
        : QObject(client)
        , m_client(client)
        , m_request(std::move(request))
        , m_cancel(std::move(cancel))
        , m_done(std::move(done)) {
        m_cancelPoll.setInterval(CancelToken::kPollMs);
        connect(&m_cancelPoll, &QTimer::timeout, this, &SalesforceCall::checkCancelled);
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, &SalesforceCall::onTimeout);
        m_backoff.setSingleShot(true);
        connect(&m_backoff, &QTimer::timeout, this, [this] {
            ++m_attempts;
            attempt();
        });
    }
    ~SalesforceCall() override { dropReply(); }

    // Stops the request without answering: its `done` is never called (a page fetched ahead that is no
    // longer wanted).
    void abandon() {
        if (m_finished)
            return;
        m_finished = true;
        m_done = nullptr;
        m_cancelPoll.stop();
        m_timeout.stop();
        m_backoff.stop();
        dropReply();
        deleteLater();
    }

    void start() {
        m_cancelPoll.start();
        // Every request is checked here, before anything is sent: the instance must be a Salesforce host
        // (or loopback), and the path one on it (SalesforceClient::resolve).
        Result<QUrl> url = m_client->resolve(m_request);
        if (!url) {
            finish(url.error());
            return;
        }
        m_url = url.value();
        m_attempts = 1;
        if (m_client->m_tokens && m_client->m_tokens->accessToken().isEmpty()) {
            // No token yet (a fresh process restored from the keychain): refresh before the first send.
            refreshThenAttempt({});
            return;
        }
        attempt();
    }

private:
    void attempt() {
        if (m_finished)
            return;
        if (m_cancel.isCancelled()) {
            finishCancelled();
            return;
        }
        QNetworkRequest req(m_url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setRawHeader("Accept", "application/json");
        if (!m_request.body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto& h : m_request.headers)
            req.setRawHeader(h.first, h.second);
        if (m_client->m_tokens) {
            m_usedToken = m_client->m_tokens->accessToken();
            req.setRawHeader("Authorization", "Bearer " + m_usedToken);
        }
        m_elapsed.start();
        m_lane = m_client->takeLane();
        QNetworkAccessManager* nam = m_client->m_lanes[static_cast<size_t>(m_lane)].nam;
        if (m_request.method == "GET")
            m_reply = nam->get(req);
        else
            m_reply = nam->sendCustomRequest(req, m_request.method, m_request.body);
        connect(m_reply, &QNetworkReply::finished, this, &SalesforceCall::onFinished);
        m_timedOut = false;
        m_timeout.start(static_cast<int>(m_client->m_options.requestTimeout.count()));
    }

    void onTimeout() {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort(); // finished() follows with OperationCanceledError
    }

    void checkCancelled() {
        if (m_finished || !m_cancel.isCancelled())
            return;
        finishCancelled();
    }

    void onFinished() {
        m_timeout.stop();
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        releaseLane();
        reply->deleteLater();
        disconnect(reply, nullptr, this, nullptr);

        const QNetworkReply::NetworkError netError = reply->error();
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        SfResponse resp;
        resp.status = statusAttr.isValid() ? statusAttr.toInt() : 0;
        resp.body = reply->readAll();
        for (const auto& h : reply->rawHeaderPairs())
            resp.headers.append({h.first, h.second});
        const qint64 ms = m_elapsed.elapsed();
        m_client->recordUsage(resp);

        const QString path = m_url.path();
        if (m_timedOut) {
            qCInfo(lcSfHttp).noquote() << m_request.method << path << "timed out after" << ms << "ms";
            retryOrFail(Tr::tr("The org did not answer within %1 s.")
                            .arg(m_client->m_options.requestTimeout.count() / 1000.0),
                        QStringLiteral("TIMEOUT"), false);
            return;
        }
        if (isTransportError(netError)) {
            // A reset or a close mid-body: whatever status line came first, the answer is incomplete.
            qCInfo(lcSfHttp).noquote()
                << m_request.method << path << resp.status << "failed:" << netError << ms << "ms";
            retryOrFail(Tr::tr("The connection to the org failed (%1).").arg(reply->errorString()),
                        QStringLiteral("NETWORK"), neverSent(netError));
            return;
        }
        qCDebug(lcSfHttp).noquote() << m_request.method << path << resp.status << ms << "ms";

        const QByteArray contentType = resp.header("Content-Type").toLower();
        // The identity URL and userinfo answer a dead token with 403 "Bad_OAuth_Token" instead of 401
        // (Salesforce "Identity URLs"); treat it the same way.
        const bool badOAuthToken = resp.status == 403 && resp.body.trimmed() == "Bad_OAuth_Token";
        if (resp.status == 401 || badOAuthToken) {
            if (!m_refreshed && m_client->m_tokens) {
                qCInfo(lcSfHttp).noquote() << m_request.method << path << "401: refreshing the session";
                refreshThenAttempt(m_usedToken);
                return;
            }
            Error e = SalesforceClient::errorFromResponse(ErrorKind::Auth, resp.status, resp.body);
            e.message = Tr::tr("The org refused the session (%1). Sign in again.").arg(e.message);
            finish(e);
            return;
        }
        if (resp.status >= 500 || resp.status == 0) {
            const bool html = looksLikeHtml(contentType, resp.body);
            Error e = html ? Error{ErrorKind::Network,
                                   Tr::tr("The org answered %1 with an error page.").arg(resp.status),
                                   QStringLiteral("HTTP_%1").arg(resp.status)}
                           : SalesforceClient::errorFromResponse(ErrorKind::Network, resp.status, resp.body);
            qCInfo(lcSfHttp).noquote() << m_request.method << path << resp.status << e.code;
            retryOrFail(e.message, e.code, false);
            return;
        }
        if (resp.status >= 400) {
            Error e = SalesforceClient::errorFromResponse(ErrorKind::Server, resp.status, resp.body);
            // One code, two limits (REST API Developer Guide, "API Request Limits and Allocations"): the
            // daily budget ("TotalRequests Limit exceeded.") is gone until tomorrow, so it stops here; any
            // other, such as too many calls at once ("ConcurrentRequests ... Limit exceeded."), passes
            // once other calls finish: back off and try again. The org refused it, so it was not carried
            // out and even a write may be sent again.
            if (e.code == u"REQUEST_LIMIT_EXCEEDED" && !e.message.contains(u"TotalRequests")) {
                qCInfo(lcSfHttp).noquote() << m_request.method << path << resp.status << e.code << e.message;
                retryOrFail(e.message, e.code, true);
                return;
            }
            if (e.code == u"REQUEST_LIMIT_EXCEEDED")
                e.message =
                    Tr::tr("The org's daily API request limit is used up (%1). Try again tomorrow or ask "
                           "the Salesforce admin to raise it.")
                        .arg(e.message);
            qCInfo(lcSfHttp).noquote() << m_request.method << path << resp.status << e.code;
            finish(e);
            return;
        }
        if (resp.status >= 300) {
            finish(Error{ErrorKind::Server,
                         Tr::tr("The org answered with an unexpected redirect (%1).").arg(resp.status),
                         QStringLiteral("HTTP_%1").arg(resp.status)});
            return;
        }
        // 2xx: the body must be complete JSON (or empty, e.g. 204).
        if (!isBlank(resp.body)) {
            if (looksLikeHtml(contentType, resp.body)) {
                retryOrFail(Tr::tr("The org answered with a web page instead of data."),
                            QStringLiteral("HTML_PAGE"), false);
                return;
            }
            if (m_request.parseBody) {
                if (!m_request.parseBody(resp.body)) {
                    qCInfo(lcSfHttp).noquote() << m_request.method << path << resp.status << "invalid JSON,"
                                               << resp.body.size() << "bytes";
                    retryOrFail(Tr::tr("The org's answer was cut short or is not valid JSON."),
                                QStringLiteral("INVALID_JSON"), false);
                    return;
                }
                resp.body.clear(); // parsed; the caller has what it needs
                finish(std::move(resp));
                return;
            }
            resp.json = json::parse(resp.body.constBegin(), resp.body.constEnd(), nullptr, false);
            if (resp.json.is_discarded()) {
                qCInfo(lcSfHttp).noquote() << m_request.method << path << resp.status << "invalid JSON,"
                                           << resp.body.size() << "bytes";
                retryOrFail(Tr::tr("The org's answer was cut short or is not valid JSON."),
                            QStringLiteral("INVALID_JSON"), false);
                return;
            }
        }
        finish(std::move(resp));
    }

    void refreshThenAttempt(const QByteArray& rejected) {
        m_refreshed = true;
        QPointer<SalesforceCall> self(this);
        m_client->m_tokens->refreshAccessToken(rejected, this, [self](Result<QByteArray> token) {
            SalesforceCall* call = self.data();
            if (call == nullptr || call->m_finished)
                return;
            if (!token)
                call->finish(token.error());
            else
                call->attempt(); // the replay: not counted as a retry
        });
    }

    // A retryable failure: back off and try again, unless attempts are used up or the request is a
    // non-idempotent write that may have been carried out (see Replay).
    void retryOrFail(const QString& why, const QString& code, bool provablyNotSent) {
        if (m_request.replay == Replay::Unsafe && !provablyNotSent) {
            finish(Error{
                ErrorKind::Network,
                Tr::tr("The org's answer to a change was lost (%1); it may or may not have been saved, so "
                       "it is not resent blindly.")
                    .arg(why),
                QStringLiteral("OUTCOME_UNKNOWN")});
            return;
        }
        if (m_attempts >= m_client->m_options.maxAttempts) {
            finish(Error{
                ErrorKind::Network,
                Tr::tr("The org could not be reached after %1 attempts: %2").arg(m_attempts).arg(why), code});
            return;
        }
        const auto delay = m_client->backoffFor(m_attempts);
        qCInfo(lcSfHttp).noquote() << m_request.method << m_url.path() << "retry" << m_attempts << "in"
                                   << delay.count() << "ms (" << code << ")";
        m_backoff.start(static_cast<int>(delay.count()));
    }

    void finishCancelled() {
        finish(Error{ErrorKind::Cancelled, Tr::tr("Cancelled."), QStringLiteral("CANCELLED")});
    }

    void dropReply() {
        if (!m_reply)
            return;
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        releaseLane();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }

    void releaseLane() {
        if (m_lane >= 0)
            m_client->releaseLane(m_lane);
        m_lane = -1;
    }

    void finish(Result<SfResponse> result) {
        if (m_finished)
            return;
        m_finished = true;
        m_cancelPoll.stop();
        m_timeout.stop();
        m_backoff.stop();
        dropReply();
        auto done = std::move(m_done);
        deleteLater();
        if (done)
            done(std::move(result));
    }

    SalesforceClient* m_client;
    SfRequest m_request;
    CancelToken m_cancel;
    std::function<void(Result<SfResponse>)> m_done;
    QUrl m_url;
    QNetworkReply* m_reply = nullptr;
    int m_lane = -1; // the client's lane m_reply went out on
    QTimer m_cancelPoll, m_timeout, m_backoff;
    QElapsedTimer m_elapsed;
    QByteArray m_usedToken;
    int m_attempts = 0;
    bool m_refreshed = false;
    bool m_timedOut = false;
    bool m_finished = false;
};

// ---- the client ----------------------------------------------------------------------------------------

SalesforceClient::SalesforceClient(QNetworkAccessManager* nam, QUrl instanceUrl, AccessTokenSource* tokens,
                                   SalesforceClientOptions options, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_instanceUrl(std::move(instanceUrl))
    , m_tokens(tokens)
    , m_options(std::move(options)) {
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_lanes.push_back(Lane{m_nam, 0});
}

SalesforceClient::~SalesforceClient() {
    // The calls still running hold replies of the managers below: they go first.
    qDeleteAll(findChildren<SalesforceCall*>(Qt::FindDirectChildrenOnly));
}

namespace {
// QNetworkAccessManager's connections per host over HTTP/1.1 (QHttpNetworkConnection's default; Qt 6.4
// has no setting for it).
constexpr int kConnectionsPerManager = 6;
} // namespace

int SalesforceClient::takeLane() {
    int chosen = -1;
    for (size_t i = 0; i < m_lanes.size(); ++i)
        if (m_lanes[i].open < kConnectionsPerManager) {
            chosen = static_cast<int>(i);
            break;
        }
    // Only a plain manager is copied: a subclass may answer requests itself (a fake org in tests and the
    // demo), and a plain copy would send its requests to the network instead.
    const bool copyable = m_nam->metaObject() == &QNetworkAccessManager::staticMetaObject;
    if (chosen < 0 && copyable &&
        static_cast<int>(m_lanes.size()) * kConnectionsPerManager < m_options.maxConnections) {
        auto nam = std::make_unique<QNetworkAccessManager>();
        nam->setProxy(m_nam->proxy());
        nam->setRedirectPolicy(m_nam->redirectPolicy());
        m_lanes.push_back(Lane{nam.get(), 0});
        m_ownManagers.push_back(std::move(nam));
        chosen = static_cast<int>(m_lanes.size()) - 1;
    }
    if (chosen < 0) // every lane full: the least busy one queues it
        chosen =
            static_cast<int>(std::min_element(m_lanes.begin(), m_lanes.end(),
                                              [](const Lane& a, const Lane& b) { return a.open < b.open; }) -
                             m_lanes.begin());
    ++m_lanes[static_cast<size_t>(chosen)].open;
    return chosen;
}

void SalesforceClient::releaseLane(int lane) {
    --m_lanes.at(static_cast<size_t>(lane)).open;
}

QString SalesforceClient::dataPath() const {
    return QStringLiteral("/services/data/") + m_options.apiVersion;
}

std::optional<ApiUsage> SalesforceClient::apiUsage() const {
    QMutexLocker lock(&m_usageMutex);
    return m_usage;
}

void SalesforceClient::recordUsage(const SfResponse& response) {
    const QByteArray header = response.header("Sforce-Limit-Info");
    if (header.isEmpty())
        return;
    static const QRegularExpression re(QStringLiteral("api-usage=(\\d+)/(\\d+)"));
    const auto m = re.match(QString::fromLatin1(header));
    if (!m.hasMatch())
        return;
    QMutexLocker lock(&m_usageMutex);
    m_usage = ApiUsage{m.captured(1).toLongLong(), m.captured(2).toLongLong()};
}

std::chrono::milliseconds SalesforceClient::backoffFor(int retry) const {
    const qint64 base = std::max<qint64>(0, m_options.baseBackoff.count());
    const int shift = std::clamp(retry - 1, 0, 20);
    const qint64 capped = std::min<qint64>(m_options.maxBackoff.count(), base << shift);
    const qint64 half = capped / 2;
    const qint64 jitter =
        half > 0 ? static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<quint64>(half) + 1))
                 : 0;
    return std::chrono::milliseconds(capped - half + jitter);
}

Result<QUrl> SalesforceClient::resolve(const SfRequest& request) const {
    // salesforce-org.md, "Hosts VMS talks to": the bearer token goes to the instance only, so every
    // request is a path on it. Server-given URLs (nextRecordsUrl, a record's "url") are used as paths;
    // an absolute one is accepted only when it names the instance itself, and never followed elsewhere.
    if (Status s = SalesforceHosts::checkOrgHost(m_instanceUrl); !s)
        return s.error();
    QString path = request.path;
    QString rawQuery;
    if (const qsizetype q = path.indexOf(u'?'); q >= 0) {
        rawQuery = path.mid(q + 1);
        path.truncate(q);
    }
    QUrl url = m_instanceUrl;
    if (path.startsWith(u'/') && !path.startsWith(u"//")) {
        url.setPath(path);
    } else {
        const QUrl given(path, QUrl::StrictMode);
        if (!given.isValid() || given.isRelative() || !SalesforceHosts::sameOrigin(given, m_instanceUrl))
            return Error{ErrorKind::Server,
                         Tr::tr("The org pointed to '%1', which is not on its instance (%2); VMS does not "
                                "follow it.")
                             .arg(given.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                                  m_instanceUrl.host()),
                         QStringLiteral("FOREIGN_URL")};
        url.setPath(given.path());
    }
    QStringList parts;
    if (!rawQuery.isEmpty())
        parts << rawQuery;
    for (const auto& [key, value] : request.query)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    if (!parts.isEmpty())
        url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    return url;
}

void SalesforceClient::sendAsync(const SfRequest& request, const CancelToken& cancel,
                                 std::function<void(Result<SfResponse>)> done) {
    (void)start(request, cancel, std::move(done));
}

SalesforceClient::PendingCall SalesforceClient::start(const SfRequest& request, const CancelToken& cancel,
                                                      std::function<void(Result<SfResponse>)> done) {
    auto* call = new SalesforceCall(this, request, cancel, std::move(done));
    PendingCall pending;
    pending.m_call = call;
    call->start();
    return pending;
}

void SalesforceClient::PendingCall::abandon() {
    if (auto* call = qobject_cast<SalesforceCall*>(m_call.data()))
        call->abandon();
    m_call.clear();
}

Result<SfResponse> SalesforceClient::send(const SfRequest& request, const CancelToken& cancel) {
    std::optional<Result<SfResponse>> out;
    QEventLoop loop;
    sendAsync(request, cancel, [&out, &loop](Result<SfResponse> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*out);
}

Error SalesforceClient::errorFromResponse(ErrorKind kind, int status, const QByteArray& body) {
    const json j = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    // REST errors: [{"message": ..., "errorCode": ..., "fields": [...]}] (REST API Developer Guide,
    // "Status Codes and Error Responses"); OAuth errors: {"error": ..., "error_description": ...}.
    if (j.is_array() && !j.empty() && j.front().is_object()) {
        QString code = jsonString(j.front(), "errorCode");
        QString message = jsonString(j.front(), "message");
        if (!code.isEmpty() || !message.isEmpty())
            return Error{kind, message.isEmpty() ? code : message, code};
    }
    if (j.is_object()) {
        const QString code = jsonString(j, "error");
        const QString description = jsonString(j, "error_description");
        if (!code.isEmpty())
            return Error{kind, description.isEmpty() ? code : description, code};
        const QString errorCode = jsonString(j, "errorCode");
        if (!errorCode.isEmpty())
            return Error{kind, jsonString(j, "message"), errorCode};
    }
    return Error{kind, Tr::tr("The org answered HTTP %1.").arg(status),
                 QStringLiteral("HTTP_%1").arg(status)};
}

// ---- queries -------------------------------------------------------------------------------------------

Result<QueryStats> SalesforceClient::query(const QString& soql, const PageHandler& onPage,
                                           const CancelToken& cancel, int batchSize) {
    return runQuery(QStringLiteral("query"), soql, onPage, cancel, batchSize);
}

Result<QueryStats> SalesforceClient::queryAll(const QString& soql, const PageHandler& onPage,
                                              const CancelToken& cancel, int batchSize) {
    return runQuery(QStringLiteral("queryAll"), soql, onPage, cancel, batchSize);
}

Result<QueryStats> SalesforceClient::runQuery(const QString& resource, const QString& soql,
                                              const PageHandler& onPage, const CancelToken& cancel,
                                              int batchSize) {
    const int batch = std::clamp(batchSize > 0 ? batchSize : m_options.queryBatchSize, 200, 2000);
    SfRequest req;
    req.path = dataPath() + u'/' + resource;
    req.query = {{QStringLiteral("q"), soql}};
    req.headers = {{"Sforce-Query-Options", "batchSize=" + QByteArray::number(batch)}};
    QueryStats stats;
    for (;;) {
        auto resp = send(req, cancel);
        if (!resp)
            return resp.error();
        const json& body = resp->json;
        const auto records = body.is_object() ? body.find("records") : body.end();
        if (!body.is_object() || records == body.end() || !records->is_array())
            return Error{ErrorKind::Server, Tr::tr("The org's query answer has no records."),
                         QStringLiteral("BAD_QUERY_RESPONSE")};
        const bool done = body.value("done", true);
        stats.totalSize = body.value("totalSize", qint64(0));
        stats.records += static_cast<qint64>(records->size());
        const QueryPage page{*records, stats.totalSize, stats.pages, done};
        ++stats.pages;
        if (onPage) {
            if (Status s = onPage(page); !s)
                return s.error();
        }
        const QString next = jsonString(body, "nextRecordsUrl");
        if (done || next.isEmpty())
            return stats;
        if (cancel.isCancelled())
            return Error{ErrorKind::Cancelled, Tr::tr("Cancelled."), QStringLiteral("CANCELLED")};
        req.path = next;
        req.query.clear();
    }
}

Result<QueryStats> SalesforceClient::queryAllRecords(const QString& soql, const QStringList& fields,
                                                     const RecordPageHandler& onPage,
                                                     const CancelToken& cancel, int batchSize,
                                                     const QueryWaitHook& whileWaiting) {
    const int batch = std::clamp(batchSize > 0 ? batchSize : m_options.queryBatchSize, 200, 2000);
    std::vector<std::string> slots;
    for (const QString& f : fields)
        slots.push_back(f.toStdString());

    // One page's request: the page it parses into, and its outcome once finished.
    struct Fetch {
        QString path;
        std::unique_ptr<RecordPage> page;
        bool parsed = false;
        std::optional<Result<SfResponse>> result;
        QPointer<SalesforceCall> call;
    };
    QEventLoop loop;
    // The page after the one being parsed, asked for as soon as its URL is known (usually from the
    // start of the body, so the org prepares it while this thread parses the rest).
    std::unique_ptr<Fetch> next;
    std::function<std::unique_ptr<Fetch>(const QString&, bool)> start = [&](const QString& path, bool first) {
        auto fetch = std::make_unique<Fetch>();
        fetch->path = path;
        fetch->page = std::make_unique<RecordPage>(slots);
        Fetch* f = fetch.get();
        f->page->setOnNextRecordsUrl([&next, &start, &cancel](const QString& url) {
            if (!next && !cancel.isCancelled())
                next = start(url, false);
        });
        SfRequest req;
        req.path = path;
        if (first)
            req.query = {{QStringLiteral("q"), soql}};
        req.headers = {{"Sforce-Query-Options", "batchSize=" + QByteArray::number(batch)}};
        // A shape error (valid JSON, not a query answer) is not retried: it is reported below.
        req.parseBody = [f](const QByteArray& body) {
            f->parsed = true;
            return f->page->parse(body) || f->page->isShapeError();
        };
        auto* call = new SalesforceCall(this, std::move(req), cancel, [f, &loop](Result<SfResponse> r) {
            f->result.emplace(std::move(r));
            loop.quit();
        });
        f->call = call;
        call->start();
        return fetch;
    };
    // A fetch is only destroyed once its call can no longer touch it.
    auto drop = [](std::unique_ptr<Fetch>& fetch) {
        if (!fetch)
            return;
        if (SalesforceCall* call = fetch->call.data(); call != nullptr)
            call->abandon();
        fetch.reset();
    };

    QueryStats stats;
    std::unique_ptr<Fetch> current = start(dataPath() + QStringLiteral("/queryAll"), true);
    for (;;) {
        if (!current->result) {
            QTimer slow;
            if (whileWaiting.call) {
                slow.setSingleShot(true);
                connect(&slow, &QTimer::timeout, &loop, [&whileWaiting] { whileWaiting.call(); });
                slow.start(whileWaiting.after);
            }
            while (!current->result)
                loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        Result<SfResponse> resp = std::move(*current->result);
        const bool parsed = current->parsed;
        std::unique_ptr<RecordPage> page = std::move(current->page);
        current.reset();
        const bool last =
            !resp || !parsed || page->isShapeError() || page->done() || page->nextRecordsUrl().isEmpty();
        // A page asked for early that this answer does not lead to (it failed, or says it is the last).
        if (next && (last || next->path != page->nextRecordsUrl()))
            drop(next);
        if (!resp)
            return resp.error();
        if (!parsed || page->isShapeError())
            return Error{ErrorKind::Server,
                         Tr::tr("The org's query answer is not in the expected form (%1).")
                             .arg(parsed ? page->why() : Tr::tr("an empty answer")),
                         QStringLiteral("BAD_QUERY_RESPONSE")};
        stats.totalSize = page->totalSize();
        stats.records += page->size();
        const int index = stats.pages++;
        if (!last) {
            if (cancel.isCancelled()) {
                drop(next);
                return Error{ErrorKind::Cancelled, Tr::tr("Cancelled."), QStringLiteral("CANCELLED")};
            }
            if (!next) // "nextRecordsUrl" came after the records: ask now
                next = start(page->nextRecordsUrl(), false);
        }
        if (onPage) {
            if (Status s = onPage(std::move(page), index); !s) {
                drop(next);
                return s.error();
            }
        }
        if (last)
            return stats;
        current = std::move(next);
    }
}

// ---- collections ---------------------------------------------------------------------------------------

Result<std::vector<SaveResult>> parseSaveResults(const json& array, std::size_t expected) {
    if (!array.is_array() || array.size() != expected)
        return Error{ErrorKind::Server, Tr::tr("The org's answer does not list one result per record."),
                     QStringLiteral("BAD_COLLECTION_RESPONSE")};
    std::vector<SaveResult> out;
    out.reserve(expected);
    for (const json& item : array) {
        SaveResult r;
        if (item.is_object()) {
            r.id = jsonString(item, "id");
            r.success = item.value("success", false);
            r.created = item.value("created", false);
            if (const auto errs = item.find("errors"); errs != item.end() && errs->is_array()) {
                for (const json& e : *errs) {
                    RecordError re;
                    re.code = jsonString(e, "statusCode");
                    re.message = jsonString(e, "message");
                    if (const auto f = e.find("fields"); f != e.end() && f->is_array())
                        for (const json& name : *f)
                            if (name.is_string())
                                re.fields << QString::fromStdString(name.get<std::string>());
                    r.errors.push_back(std::move(re));
                }
            }
        }
        out.push_back(std::move(r));
    }
    return out;
}

Result<std::vector<SaveResult>> SalesforceClient::collectionWrite(const QByteArray& method,
                                                                  const QString& path, const QString& object,
                                                                  const std::vector<json>& records,
                                                                  Replay replay, const CancelToken& cancel) {
    std::vector<SaveResult> all;
    all.reserve(records.size());
    for (std::size_t from = 0; from < records.size(); from += kMaxCollectionSize) {
        const std::size_t to = std::min(records.size(), from + kMaxCollectionSize);
        json body = json::object();
        body["allOrNone"] = false;
        json& list = body["records"] = json::array();
        for (std::size_t i = from; i < to; ++i) {
            json rec = records[i];
            rec["attributes"] = json{{"type", object.toStdString()}};
            list.push_back(std::move(rec));
        }
        SfRequest req;
        req.method = method;
        req.path = path;
        req.body = QByteArray::fromStdString(body.dump());
        req.replay = replay;
        auto resp = send(req, cancel);
        if (!resp)
            return resp.error();
        auto results = parseSaveResults(resp->json, to - from);
        if (!results)
            return results.error();
        for (SaveResult& r : results.value())
            all.push_back(std::move(r));
    }
    return all;
}

Result<std::vector<SaveResult>> SalesforceClient::upsertByExternalId(const QString& object,
                                                                     const QString& externalIdField,
                                                                     const std::vector<json>& records,
                                                                     const CancelToken& cancel) {
    return collectionWrite(
        "PATCH", dataPath() + QStringLiteral("/composite/sobjects/") + object + u'/' + externalIdField,
        object, records, Replay::Safe, cancel);
}

Result<std::vector<SaveResult>> SalesforceClient::updateById(const QString& object,
                                                             const std::vector<json>& records,
                                                             const CancelToken& cancel) {
    return collectionWrite("PATCH", dataPath() + QStringLiteral("/composite/sobjects"), object, records,
                           Replay::Unsafe, cancel);
}

Result<std::vector<SaveResult>> SalesforceClient::createRecords(const QString& object,
                                                                const std::vector<json>& records,
                                                                const CancelToken& cancel) {
    return collectionWrite("POST", dataPath() + QStringLiteral("/composite/sobjects"), object, records,
                           Replay::Unsafe, cancel);
}

Result<std::vector<SaveResult>> SalesforceClient::deleteRecords(const QStringList& ids,
                                                                const CancelToken& cancel) {
    std::vector<SaveResult> all;
    all.reserve(static_cast<std::size_t>(ids.size()));
    for (qsizetype from = 0; from < ids.size(); from += kMaxCollectionSize) {
        const QStringList chunk = ids.mid(from, kMaxCollectionSize);
        SfRequest req;
        req.method = "DELETE";
        req.path = dataPath() + QStringLiteral("/composite/sobjects");
        req.query = {{QStringLiteral("ids"), chunk.join(u',')},
                     {QStringLiteral("allOrNone"), QStringLiteral("false")}};
        req.replay = Replay::Safe;
        auto resp = send(req, cancel);
        if (!resp)
            return resp.error();
        auto results = parseSaveResults(resp->json, static_cast<std::size_t>(chunk.size()));
        if (!results)
            return results.error();
        for (SaveResult& r : results.value())
            all.push_back(std::move(r));
    }
    return all;
}

Result<std::vector<json>> SalesforceClient::retrieve(const QString& object, const QStringList& ids,
                                                     const QStringList& fields, const CancelToken& cancel) {
    std::vector<json> all;
    all.reserve(static_cast<std::size_t>(ids.size()));
    for (qsizetype from = 0; from < ids.size(); from += kMaxCollectionSize) {
        const QStringList chunk = ids.mid(from, kMaxCollectionSize);
        SfRequest req;
        req.path = dataPath() + QStringLiteral("/composite/sobjects/") + object;
        req.query = {{QStringLiteral("ids"), chunk.join(u',')},
                     {QStringLiteral("fields"), fields.join(u',')}};
        auto resp = send(req, cancel);
        if (!resp)
            return resp.error();
        if (!resp->json.is_array() || resp->json.size() != static_cast<std::size_t>(chunk.size()))
            return Error{ErrorKind::Server, Tr::tr("The org's answer does not list one record per id."),
                         QStringLiteral("BAD_COLLECTION_RESPONSE")};
        for (const json& r : resp->json)
            all.push_back(r);
    }
    return all;
}

// ---- single resources ----------------------------------------------------------------------------------

Result<json> SalesforceClient::deleted(const QString& object, const QDateTime& start, const QDateTime& end,
                                       const CancelToken& cancel) {
    auto fmt = [](const QDateTime& t) {
        return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
    };
    SfRequest req;
    req.path = dataPath() + QStringLiteral("/sobjects/") + object + QStringLiteral("/deleted/");
    req.query = {{QStringLiteral("start"), fmt(start)}, {QStringLiteral("end"), fmt(end)}};
    auto resp = send(req, cancel);
    if (!resp)
        return resp.error();
    return std::move(resp.value().json);
}

Result<json> SalesforceClient::describe(const QString& object, const CancelToken& cancel) {
    return getJson(dataPath() + QStringLiteral("/sobjects/") + object + QStringLiteral("/describe"), cancel);
}

Result<json> SalesforceClient::getJson(const QString& pathOrUrl, const CancelToken& cancel) {
    SfRequest req;
    req.path = pathOrUrl;
    auto resp = send(req, cancel);
    if (!resp)
        return resp.error();
    return std::move(resp.value().json);
}

} // namespace vms

#include "SalesforceClient.moc"
