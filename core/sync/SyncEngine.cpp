#include "core/sync/SyncEngine.h"

#include "core/changes/FieldRules.h"
#include "core/common/Logging.h"
#include "core/db/Database.h"
#include "core/db/DeferredIndexes.h"
#include "core/db/Meta.h"
#include "core/db/Sqlite.h"
#include "core/db/WriteTurn.h"
#include "core/salesforce/OrgSetupCheck.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/salesforce/Soql.h"
#include "core/sync/CacheApplier.h"
#include "core/sync/Pusher.h"
#include "core/sync/RecordFilter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

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
    for (const QString& object : objectsInOrder(m_mapping)) {
        std::vector<const EntityMapping*> entities;
        bool fresh = !options.full;
        for (const EntityMapping& e : m_mapping.entities()) {
            if (e.object != object)
                continue;
            entities.push_back(&e);
            const auto at = FieldRules::fetchedAt(m_db, e);
            const QDateTime fetched = at ? QDateTime::fromString(*at, Qt::ISODateWithMs) : QDateTime();
            if (!fetched.isValid() || fetched > nowUtc || fetched.secsTo(nowUtc) >= kMaxAgeSeconds)
                fresh = false;
        }
        // Read just now by the setup check: used as it is, whether or not the rules were due.
        const auto already = std::find_if(described.begin(), described.end(),
                                          [&object](const auto& d) { return d.first == object; });
        if (fresh && already == described.end())
            continue;
        Result<nlohmann::json> describe = already != described.end() ? Result<nlohmann::json>(already->second)
                                                                     : m_client.describe(object, cancel);
        if (already == described.end())
            ++summary.apiCalls;
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

Status SyncEngine::pull(SyncSummary& summary, const SyncOptions& options, const CancelToken& cancel,
                        const ProgressCallback& progress) {
    // Pages are written through SQLite's C API on the connection under m_db (see
    // sqlite::Connection::forQtConnection), on this thread, while the org prepares the next page.
    auto connection = sqlite::Connection::forQtConnection(m_db);
    if (!connection)
        return connection.error();
    sqlite::Connection& db = connection.value();
    // Pulled data need not survive a power cut: each transaction commits with the watermark that covers
    // it, so a lost one is simply read again. NORMAL (still crash-safe in WAL mode) saves an fsync per
    // commit; the user's own changes are written with FULL, which is put back at the end.
    if (Status s = db.exec("PRAGMA synchronous=NORMAL"); !s)
        return s;
    Status result = [&]() -> Status {
        // A first sync that died before putting its deferred indexes back: do it before anything else.
        restoreDeferredIndexes(db, QString());
        if (Status s = releaseKeptRows(db, summary); !s)
            return s;
        for (const QString& object : objectsInOrder(m_mapping)) {
            if (cancel.isCancelled())
                return Error{ErrorKind::Cancelled, Tr::tr("Sync cancelled."), {}};
            if (Status s = pullObject(db, object, summary, options, cancel, progress); !s)
                return s;
        }
        return retrySyncIssues(db, summary);
    }();
    if (db.isBorrowed())
        (void)db.exec("PRAGMA synchronous=FULL");
    return result;
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

std::string utf8(const QString& s) {
    return s.toStdString();
}

} // namespace

// One object's pull: its routes (one per local entity), and what applying its pages needs.
struct SyncEngine::ObjectPull {
    struct Route {
        const EntityMapping* mapping = nullptr;
        RecordFilter filter;
        std::vector<int> filterSlots; // page slot of each filter field
        std::unique_ptr<CacheApplier> applier;
        EntityCounts* counts = nullptr;
        std::string entity;
        // Whether a record routed elsewhere could be cached here (so it must be removed from here): only
        // if the table had rows when the pull began, or got this Id during it. Skipping the pointless
        // deletes keeps a first sync fast.
        bool hadRows = false;
        IdSet appliedIds;
        // Records that may point at this entity's rows with local changes of their own (they keep it).
        std::vector<std::pair<QString, QString>> childLinks;
    };

    QString object;
    std::string objectUtf8;
    std::vector<Route> routes;
    QStringList fields;
    std::vector<std::string> slots;
    int idSlot = -1, modstampSlot = -1, deletedSlot = -1;
    bool reconcile = false;
    bool anyIssues = false;
    std::string pulledAt;
    // The latest SystemModstamp that may become a watermark (now plus a small skew), and how many
    // records carried a later one.
    std::string latestStamp;
    qint64 futureStamps = 0;
    bool movedEntity = false;
    qint64 applied = 0;

    sqlite::Statement saveIssue, clearIssue, saveWatermark, seen, tombstone;
    QString databasePath;
    bool inTransaction = false;
    qint64 transactionRecords = 0;
    QElapsedTimer transactionAge;

    // Set by setup(): whether this pull reads everything, and its query.
    bool full = false;
    QString soql;
    // The object's first pull (no watermark yet), and whether its tables' indexes were set aside.
    bool firstLoad = false;
    bool deferredIndexes = false;

    // Reads where the last pull ended and what is cached, decides how to pull, and gets the connection
    // ready (statements, appliers, deferred indexes for a first load).
    Status setup(sqlite::Connection& db, const OrgMapping& mapping, const SyncOptions& options,
                 const QDateTime& nowUtc, bool forceFull, const QString& pulledAtText);
    // A row this pull would have removed but that a local change still needs: a visible sync issue.
    Status keep(const std::string& entity, std::string_view id, const std::string& payload);
    Status prepare(sqlite::Connection& db, const OrgMapping& mapping, const QString& pulledAtText);
    // Local records the server no longer has; then the object's pull time.
    Status conclude(sqlite::Connection& db);
    Status applyPage(sqlite::Connection& db, const RecordPage& page);
    Status commit(sqlite::Connection& db);
    Status applyRecord(const RecordView& record, std::string& pageMax);
};

Status SyncEngine::ObjectPull::prepare(sqlite::Connection& db, const OrgMapping& mapping,
                                       const QString& pulledAtText) {
    pulledAt = utf8(pulledAtText);
    objectUtf8 = utf8(object);
    databasePath = db.path();
    latestStamp = utf8(QDateTime::fromString(pulledAtText, Qt::ISODateWithMs)
                           .addSecs(kFutureStampSkewSeconds)
                           .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    auto prepareInto = [&db](sqlite::Statement& into, const char* sql) -> Status {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        into = std::move(st).value();
        return {};
    };
    if (reconcile) {
        if (Status s =
                db.exec("CREATE TEMP TABLE IF NOT EXISTS sync_seen (sf_id TEXT PRIMARY KEY) WITHOUT ROWID; "
                        "DELETE FROM sync_seen");
            !s)
            return s;
        if (Status s = prepareInto(seen, "INSERT OR IGNORE INTO sync_seen(sf_id) VALUES(?)"); !s)
            return s;
    }
    for (const auto& [into, sql] :
         {std::pair{&tombstone, "INSERT OR REPLACE INTO tombstones(sf_id, object, seen_at) VALUES(?,?,?)"},
          std::pair{
              &saveIssue,
              "INSERT INTO sync_issues(entity,sf_id,code,message,payload,first_seen,last_seen) "
              "VALUES(?,?,?,?,?,?,?) "
              "ON CONFLICT(entity,sf_id) DO UPDATE SET code=excluded.code, message=excluded.message, "
              "payload=excluded.payload, last_seen=excluded.last_seen, attempts=sync_issues.attempts+1"},
          std::pair{&clearIssue, "DELETE FROM sync_issues WHERE entity=? AND sf_id=?"},
          std::pair{
              &saveWatermark,
              "INSERT INTO sync_state(entity, watermark) VALUES(?,?) ON CONFLICT(entity) DO UPDATE SET "
              "watermark=excluded.watermark WHERE excluded.watermark > coalesce(sync_state.watermark,'')"}})
        if (Status s = prepareInto(*into, sql); !s)
            return s;
    for (Route& r : routes) {
        auto applier = CacheApplier::create(db, *r.mapping, pulledAtText, slots, mapping.idField(),
                                            mapping.modstampField(), r.childLinks);
        if (!applier)
            return applier.error();
        r.applier = std::move(applier).value();
    }
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
    saveIssue.bindText(1, entity);
    saveIssue.bindText(2, id);
    saveIssue.bindText(3, code);
    saveIssue.bindText(4, message);
    saveIssue.bindText(5, payload);
    saveIssue.bindText(6, pulledAt);
    saveIssue.bindText(7, pulledAt);
    anyIssues = true;
    return saveIssue.exec();
}

Status SyncEngine::ObjectPull::applyRecord(const RecordView& record, std::string& pageMax) {
    const std::string_view id = record.string(idSlot);
    const std::string modstamp = CacheApplier::normaliseModstamp(record.string(modstampSlot));
    // A stamp that does not parse, or lies in the future, never becomes the watermark: the next pull
    // would start after rows that were never read. The record itself is still applied (or kept as an
    // issue when its stamp does not parse).
    if (modstamp > latestStamp)
        ++futureStamps;
    else if (modstamp > pageMax)
        pageMax = modstamp;
    if (reconcile && !id.empty()) {
        seen.bindText(1, id);
        if (Status s = seen.exec(); !s)
            return s;
    }
    const RecordPage::Value& deleted = record.value(deletedSlot);
    const bool isDeleted = deleted.kind == RecordPage::Kind::Bool && deleted.boolean;
    if (isDeleted && !id.empty()) {
        tombstone.bindText(1, id);
        tombstone.bindText(2, objectUtf8);
        tombstone.bindText(3, pulledAt);
        if (Status s = tombstone.exec(); !s)
            return s;
    }
    auto clearIssueFor = [this, id](const std::string& entity) {
        clearIssue.bindText(1, entity);
        clearIssue.bindText(2, id);
        return clearIssue.exec();
    };
    Route* target = nullptr;
    for (Route& r : routes) {
        if (!isDeleted && !target && r.filter.matches(record, r.filterSlots)) {
            target = &r;
            continue;
        }
        // Deleted on the server, or now belongs to another entity (a contact whose type changed).
        if (r.hadRows || r.appliedIds.contains(id)) {
            const CacheApplier::Removal removal = r.applier->remove(id);
            if (removal == CacheApplier::Removal::Removed) {
                ++r.counts->deleted;
                if (!isDeleted)
                    movedEntity = true;
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
    const CacheApplier::Result result = target->applier->apply(record);
    if (result.outcome == CacheApplier::Outcome::Kept)
        return keep(target->entity, id, record.toJson().dump());
    if (result.outcome == CacheApplier::Outcome::Issue) {
        // Kept whole and retried on later runs; never dropped, never stops the run.
        const std::string code = utf8(result.code), message = utf8(result.message);
        const std::string payload = record.toJson().dump();
        saveIssue.bindText(1, target->entity);
        saveIssue.bindText(2, id.empty() ? std::string_view("(no id)") : id);
        saveIssue.bindText(3, code);
        saveIssue.bindText(4, message);
        saveIssue.bindText(5, payload);
        saveIssue.bindText(6, pulledAt);
        saveIssue.bindText(7, pulledAt);
        if (Status s = saveIssue.exec(); !s)
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

Status SyncEngine::ObjectPull::applyPage(sqlite::Connection& db, const RecordPage& page) {
    if (firstLoad && !deferredIndexes && page.totalSize() >= kDeferIndexesFrom) {
        // A big first load into empty tables builds their secondary indexes once, at the end.
        deferredIndexes = true;
        for (const Route& r : routes)
            if (!r.hadRows)
                if (Status s = DeferredIndexes::defer(db, utf8(r.mapping->table)); !s)
                    // Only slower without it: e.g. SQLite refuses a DROP INDEX while a caller keeps a
                    // statement open on this connection.
                    qCInfo(lcSync).noquote() << "indexes of" << r.mapping->table
                                             << "kept during the first load:" << s.error().message;
    }
    if (!inTransaction) {
        // A user's edit waiting for the lock goes first. IMMEDIATE: take the write lock now (waiting for
        // it if a user's edit holds it), rather than fail when a read turns into a write under another
        // connection's commit.
        WriteTurn::letWaitingWritersIn(databasePath);
        if (Status s = db.exec("BEGIN IMMEDIATE"); !s)
            return s;
        inTransaction = true;
        transactionRecords = 0;
        transactionAge.start();
    }
    // A page is applied whole or not at all. If one fails, the transaction is rolled back with the
    // earlier pages in it: their watermark goes with them, so they are simply read again next time. (A
    // savepoint per page would keep them, but makes SQLite journal every page already changed in the
    // transaction again: it cost more than the pages' own writes.)
    Status pageStatus = [&]() -> Status {
        std::string pageMax;
        for (int i = 0; i < page.size(); ++i)
            if (Status s = applyRecord(RecordView(page, i), pageMax); !s)
                return s;
        if (!pageMax.empty()) {
            saveWatermark.bindText(1, objectUtf8);
            saveWatermark.bindText(2, pageMax);
            return saveWatermark.exec();
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
    if (page.done() || page.nextRecordsUrl().isEmpty() || transactionRecords >= kMaxRecordsPerTransaction ||
        transactionAge.elapsed() >= kMaxTransactionMs || WriteTurn::writersWaiting(databasePath))
        return commit(db);
    return {};
}

Status SyncEngine::ObjectPull::setup(sqlite::Connection& db, const OrgMapping& mapping,
                                     const SyncOptions& options, const QDateTime& nowUtc, bool forceFull,
                                     const QString& pulledAtText) {
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
    auto issues = anyRow("SELECT 1 FROM sync_issues LIMIT 1");
    if (!issues)
        return issues.error();
    anyIssues = *issues;

    // Where the last committed page ended, and whether this pull must reconcile by Id.
    auto state = db.prepare("SELECT watermark, last_pull_at FROM sync_state WHERE entity=?");
    if (!state)
        return state.error();
    sqlite::Statement st = std::move(state).value();
    const std::string objectKey = utf8(object);
    st.bindText(1, objectKey);
    QString watermark, lastPull;
    if (st.step() == sqlite::Statement::StepResult::Row) {
        const std::string_view w = st.columnText(0), l = st.columnText(1);
        watermark = QString::fromUtf8(w.data(), static_cast<qsizetype>(w.size()));
        lastPull = QString::fromUtf8(l.data(), static_cast<qsizetype>(l.size()));
        st.reset();
    }
    const QDateTime lastPullTime = QDateTime::fromString(lastPull, Qt::ISODateWithMs);
    const bool stale = lastPullTime.isValid() && lastPullTime.daysTo(nowUtc) > options.reconcileAfterDays;
    full = options.full || watermark.isEmpty() || stale || forceFull;
    reconcile = !watermark.isEmpty() && full; // a first pull has nothing to reconcile

    QString condition;
    if (!full) {
        const QDateTime from =
            QDateTime::fromString(watermark, Qt::ISODateWithMs).addSecs(-options.overlapSeconds);
        condition = QStringLiteral("%1 >= %2").arg(mapping.modstampField(), soql::dateTimeLiteral(from));
    }
    soql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4, %5")
               .arg(fields.join(u','), object,
                    condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition,
                    mapping.modstampField(), mapping.idField());

    firstLoad = watermark.isEmpty();
    return prepare(db, mapping, pulledAtText);
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
            const QString notSeen =
                QStringLiteral("%1.sf_id IS NOT NULL AND %1.sf_id NOT IN (SELECT sf_id FROM sync_seen)")
                    .arg(table);
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
    auto mark = db.prepare("INSERT INTO sync_state(entity, last_pull_at, last_full_at, last_error) "
                           "VALUES(?,?,?,NULL) ON CONFLICT(entity) DO UPDATE SET "
                           "last_pull_at=excluded.last_pull_at, "
                           "last_full_at=coalesce(excluded.last_full_at, sync_state.last_full_at), "
                           "last_error=NULL");
    if (!mark)
        return mark.error();
    sqlite::Statement st = std::move(mark).value();
    st.bindText(1, objectUtf8);
    st.bindText(2, pulledAt);
    if (full)
        st.bindText(3, pulledAt);
    else
        st.bindNull(3);
    return st.exec();
}

Status SyncEngine::pullObject(sqlite::Connection& db, const QString& object, SyncSummary& summary,
                              const SyncOptions& options, const CancelToken& cancel,
                              const ProgressCallback& progress) {
    ObjectPull pull;
    pull.object = object;
    // The object's entities and their routing filters.
    for (const EntityMapping& e : m_mapping.entities()) {
        if (e.object != object)
            continue;
        auto filter = RecordFilter::parse(e.filter);
        if (!filter)
            return Error::usage(
                Tr::tr("The mapping's filter for %1 is not valid: %2").arg(e.entity, filter.error().message));
        for (const QString& f : e.selectFields() + filter->fields())
            if (!pull.fields.contains(f))
                pull.fields << f;
        ObjectPull::Route route;
        route.mapping = &e;
        route.childLinks = m_mapping.childLinks(e.entity);
        route.filter = *filter;
        route.counts = &summary.entities[e.entity];
        route.entity = utf8(e.entity);
        pull.routes.push_back(std::move(route));
    }
    for (const QString& f : pull.fields)
        pull.slots.push_back(utf8(f));
    auto slotOf = [&pull](const QString& field) {
        return static_cast<int>(pull.fields.indexOf(field));
    };
    pull.idSlot = slotOf(m_mapping.idField());
    pull.modstampSlot = slotOf(m_mapping.modstampField());
    pull.deletedSlot = slotOf(m_mapping.deletedField());
    for (ObjectPull::Route& r : pull.routes)
        for (const QString& f : r.filter.fields())
            r.filterSlots.push_back(slotOf(f));

    const QString pulledAt = now();
    const QDateTime nowUtc = m_clock.nowUtc();
    const bool forceFull = m_forceFull.contains(object);
    Status result = pull.setup(db, m_mapping, options, nowUtc, forceFull, pulledAt);

    // Applying a page can fail (a database error): then the query stops, and that failure is the pull's.
    Status applyFailure;
    auto onPage = [&](std::unique_ptr<RecordPage> page, int) -> Status {
        if (!applyFailure) // a commit while waiting failed
            return applyFailure;
        applyFailure = pull.applyPage(db, *page);
        if (!applyFailure)
            return applyFailure;
        if (progress)
            progress({QStringLiteral("pull"), object, pull.applied, page->totalSize()});
        return {};
    };
    // The next page is slow to come (a slow org, a retry's backoff): commit what is applied rather than
    // hold the write lock meanwhile.
    const QueryWaitHook commitWhileWaiting{std::chrono::milliseconds(kMaxHeldWaitMs), [&] {
                                               if (Status s = pull.commit(db); !s && applyFailure)
                                                   applyFailure = s;
                                           }};
    Result<QueryStats> fetched = QueryStats{};
    if (result) {
        fetched = m_client.queryAllRecords(pull.soql, pull.fields, onPage, cancel, 0, commitWhileWaiting);
        if (!fetched && fetched.error().code == u"INVALID_QUERY_LOCATOR") {
            // The server forgot the cursor; what was applied stays, and the rest is read again.
            qCInfo(lcSync) << object << "query locator expired; restarting the query";
            if (pull.reconcile)
                (void)db.exec("DELETE FROM sync_seen");
            fetched = m_client.queryAllRecords(pull.soql, pull.fields, onPage, cancel, 0, commitWhileWaiting);
        }
        // Whatever the query's outcome, commit the pages applied so far (each whole, with its
        // watermark), unless applying one failed; then that failure is the pull's (and was rolled back).
        result = applyFailure ? pull.commit(db) : applyFailure;
    }
    // Put back indexes set aside for a first load, even when the pull failed.
    if (pull.deferredIndexes)
        restoreDeferredIndexes(db, object);
    if (!result)
        return result;
    if (!fetched)
        return fetched.error();
    ++summary.apiCalls;
    const qint64 done = pull.applied;

    if (pull.movedEntity) {
        // Removing a record that moved to another entity took its participations with it (they point at
        // the contact's row); read the objects that hold such links again in full, this run.
        for (const EntityMapping& e : m_mapping.entities())
            if (e.table == u"participations")
                m_forceFull.insert(e.object);
    }
    if (Status s = pull.conclude(db); !s)
        return s;
    if (pull.futureStamps > 0)
        qCWarning(lcSync).noquote()
            << QStringLiteral(
                   "%1 records of %2 carry a SystemModstamp after this computer's time (plus %3 s); "
                   "they are kept, but do not move the watermark")
                   .arg(pull.futureStamps)
                   .arg(object)
                   .arg(kFutureStampSkewSeconds);
    qCInfo(lcSync).noquote()
        << QStringLiteral("pulled object=%1 records=%2 full=%3").arg(object).arg(done).arg(pull.full);
    return {};
}

Status SyncEngine::releaseKeptRows(sqlite::Connection& db, SyncSummary& summary) {
    // Rows an earlier pull kept for a local change (KEPT_FOR_LOCAL_CHANGE): once no change waits on them
    // any more (it was sent, or settled), they go as that pull would have removed them.
    auto listed = db.prepare("SELECT entity, sf_id FROM sync_issues WHERE code='KEPT_FOR_LOCAL_CHANGE'");
    if (!listed)
        return listed.error();
    sqlite::Statement list = std::move(listed).value();
    std::vector<std::pair<std::string, std::string>> kept;
    while (list.step() == sqlite::Statement::StepResult::Row)
        kept.emplace_back(list.columnText(0), list.columnText(1));
    if (kept.empty())
        return {};
    auto clear = db.prepare("DELETE FROM sync_issues WHERE entity=? AND sf_id=?");
    if (!clear)
        return clear.error();
    sqlite::Statement clearIssue = std::move(clear).value();
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
                            if (child.table == childTable)
                                m_forceFull.insert(child.object);
                } else {
                    existsRow.bindText(1, sfId);
                    done = existsRow.step() != sqlite::Statement::StepResult::Row;
                    existsRow.reset();
                }
            }
            if (done) {
                clearIssue.bindText(1, entity);
                clearIssue.bindText(2, sfId);
                if (Status s = clearIssue.exec(); !s)
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

Status SyncEngine::retrySyncIssues(sqlite::Connection& db, SyncSummary& summary) {
    // Parents may have arrived since a record was set aside: try every kept record again, parents first.
    const QString pulledAt = now();
    const std::string pulledAtUtf8 = utf8(pulledAt);
    auto prepared = [&db](const char* sql) {
        return db.prepare(sql);
    };
    // Rows kept for a local change are released by releaseKeptRows(), not applied again.
    auto kept = prepared("SELECT sf_id, payload FROM sync_issues WHERE entity=? AND code != "
                         "'KEPT_FOR_LOCAL_CHANGE' ORDER BY id");
    auto clear = prepared("DELETE FROM sync_issues WHERE entity=? AND sf_id=?");
    auto touch = prepared("UPDATE sync_issues SET attempts=attempts+1, last_seen=?, code=?, message=? "
                          "WHERE entity=? AND sf_id=?");
    if (!kept || !clear || !touch)
        return !kept ? kept.error() : !clear ? clear.error() : touch.error();
    sqlite::Statement keptQuery = std::move(kept).value(), clearIssue = std::move(clear).value(),
                      touchIssue = std::move(touch).value();
    for (const EntityMapping& e : m_mapping.entities()) {
        const std::string entity = utf8(e.entity);
        keptQuery.bindText(1, entity);
        std::vector<std::pair<std::string, std::string>> issues;
        while (keptQuery.step() == sqlite::Statement::StepResult::Row)
            issues.emplace_back(keptQuery.columnText(0), keptQuery.columnText(1));
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
                const std::string code = utf8(r.code), message = utf8(r.message);
                touchIssue.bindText(1, pulledAtUtf8);
                touchIssue.bindText(2, code);
                touchIssue.bindText(3, message);
                touchIssue.bindText(4, entity);
                touchIssue.bindText(5, sfId);
                (void)touchIssue.exec();
                continue;
            }
            if (r.outcome == CacheApplier::Outcome::Applied)
                ++summary.entities[e.entity].pulled;
            clearIssue.bindText(1, entity);
            clearIssue.bindText(2, sfId);
            (void)clearIssue.exec();
        }
        if (Status s = db.exec("COMMIT"); !s) {
            (void)db.exec("ROLLBACK");
            qCWarning(lcSync) << "cannot save retried sync issues:" << s.error().message;
        }
    }
    auto left = db.prepare("SELECT entity, sf_id, code, message FROM sync_issues ORDER BY id LIMIT 1000");
    if (!left)
        return {};
    sqlite::Statement leftQuery = std::move(left).value();
    auto text = [&leftQuery](int column) {
        const std::string_view v = leftQuery.columnText(column);
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    };
    while (leftQuery.step() == sqlite::Statement::StepResult::Row)
        summary.errors.push_back({text(0), text(1), text(2), text(3)});
    return {};
}

} // namespace vms
