#pragma once

#include "core/common/Error.h"
#include "core/salesforce/AccessTokenSource.h"
#include "core/salesforce/CancelToken.h"
#include "core/salesforce/RecordPage.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace vms {

// ---- value types --------------------------------------------------------------------------------------

// The daily API budget from the `Sforce-Limit-Info: api-usage=N/M` header every REST response carries
// (REST API Developer Guide, "Response Headers").
struct ApiUsage {
    qint64 used = 0;
    qint64 limit = 0;
};

// Whether a request may be sent again when its outcome is unknown (timeout, reset, 5xx, a body cut short).
enum class Replay {
    // Reads, and writes that are idempotent by design: an upsert by external id finds the record a lost
    // first attempt created and updates it (201 the first time, 200 on a replay; salesforce-org.md,
    // "Objects written"), so sending it again can never create a second record.
    Safe,
    // Anything else that changes data. Its outcome after a lost response is unknown, so it is NEVER resent
    // blindly: the caller gets ErrorKind::Network with code "OUTCOME_UNKNOWN" and must re-read the server
    // before deciding (the sync engine re-checks SystemModstamp on its next run). Only failures that prove
    // the request never reached the server (connection refused, host not found) are retried.
    Unsafe,
};

struct SfRequest {
    QByteArray method = "GET";
    // A path on the instance ("/services/data/v60.0/query"). An absolute URL is accepted only when it is
    // on the instance itself (a server-given URL); anything else is refused before a request is made.
    QString path;
    QList<QPair<QString, QString>> query; // decoded; encoded strictly when sent
    QByteArray body;                      // JSON when not empty
    QList<QPair<QByteArray, QByteArray>> headers;
    Replay replay = Replay::Safe;
    // When set, a 2xx body is handed to this instead of being parsed into SfResponse::json (which stays
    // null, and SfResponse::body empty once it returned true). False means the body is not valid JSON:
    // retried like an answer cut short. Called on the client's thread, once per attempt that got a body.
    std::function<bool(const QByteArray& body)> parseBody;
};

struct SfResponse {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    nlohmann::json json; // the parsed body (null when the body was empty)

    QByteArray header(const QByteArray& name) const;
};

// One record's error in an sObject Collections answer: {statusCode, message, fields}.
struct RecordError {
    QString code;
    QString message;
    QStringList fields;
};

// One record's outcome in an sObject Collections write, in request order.
struct SaveResult {
    QString id; // Salesforce Id when success
    bool success = false;
    bool created = false; // upsert: true on insert (201), false on update (200)
    std::vector<RecordError> errors;
};

struct QueryPage {
    const nlohmann::json& records; // the page's records, as the org sent them (with "attributes")
    qint64 totalSize = 0;          // of the whole query
    int pageIndex = 0;             // 0 for the first page
    bool done = false;             // true on the last page
};

struct QueryStats {
    qint64 totalSize = 0;
    qint64 records = 0;
    int pages = 0;
};

// SalesforceClient::queryAllRecords' `whileWaiting`: called after `after` in a wait for a page.
struct QueryWaitHook {
    std::chrono::milliseconds after{0};
    std::function<void()> call;
};

