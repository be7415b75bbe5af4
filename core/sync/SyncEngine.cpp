#include "core/sync/SyncEngine.h"

#include "core/changes/FieldRules.h"
#include "core/common/Logging.h"
#include "core/db/Database.h"
#include "core/db/DeferredIndexes.h"
#include "core/db/Meta.h"
#include "core/db/Sqlite.h"
#include "core/db/WriteTurn.h"
#include "core/salesforce/OrgSetupCheck.h"
#include "core/salesforce/QueryPool.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/salesforce/Soql.h"
#include "core/sync/CacheApplier.h"
#include "core/sync/Pusher.h"
#include "core/sync/RecordFilter.h"
#include "core/sync/SyncJournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <functional>
#include <memory>
#include <optional>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::SyncEngine)
};

// The objects to pull, in dependency order (the order their first entity appears in the mapping).
QStringList objectsInOrder(const OrgMapping& mapping) {
    QStringList objects;
    for (const EntityMapping& e : mapping.entities())
        if (!objects.contains(e.object))
            objects << e.object;
    return objects;
}

// Puts back indexes a first load set aside. Failing to is not the pull's failure (the data is all
// there, queries are only slower); the next pull, or the next time the cache is opened, tries again.
void restoreDeferredIndexes(sqlite::Connection& db, const QString& object) {
    int rebuilt = 0;
    if (Status s = DeferredIndexes::restore(db, &rebuilt); !s) {
        qCWarning(lcSync).noquote() << "cannot rebuild deferred indexes yet:" << s.error().message;
        return;
    }
    if (rebuilt > 0)
        qCInfo(lcSync).noquote() << QStringLiteral("rebuilt %1 indexes deferred for the first load of %2")
                                        .arg(rebuilt)
                                        .arg(object.isEmpty() ? QStringLiteral("an earlier sync") : object);
}

} // namespace

SyncEngine::SyncEngine(QSqlDatabase db, SalesforceClient& client, OrgMapping mapping, const Clock& clock,
                       Session session)
    : m_db(std::move(db))
    , m_client(client)
    , m_mapping(std::move(mapping))
    , m_clock(clock)
    , m_session(std::move(session)) {}

