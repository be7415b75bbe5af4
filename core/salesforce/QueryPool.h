#pragma once

#include "core/common/Error.h"
#include "core/salesforce/CancelToken.h"
#include "core/salesforce/RecordPage.h"
#include "core/salesforce/SalesforceClient.h"

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
// first, and a query of a later group fetches at most one page ahead, so what waits in memory stays
// bounded (at most one page per query, plus one in flight) while the network is kept busy.
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
    // Stops a query: its request in flight is abandoned and its unread pages dropped.
    void close(int query);

    struct Event {
        int query = -1;
        std::unique_ptr<RecordPage> page; // null when the query failed
        std::optional<Error> error;
        bool last = false; // the query has no more pages
    };
    // The next page (or failure) of a query whose group is <= openGroup (or urgent), waiting for one if
    // needed; nothing when no such query is left. After a cancel: an Event with query -1 and the error.
    // `whileWaiting` is called once in a wait longer than its `after`.
    std::optional<Event> next(int openGroup, const QueryWaitHook& whileWaiting = {});

    // Requests sent (each page, each retry counts once per page), and the most in flight at once.
    qint64 requestsSent() const { return m_sent; }
    int peakInFlight() const { return m_peak; }

private:
    struct Query;
    struct Fetch;
    void pump();
    void send(Query& q);
    void onAnswer(int query, const std::shared_ptr<Fetch>& fetch, Result<SfResponse> answer);
    bool deliverable(const Query& q, int openGroup) const;
    bool pendingFor(int openGroup) const;

    SalesforceClient& m_client;
    CancelToken m_cancel;
    int m_maxInFlight;
    int m_inFlight = 0;
    int m_openGroup = 0;
    int m_peak = 0;
    qint64 m_sent = 0;
    std::vector<std::unique_ptr<Query>> m_queries;
    std::deque<int> m_arrivals; // queries with a page or failure waiting, in arrival order
    QEventLoop* m_loop = nullptr;
};

} // namespace vms