struct SalesforceClientOptions {
    QString apiVersion = QStringLiteral("v60.0");
    // Total attempts for a retryable failure (so maxAttempts - 1 retries). A 401 refresh + replay does not
    // count as an attempt.
    int maxAttempts = 5;
    // Backoff before retry n (1-based): min(maxBackoff, baseBackoff * 2^(n-1)), then "equal jitter": a
    // uniformly random delay between half and all of it, so many clients that failed together do not
    // retry together. Tests inject a tiny base.
    std::chrono::milliseconds baseBackoff{500};
    std::chrono::milliseconds maxBackoff{30'000};
    // A request with no complete answer after this long is aborted and counts as a retryable timeout.
    std::chrono::milliseconds requestTimeout{120'000};
    // Sforce-Query-Options batchSize (REST API Developer Guide, "Query Options Header": 200–2,000; the
    // org may return fewer).
    int queryBatchSize = 2000;
    // Requests on the wire at once. A QNetworkAccessManager opens at most 6 connections to a host over
    // HTTP/1.1 and keeps any further request queued inside it, unsent; so when the caller's manager has 6
    // open, the client sends on a manager of its own (each has its own connections), up to this many
    // requests in all. What the caller sends beyond it waits in the managers' queues as before. (Only
    // when the caller's manager is a plain QNetworkAccessManager: a subclass may answer requests itself.)
    int maxConnections = 24;
};

// ---- the client ----------------------------------------------------------------------------------------

// SalesforceClient: the REST API calls VMS makes, with the behaviour every one of them needs — bearer
// token, refresh on 401, bounded retries with backoff, the API budget header, cancel, and logs without
// secrets.
//
// THREADING. A client belongs to the thread that created it and uses that thread's
// QNetworkAccessManager; it is not thread-safe (apiUsage() excepted). The sync engine creates its own
// client (and QNetworkAccessManager) on its worker thread. Several clients may share one
// AccessTokenSource, which serialises refreshes across all of them.
//
// BLOCKING CALLS. The Result-returning calls below run a local QEventLoop until the answer is complete,
// so the sync engine can be written as plain linear code. NEVER call them on the GUI thread: a nested
// event loop there re-enters the GUI (and freezes it for the duration of a retry). The GUI runs sync on a
// worker thread; vms-cli, which has no GUI, calls them on its main thread. Each call takes an optional
// CancelToken: when it is set, the request in flight is aborted within CancelToken::kPollMs and the call
// returns ErrorKind::Cancelled.
//
// ERRORS. Error{kind, message, code}: code is the Salesforce errorCode when the org sent one.
//  - 401 INVALID_SESSION_ID: the token source refreshes once and the request is replayed once; a second
//    401, or a refused refresh, is ErrorKind::Auth (vms-cli exit 5).
//  - 403 REQUEST_LIMIT_EXCEEDED "TotalRequests Limit exceeded.": ErrorKind::Server, code
//    REQUEST_LIMIT_EXCEEDED, never retried (retrying only burns a budget that is already gone; REST API
//    Developer Guide, "API Request Limits"). The same code for any other limit (too many calls at once)
//    is retried with backoff like a 503.
//  - 5xx, HTML error pages, timeouts, connection resets or closes mid-body, and truncated or invalid JSON
//    on a 2xx are retried with backoff (see Replay for writes); still failing after maxAttempts:
//    ErrorKind::Network (vms-cli exit 4), code = the last errorCode or "NETWORK".
//  - any other 4xx: ErrorKind::Server with the org's errorCode (MALFORMED_QUERY, INVALID_FIELD,
//    INVALID_QUERY_LOCATOR, NOT_FOUND, ...). INVALID_QUERY_LOCATOR means "restart the query".
//
// HOSTS. Every request goes to the instance, and only there (salesforce-org.md, "Hosts VMS talks to"):
// SalesforceHosts checks the instance before each one, and server-given URLs (nextRecordsUrl) are used
// as paths on it, so the bearer token can reach no other host.
//
// LOGGING. vms.sf.http logs method, path (never the query string), status and duration. It never logs a
// token, an Authorization header or a request body, at any level.
class SalesforceClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesforceClient)

public:
    // Collections calls take at most this many records (REST API Developer Guide, "sObject Collections").
    static constexpr int kMaxCollectionSize = 200;

    SalesforceClient(QNetworkAccessManager* nam, QUrl instanceUrl, AccessTokenSource* tokens,
                     SalesforceClientOptions options = {}, QObject* parent = nullptr);
    ~SalesforceClient() override;

