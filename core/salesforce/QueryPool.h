#pragma once

#include "core/common/Error.h"
#include "core/salesforce/CancelToken.h"
#include "core/salesforce/RecordPage.h"
#include "core/salesforce/SalesforceClient.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

class QEventLoop;

namespace vms {

// Several streamed queries (GET /queryAll, then each nextRecordsUrl) at once, on this thread, with at
// most `maxInFlight` requests open at any time. Pages are parsed into RecordPages as they arrive and
// handed out one at a time by next(), so whoever writes them does so on one thread.
//
// Each query belongs to a group (the sync uses one per object, in dependency order). next(openGroup)
// hands out pages of queries in groups up to openGroup; the free request slots go to the lowest groups
// first. Queries of later groups fetch ahead too, into the slots the open group leaves free (at the end of
// an object its last ranges are a tail of one request each), within a bound on the pages waiting in
// memory (a few pages per request slot), so the network is kept busy while what waits stays bounded.
//
// The caller writes the pages on this thread; while it does, serviceNetwork() takes in the answers that
// came meanwhile and sends the requests they free, so no slot sits idle behind a page being written.
//
// Failed requests were already retried by SalesforceClient (backoff on 5xx, 503 and concurrency-limit
// answers); what next() reports as a failure is final for that query.
class QueryPool final {
public:
    QueryPool(SalesforceClient& client, const CancelToken& cancel, int maxInFlight);
    ~QueryPool(); // abandons every request still in flight
    QueryPool(const QueryPool&) = delete;
    QueryPool& operator=(const QueryPool&) = delete;

    struct QuerySpec {
        QString soql;
        QStringList fields; // the SELECT list, the pages' slots
        int group = 0;
        int batchSize = 0;   // <= 0: the client's queryBatchSize
        int maxPages = -1;   // stop after this many pages (-1: all)
        bool urgent = false; // handed out whatever the open group (a plan the caller needs early)
    };
    // Returns the query's id. It starts when a request slot is free.
    int add(QuerySpec spec);
    // Stops a query: its unread pages are dropped, and so is the answer to its request in flight, which
    // keeps its slot until it comes (the org serves it anyway).
    void close(int query);
    // Requests no page of a query past its `pages`-th (the one in flight still comes); its page there is
    // handed out with `last` and `limited` set. extend() lets a query so stopped go on, `pages` more.
    void limitPages(int query, int pages);
    void extend(int query, int pages);

    struct Event {
        int query = -1;
        std::unique_ptr<RecordPage> page; // null when the query failed
        std::optional<Error> error;
        bool last = false;    // the query has no more pages
        bool limited = false; // ...because it reached its maxPages, not its end (see extend())
    };
    // The next page (or failure) of a query whose group is <= openGroup (or urgent), waiting for one if
    // needed; nothing when no such query is left. After a cancel: an Event with query -1 and the error.
    // `whileWaiting` is called once in a wait longer than its `after`.
    std::optional<Event> next(int openGroup, const QueryWaitHook& whileWaiting = {});
    // Handles the answers that arrived while the caller was busy (parsing them, sending the next
    // requests), without waiting; cheap enough to call every few hundred records (it does the work at
    // most every few milliseconds). Never hands out a page: that is next()'s.
    void serviceNetwork();

    // Requests sent (each page, each retry counts once per page), and the most in flight at once.
    qint64 requestsSent() const { return m_sent; }
    int peakInFlight() const { return m_peak; }
    // Where the time went (the sync logs it per object): milliseconds next() waited for an answer, and
    // the requests in flight summed over time (request-milliseconds), to tell idle slots from a busy writer.
    qint64 waitedMs() const { return m_waitedMs; }
    double inFlightMs() const;

private:
    struct Query;
    struct Fetch;
    void pump();
    void send(Query& q);
    void changeInFlight(int delta);
    void onAnswer(int query, const std::shared_ptr<Fetch>& fetch, Result<SfResponse> answer);
    bool deliverable(const Query& q, int openGroup) const;
    bool pendingFor(int openGroup) const;
    size_t pagesWaiting() const;

    SalesforceClient& m_client;
    CancelToken m_cancel;
    int m_maxInFlight;
    int m_inFlight = 0;
    int m_openGroup = 0;
    int m_peak = 0;
    qint64 m_sent = 0;
    qint64 m_waitedMs = 0;
    double m_inFlightMs = 0; // up to m_inFlightSince
    QElapsedTimer m_clock;
    qint64 m_inFlightSince = 0;
    qint64 m_servicedAt = 0;
    std::vector<std::unique_ptr<Query>> m_queries;
    std::deque<int> m_arrivals; // queries with a page or failure waiting, in arrival order
    QEventLoop* m_loop = nullptr;
};

} // namespace vms
