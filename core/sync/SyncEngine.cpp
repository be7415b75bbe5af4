#include "sync/SyncEngine.h"

#include "common/Logging.h"
#include "db/Database.h"
#include "db/Meta.h"
#include "salesforce/SalesforceClient.h"
#include "salesforce/Soql.h"
#include "sync/CacheApplier.h"
#include "sync/Pusher.h"
#include "sync/RecordFilter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace vms {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("vms::SyncEngine", text);
}

Error sqlError(const QSqlQuery& q) {
    return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
}

QString jsonText(const nlohmann::json& record, const char* key) {
    const auto it = record.find(key);
    if (it == record.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

// The objects to pull, in dependency order (the order their first entity appears in the mapping).
QStringList objectsInOrder(const OrgMapping& mapping) {
    QStringList objects;
    for (const EntityMapping& e : mapping.entities())
        if (!objects.contains(e.object))
            objects << e.object;
    return objects;
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
    if (options.push)
        if (Status s = push(summary, cancel, progress); !s)
            return s.error();
    if (options.pull)
        if (Status s = pull(summary, options, cancel, progress); !s)
            return s.error();
    summary.durationMs = timer.elapsed();
    if (Status s = Meta(m_db).set(MetaKey::LastSync, now()); !s)
        qCWarning(lcSync) << "cannot record the sync time:" << s.error().message;
    return summary;
}

Status SyncEngine::push(SyncSummary& summary, const CancelToken& cancel, const ProgressCallback& progress) {
    Pusher pusher(m_db, m_client, m_mapping, m_clock);
    return pusher.run(summary, cancel, progress);
}

Status SyncEngine::pull(SyncSummary& summary, const SyncOptions& options, const CancelToken& cancel,
                        const ProgressCallback& progress) {
    // Pulled pages need not survive a power cut: each page commits with the watermark that covers it,
    // so a lost page is simply read again. NORMAL (still crash-safe in WAL mode) saves an fsync per
    // page; the user's own changes are written by other calls, with FULL.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    struct RestoreFull {
        QSqlDatabase db;
        ~RestoreFull() { QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=FULL")); }
    } restore{m_db};
    for (const QString& object : objectsInOrder(m_mapping)) {
        if (cancel.isCancelled())
            return Error{ErrorKind::Cancelled, tr("Sync cancelled."), {}};
        if (Status s = pullObject(object, summary, options, cancel, progress); !s)
            return s;
    }
    retrySyncIssues(summary);
    return {};
}

Status SyncEngine::pullObject(const QString& object, SyncSummary& summary, const SyncOptions& options,
                              const CancelToken& cancel, const ProgressCallback& progress) {
    // The object's entities and their routing filters.
    struct Route {
        const EntityMapping* mapping;
        RecordFilter filter;
        std::unique_ptr<CacheApplier> applier;
        // Whether a record routed elsewhere could be cached here (so it must be removed from here): only
        // if the table had rows when the pull began, or got this Id during it. Skipping the pointless
        // deletes keeps a first sync fast.
        bool hadRows = false;
        QSet<QString> appliedIds;
    };
    std::vector<Route> routes;
    QStringList fields;
    for (const EntityMapping& e : m_mapping.entities()) {
        if (e.object != object)
            continue;
        auto filter = RecordFilter::parse(e.filter);
        if (!filter)
            return Error::usage(
                tr("The mapping's filter for %1 is not valid: %2").arg(e.entity, filter.error().message));
        for (const QString& f : e.selectFields() + filter->fields())
            if (!fields.contains(f))
                fields << f;
        QSqlQuery any(m_db);
        const bool hadRows = any.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(e.table)) && any.next();
        routes.push_back({&e, *filter, nullptr, hadRows, {}});
    }

    // Where the last committed page ended, and whether this pull must reconcile by Id.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT watermark, last_pull_at, last_full_at FROM sync_state WHERE entity=?"));
    q.addBindValue(object);
    if (!q.exec())
        return sqlError(q);
    QString watermark, lastPull;
    if (q.next()) {
        watermark = q.value(0).toString();
        lastPull = q.value(1).toString();
    }
    q.finish();
    const QDateTime nowUtc = m_clock.nowUtc();
    const QDateTime lastPullTime = QDateTime::fromString(lastPull, Qt::ISODateWithMs);
    const bool stale = lastPullTime.isValid() && lastPullTime.daysTo(nowUtc) > options.reconcileAfterDays;
    const bool full = options.full || watermark.isEmpty() || stale || m_forceFull.contains(object);
    const bool reconcile = !watermark.isEmpty() && full; // a first pull has nothing to reconcile

    QString condition;
    if (!full) {
        const QDateTime from =
            QDateTime::fromString(watermark, Qt::ISODateWithMs).addSecs(-options.overlapSeconds);
        condition = QStringLiteral("%1 >= %2").arg(m_mapping.modstampField(), soql::dateTimeLiteral(from));
    }
    const QString soqlText = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4, %5")
                                 .arg(fields.join(u','), object,
                                      condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition,
                                      m_mapping.modstampField(), m_mapping.idField());

    if (reconcile) {
        QSqlQuery t(m_db);
        if (!t.exec(QStringLiteral(
                "CREATE TEMP TABLE IF NOT EXISTS sync_seen (sf_id TEXT PRIMARY KEY) WITHOUT ROWID")) ||
            !t.exec(QStringLiteral("DELETE FROM sync_seen")))
            return sqlError(t);
    }

    const QString pulledAt = now();
    for (Route& r : routes)
        r.applier = std::make_unique<CacheApplier>(m_db, *r.mapping, pulledAt);

    QSqlQuery saveIssue(m_db), clearIssue(m_db), saveWatermark(m_db), seen(m_db), tombstone(m_db);
    tombstone.prepare(
        QStringLiteral("INSERT OR REPLACE INTO tombstones(sf_id, object, seen_at) VALUES(?,?,?)"));
    saveIssue.prepare(QStringLiteral(
        "INSERT INTO sync_issues(entity,sf_id,code,message,payload,first_seen,last_seen) "
        "VALUES(?,?,?,?,?,?,?) "
        "ON CONFLICT(entity,sf_id) DO UPDATE SET code=excluded.code, message=excluded.message, "
        "payload=excluded.payload, last_seen=excluded.last_seen, attempts=sync_issues.attempts+1"));
    clearIssue.prepare(QStringLiteral("DELETE FROM sync_issues WHERE entity=? AND sf_id=?"));
    saveWatermark.prepare(QStringLiteral(
        "INSERT INTO sync_state(entity, watermark) VALUES(?,?) ON CONFLICT(entity) DO UPDATE SET "
        "watermark=excluded.watermark WHERE excluded.watermark > coalesce(sync_state.watermark,'')"));
    if (reconcile)
        seen.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_seen(sf_id) VALUES(?)"));
    bool anyIssues = false;
    {
        QSqlQuery i(m_db);
        i.exec(QStringLiteral("SELECT 1 FROM sync_issues LIMIT 1"));
        anyIssues = i.next();
    }

    qint64 done = 0;
    bool movedEntity = false;
    auto onPage = [&](const QueryPage& page) -> Status {
        Transaction tx(m_db);
        if (!tx.begun())
            return Error::database(m_db.lastError().text());
        QString pageMax;
        for (const nlohmann::json& record : page.records) {
            const QString id = jsonText(record, "Id");
            const QString modstamp = CacheApplier::normaliseModstamp(jsonText(record, "SystemModstamp"));
            if (modstamp > pageMax)
                pageMax = modstamp;
            if (reconcile && !id.isEmpty()) {
                seen.addBindValue(id);
                seen.exec();
            }
            const auto deletedIt = record.find(m_mapping.deletedField().toStdString());
            const bool isDeleted =
                deletedIt != record.end() && deletedIt->is_boolean() && deletedIt->get<bool>();
            if (isDeleted && !id.isEmpty()) {
                tombstone.addBindValue(id);
                tombstone.addBindValue(object);
                tombstone.addBindValue(pulledAt);
                tombstone.exec();
            }
            Route* target = nullptr;
            for (Route& r : routes) {
                if (!isDeleted && !target && r.filter.matches(record)) {
                    target = &r;
                    continue;
                }
                // Deleted on the server, or now belongs to another entity (a contact whose type changed).
                if ((r.hadRows || r.appliedIds.contains(id)) && r.applier->remove(id)) {
                    ++summary.entities[r.mapping->entity].deleted;
                    r.appliedIds.remove(id);
                    if (!isDeleted)
                        movedEntity = true;
                }
                if (anyIssues) {
                    clearIssue.addBindValue(r.mapping->entity);
                    clearIssue.addBindValue(id);
                    clearIssue.exec();
                }
            }
            if (!target)
                continue;
            const CacheApplier::Result result = target->applier->apply(record);
            const QString& entity = target->mapping->entity;
            if (result.outcome == CacheApplier::Outcome::Issue) {
                // Kept whole and retried on later runs; never dropped, never stops the run.
                saveIssue.addBindValue(entity);
                saveIssue.addBindValue(id.isEmpty() ? QStringLiteral("(no id)") : id);
                saveIssue.addBindValue(result.code);
                saveIssue.addBindValue(result.message);
                saveIssue.addBindValue(QString::fromStdString(record.dump()));
                saveIssue.addBindValue(pulledAt);
                saveIssue.addBindValue(pulledAt);
                if (!saveIssue.exec())
                    return sqlError(saveIssue);
                anyIssues = true;
                continue;
            }
            if (result.outcome == CacheApplier::Outcome::Applied)
                ++summary.entities[entity].pulled;
            if (result.outcome == CacheApplier::Outcome::Dropped)
                ++summary.entities[entity].deleted;
            if (!target->hadRows)
                target->appliedIds.insert(id);
            if (anyIssues) {
                clearIssue.addBindValue(entity);
                clearIssue.addBindValue(id);
                clearIssue.exec();
            }
        }
        if (!pageMax.isEmpty()) {
            saveWatermark.addBindValue(object);
            saveWatermark.addBindValue(pageMax);
            if (!saveWatermark.exec())
                return sqlError(saveWatermark);
        }
        if (Status s = tx.commit(); !s)
            return s;
        done += static_cast<qint64>(page.records.size());
        if (progress)
            progress({QStringLiteral("pull"), object, done, page.totalSize});
        return {};
    };

    auto result = m_client.queryAll(soqlText, onPage, cancel);
    if (!result && result.error().code == u"INVALID_QUERY_LOCATOR") {
        // The server forgot the cursor; what was committed stays, and the rest is read again.
        qCInfo(lcSync) << object << "query locator expired; restarting the query";
        if (reconcile)
            QSqlQuery(m_db).exec(QStringLiteral("DELETE FROM sync_seen"));
        result = m_client.queryAll(soqlText, onPage, cancel);
    }
    if (!result)
        return result.error();
    ++summary.apiCalls;

    if (movedEntity) {
        // Removing a record that moved to another entity took its participations with it (they point at
        // the contact's row); read the objects that hold such links again in full, this run.
        for (const EntityMapping& e : m_mapping.entities())
            if (e.table == u"participations")
                m_forceFull.insert(e.object);
    }
    if (reconcile) {
        // Local records the server no longer has (deleted beyond the recycle bin's 15 days, or merged).
        Transaction tx(m_db);
        for (const Route& r : routes) {
            QSqlQuery del(m_db);
            if (!del.exec(QStringLiteral("DELETE FROM %1 WHERE sf_id IS NOT NULL AND sf_id NOT IN "
                                         "(SELECT sf_id FROM sync_seen)")
                              .arg(r.mapping->table)))
                return sqlError(del);
            summary.entities[r.mapping->entity].deleted += del.numRowsAffected();
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral(
        "INSERT INTO sync_state(entity, last_pull_at, last_full_at, last_error) "
        "VALUES(?,?,?,NULL) ON CONFLICT(entity) DO UPDATE SET last_pull_at=excluded.last_pull_at, "
        "last_full_at=coalesce(excluded.last_full_at, sync_state.last_full_at), last_error=NULL"));
    mark.addBindValue(object);
    mark.addBindValue(pulledAt);
    mark.addBindValue(full ? QVariant(pulledAt) : QVariant(QMetaType(QMetaType::QString)));
    if (!mark.exec())
        return sqlError(mark);
    qCInfo(lcSync).noquote()
        << QStringLiteral("pulled object=%1 records=%2 full=%3").arg(object).arg(done).arg(full);
    return {};
}

void SyncEngine::retrySyncIssues(SyncSummary& summary) {
    // Parents may have arrived since a record was set aside: try every kept record again, parents first.
    const QString pulledAt = now();
    for (const EntityMapping& e : m_mapping.entities()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT sf_id, payload FROM sync_issues WHERE entity=? ORDER BY id"));
        q.addBindValue(e.entity);
        if (!q.exec())
            continue;
        std::vector<std::pair<QString, QString>> kept;
        while (q.next())
            kept.emplace_back(q.value(0).toString(), q.value(1).toString());
        if (kept.empty())
            continue;
        Transaction tx(m_db);
        CacheApplier applier(m_db, e, pulledAt);
        QSqlQuery clear(m_db), touch(m_db);
        clear.prepare(QStringLiteral("DELETE FROM sync_issues WHERE entity=? AND sf_id=?"));
        touch.prepare(QStringLiteral("UPDATE sync_issues SET attempts=attempts+1, last_seen=?, code=?, "
                                     "message=? WHERE entity=? AND sf_id=?"));
        for (const auto& [sfId, payload] : kept) {
            const nlohmann::json record = nlohmann::json::parse(payload.toStdString(), nullptr, false);
            const CacheApplier::Result r =
                record.is_discarded() ? CacheApplier::Result{CacheApplier::Outcome::Issue,
                                                             QStringLiteral("BAD_PAYLOAD"), tr("unreadable")}
                                      : applier.apply(record);
            if (r.outcome == CacheApplier::Outcome::Issue) {
                touch.addBindValue(pulledAt);
                touch.addBindValue(r.code);
                touch.addBindValue(r.message);
                touch.addBindValue(e.entity);
                touch.addBindValue(sfId);
                touch.exec();
                continue;
            }
            if (r.outcome == CacheApplier::Outcome::Applied)
                ++summary.entities[e.entity].pulled;
            clear.addBindValue(e.entity);
            clear.addBindValue(sfId);
            clear.exec();
        }
        if (Status s = tx.commit(); !s)
            qCWarning(lcSync) << "cannot save retried sync issues:" << s.error().message;
    }
    QSqlQuery left(m_db);
    if (left.exec(
            QStringLiteral("SELECT entity, sf_id, code, message FROM sync_issues ORDER BY id LIMIT 1000")))
        while (left.next())
            summary.errors.push_back({left.value(0).toString(), left.value(1).toString(),
                                      left.value(2).toString(), left.value(3).toString()});
}

} // namespace vms