    const QUrl& instanceUrl() const { return m_instanceUrl; }
    void setInstanceUrl(QUrl url) { m_instanceUrl = std::move(url); }
    const SalesforceClientOptions& options() const { return m_options; }
    // "/services/data/v60.0"
    QString dataPath() const;

    // The latest Sforce-Limit-Info seen by this client, if any. Thread-safe.
    std::optional<ApiUsage> apiUsage() const;

    // -- queries (streamed) --
    // Called once per page, in order, before the next page is fetched; the records are only valid during
    // the call (copy what you keep). Return an error to stop the query; it is returned unchanged.
    using PageHandler = std::function<Status(const QueryPage& page)>;

    // GET /query (live rows) and /queryAll (soft-deleted rows too, with IsDeleted = true), then each
    // nextRecordsUrl. batchSize <= 0 means options().queryBatchSize.
    Result<QueryStats> query(const QString& soql, const PageHandler& onPage, const CancelToken& cancel = {},
                             int batchSize = 0);
    Result<QueryStats> queryAll(const QString& soql, const PageHandler& onPage,
                                const CancelToken& cancel = {}, int batchSize = 0);

    // -- bulk reads (the sync's pull) --
    // A page parsed straight into flat values (RecordPage), handed over whole. `pageIndex` is 0-based.
    using RecordPageHandler = std::function<Status(std::unique_ptr<RecordPage> page, int pageIndex)>;
    // GET /queryAll and each nextRecordsUrl, like queryAll(), but each page is parsed into a RecordPage
    // whose slots are `fields` (the SELECT list) without building a JSON document, and the next page is
    // requested as soon as its URL is read (near the start of this page's body), so the org prepares it
    // while this one is parsed and the caller stores it. At most one request runs ahead; if onPage fails,
    // it is abandoned.
    // Not valid JSON: retried like a cut-short answer; valid JSON that is not a query answer:
    // ErrorKind::Server, code BAD_QUERY_RESPONSE.
    //
    // `whileWaiting`, when set, is called once in any wait for a page that lasts longer than its `after`
    // (a slow org, a retry's backoff), on this thread, between two onPage calls: the sync commits its
    // open transaction there, so its write lock is not held while the network is slow.
    Result<QueryStats> queryAllRecords(const QString& soql, const QStringList& fields,
                                       const RecordPageHandler& onPage, const CancelToken& cancel = {},
                                       int batchSize = 0, const QueryWaitHook& whileWaiting = {});

    // -- sObject Collections (allOrNone: false; each record succeeds or fails on its own) --
    // PATCH /composite/sobjects/{object}/{externalIdField}. Each record is a JSON object of field values
    // and must include externalIdField; "attributes" is added. More than 200 records are sent in
    // consecutive calls; results are in request order. Replay::Safe (idempotent by design).
    Result<std::vector<SaveResult>> upsertByExternalId(const QString& object, const QString& externalIdField,
                                                       const std::vector<nlohmann::json>& records,
                                                       const CancelToken& cancel = {});
    // PATCH /composite/sobjects: each record has "Id" and the fields to set. Replay::Unsafe: a lost
    // response is returned as Network/OUTCOME_UNKNOWN, never resent (it could overwrite a change made in
    // between, which the caller's SystemModstamp check must see first).
    Result<std::vector<SaveResult>> updateById(const QString& object,
                                               const std::vector<nlohmann::json>& records,
                                               const CancelToken& cancel = {});
    // POST /composite/sobjects: creates records of `object` (each gets "attributes"). Replay::Unsafe: after
    // a lost answer a record may or may not have been made, so the caller looks it up (by the client id it
    // carries) before sending it again.
    Result<std::vector<SaveResult>> createRecords(const QString& object,
                                                  const std::vector<nlohmann::json>& records,
                                                  const CancelToken& cancel = {});
    // DELETE /composite/sobjects?ids=..&allOrNone=false (at most 200 ids a call). Replay::Safe: a replay
    // of a delete that landed answers ENTITY_IS_DELETED for it, which the caller counts as done.
    Result<std::vector<SaveResult>> deleteRecords(const QStringList& ids, const CancelToken& cancel = {});
    // GET /composite/sobjects/{object}?ids=..&fields=..: records in the order of ids (null for an id that
    // does not exist). More than 200 ids are fetched in consecutive calls.
    Result<std::vector<nlohmann::json>> retrieve(const QString& object, const QStringList& ids,
                                                 const QStringList& fields, const CancelToken& cancel = {});

