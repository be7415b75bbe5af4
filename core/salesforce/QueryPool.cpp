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
} // namespace

// One page's request: the page its body is parsed into.
struct QueryPool::Fetch {
    std::unique_ptr<RecordPage> page;
    bool parsed = false;
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
    , m_maxInFlight(std::max(1, maxInFlight)) {}

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

void QueryPool::close(int query) {
    Query& q = *m_queries.at(static_cast<size_t>(query));
    if (q.fetch) {
        q.pending.abandon();
        q.fetch.reset();
        --m_inFlight;
    }
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

// Hands free request slots to the queries that need them most: the lowest group first (its pages are
// the ones being written), then the query with the fewest pages waiting. A query whose pages cannot be
// written yet fetches only one ahead.
void QueryPool::pump() {
    while (m_inFlight < m_maxInFlight && !m_cancel.isCancelled()) {
        Query* best = nullptr;
        for (auto& q : m_queries) {
            if (q->closed || q->finished || q->fetch)
                continue;
            const size_t ahead = deliverable(*q, m_openGroup) ? 2 : 1;
            if (q->ready.size() >= ahead)
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
        fetch->parsed = true;
        return fetch->page->parse(body) || fetch->page->isShapeError();
    };
    const int id = static_cast<int>(
        std::find_if(m_queries.begin(), m_queries.end(), [&q](const auto& p) { return p.get() == &q; }) -
        m_queries.begin());
    ++q.pages;
    ++m_sent;
    ++m_inFlight;
    m_peak = std::max(m_peak, m_inFlight);
    q.fetch = fetch;
    q.pending = m_client.start(req, m_cancel, [this, id, fetch](Result<SfResponse> answer) {
        onAnswer(id, fetch, std::move(answer));
    });
}

void QueryPool::onAnswer(int query, const std::shared_ptr<Fetch>& fetch, Result<SfResponse> answer) {
    Query& q = *m_queries.at(static_cast<size_t>(query));
    if (q.fetch != fetch) // abandoned meanwhile (close() already freed its slot)
        return;
    q.fetch.reset();
    q.pending = {};
    --m_inFlight;
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
        event.last = page.done() || page.nextRecordsUrl().isEmpty() ||
                     (q.spec.maxPages > 0 && q.pages >= q.spec.maxPages);
        if (!event.last)
            q.nextPath = page.nextRecordsUrl();
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
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        m_loop = nullptr;
    }
}

} // namespace vms
