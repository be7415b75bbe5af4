#include "core/salesforce/QueryPool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace vms {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::QueryPool)
};

// Pages that may wait in memory for their turn, per request slot, over all queries of later groups (a
// page of 2,000 records is 1-3 MB parsed): about four round trips of work, enough to cover an object's
// tail and the pause while an object's indexes are built.
constexpr size_t kPagesWaitingPerSlot = 4;
// A query of a later group fetches at most this many pages ahead of the writer; the open group's, two.
constexpr size_t kAheadOpenGroup = 2;
constexpr size_t kAheadLaterGroup = 4;
// serviceNetwork() does its work at most this often.
constexpr qint64 kServiceEveryMs = 3;
} // namespace

// One page's request: the page its body is parsed into.
struct QueryPool::Fetch {
    std::unique_ptr<RecordPage> page;
    bool parsed = false;
    bool dropped = false; // its query was closed: the answer is not wanted
};

struct QueryPool::Query {
    QuerySpec spec;
    QString nextPath;      // empty before the first page
    int pages = 0;         // pages requested
    bool finished = false; // no more requests to make
    bool closed = false;
    std::shared_ptr<Fetch> fetch; // the request in flight
    SalesforceClient::PendingCall pending;
    std::deque<Event> ready;
};

QueryPool::QueryPool(SalesforceClient& client, const CancelToken& cancel, int maxInFlight)
    : m_client(client)
    , m_cancel(cancel)
    , m_maxInFlight(std::max(1, maxInFlight)) {
    m_clock.start();
}

void QueryPool::changeInFlight(int delta) {
    const qint64 now = m_clock.elapsed();
    m_inFlightMs += static_cast<double>(m_inFlight) * static_cast<double>(now - m_inFlightSince);
    m_inFlightSince = now;
    m_inFlight += delta;
}

double QueryPool::inFlightMs() const {
    return m_inFlightMs +
           static_cast<double>(m_inFlight) * static_cast<double>(m_clock.elapsed() - m_inFlightSince);
}

QueryPool::~QueryPool() {
    for (auto& q : m_queries)
        if (q->fetch)
            q->pending.abandon();
}

int QueryPool::add(QuerySpec spec) {
    auto q = std::make_unique<Query>();
    q->spec = std::move(spec);
    m_queries.push_back(std::move(q));
    return static_cast<int>(m_queries.size()) - 1;
}

void QueryPool::limitPages(int query, int pages) {
    m_queries.at(static_cast<size_t>(query))->spec.maxPages = pages;
}

void QueryPool::extend(int query, int pages) {
    Query& q = *m_queries.at(static_cast<size_t>(query));
    if (q.closed || q.nextPath.isEmpty() || q.spec.maxPages <= 0)
        return;
    q.spec.maxPages = std::max(q.spec.maxPages, q.pages) + pages;
    q.finished = false;
    pump();
}

void QueryPool::close(int query) {
    Query& q = *m_queries.at(static_cast<size_t>(query));
    // A request in flight runs on at the org whatever this end does, so it keeps its slot until its
    // answer comes (and is dropped then): the org never serves more than maxInFlight requests of ours.
    if (q.fetch)
        q.fetch->dropped = true;
    q.closed = true;
    q.finished = true;
    q.ready.clear();
    m_arrivals.erase(std::remove(m_arrivals.begin(), m_arrivals.end(), query), m_arrivals.end());
    pump();
}

bool QueryPool::deliverable(const Query& q, int openGroup) const {
    return q.spec.urgent || q.spec.group <= openGroup;
}

bool QueryPool::pendingFor(int openGroup) const {
    for (const auto& q : m_queries)
        if (!q->closed && deliverable(*q, openGroup) && (!q->finished || q->fetch || !q->ready.empty()))
            return true;
    return false;
}

size_t QueryPool::pagesWaiting() const {
    size_t waiting = 0;
    for (const auto& q : m_queries)
        waiting += q->ready.size() + (q->fetch ? 1 : 0);
    return waiting;
}

// Hands free request slots to the queries that need them most: the lowest group first (its pages are
// the ones being written), then the query with the fewest pages waiting. A query whose pages cannot be
// written yet fetches a few ahead, while the pages waiting overall stay within kPagesWaitingPerSlot per slot.
void QueryPool::pump() {
    while (m_inFlight < m_maxInFlight && !m_cancel.isCancelled()) {
        const bool roomAhead = pagesWaiting() < kPagesWaitingPerSlot * static_cast<size_t>(m_maxInFlight);
        Query* best = nullptr;
        for (auto& q : m_queries) {
            if (q->closed || q->finished || q->fetch)
                continue;
            const bool open = deliverable(*q, m_openGroup);
            if (!open && !roomAhead && q->ready.size() >= 1)
                continue;
            if (q->ready.size() >= (open ? kAheadOpenGroup : kAheadLaterGroup))
                continue;
            if (!best || q->spec.group < best->spec.group ||
                (q->spec.group == best->spec.group && q->ready.size() < best->ready.size()))
                best = q.get();
        }
        if (!best)
            return;
        send(*best);
    }
}