QString SyncEngine::now() const {
    return m_clock.nowUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

Result<SyncSummary> SyncEngine::run(const SyncOptions& options, const CancelToken& cancel,
                                    const ProgressCallback& progress) {
    if (options.full)
        if (Status s = m_session.require(Permission::Administer); !s)
            return s.error();
    QElapsedTimer timer;
    timer.start();
    SyncSummary summary;
    for (const EntityMapping& e : m_mapping.entities())
        summary.entities[e.entity];
    std::vector<std::pair<QString, nlohmann::json>> described;
    if (options.pull)
        if (Status s = checkSetup(summary, options, cancel, described); !s)
            return s.error();
    if (options.push) {
        if (Status s = push(summary, cancel, progress); !s)
            return s.error();
        // The org refused a field it does not have: its setup changed since the last check, which the
        // next sync repeats, so the changes that need the field are held, saying why, instead of refused.
        for (const SyncErrorItem& e : summary.errors)
            if (e.code == u"INVALID_FIELD" ||
                (e.code == u"NOT_FOUND" && e.message.contains(u"external ID", Qt::CaseInsensitive))) {
                (void)Meta(m_db).remove(MetaKey::SetupCheck);
                break;
            }
    }
    if (options.pull) {
        if (Status s = refreshFieldRules(summary, options, cancel, described); !s)
            return s.error();
        if (Status s = pull(summary, options, cancel, progress); !s)
            return s.error();
    }
    summary.durationMs = timer.elapsed();
    summary.pulled = options.pull;
    // For the Admin page, which has no client of its own to ask.
    if (const auto usage = m_client.apiUsage(); usage && usage->limit > 0)
        (void)Meta(m_db).set(MetaKey::ApiUsage, QStringLiteral("%1/%2").arg(usage->used).arg(usage->limit));
    // The last sync is the last time the cache caught up with the org: a push alone is not one.
    if (options.pull)
        if (Status s = Meta(m_db).set(MetaKey::LastSync, now()); !s)
            qCWarning(lcSync) << "cannot record the sync time:" << s.error().message;
    return summary;
}

// What the org accepts in each field VMS writes (FieldRules), from its describe calls: one call per object,
// when the rules were never read, are a day old, no longer match the mapping, or on a full resync. A
// failure here only leaves the rules as they were (or none: nothing is checked then); the pull goes on.
// Only for a real sign-in (a session with the user's Salesforce Id, whose permission sets are checked). A
// failure leaves the kept report as it was; the sync goes on.
Status SyncEngine::checkSetup(SyncSummary& summary, const SyncOptions& options, const CancelToken& cancel,
                              std::vector<std::pair<QString, nlohmann::json>>& described) {
    if (!soql::isSalesforceId(m_session.userId))
        return {};
    const auto kept = OrgSetupCheck::load(m_db);
    if (!options.full && kept && !OrgSetupCheck::due(*kept, m_clock.nowUtc()))
        return {};
    auto report = OrgSetupCheck::run(m_client, m_mapping, m_session.userId, now(), cancel, &described);
    summary.apiCalls += static_cast<int>(described.size()) + (report ? 2 : 0);
    if (!report) {
        if (report.error().kind == ErrorKind::Cancelled)
            return report.error();
        qCWarning(lcSync).noquote() << "cannot check the org's setup:" << report.error().message;
        return {};
    }
    for (const QString& message : report->messages())
        qCWarning(lcSync).noquote() << "the org's setup lacks:" << message;
    if (Status s = OrgSetupCheck::store(m_db, *report); !s)
        qCWarning(lcSync).noquote() << "cannot keep the setup check:" << s.error().message;
    return {};
}

Status SyncEngine::refreshFieldRules(SyncSummary& summary, const SyncOptions& options,
                                     const CancelToken& cancel,
                                     const std::vector<std::pair<QString, nlohmann::json>>& described) {
    constexpr qint64 kMaxAgeSeconds = 24 * 3600;
    const QDateTime nowUtc = m_clock.nowUtc();
    // The objects whose rules are due, each with the describe the setup check already read (if it did).
    std::vector<std::pair<QString, std::optional<Result<nlohmann::json>>>> due;
    for (const QString& object : objectsInOrder(m_mapping)) {
        bool fresh = !options.full;
        for (const EntityMapping& e : m_mapping.entities()) {
            if (e.object != object)
                continue;
            const auto at = FieldRules::fetchedAt(m_db, e);
            const QDateTime fetched = at ? QDateTime::fromString(*at, Qt::ISODateWithMs) : QDateTime();
            if (!fetched.isValid() || fetched > nowUtc || fetched.secsTo(nowUtc) >= kMaxAgeSeconds)
                fresh = false;
        }
        // Read just now by the setup check: used as it is, whether or not the rules were due.
        const auto already = std::find_if(described.begin(), described.end(),
                                          [&object](const auto& d) { return d.first == object; });
        if (already != described.end())
            due.emplace_back(object, Result<nlohmann::json>(already->second));
        else if (!fresh)
            due.emplace_back(object, std::nullopt);
    }
    // The describes still to read go out side by side, at most SyncOptions::maxRequestsInFlight at a time
    // (the same bound as the pull's): one after another they cost a round trip each, which over a real
    // network is most of a small sync's time.
    size_t nextToSend = 0;
    int inFlight = 0;
    QEventLoop loop;
    std::function<void()> sendMore = [&] {
        while (inFlight < std::max(1, options.maxRequestsInFlight) && nextToSend < due.size()) {
            auto& [object, describe] = due[nextToSend++];
            if (describe)
                continue;
            ++inFlight;
            ++summary.apiCalls;
            SfRequest req;
            req.path =
                m_client.dataPath() + QStringLiteral("/sobjects/") + object + QStringLiteral("/describe");
            m_client.sendAsync(req, cancel, [&, slot = &describe](Result<SfResponse> answer) {
                if (answer)
                    *slot = Result<nlohmann::json>(std::move(answer.value().json));
                else
                    *slot = Result<nlohmann::json>(answer.error());
                --inFlight;
                sendMore();
                if (inFlight == 0)
                    loop.quit();
            });
        }
    };
    sendMore();
    if (inFlight > 0)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    for (const auto& [object, answer] : due) {
        std::vector<const EntityMapping*> entities;
        for (const EntityMapping& e : m_mapping.entities())
            if (e.object == object)
                entities.push_back(&e);
        const Result<nlohmann::json>& describe = *answer;
        if (!describe) {
            if (describe.error().kind == ErrorKind::Cancelled)
                return describe.error();
            qCWarning(lcSync).noquote()
                << "cannot read the org's field rules for" << object << ":" << describe.error().message;
            continue;
        }
        std::vector<FieldRules> rules;
        for (const EntityMapping* e : entities)
            rules.push_back(FieldRules::fromDescribe(*e, *describe));
        if (Status s = FieldRules::store(m_db, rules, now()); !s)
            qCWarning(lcSync).noquote()
                << "cannot keep the org's field rules for" << object << ":" << s.error().message;
    }
    return {};
}

Status SyncEngine::push(SyncSummary& summary, const CancelToken& cancel, const ProgressCallback& progress) {
    Pusher pusher(m_db, m_client, m_mapping, m_clock);
    return pusher.run(summary, cancel, progress);
}

namespace {

// Ids written into a table during this pull (only tracked for tables that were empty when it began).
// Kept as 64-bit hashes in an open-addressing table: a first sync writes ~354,000 affiliations, and a
// set of strings would cost tens of MB. A false positive (another Id with the same hash) only costs a
// DELETE by the real Id, which can only find a row this pull wrote, since the table started empty.
class IdSet final {
public:
    void insert(std::string_view id) {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        place(m_slots, hash(id));
        ++m_count;
    }
    bool contains(std::string_view id) const {
        if (m_slots.empty())
            return false;
        const quint64 h = hash(id);
        for (size_t i = h & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            if (m_slots[i] == h)
                return true;
            if (m_slots[i] == 0)
                return false;
        }
    }

private:
    static quint64 hash(std::string_view id) {
        const quint64 h = std::hash<std::string_view>{}(id);
        return h == 0 ? 1 : h; // 0 marks an empty slot
    }
    static void place(std::vector<quint64>& slots, quint64 h) {
        for (size_t i = h & (slots.size() - 1);; i = (i + 1) & (slots.size() - 1)) {
            if (slots[i] == h)
                return;
            if (slots[i] == 0) {
                slots[i] = h;
                return;
            }
        }
    }
    void grow() {
        std::vector<quint64> bigger(std::max<size_t>(1024, m_slots.size() * 2), 0);
        for (const quint64 h : m_slots)
            if (h != 0)
                place(bigger, h);
        m_slots.swap(bigger);
    }
    std::vector<quint64> m_slots;
    size_t m_count = 0;
};

// A transaction spans consecutive pages, up to this many records or this long: a first sync's sf_id
// index takes random inserts, and committing every 2,000 rows wrote the same index pages to the WAL again
// and again (measured: 2.5x the CPU of 20,000-row transactions). It stays open across the wait for the
// next page only up to kMaxHeldWaitMs (then it commits, from within the wait): on a slow network the
// database is not what the sync waits for, and the write lock is not held while the network is slow.
// A user's edit waiting for the lock on another connection (Transaction) ends the transaction at the end
// of the page being applied (WriteTurn), and gets the lock before the next one begins: performance.md
// allows a mark 250 ms at the 99th percentile while a full resync writes (bench_save_during_sync). Where
// that cannot be known (no WriteTurn file), it waits at most about kMaxTransactionMs plus one page.
constexpr qint64 kMaxRecordsPerTransaction = 25'000;
constexpr qint64 kMaxTransactionMs = 250;
constexpr qint64 kMaxHeldWaitMs = 50;
// A full resync removes the local records the org no longer has in slices of this many local ids, each
// its own short transaction, for the same reason.
constexpr qint64 kReconcileIdsPerTransaction = 20'000;
// How far past this computer's clock a SystemModstamp may lie and still become a watermark: clocks
// drift a little. Kept under the 10-minute overlap, so a bogus stamp just inside it still cannot make
// the next pull start after rows it never read.
constexpr qint64 kFutureStampSkewSeconds = 300;
// A first load this big (the query's totalSize) builds its tables' secondary indexes at the end instead of
// row by row (DeferredIndexes); below it the difference is a few milliseconds, not worth a schema change.
constexpr qint64 kDeferIndexesFrom = 4000;
// A full pull splits an entity's query into at most this many SystemModstamp ranges (of about
// SyncOptions::recordsPerRange records each); more would only add half-empty last pages.
constexpr qint64 kMaxRangesPerQuery = 16;
// Ids a query reads again by Id (SOQL's IN list), kept well under the 100,000-character SOQL limit.
constexpr int kIdsPerFixupQuery = 200;

std::string utf8(const QString& s) {
    return s.toStdString();
}

} // namespace

// One object's pull: its routes (one per local entity), the queries that read it, and what applying
// their pages needs.
//
// How an object is read:
//  - Incremental (a watermark, no full resync): ONE query over all its entities with the union field list,
//    each record routed to the entity whose filter it matches (RecordFilter), as a contact whose type
//    changed must move between tables; its pages come in SystemModstamp order, so each page moves the
//    object's watermark as before. Few records: the union fields cost nothing, one call per object.
//  - Full (a first load, or a resync that reconciles): one query per entity with that entity's own fields
//    (a student record does not carry the volunteer fields), each split into SystemModstamp ranges read at
//    the same time (see planRanges()). Each query also selects every entity's filter fields, so a record
//    that now belongs to another entity is still recognised (it is removed here, and read again for its
//    entity at the end of the object).
struct SyncEngine::ObjectPull {
    // A SELECT list and where each system and filter field sits in it.
    struct Layout {
        QStringList fields;
        std::vector<std::string> slots;
        int idSlot = -1, modstampSlot = -1, deletedSlot = -1;
        std::vector<std::vector<int>> filterSlots; // per route, the slot of each of its filter fields
    };
    struct Route {
        const EntityMapping* mapping = nullptr;
        RecordFilter filter;
        std::unique_ptr<CacheApplier> applier; // on layouts[route] (full) or layouts[0] (incremental)
        EntityCounts* counts = nullptr;
        std::string entity;
        // Whether a record routed elsewhere could be cached here (so it must be removed from here): only
        // if the table had rows when the pull began, or got this Id during it. Skipping the pointless
        // deletes keeps a first sync fast.
        bool hadRows = false;
        IdSet appliedIds;
        // Records that may point at this entity's rows with local changes of their own (they keep it).
        std::vector<std::pair<QString, QString>> childLinks;
        // Planned by planRanges() (full pulls): the records its query has, and the stamps they span.
        qint64 plannedTotal = -1;
        std::string minStamp, maxStamp;
        int planAnswers = 0;
        // Ids read by another entity's query that now belong here (read again at the end of the object).
        QStringList reroute;
    };
    // A plan query that failed: the pull fails with it when this object's turn comes (the objects before
    // are written first).
    std::optional<Error> planError;
    // One query: all routes (route -1, incremental) or one route, over one SystemModstamp range.
    struct Stream {
        int route = -1;
        std::string from, to; // [from, to) of SystemModstamp, normalised; empty = unbounded
        std::string maxApplied;
        bool persisted = false; // a first load's range, kept in sync_ranges
        bool fixup = false;     // reads rerouted Ids again: these
        QStringList ids;
        int restarts = 0;
        qint64 total = 0;
        int query = -1; // its QueryPool query
        // A long range of a full pull is read from both ends: this stream in SystemModstamp order and a
        // partner in reverse order over the same [from, to). The two have read every record once the
        // ascending one's frontier (the stamp of its last record so far) passes the descending one's:
        // a record below the first was read by it, one at or above it by the other. Records changed
        // meanwhile get a stamp after the plan's and are read by the next pull, as for any range (see
        // conclude()). Only the ascending stream moves the range's watermark, so a resumed range starts
        // where it stood, and the other end is read again.
        bool descending = false;
        int partner = -1;
        std::string frontier;
        bool complete = false; // read whole, by itself or with its partner
        // Each end requests only its share of the range's pages (and one page more, for the ends to
        // overlap), so no page is fetched past where the two meet; if they have not met when both have
        // their share (the org changed meanwhile), each goes on a page at a time.
        bool atLimit = false;
    };

    QString object;
    std::string objectUtf8;
    int group = 0;
    std::vector<Route> routes;
    std::vector<Layout> layouts; // incremental: [0] is the union; full: one per route
    std::vector<Stream> streams;
    bool reconcile = false;
    bool anyIssues = false;
    std::string pulledAt;
    // The latest SystemModstamp that may become a watermark (now plus a small skew), and how many
    // records carried a later one.
    std::string latestStamp;
    qint64 futureStamps = 0;
    bool movedEntity = false;
    bool plannedForced = false; // planned to be read in full whatever its watermark
    // Objects whose rows point at this object's (participations): read again in full when a record
    // moves to another entity, as removing it took theirs with it.
    std::vector<std::string> linkedObjects;
    sqlite::Connection* connection = nullptr;
    // The pull's requests: serviced while a page is written, so the network does not wait for the writer.
    QueryPool* pool = nullptr;
    qint64 applied = 0;
    std::string maxApplied; // the highest stamp applied by any stream of this pull

    SyncJournal* journal = nullptr; // the bookkeeping: watermarks, ranges, tombstones, issues, seen ids
    QString databasePath;
    bool inTransaction = false;
    qint64 transactionRecords = 0;
    QElapsedTimer transactionAge;
    bool active = false; // prepared, its pages being written

    // Set by plan(): whether this pull reads everything, and how.
    bool full = false;
    QString watermark;       // where the last pull ended (empty: never pulled)
    QString incrementalSoql; // the routed query of an incremental pull
    std::string plannedAt;   // full pulls: when the ranges were planned (resumed: the first attempt's)
    // The object's first pull (no watermark yet), and whether its tables' indexes were set aside.
    bool firstLoad = false;
    bool deferredIndexes = false;

    // Reads where the last pull ended and what is cached, and decides how to pull (no writes).
    Status plan(sqlite::Connection& db, const OrgMapping& mapping, const SyncOptions& options,
                const QDateTime& nowUtc, bool forceFull, const QString& pulledAtText);
    // Gets the connection ready to write this object's pages (statements, appliers).
    Status prepare(sqlite::Connection& db, const OrgMapping& mapping);
    // A row this pull would have removed but that a local change still needs: a visible sync issue.
    Status keep(const std::string& entity, std::string_view id, const std::string& payload);
    // Local records the server no longer has; then the object's watermark and pull time.
    Status conclude(sqlite::Connection& db);
    // Sets a big first load's secondary indexes aside (before its first transaction).
    void deferIndexesIfBig(sqlite::Connection& db, const RecordPage& page);
    Status begin(sqlite::Connection& db);
    Status applyPage(sqlite::Connection& db, const RecordPage& page, Stream& stream, bool last);
    Status commit(sqlite::Connection& db);
    Status applyRecord(const RecordView& record, const Stream& stream, std::string& pageMax);
    // After a page of a stream read from both ends: when the two ends met (or one reached the other's
    // bound), the range is complete; their queries are closed and the range kept as done.
    Status closeMetEnds(sqlite::Connection& db, int stream, bool last, bool limited);
    // Whether a stream whose first page just came should get a partner reading from the other end.
    bool wantsOtherEnd(int stream, bool last, const SyncOptions& options) const;
    // The SOQL of a stream.
    QString soqlOf(const Stream& stream, const OrgMapping& mapping, const SyncOptions& options) const;
    // Splits a route's query into ranges from its plan answers; false while an answer is missing.
    // Splits the entities' queries into ranges once every plan answer came; false until then (or after).
    bool planRanges(const SyncOptions& options);
    void planRoute(int route, const SyncOptions& options);
    bool planned = false;
    bool resumed = false; // a first load that stopped part way, resumed from sync_ranges
    Status persistRanges();
};

namespace {

QString fromUtf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QDateTime stampTime(const std::string& stamp) {
    return QDateTime::fromString(fromUtf8(stamp), Qt::ISODateWithMs);
}

std::string stampText(const QDateTime& t) {
    return utf8(t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
}

} // namespace

Status SyncEngine::ObjectPull::plan(sqlite::Connection& db, const OrgMapping& mapping,
                                    const SyncOptions& options, const QDateTime& nowUtc, bool forceFull,
                                    const QString& pulledAtText) {
    pulledAt = utf8(pulledAtText);
    objectUtf8 = utf8(object);
    databasePath = db.path();
    plannedForced = forceFull;
    latestStamp = stampText(nowUtc.addSecs(kFutureStampSkewSeconds));
    auto anyRow = [&db](const std::string& sql) -> Result<bool> {
        auto q = db.prepare(sql);
        if (!q)
            return q.error();
        sqlite::Statement st = std::move(q).value();
        if (st.step() != sqlite::Statement::StepResult::Row)
            return false;
        st.reset();
        return true;
    };
    for (Route& r : routes) {
        auto any = anyRow(utf8(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(r.mapping->table)));
        if (!any)
            return any.error();
        r.hadRows = *any;
    }
    auto issues = journal->anyIssues();
    if (!issues)
        return issues.error();
    anyIssues = *issues;

    // Where the last committed page ended, and whether this pull must reconcile by Id.
    auto state = journal->state(objectUtf8);
    if (!state)
        return state.error();
    watermark = QString::fromStdString(state->watermark);
    const QString lastPull = QString::fromStdString(state->lastPull);
    // A first load that stopped part way (crash, cancel, failure): its ranges, each with its watermark.
    auto ranges = journal->ranges(objectUtf8);
    if (!ranges)
        return ranges.error();
    streams.clear();
    resumed = false;
    for (const SyncJournal::Range& range : *ranges) {
        resumed = true;
        const QString entity = QString::fromStdString(range.entity);
        for (Route& r : routes)
            if (r.mapping->entity == entity)
                r.planAnswers = 2; // planned by the first attempt
        if (plannedAt.empty() || range.plannedAt < plannedAt)
            plannedAt = range.plannedAt;
        if (range.watermark > maxApplied)
            maxApplied = range.watermark;
        if (range.done)
            continue;
        Stream s;
        for (size_t i = 0; i < routes.size(); ++i)
            if (routes[i].mapping->entity == entity)
                s.route = static_cast<int>(i);
        if (s.route < 0)
            continue; // an entity the mapping no longer has
        s.from = range.from;
        s.to = range.to;
        s.maxApplied = range.watermark;
        s.persisted = true;
        streams.push_back(std::move(s));
    }
    const QDateTime lastPullTime = QDateTime::fromString(lastPull, Qt::ISODateWithMs);
    const bool stale = lastPullTime.isValid() && lastPullTime.daysTo(nowUtc) > options.reconcileAfterDays;
    full = resumed || options.full || watermark.isEmpty() || stale || forceFull;
    firstLoad = watermark.isEmpty();
    reconcile = !watermark.isEmpty() && full; // a first pull has nothing to reconcile

    // The SELECT lists: the union for an incremental pull; each entity's own, plus every filter field
    // (to notice a record that now belongs elsewhere), for a full one.
    QStringList filterFields;
    for (const Route& r : routes)
        for (const QString& f : r.filter.fields())
            if (!filterFields.contains(f))
                filterFields << f;
    auto layoutOf = [&](QStringList fields) {
        for (const QString& f : filterFields)
            if (!fields.contains(f))
                fields << f;
        Layout l;
        l.fields = fields;
        for (const QString& f : fields)
            l.slots.push_back(utf8(f));
        l.idSlot = static_cast<int>(fields.indexOf(mapping.idField()));
        l.modstampSlot = static_cast<int>(fields.indexOf(mapping.modstampField()));
        l.deletedSlot = static_cast<int>(fields.indexOf(mapping.deletedField()));
        for (const Route& r : routes) {
            std::vector<int> slotsOfFilter;
            for (const QString& f : r.filter.fields())
                slotsOfFilter.push_back(static_cast<int>(fields.indexOf(f)));
            l.filterSlots.push_back(std::move(slotsOfFilter));
        }
        return l;
    };
    layouts.clear();
    if (!full) {
        QStringList fields;
        for (const Route& r : routes)
            for (const QString& f : r.mapping->selectFields())
                if (!fields.contains(f))
                    fields << f;
        layouts.push_back(layoutOf(fields));
        const QDateTime from =
            QDateTime::fromString(watermark, Qt::ISODateWithMs).addSecs(-options.overlapSeconds);
        incrementalSoql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 >= %4 ORDER BY %3, %5")
                              .arg(layouts[0].fields.join(u','), object, mapping.modstampField(),
                                   soql::dateTimeLiteral(from), mapping.idField());
        streams.push_back(Stream{});
        return {};
    }
    for (const Route& r : routes)
        layouts.push_back(layoutOf(r.mapping->selectFields()));
    // A first load resumed: what changed in the org since it was planned may lie in ranges already done,
    // so each entity it had planned also reads what changed since then (less the overlap).
    if (resumed && !plannedAt.empty()) {
        const std::string since = stampText(stampTime(plannedAt).addSecs(-options.overlapSeconds));
        for (size_t i = 0; i < routes.size(); ++i) {
            if (routes[i].planAnswers < 2)
                continue;
            Stream s;
            s.route = static_cast<int>(i);
            s.from = since;
            streams.push_back(std::move(s));
        }
    }
    return {};
}

// Splits one entity's query into ranges of SystemModstamp that are read at the same time. Why
// SystemModstamp: it is the field the watermark already follows and the order every page comes in, it
// is indexed by Salesforce (SOQL and SOSL Reference, "Indexed fields": SystemModstamp is among the
// standard indexed fields), so a range is a selective query, and a range that stops part way resumes
// from its own watermark with no gap. (Salesforce's own PK chunking splits by Id in the Bulk API; over
// REST the Id boundaries are not known without reading every Id first, whereas the smallest and largest
// stamp are two one-row queries.) Bounds split [min, max] evenly; the first range is unbounded below and
// the last unbounded above, so together they cover every record whatever changes while they are read.
//
// The ranges open only once every entity of the object has its plan, and `plannedAt` is the largest
// stamp those plans saw: a SystemModstamp the org had given by then, so no later than the moment any range
// opened, in the org's own time (this computer's clock may differ). See conclude() for why it matters.
bool SyncEngine::ObjectPull::planRanges(const SyncOptions& options) {
    if (planned)
        return false;
    for (const Route& r : routes)
        if (r.planAnswers < 2)
            return false;
    planned = true;
    if (!resumed) // a resumed load keeps the first attempt's (earlier) bound
        for (const Route& r : routes)
            if (r.maxStamp > plannedAt)
                plannedAt = r.maxStamp;
    for (size_t route = 0; route < routes.size(); ++route)
        if (routes[route].plannedTotal >= 0)
            planRoute(static_cast<int>(route), options);
    return true;
}

void SyncEngine::ObjectPull::planRoute(int route, const SyncOptions& options) {
    const Route& r = routes[static_cast<size_t>(route)];
    // Even an entity with no records gets its (one, unbounded) range: a record created meanwhile is read.
    const qint64 perRange = std::max<qint64>(1, options.recordsPerRange);
    qint64 count = std::clamp<qint64>((r.plannedTotal + perRange - 1) / perRange, 1, kMaxRangesPerQuery);
    const QDateTime lo = stampTime(r.minStamp), hi = stampTime(r.maxStamp);
    if (!lo.isValid() || !hi.isValid() || hi <= lo)
        count = 1;
    const qint64 span = count > 1 ? lo.msecsTo(hi) : 0;
    std::string from;
    for (qint64 i = 1; i <= count; ++i) {
        Stream s;
        s.route = route;
        s.from = from;
        s.to = i < count ? stampText(lo.addMSecs(span * i / count)) : std::string();
        s.persisted = firstLoad;
        from = s.to;
        if (i < count && s.to == s.from)
            continue; // stamps too close together to split further
        streams.push_back(std::move(s));
    }
}

Status SyncEngine::ObjectPull::persistRanges() {
    // The plan is kept before any of its pages is written, in the same transaction as the first ones.
    for (const Stream& s : streams) {
        if (!s.persisted || s.route < 0)
            continue;
        if (Status st = journal->saveRange(objectUtf8, routes[static_cast<size_t>(s.route)].entity, s.from,
                                           s.to, plannedAt);
            !st)
            return st;
    }
    return {};
}

QString SyncEngine::ObjectPull::soqlOf(const Stream& stream, const OrgMapping& mapping,
                                       const SyncOptions& options) const {
    if (stream.route < 0)
        return incrementalSoql;
    const Route& r = routes[static_cast<size_t>(stream.route)];
    const Layout& layout = layouts[static_cast<size_t>(stream.route)];
    QStringList where;
    if (!r.mapping->filter.isEmpty())
        where << u'(' + r.mapping->filter + u')';
    if (stream.fixup) {
        QStringList ids;
        for (const QString& id : stream.ids)
            if (soql::isSalesforceId(id))
                ids << soql::quote(id);
        where << QStringLiteral("%1 IN (%2)").arg(mapping.idField(), ids.join(u','));
    } else {
        // A range resumes from its own watermark, less the overlap (a row committed late inside the range
        // is read again, as an incremental pull would).
        QDateTime from = stream.from.empty() ? QDateTime() : stampTime(stream.from);
        if (!stream.maxApplied.empty() && !stream.descending) {
            const QDateTime resume = stampTime(stream.maxApplied).addSecs(-options.overlapSeconds);
            if (!from.isValid() || resume > from)
                from = resume;
        }
        if (from.isValid())
            where << QStringLiteral("%1 >= %2").arg(mapping.modstampField(), soql::dateTimeLiteral(from));
        if (!stream.to.empty())
            where << QStringLiteral("%1 < %2").arg(mapping.modstampField(),
                                                   soql::dateTimeLiteral(stampTime(stream.to)));
    }
    const QString order = stream.descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4%6, %5%6")
        .arg(layout.fields.join(u','), object,
             where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
             mapping.modstampField(), mapping.idField(), order);
}

Status SyncEngine::ObjectPull::prepare(sqlite::Connection& db, const OrgMapping& mapping) {
    if (reconcile)
        if (Status s = journal->startSeen(); !s)
            return s;
    for (size_t i = 0; i < routes.size(); ++i) {
        Route& r = routes[i];
        const Layout& layout = layouts[full ? i : 0];
        auto applier = CacheApplier::create(db, *r.mapping, fromUtf8(pulledAt), layout.slots,
                                            mapping.idField(), mapping.modstampField(), r.childLinks);
        if (!applier)
            return applier.error();
        r.applier = std::move(applier).value();
    }
    connection = &db;
    active = true;
    return {};
}

Status SyncEngine::ObjectPull::commit(sqlite::Connection& db) {
    if (!inTransaction)
        return {};
    inTransaction = false;
    if (Status s = db.exec("COMMIT"); !s) {
        (void)db.exec("ROLLBACK");
        return s;
    }
    return {};
}

Status SyncEngine::ObjectPull::keep(const std::string& entity, std::string_view id,
                                    const std::string& payload) {
    static const std::string code = "KEPT_FOR_LOCAL_CHANGE";
    static const std::string message = "Deleted in Salesforce, or now a different kind of record there; kept "
                                       "here until the change made here is sent.";
    anyIssues = true;
    return journal->saveIssue(entity, id, code, message, payload, pulledAt);
}

Status SyncEngine::ObjectPull::applyRecord(const RecordView& record, const Stream& stream,
                                           std::string& pageMax) {
    const Layout& layout = layouts[full ? static_cast<size_t>(stream.route) : 0];
    const std::string_view id = record.string(layout.idSlot);
    const std::string modstamp = CacheApplier::normaliseModstamp(record.string(layout.modstampSlot));
    // A stamp that does not parse, or lies in the future, never becomes the watermark: the next pull
    // would start after rows that were never read. The record itself is still applied (or kept as an
    // issue when its stamp does not parse).
    if (modstamp > latestStamp)
        ++futureStamps;
    else if (modstamp > pageMax)
        pageMax = modstamp;
    const RecordPage::Value& deleted = record.value(layout.deletedSlot);
    const bool isDeleted = deleted.kind == RecordPage::Kind::Bool && deleted.boolean;
    // Where the record belongs now: the first entity whose filter it matches (none when deleted).
    Route* target = nullptr;
    if (!isDeleted)
        for (size_t i = 0; i < routes.size() && !target; ++i)
            if (routes[i].filter.matches(record, layout.filterSlots[i]))
                target = &routes[i];
    if (full && !id.empty()) {
        // Queries of one object run at the same time, so an older version of a record can arrive after a
        // newer one another query brought (its type changed meanwhile): it changes nothing.
        for (Route& r : routes)
            if (&r != target && (r.hadRows || r.appliedIds.contains(id)) &&
                r.applier->cachedModstamp(id) > modstamp)
                return {};
    }
    if (reconcile && !id.empty()) {
        if (Status s = journal->seen(id); !s)
            return s;
    }
    if (isDeleted && !id.empty()) {
        if (Status s = journal->tombstone(id, objectUtf8, pulledAt); !s)
            return s;
    }
    auto clearIssueFor = [this, id](const std::string& entity) {
        return journal->clearIssue(entity, id);
    };
    for (Route& r : routes) {
        if (&r == target)
            continue;
        // Deleted on the server, or now belongs to another entity (a contact whose type changed).
        if (r.hadRows || r.appliedIds.contains(id)) {
            const CacheApplier::Removal removal = r.applier->remove(id);
            if (removal == CacheApplier::Removal::Removed) {
                ++r.counts->deleted;
                if (!isDeleted && !movedEntity) {
                    movedEntity = true;
                    for (const std::string& linked : linkedObjects)
                        if (Status s = journal->readAgainInFull(linked); !s)
                            return s;
                }
            } else if (removal == CacheApplier::Removal::Kept) {
                if (Status s = keep(r.entity, id, record.toJson().dump()); !s)
                    return s;
                continue;
            }
        }
        if (anyIssues)
            if (Status s = clearIssueFor(r.entity); !s)
                return s;
    }
    if (!target)
        return {};
    if (full && target != &routes[static_cast<size_t>(stream.route)]) {
        // Read by another entity's query, which does not carry this entity's fields: read it again for
        // its own entity at the end of this object (once; a record that keeps changing type meanwhile is
        // left to the next sync, which the watermark guarantees reads it).
        if (!stream.fixup && !id.empty())
            target->reroute << fromUtf8(id);
        return {};
    }
    const CacheApplier::Result result = target->applier->apply(record);
    if (result.outcome == CacheApplier::Outcome::Kept)
        return keep(target->entity, id, record.toJson().dump());
    if (result.outcome == CacheApplier::Outcome::Issue) {
        // Kept whole and retried on later runs; never dropped, never stops the run.
        const std::string code = utf8(result.code), message = utf8(result.message);
        const std::string payload = record.toJson().dump();
        if (Status s = journal->saveIssue(target->entity, id.empty() ? std::string_view("(no id)") : id, code,
                                          message, payload, pulledAt);
            !s)
            return s;
        anyIssues = true;
        return {};
    }
    if (result.outcome == CacheApplier::Outcome::Applied)
        ++target->counts->pulled;
    if (result.outcome == CacheApplier::Outcome::Dropped)
        ++target->counts->deleted;
    if (!target->hadRows)
        target->appliedIds.insert(id);
    if (anyIssues)
        return clearIssueFor(target->entity);
    return {};
}

void SyncEngine::ObjectPull::deferIndexesIfBig(sqlite::Connection& db, const RecordPage& page) {
    if (!firstLoad || deferredIndexes || inTransaction)
        return;
    qint64 records = 0;
    for (const Route& r : routes)
        records += std::max<qint64>(0, r.plannedTotal);
    if (std::max(records, page.totalSize()) < kDeferIndexesFrom)
        return;
    // A big first load into empty tables builds their secondary indexes once, at the end.
    deferredIndexes = true;
    for (const Route& r : routes)
        if (!r.hadRows)
            if (Status s = DeferredIndexes::defer(db, utf8(r.mapping->table)); !s)
                // Only slower without it: e.g. SQLite refuses a DROP INDEX while a caller keeps a
                // statement open on this connection.
                qCInfo(lcSync).noquote()
                    << "indexes of" << r.mapping->table << "kept during the first load:" << s.error().message;
}

Status SyncEngine::ObjectPull::begin(sqlite::Connection& db) {
    if (inTransaction)
        return {};
    // A user's edit waiting for the lock goes first. IMMEDIATE: take the write lock now (waiting for it
    // if a user's edit holds it), rather than fail when a read turns into a write under another
    // connection's commit.
    WriteTurn::letWaitingWritersIn(databasePath);
    if (Status s = db.exec("BEGIN IMMEDIATE"); !s)
        return s;
    inTransaction = true;
    transactionRecords = 0;
    transactionAge.start();
    return {};
}

Status SyncEngine::ObjectPull::applyPage(sqlite::Connection& db, const RecordPage& page, Stream& stream,
                                         bool last) {
    if (Status s = begin(db); !s)
        return s;
    // A page is applied whole or not at all. If one fails, the transaction is rolled back with the
    // earlier pages in it: their watermark goes with them, so they are simply read again next time. (A
    // savepoint per page would keep them, but makes SQLite journal every page already changed in the
    // transaction again: it cost more than the pages' own writes.)
    Status pageStatus = [&]() -> Status {
        std::string pageMax;
        for (int i = 0; i < page.size(); ++i) {
            if (Status s = applyRecord(RecordView(page, i), stream, pageMax); !s)
                return s;
            if (pool && i % 128 == 127)
                pool->serviceNetwork();
        }
        if (page.size() > 0) {
            const Layout& layout = layouts[full ? static_cast<size_t>(stream.route) : 0];
            stream.frontier = CacheApplier::normaliseModstamp(
                RecordView(page, page.size() - 1).string(layout.modstampSlot));
        }
        if (stream.descending) {
            // Its stamps do not move the range's watermark (the ascending end's does), only the object's.
            if (pageMax > maxApplied)
                maxApplied = pageMax;
            return {};
        }
        if (pageMax > stream.maxApplied)
            stream.maxApplied = pageMax;
        if (stream.maxApplied > maxApplied)
            maxApplied = stream.maxApplied;
        if (!full && !pageMax.empty()) {
            // The one routed query of an incremental pull comes in SystemModstamp order: its page's
            // highest stamp is where the next pull starts (less the overlap).
            return journal->raiseWatermark(objectUtf8, pageMax);
        }
        if (stream.persisted) {
            // A first load's range keeps its own watermark, committed with its pages.
            return journal->updateRange(objectUtf8, routes[static_cast<size_t>(stream.route)].entity,
                                        stream.from, stream.maxApplied, last);
        }
        return {};
    }();
    if (!pageStatus) {
        inTransaction = false;
        (void)db.exec("ROLLBACK");
        return pageStatus;
    }
    transactionRecords += page.size();
    applied += page.size();
    if (transactionRecords >= kMaxRecordsPerTransaction || transactionAge.elapsed() >= kMaxTransactionMs ||
        WriteTurn::writersWaiting(databasePath))
        return commit(db);
    return {};
}

bool SyncEngine::ObjectPull::wantsOtherEnd(int stream, bool last, const SyncOptions& options) const {
    const Stream& s = streams[static_cast<size_t>(stream)];
    return full && !last && s.route >= 0 && !s.fixup && !s.descending && s.partner < 0 && !s.complete &&
           s.total > options.twoEndedFromRecords;
}

Status SyncEngine::ObjectPull::closeMetEnds(sqlite::Connection& db, int stream, bool last, bool limited) {
    Stream& s = streams[static_cast<size_t>(stream)];
    if (s.partner < 0 || s.complete)
        return {};
    Stream& other = streams[static_cast<size_t>(s.partner)];
    const Stream& up = s.descending ? other : s;
    const Stream& down = s.descending ? s : other;
    const bool met = last || (!up.frontier.empty() && !down.frontier.empty() && up.frontier > down.frontier);
    if (!met) {
        s.atLimit = s.atLimit || limited;
        if (s.atLimit && other.atLimit) {
            s.atLimit = other.atLimit = false;
            pool->extend(s.query, 1);
            pool->extend(other.query, 1);
        }
        return {};
    }
    s.complete = other.complete = true;
    pool->close(other.query);
    pool->close(s.query);
    if (!up.persisted || (last && !s.descending)) // the ascending end's last page kept it as done
        return {};
    if (Status st = begin(db); !st)
        return st;
    return journal->updateRange(objectUtf8, routes[static_cast<size_t>(up.route)].entity, up.from,
                                up.maxApplied, true);
}

Status SyncEngine::ObjectPull::conclude(sqlite::Connection& db) {
    if (reconcile) {
        // Local records the server no longer has (deleted beyond the recycle bin's 15 days, or merged),
        // except those a local change still needs: they stay, as visible sync issues. The removals go in
        // slices of local ids, each its own short transaction, so a user's edit waits little; a crash
        // between slices leaves the rest for the next reconciling pull, as a crash before one big
        // transaction would have.
        for (const Route& r : routes) {
            const QString& table = r.mapping->table;
            const QString notSeen = SyncJournal::notSeenCondition(table);
            auto last = db.prepare(utf8(QStringLiteral("SELECT max(id) FROM %1").arg(table)));
            auto prepared = db.prepare(
                utf8(QStringLiteral("DELETE FROM %1 WHERE %1.id > ? AND %1.id <= ? AND %2 AND %3")
                         .arg(table, notSeen, CacheApplier::noPendingCondition(table, r.childLinks))));
            if (!last || !prepared)
                return !last ? last.error() : prepared.error();
            sqlite::Statement maxQuery = std::move(last).value(), remove = std::move(prepared).value();
            qint64 maxId = 0;
            if (maxQuery.step() == sqlite::Statement::StepResult::Row) {
                maxId = maxQuery.columnInt(0);
                maxQuery.reset();
            }
            for (qint64 from = 0; from < maxId; from += kReconcileIdsPerTransaction) {
                WriteTurn::letWaitingWritersIn(databasePath);
                if (Status s = db.exec("BEGIN IMMEDIATE"); !s)
                    return s;
                remove.bindInt(1, from);
                remove.bindInt(2, from + kReconcileIdsPerTransaction);
                Status s = remove.exec();
                if (s)
                    r.counts->deleted += db.changes();
                if (s)
                    s = db.exec("COMMIT");
                if (!s) {
                    (void)db.exec("ROLLBACK");
                    return s;
                }
            }
            WriteTurn::letWaitingWritersIn(databasePath);
            if (Status s = db.exec("BEGIN IMMEDIATE"); !s)
                return s;
            auto kept = db.prepare(utf8(QStringLiteral("SELECT sf_id FROM %1 WHERE %2").arg(table, notSeen)));
            if (!kept) {
                (void)db.exec("ROLLBACK");
                return kept.error();
            }
            sqlite::Statement keptRows = std::move(kept).value();
            std::vector<std::string> ids;
            while (keptRows.step() == sqlite::Statement::StepResult::Row)
                ids.emplace_back(keptRows.columnText(0));
            for (const std::string& id : ids)
                if (Status s = keep(r.entity, id, "{}"); !s) {
                    (void)db.exec("ROLLBACK");
                    return s;
                }
            if (Status s = db.exec("COMMIT"); !s) {
                (void)db.exec("ROLLBACK");
                return s;
            }
        }
    }
    WriteTurn::letWaitingWritersIn(databasePath);
    if (Status s = db.exec("BEGIN IMMEDIATE"); !s)
        return s;
    Status result = [&]() -> Status {
        if (full && !maxApplied.empty()) {
            // The watermark after a full pull: the highest stamp it applied, but never past `plannedAt`, the
            // largest stamp the org had given when the ranges were planned (before any of them opened). Its
            // queries ran side by side, so a record changed while they ran may have been read by none of
            // them (its range's cursor was already past it, or had been opened before the change); that
            // record's new SystemModstamp is later than `plannedAt`, in the org's own clock, and the next
            // pull reads from this watermark (less the overlap), so it reads that record. However long the
            // pull took: the bound is when it was planned, not when it ended.
            const std::string mark = std::min(maxApplied, plannedAt.empty() ? maxApplied : plannedAt);
            if (Status s = journal->raiseWatermark(objectUtf8, mark); !s)
                return s;
        }
        if (Status s = journal->clearRanges(objectUtf8); !s)
            return s;
        return journal->markPulled(objectUtf8, pulledAt, full);
    }();
    if (!result) {
        (void)db.exec("ROLLBACK");
        return result;
    }
    if (Status s = db.exec("COMMIT"); !s) {
        (void)db.exec("ROLLBACK");
        return s;
    }
    return {};
}

// What each request of the pull's QueryPool is for.
struct SyncEngine::PullRequest {
    enum class Kind { Data, PlanFirst, PlanLast } kind = Kind::Data;
    int object = 0;
    int stream = 0; // Data: the stream; Plan*: the route
};

Status SyncEngine::pull(SyncSummary& summary, const SyncOptions& options, const CancelToken& cancel,
                        const ProgressCallback& progress) {
    // Pages are written through SQLite's C API on the connection under m_db (see
    // sqlite::Connection::forQtConnection), on this thread, while the org prepares the next pages.
    auto connection = sqlite::Connection::forQtConnection(m_db);
    if (!connection)
        return connection.error();
    sqlite::Connection& db = connection.value();
    // Pulled data need not survive a power cut: each transaction commits with the watermark that covers
    // it, so a lost one is simply read again. NORMAL (still crash-safe in WAL mode) saves an fsync per
    // commit; the user's own changes are written with FULL, which is put back at the end.
    if (Status s = db.exec("PRAGMA synchronous=NORMAL"); !s)
        return s;
    auto opened = SyncJournal::open(db);
    if (!opened)
        return opened.error();
    SyncJournal& journal = opened.value();
    QueryPool pool(m_client, cancel, options.maxRequestsInFlight);
    m_recordsDone = 0;
    Status result = [&]() -> Status {
        // A first sync that died before putting its deferred indexes back: do it before anything else.
        restoreDeferredIndexes(db, QString());
        if (Status s = releaseKeptRows(db, journal, summary); !s)
            return s;
        return pullAll(db, journal, pool, summary, options, cancel, progress);
    }();
    summary.apiCalls += pool.requestsSent();
    m_peakRequestsInFlight = pool.peakInFlight();
    if (result)
        result = retrySyncIssues(db, journal, summary);
    if (db.isBorrowed())
        (void)db.exec("PRAGMA synchronous=FULL");
    return result;
}

Status SyncEngine::pullAll(sqlite::Connection& db, SyncJournal& journal, QueryPool& pool,
                           SyncSummary& summary, const SyncOptions& options, const CancelToken& cancel,
                           const ProgressCallback& progress) {
    const QStringList objects = objectsInOrder(m_mapping);
    std::vector<std::unique_ptr<ObjectPull>> pulls;
    std::vector<PullRequest> requests; // by pool query id
    auto addRequest = [&](QueryPool::QuerySpec spec, PullRequest request) {
        const int id = pool.add(std::move(spec));
        if (static_cast<size_t>(id) >= requests.size())
            requests.resize(static_cast<size_t>(id) + 1);
        requests[static_cast<size_t>(id)] = request;
        return id;
    };
    auto addStream = [&](int object, int stream) {
        ObjectPull& p = *pulls[static_cast<size_t>(object)];
        const ObjectPull::Stream& s = p.streams[static_cast<size_t>(stream)];
        QueryPool::QuerySpec spec;
        spec.soql = p.soqlOf(s, m_mapping, options);
        spec.fields = p.layouts[p.full ? static_cast<size_t>(s.route) : 0].fields;
        spec.group = object;
        p.streams[static_cast<size_t>(stream)].query =
            addRequest(std::move(spec), {PullRequest::Kind::Data, object, stream});
    };
    // A full pull's plan: for each entity, its record count and smallest stamp (the first page of its
    // query in stamp order, 200 stamps only) and its largest stamp (one record). Asked for at once, for
    // every object, so the ranges of later objects are known before their turn.
    auto planObject = [&](int object) {
        ObjectPull& p = *pulls[static_cast<size_t>(object)];
        if (!p.full) {
            addStream(object, 0);
            return;
        }
        for (size_t i = 0; i < p.streams.size(); ++i) // resumed ranges
            addStream(object, static_cast<int>(i));
        for (size_t route = 0; route < p.routes.size(); ++route) {
            if (p.routes[route].planAnswers >= 2)
                continue;
            const EntityMapping& e = *p.routes[route].mapping;
            const QString where =
                e.filter.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(e.filter);
            const QString& stamp = m_mapping.modstampField();
            QueryPool::QuerySpec first;
            first.soql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %1 ASC").arg(stamp, p.object, where);
            first.fields = {stamp};
            first.group = object;
            first.batchSize = 200;
            first.maxPages = 1;
            first.urgent = true;
            addRequest(first, {PullRequest::Kind::PlanFirst, object, static_cast<int>(route)});
            QueryPool::QuerySpec last = first;
            last.soql =
                QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %1 DESC LIMIT 1").arg(stamp, p.object, where);
            addRequest(last, {PullRequest::Kind::PlanLast, object, static_cast<int>(route)});
        }
    };
    auto makePull = [&](int index) -> Status {
        const QString& object = objects[index];
        auto pull = std::make_unique<ObjectPull>();
        pull->journal = &journal;
        pull->pool = &pool;
        pull->object = object;
        pull->group = index;
        for (const EntityMapping& e : m_mapping.entities()) {
            if (e.object != object)
                continue;
            auto filter = RecordFilter::parse(e.filter);
            if (!filter)
                return Error::usage(Tr::tr("The mapping's filter for %1 is not valid: %2")
                                        .arg(e.entity, filter.error().message));
            ObjectPull::Route route;
            route.mapping = &e;
            route.childLinks = m_mapping.childLinks(e.entity);
            route.filter = *filter;
            route.counts = &summary.entities[e.entity];
            route.entity = utf8(e.entity);
            pull->routes.push_back(std::move(route));
        }
        for (const EntityMapping& e : m_mapping.entities())
            if (e.table == u"participations")
                pull->linkedObjects.push_back(utf8(e.object));
        if (Status s =
                pull->plan(db, m_mapping, options, m_clock.nowUtc(), m_forceFull.contains(object), now());
            !s)
            return s;
        if (static_cast<size_t>(index) < pulls.size())
            pulls[static_cast<size_t>(index)] = std::move(pull);
        else
            pulls.push_back(std::move(pull));
        planObject(index);
        return {};
    };
    for (int i = 0; i < objects.size(); ++i)
        if (Status s = makePull(i); !s)
            return s;

    qint64 totalRecords = 0; // of every object, as far as known
    // Records an object's queries hold: the plan's counts, or else what their first pages said.
    auto objectTotal = [](const ObjectPull& p) {
        qint64 total = 0;
        for (const ObjectPull::Stream& s : p.streams)
            if (s.route < 0 ||
                (p.routes[static_cast<size_t>(s.route)].plannedTotal < 0 && !s.fixup && !s.descending))
                total += s.total;
        for (const ObjectPull::Route& r : p.routes)
            total += std::max<qint64>(0, r.plannedTotal);
        return std::max(total, p.applied);
    };

    QElapsedTimer pullTime;
    pullTime.start();
    for (int index = 0; index < objects.size(); ++index) {
        const qint64 turnFrom = pullTime.elapsed(), waitedFrom = pool.waitedMs();
        const double inFlightFrom = pool.inFlightMs();
        if (cancel.isCancelled())
            return Error{ErrorKind::Cancelled, Tr::tr("Sync cancelled."), {}};
        ObjectPull* pull = pulls[static_cast<size_t>(index)].get();
        // Removing a record that moved to another entity took its participations with it: an object
        // planned before that is planned again, to read it all (its watermark and ranges are gone).
        if (!pull->plannedForced && m_forceFull.contains(pull->object)) {
            for (size_t id = 0; id < requests.size(); ++id)
                if (requests[id].object == index)
                    pool.close(static_cast<int>(id));
            if (Status s = makePull(index); !s)
                return s;
            pull = pulls[static_cast<size_t>(index)].get();
        }
        if (pull->planError)
            return *pull->planError;
        if (Status s = pull->prepare(db, m_mapping); !s)
            return s;
        bool rangesKept = false;
        // The next page is slow to come (a slow org, a retry's backoff): commit what is applied rather
        // than hold the write lock meanwhile.
        Status applyFailure;
        const QueryWaitHook commitWhileWaiting{std::chrono::milliseconds(kMaxHeldWaitMs), [&] {
                                                   if (Status s = pull->commit(db); !s && applyFailure)
                                                       applyFailure = s;
                                               }};
        Status objectResult = [&]() -> Status {
            for (;;) {
                std::optional<QueryPool::Event> event = pool.next(index, commitWhileWaiting);
                if (!applyFailure)
                    return applyFailure;
                if (!event) {
                    // Records another entity's query read, again for their own entity (once).
                    bool more = false;
                    for (size_t route = 0; route < pull->routes.size(); ++route) {
                        ObjectPull::Route& r = pull->routes[route];
                        while (!r.reroute.isEmpty()) {
                            ObjectPull::Stream fix;
                            fix.route = static_cast<int>(route);
                            fix.fixup = true;
                            fix.ids = r.reroute.mid(0, kIdsPerFixupQuery);
                            r.reroute = r.reroute.mid(kIdsPerFixupQuery);
                            pull->streams.push_back(std::move(fix));
                            addStream(index, static_cast<int>(pull->streams.size()) - 1);
                            more = true;
                        }
                    }
                    if (more)
                        continue;
                    return {};
                }
                if (event->query < 0)
                    return *event->error;
                const PullRequest request = requests[static_cast<size_t>(event->query)];
                ObjectPull& owner = *pulls[static_cast<size_t>(request.object)];
                if (request.kind != PullRequest::Kind::Data) {
                    if (event->error) {
                        if (request.object == index)
                            return *event->error;
                        if (!owner.planError)
                            owner.planError = *event->error;
                        continue;
                    }
                    ObjectPull::Route& r = owner.routes[static_cast<size_t>(request.stream)];
                    const RecordPage& page = *event->page;
                    std::string stamp;
                    if (page.size() > 0)
                        stamp = CacheApplier::normaliseModstamp(RecordView(page, 0).string(0));
                    if (request.kind == PullRequest::Kind::PlanFirst) {
                        r.plannedTotal = page.totalSize();
                        r.minStamp = stamp;
                        totalRecords += page.totalSize();
                    } else {
                        r.maxStamp = stamp;
                    }
                    ++r.planAnswers;
                    const size_t before = owner.streams.size();
                    if (owner.planRanges(options)) {
                        if (request.object == index)
                            rangesKept = false; // the new ranges are kept before their first page
                        for (size_t i = before; i < owner.streams.size(); ++i)
                            addStream(request.object, static_cast<int>(i));
                    }
                    continue;
                }
                ObjectPull::Stream& stream = owner.streams[static_cast<size_t>(request.stream)];
                if (event->error) {
                    if (event->error->code == u"INVALID_QUERY_LOCATOR" && stream.restarts < 1) {
                        // The server forgot the cursor; what was applied stays, and the rest is read again.
                        qCInfo(lcSync) << owner.object << "query locator expired; restarting the query";
                        ++stream.restarts;
                        addStream(request.object, request.stream);
                        continue;
                    }
                    return *event->error;
                }
                pull->deferIndexesIfBig(db, *event->page);
                if (!rangesKept && pull->firstLoad) {
                    // The plan of a first load is kept before its first page is written (and with it).
                    if (Status s = pull->begin(db); !s)
                        return s;
                    if (Status s = pull->persistRanges(); !s) {
                        pull->inTransaction = false;
                        (void)db.exec("ROLLBACK");
                        return s;
                    }
                    rangesKept = true;
                }
                const qint64 before = pull->applied;
                const bool firstPage = stream.total == 0;
                if (firstPage)
                    stream.total = event->page->totalSize();
                // The query's end, or only the end of the pages it was allowed (see Stream::atLimit).
                const bool done = event->last && !event->limited;
                if (Status s = pull->applyPage(db, *event->page, stream, done); !s)
                    return s;
                if (Status s = pull->closeMetEnds(db, request.stream, done, event->limited); !s)
                    return s;
                if (firstPage && pull->wantsOtherEnd(request.stream, done, options)) {
                    // Each end requests its share of the pages and one more, where they overlap.
                    const qint64 perPage = std::max(1, event->page->size());
                    const int pages = static_cast<int>((stream.total + perPage - 1) / perPage);
                    const int upShare = (pages + 1) / 2;
                    ObjectPull::Stream otherEnd;
                    otherEnd.route = stream.route;
                    otherEnd.from = stream.from;
                    otherEnd.to = stream.to;
                    otherEnd.descending = true;
                    otherEnd.partner = request.stream;
                    pull->streams.push_back(std::move(otherEnd)); // `stream` is not used after this
                    const int other = static_cast<int>(pull->streams.size()) - 1;
                    pull->streams[static_cast<size_t>(request.stream)].partner = other;
                    addStream(index, other);
                    pool.limitPages(pull->streams[static_cast<size_t>(request.stream)].query, upShare);
                    pool.limitPages(pull->streams[static_cast<size_t>(other)].query, pages + 1 - upShare);
                }
                if (progress) {
                    SyncProgress p{QStringLiteral("pull"), pull->object, pull->applied, objectTotal(*pull)};
                    p.allDone = m_recordsDone += pull->applied - before;
                    p.allTotal = std::max(totalRecords, m_recordsDone);
                    progress(p);
                }
            }
        }();
        // Whatever the outcome, commit the pages applied so far (each whole, with its watermark); a page
        // that failed to apply was rolled back, and that failure is the pull's.
        if (Status s = pull->commit(db); !s && objectResult)
            objectResult = s;
        // Put back indexes set aside for a first load, even when the pull failed. Building them is one
        // long statement each; meanwhile the later objects' answers are taken in and their slots reused.
        if (pull->deferredIndexes) {
            const sqlite::ProgressCalls serviced(db, 200'000, [&pool] { pool.serviceNetwork(); });
            restoreDeferredIndexes(db, pull->object);
        }
        if (!objectResult)
            return objectResult;
        if (pull->movedEntity) {
            // Removing a record that moved to another entity took its participations with it (they point
            // at the contact's row); read the objects that hold such links again in full, this run.
            for (const EntityMapping& e : m_mapping.entities())
                if (e.table == u"participations")
                    m_forceFull.insert(e.object);
        }
        if (Status s = pull->conclude(db); !s)
            return s;
        if (pull->futureStamps > 0)
            qCWarning(lcSync).noquote()
                << QStringLiteral(
                       "%1 records of %2 carry a SystemModstamp after this computer's time (plus %3 s); "
                       "they are kept, but do not move the watermark")
                       .arg(pull->futureStamps)
                       .arg(pull->object)
                       .arg(kFutureStampSkewSeconds);
        // Where its turn's time went: waiting for pages, or writing them; and how busy the request
        // slots were meanwhile (all objects' requests).
        const qint64 turnMs = pullTime.elapsed() - turnFrom;
        qCInfo(lcSync).noquote() << QStringLiteral(
                                        "pulled object=%1 records=%2 full=%3 queries=%4 ms=%5 waited_ms=%6 "
                                        "mean_in_flight=%7")
                                        .arg(pull->object)
                                        .arg(pull->applied)
                                        .arg(pull->full)
                                        .arg(pull->streams.size())
                                        .arg(turnMs)
                                        .arg(pool.waitedMs() - waitedFrom)
                                        .arg((pool.inFlightMs() - inFlightFrom) /
                                                 static_cast<double>(std::max<qint64>(1, turnMs)),
                                             0, 'f', 1);
        pulls[static_cast<size_t>(index)].reset();
    }
    return {};
}

Status SyncEngine::releaseKeptRows(sqlite::Connection& db, SyncJournal& journal, SyncSummary& summary) {
    // Rows an earlier pull kept for a local change (KEPT_FOR_LOCAL_CHANGE): once no change waits on them
    // any more (it was sent, or settled), they go as that pull would have removed them.
    auto listed = journal.keptForLocalChange();
    if (!listed)
        return listed.error();
    const std::vector<std::pair<std::string, std::string>> kept = std::move(listed).value();
    if (kept.empty())
        return {};
    if (Status s = db.exec("BEGIN IMMEDIATE"); !s)
        return s;
    Status result = [&]() -> Status {
        for (const auto& [entity, sfId] : kept) {
            const EntityMapping* e = m_mapping.entity(QString::fromStdString(entity));
            bool done = !e;
            if (e) {
                // Table and column names come from the mapping.
                const auto links = m_mapping.childLinks(e->entity);
                auto removed =
                    db.prepare(utf8(QStringLiteral("DELETE FROM %1 WHERE sf_id=? AND %2")
                                        .arg(e->table, CacheApplier::noPendingCondition(e->table, links))));
                auto exists =
                    db.prepare(utf8(QStringLiteral("SELECT 1 FROM %1 WHERE sf_id=?").arg(e->table)));
                if (!removed || !exists)
                    return !removed ? removed.error() : exists.error();
                sqlite::Statement removeRow = std::move(removed).value(),
                                  existsRow = std::move(exists).value();
                removeRow.bindText(1, sfId);
                if (Status s = removeRow.exec(); !s)
                    return s;
                if (db.changes() > 0) {
                    done = true;
                    ++summary.entities[e->entity].deleted;
                    // Records that pointed at it went with it locally (they had no change waiting): read
                    // them again in full this run, linked to where they belong now.
                    for (const auto& [childTable, link] : links)
                        for (const EntityMapping& child : m_mapping.entities())
                            if (child.table == childTable) {
                                m_forceFull.insert(child.object);
                                if (Status s = journal.readAgainInFull(utf8(child.object)); !s)
                                    return s;
                            }
                } else {
                    existsRow.bindText(1, sfId);
                    done = existsRow.step() != sqlite::Statement::StepResult::Row;
                    existsRow.reset();
                }
            }
            if (done) {
                if (Status s = journal.clearIssue(entity, sfId); !s)
                    return s;
            }
        }
        return {};
    }();
    if (!result) {
        (void)db.exec("ROLLBACK");
        return result;
    }
    if (Status s = db.exec("COMMIT"); !s) {
        (void)db.exec("ROLLBACK");
        return s;
    }
    return {};
}

Status SyncEngine::retrySyncIssues(sqlite::Connection& db, SyncJournal& journal, SyncSummary& summary) {
    // Parents may have arrived since a record was set aside: try every kept record again, parents first.
    const QString pulledAt = now();
    const std::string pulledAtUtf8 = utf8(pulledAt);
    for (const EntityMapping& e : m_mapping.entities()) {
        const std::string entity = utf8(e.entity);
        // Rows kept for a local change are released by releaseKeptRows(), not applied again.
        auto toRetry = journal.issuesToRetry(entity);
        if (!toRetry)
            return toRetry.error();
        const std::vector<std::pair<std::string, std::string>> issues = std::move(toRetry).value();
        if (issues.empty())
            continue;
        const QStringList fields = e.selectFields();
        std::vector<std::string> slots;
        for (const QString& f : fields)
            slots.push_back(utf8(f));
        auto applier =
            CacheApplier::create(db, e, pulledAt, slots, m_mapping.idField(), m_mapping.modstampField());
        if (!applier) {
            qCWarning(lcSync) << "cannot retry sync issues:" << applier.error().message;
            continue;
        }
        WriteTurn::letWaitingWritersIn(db.path());
        if (Status s = db.exec("BEGIN IMMEDIATE"); !s) {
            qCWarning(lcSync) << "cannot retry sync issues:" << s.error().message;
            continue;
        }
        for (const auto& [sfId, payload] : issues) {
            const nlohmann::json record = nlohmann::json::parse(payload, nullptr, false);
            CacheApplier::Result r{CacheApplier::Outcome::Issue, QStringLiteral("BAD_PAYLOAD"),
                                   Tr::tr("unreadable")};
            if (!record.is_discarded()) {
                const RecordPage page = RecordPage::fromJson(fields, record);
                r = applier.value()->apply(RecordView(page, 0));
            }
            if (r.outcome == CacheApplier::Outcome::Issue || r.outcome == CacheApplier::Outcome::Kept) {
                (void)journal.touchIssue(entity, sfId, pulledAtUtf8, utf8(r.code), utf8(r.message));
                continue;
            }
            if (r.outcome == CacheApplier::Outcome::Applied)
                ++summary.entities[e.entity].pulled;
            (void)journal.clearIssue(entity, sfId);
        }
        if (Status s = db.exec("COMMIT"); !s) {
            (void)db.exec("ROLLBACK");
            qCWarning(lcSync) << "cannot save retried sync issues:" << s.error().message;
        }
    }
    auto left = journal.issues(1000);
    if (!left)
        return {};
    for (const SyncJournal::Issue& issue : left.value())
        summary.errors.push_back({issue.entity, issue.id, issue.code, issue.message});
    return {};
}

} // namespace vms