    // -- other resources --
    // GET /sobjects/{object}/deleted/?start=&end= (datetimes in UTC; the org keeps 15 days). The answer as
    // sent: {deletedRecords:[{id, deletedDate}], earliestDateAvailable, latestDateCovered}.
    Result<nlohmann::json> deleted(const QString& object, const QDateTime& start, const QDateTime& end,
                                   const CancelToken& cancel = {});
    // GET /sobjects/{object}/describe
    Result<nlohmann::json> describe(const QString& object, const CancelToken& cancel = {});
    // A single authenticated GET of an instance path or an absolute URL (identity URL, userinfo).
    Result<nlohmann::json> getJson(const QString& pathOrUrl, const CancelToken& cancel = {});

    // The general call the ones above are built on: retries, refresh, limit header, logging.
    Result<SfResponse> send(const SfRequest& request, const CancelToken& cancel = {});

    // The same, without blocking: `done` is called on this client's thread when the request has finished
    // (after its retries and refresh). For callers that keep several requests in flight.
    void sendAsync(const SfRequest& request, const CancelToken& cancel,
                   std::function<void(Result<SfResponse>)> done);
    // A request started by start(): abandon() stops it, and its `done` is then never called.
    class PendingCall final {
    public:
        void abandon();

    private:
        friend class SalesforceClient;
        QPointer<QObject> m_call;
    };
    // sendAsync() that can be abandoned (a query page no longer wanted).
    PendingCall start(const SfRequest& request, const CancelToken& cancel,
                      std::function<void(Result<SfResponse>)> done);

    // Salesforce's error answer ([{message, errorCode, fields}] or an OAuth {error, error_description})
    // as an Error of `kind`.
    static Error errorFromResponse(ErrorKind kind, int status, const QByteArray& body);

private:
    friend class SalesforceCall;
    Result<QueryStats> runQuery(const QString& resource, const QString& soql, const PageHandler& onPage,
                                const CancelToken& cancel, int batchSize);
    Result<std::vector<SaveResult>> collectionWrite(const QByteArray& method, const QString& path,
                                                    const QString& object,
                                                    const std::vector<nlohmann::json>& records, Replay replay,
                                                    const CancelToken& cancel);
    // The URL a request goes to: the path on the instance, after SalesforceHosts has checked the
    // instance. ErrorKind::Auth (UNTRUSTED_HOST) or Server (FOREIGN_URL) instead of a URL to elsewhere.
    Result<QUrl> resolve(const SfRequest& request) const;
    void recordUsage(const SfResponse& response);
    std::chrono::milliseconds backoffFor(int retry) const;

    // The manager the next request goes out on (see SalesforceClientOptions::maxConnections), and the
    // call back when that request has finished.
    int takeLane();
    void releaseLane(int lane);

    QNetworkAccessManager* m_nam;
    struct Lane {
        QNetworkAccessManager* nam = nullptr;
        int open = 0; // requests on it not finished yet
    };
    std::vector<Lane> m_lanes; // [0] is m_nam; the others are m_ownManagers'
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_ownManagers;
    QUrl m_instanceUrl;
    AccessTokenSource* m_tokens;
    SalesforceClientOptions m_options;
    mutable QMutex m_usageMutex;
    std::optional<ApiUsage> m_usage;
};

// Parses one sObject Collections result array ([{id, success, created?, errors:[...]}]).
Result<std::vector<SaveResult>> parseSaveResults(const nlohmann::json& array, std::size_t expected);

} // namespace vms