void QueryPool::send(Query& q) {
    std::vector<std::string> slots;
    for (const QString& f : q.spec.fields)
        slots.push_back(f.toStdString());
    auto fetch = std::make_shared<Fetch>();
    fetch->page = std::make_unique<RecordPage>(std::move(slots));
    SfRequest req;
    if (q.pages == 0) {
        req.path = m_client.dataPath() + QStringLiteral("/queryAll");
        req.query = {{QStringLiteral("q"), q.spec.soql}};
    } else {
        req.path = q.nextPath;
    }
    const int batch =
        std::clamp(q.spec.batchSize > 0 ? q.spec.batchSize : m_client.options().queryBatchSize, 200, 2000);
    req.headers = {{"Sforce-Query-Options", "batchSize=" + QByteArray::number(batch)}};
    // A shape error (valid JSON, not a query answer) is not retried: it is reported by onAnswer().
    req.parseBody = [fetch](const QByteArray& body) {
        if (fetch->dropped)
            return true;
        fetch->parsed = true;
        return fetch->page->parse(body) || fetch->page->isShapeError();
    };
    const int id = static_cast<int>(
        std::find_if(m_queries.begin(), m_queries.end(), [&q](const auto& p) { return p.get() == &q; }) -
        m_queries.begin());
    ++q.pages;
    ++m_sent;
    changeInFlight(+1);
    m_peak = std::max(m_peak, m_inFlight);
    q.fetch = fetch;
    q.pending = m_client.start(req, m_cancel, [this, id, fetch](Result<SfResponse> answer) {
        onAnswer(id, fetch, std::move(answer));
    });
}

void QueryPool::onAnswer(int query, const std::shared_ptr<Fetch>& fetch, Result<SfResponse> answer) {
    Query& q = *m_queries.at(static_cast<size_t>(query));
    if (q.fetch != fetch)
        return;
    q.fetch.reset();
    q.pending = {};
    changeInFlight(-1);
    if (fetch->dropped) { // closed meanwhile: only its slot was still taken
        pump();
        if (m_loop)
            m_loop->quit();
        return;
    }
    Event event;
    event.query = query;
    if (!answer) {
        event.error = answer.error();
    } else if (!fetch->parsed || fetch->page->isShapeError()) {
        event.error = Error{ErrorKind::Server,
                            Tr::tr("The org's query answer is not in the expected form (%1).")
                                .arg(fetch->parsed ? fetch->page->why() : Tr::tr("an empty answer")),
                            QStringLiteral("BAD_QUERY_RESPONSE")};
    } else {
        RecordPage& page = *fetch->page;
        const bool done = page.done() || page.nextRecordsUrl().isEmpty();
        event.limited = !done && q.spec.maxPages > 0 && q.pages >= q.spec.maxPages;
        event.last = done || event.limited;
        // Kept for extend(); cleared at the end, so a finished query can never be sent a stale page again.
        q.nextPath = done ? QString() : page.nextRecordsUrl();
        event.page = std::move(fetch->page);
    }
    if (event.error)
        event.last = true;
    if (event.last)
        q.finished = true;
    q.ready.push_back(std::move(event));
    m_arrivals.push_back(query);
    pump();
    if (m_loop)
        m_loop->quit();
}

void QueryPool::serviceNetwork() {
    if (m_loop || m_clock.elapsed() - m_servicedAt < kServiceEveryMs)
        return;
    // Answers come in as queued events from Qt's network thread: let them be handled (onAnswer() parses
    // each and sends the next request) while the caller goes on with what it was writing.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    m_servicedAt = m_clock.elapsed();
}

std::optional<QueryPool::Event> QueryPool::next(int openGroup, const QueryWaitHook& whileWaiting) {
    m_openGroup = openGroup;
    pump();
    bool hookCalled = false;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (m_cancel.isCancelled()) {
            Event cancelled;
            cancelled.error = Error{ErrorKind::Cancelled, Tr::tr("Cancelled."), QStringLiteral("CANCELLED")};
            cancelled.last = true;
            return cancelled;
        }
        for (auto it = m_arrivals.begin(); it != m_arrivals.end(); ++it) {
            Query& q = *m_queries.at(static_cast<size_t>(*it));
            if (!deliverable(q, openGroup) || q.ready.empty())
                continue;
            m_arrivals.erase(it);
            Event event = std::move(q.ready.front());
            q.ready.pop_front();
            pump(); // a slot this query was denied may be its now
            return event;
        }
        if (!pendingFor(openGroup))
            return std::nullopt;
        QEventLoop loop;
        QTimer slow;
        if (whileWaiting.call && !hookCalled) {
            slow.setSingleShot(true);
            const auto left = std::max<qint64>(0, whileWaiting.after.count() - waited.elapsed());
            QObject::connect(&slow, &QTimer::timeout, &loop, [&] {
                hookCalled = true;
                whileWaiting.call();
            });
            slow.start(static_cast<int>(left));
        }
        // A cancel is noticed by each request within CancelToken::kPollMs; nothing here waits longer.
        m_loop = &loop;
        const qint64 waitFrom = m_clock.elapsed();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        m_waitedMs += m_clock.elapsed() - waitFrom;
        m_loop = nullptr;
    }
}

} // namespace vms
