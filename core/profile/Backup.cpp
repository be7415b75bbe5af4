#include "core/profile/Backup.h"

#include "core/common/Logging.h"
#include "core/db/Database.h"
#include "core/db/Migrations.h"
#include "core/db/Outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <sqlite3.h>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time (see LoginHost.cpp).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::Backup)
};

constexpr char kSqliteMagic[] = "SQLite format 3";
constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// vms-20261125-093000-daily.sqlite: the UTC time it was made, and its kind.
const QRegularExpression& namePattern() {
    static const QRegularExpression re(
        QStringLiteral("^vms-(\\d{8}-\\d{6})-(daily|manual|before-restore)(?:-\\d+)?\\.sqlite$"));
    return re;
}

std::optional<Backup::Kind> kindFromName(const QString& name) {
    for (Backup::Kind k : {Backup::Kind::Daily, Backup::Kind::Manual, Backup::Kind::BeforeRestore})
        if (Backup::kindName(k) == name)
            return k;
    return std::nullopt;
}

Error sqliteError(sqlite3* db, const QString& what) {
    return Error::database(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))),
                           QString::number(sqlite3_extended_errcode(db)));
}

Error sqlError(const QSqlQuery& q) {
    return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
}

// The whole of `from` copied into the new file `to` through SQLite's backup API, each on a connection of
// its own. One step copies every page under one read transaction: in WAL mode that is a snapshot that
// writers do not wait for, and that never restarts because of them. The copy is then switched to a
// rollback journal so it is one self-contained file.
Status copyDatabase(const QString& from, const QString& to) {
    {
        // Created owner-only before SQLite opens it; SQLite keeps an existing file's mode.
        QFile f(to);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::io(
                Tr::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(to), f.errorString()));
        f.close();
        f.setPermissions(kOwnerOnlyFile);
    }
    sqlite3* src = nullptr;
    sqlite3* dst = nullptr;
    auto close = [&] {
        sqlite3_close_v2(src);
        sqlite3_close_v2(dst);
    };
    if (sqlite3_open_v2(QFile::encodeName(from).constData(), &src, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        const Error e = sqliteError(src, Tr::tr("Cannot read %1").arg(QDir::toNativeSeparators(from)));
        close();
        return e;
    }
    sqlite3_busy_timeout(src, 10000);
    if (sqlite3_open_v2(QFile::encodeName(to).constData(), &dst, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        const Error e = sqliteError(dst, Tr::tr("Cannot write %1").arg(QDir::toNativeSeparators(to)));
        close();
        return e;
    }
    sqlite3_backup* backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup) {
        const Error e = sqliteError(dst, Tr::tr("Cannot copy %1").arg(QDir::toNativeSeparators(from)));
        close();
        return e;
    }
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 50; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(100);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const Error e =
            Error::database(Tr::tr("Cannot copy %1: %2")
                                .arg(QDir::toNativeSeparators(from), QString::fromUtf8(sqlite3_errstr(rc))),
                            QString::number(rc));
        close();
        return e;
    }
    if (sqlite3_exec(dst, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error e =
            sqliteError(dst, Tr::tr("Cannot finish the copy %1").arg(QDir::toNativeSeparators(to)));
        close();
        return e;
    }
    close();
    return {};
}

void removeDatabaseFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Renames the cache and its WAL files together, so what was committed in the WAL stays readable there.
Status moveDatabaseFiles(const QString& from, const QString& to) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString a = from + QLatin1String(suffix), b = to + QLatin1String(suffix);
        if (QFile::exists(a) && !QFile::rename(a, b))
            return Error::io(Tr::tr("Cannot move %1 aside.").arg(QDir::toNativeSeparators(a)));
    }
    return {};
}

// Copies `from` to `finalPath` by way of a temporary file in the same folder, renamed over it when
// complete: no half-made copy ever carries the final name.
Status copyAtomically(const QString& from, const QString& finalPath) {
    const QFileInfo target(finalPath);
    const QString partial = target.absolutePath() +
                            QStringLiteral("/.%1.%2.partial")
                                .arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (Status s = copyDatabase(from, partial); !s) {
        removeDatabaseFiles(partial);
        return s;
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                            QFile::encodeName(finalPath).toStdString(), ec);
    if (ec) {
        removeDatabaseFiles(partial);
        return Error::io(Tr::tr("Cannot write %1: %2.")
                             .arg(QDir::toNativeSeparators(finalPath), QString::fromStdString(ec.message())));
    }
    return {};
}

Status ensureFolder(const QString& path) {
    if (!QDir().mkpath(path))
        return Error::io(Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path)));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

QString newCopyPath(const QString& folder, Backup::Kind kind, const QDateTime& now) {
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QStringLiteral("%1/vms-%2-%3.sqlite").arg(folder, stamp, Backup::kindName(kind));
    for (int n = 2; QFile::exists(path); ++n)
        path = QStringLiteral("%1/vms-%2-%3-%4.sqlite").arg(folder, stamp, Backup::kindName(kind)).arg(n);
    return path;
}

Backup::Info infoOf(const QFileInfo& file) {
    Backup::Info info;
    info.path = file.absoluteFilePath();
    info.bytes = file.size();
    const auto m = namePattern().match(file.fileName());
    if (m.hasMatch()) {
        const QDateTime stamp = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        info.createdAt = QDateTime(stamp.date(), stamp.time(), Qt::UTC);
        info.kind = kindFromName(m.captured(2)).value_or(Backup::Kind::Manual);
    } else {
        info.createdAt = file.lastModified().toUTC();
        info.kind = Backup::Kind::Manual;
    }
    return info;
}

std::vector<Backup::Info> copiesIn(const QString& folder) {
    std::vector<Backup::Info> out;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.sqlite")},
                                                           QDir::Files | QDir::NoDotAndDotDot, QDir::NoSort);
    for (const QFileInfo& f : files)
        out.push_back(infoOf(f));
    std::sort(out.begin(), out.end(),
              [](const Backup::Info& a, const Backup::Info& b) { return a.createdAt > b.createdAt; });
    return out;
}

// Whether a cache holds anything a copy could save: a sync that brought data, or a change not yet sent.
// A profile opened for the first time has neither, and gets no copy until it does.
bool worthCopying(const QString& dbPath) {
    sqlite3* db = nullptr;
    bool worth = false;
    if (sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(db, 10000);
        worth = Outbox::hasEntries(db);
        sqlite3_stmt* st = nullptr;
        if (!worth &&
            sqlite3_prepare_v2(db, "SELECT EXISTS(SELECT 1 FROM meta WHERE key='sync.last_success')", -1, &st,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            worth = sqlite3_column_int(st, 0) != 0;
        sqlite3_finalize(st);
    }
    sqlite3_close_v2(db);
    return worth;
}

// ---------------------------------------------------------------------------------------------------
// Restore: carrying the queued changes of the cache into the copy.
//
// The copy is an older state of the same cache (or of a lost one). What the org has is pulled again by
// the next sync (the copy's watermarks are older, so it asks for everything since); what only this
// computer has is the changes still queued in the outbox, and those are what must survive. The rules:
//  1. Every record with a queued change in the cache is taken from the cache, whole, with its queued
//     entries and open conflicts, replacing the copy's row and entries for that record (matched by its
//     client id, else its Salesforce Id). So a change queued after the copy was made is kept, and a change
//     queued before and still waiting is there once, as the cache has it now (with any later edits).
//     Records it points at (a walk-in volunteer, an event pulled later) come along when the copy lacks
//     them, and so do its dependent rows (a volunteer's skills).
//  2. A record the copy has queued but the cache holds with nothing queued was sent (or its conflict
//     resolved) after the copy was made: the copy's entries are dropped and the cache's row taken, so it
//     is not sent again.
//  3. A record the copy has queued that the cache does not know at all (a wiped or damaged cache) keeps
//     the copy's entries: nothing else knows about that change. Sending it again is safe: creates are
//     upserts by client id, and edits are checked against the org's values first.
//  4. The audit log keeps the entries of both; the session (who is signed in) is the cache's.
class Carrier final {
public:
    Carrier(QSqlDatabase db, QString src, QString dst)
        : m_db(std::move(db))
        , m_src(std::move(src))
        , m_dst(std::move(dst)) {}

    Status run(Backup::RestoreReport& report);

private:
    struct Key {
        QVariant clientId, sfId;
    };

    Result<QStringList> columns(const QString& schema, const QString& table);
    bool hasColumn(const QString& schema, const QString& table, const QString& column);
    Result<std::optional<Key>> keyOf(const QString& schema, const QString& table, qint64 id);
    Result<std::optional<qint64>> findByKey(const QString& schema, const QString& table, const Key& key);
    // The row `srcId` of `table` written into the destination (updating the row with the same key, else
    // inserted); returns its id there, or nothing when the source has no such row.
    Result<std::optional<qint64>> carryRow(const QString& table, qint64 srcId);
    // The destination's id of the source row `srcId`: its match by key, else the row carried over.
    Result<std::optional<qint64>> mapOrCarry(const QString& table, qint64 srcId);
    Status carryDependents(const QString& table, qint64 srcId, qint64 dstId);
    Status carryOutbox(Backup::RestoreReport& report);
    Status dropSentChanges(Backup::RestoreReport& report);
    Status carryAuditLog();
    Status carrySession();

    QSqlDatabase m_db;
    QString m_src, m_dst;
    QHash<QString, QStringList> m_columns; // "schema.table" -> columns
    QHash<QString, qint64> m_carried;      // "table:srcId" -> dstId
    QSet<QString> m_handled;               // "entity:dstId": records whose queue the cache decided
};

Result<QStringList> Carrier::columns(const QString& schema, const QString& table) {
    const QString key = schema + u'.' + table;
    if (auto it = m_columns.constFind(key); it != m_columns.constEnd())
        return *it;
    QSqlQuery q(m_db);
    // Schema and table names come from sqlite_master and this file, never from user text.
    if (!q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table)))
        return sqlError(q);
    QStringList out;
    while (q.next())
        out << q.value(1).toString();
    m_columns.insert(key, out);
    return out;
}

bool Carrier::hasColumn(const QString& schema, const QString& table, const QString& column) {
    auto cols = columns(schema, table);
    return cols && cols->contains(column);
}

Result<std::optional<Carrier::Key>> Carrier::keyOf(const QString& schema, const QString& table, qint64 id) {
    const bool withClient = hasColumn(schema, table, QStringLiteral("client_id"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, sf_id FROM %2.%3 WHERE id=?")
                  .arg(withClient ? QStringLiteral("client_id") : QStringLiteral("NULL"), schema, table));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<Key>();
    return std::optional<Key>(Key{q.value(0), q.value(1)});
}

Result<std::optional<qint64>> Carrier::findByKey(const QString& schema, const QString& table,
                                                 const Key& key) {
    QSqlQuery q(m_db);
    if (!key.clientId.isNull() && !key.clientId.toString().isEmpty() &&
        hasColumn(schema, table, QStringLiteral("client_id"))) {
        q.prepare(QStringLiteral("SELECT id FROM %1.%2 WHERE client_id=?").arg(schema, table));
        q.addBindValue(key.clientId);
        if (!q.exec())
            return sqlError(q);
        if (q.next())
            return std::optional<qint64>(q.value(0).toLongLong());
    }
    if (!key.sfId.isNull() && !key.sfId.toString().isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM %1.%2 WHERE sf_id=?").arg(schema, table));
        q.addBindValue(key.sfId);
        if (!q.exec())
            return sqlError(q);
        if (q.next())
            return std::optional<qint64>(q.value(0).toLongLong());
    }
    return std::optional<qint64>();
}

Result<std::optional<qint64>> Carrier::mapOrCarry(const QString& table, qint64 srcId) {
    if (auto it = m_carried.constFind(table + u':' + QString::number(srcId)); it != m_carried.constEnd())
        return std::optional<qint64>(*it);
    auto key = keyOf(m_src, table, srcId);
    if (!key)
        return key.error();
    if (!*key)
        return std::optional<qint64>();
    auto found = findByKey(m_dst, table, **key);
    if (!found)
        return found.error();
    if (*found)
        return found;
    return carryRow(table, srcId);
}

Result<std::optional<qint64>> Carrier::carryRow(const QString& table, qint64 srcId) {
    const QString memo = table + u':' + QString::number(srcId);
    if (auto it = m_carried.constFind(memo); it != m_carried.constEnd())
        return std::optional<qint64>(*it);
    auto cols = columns(m_src, table);
    if (!cols)
        return cols.error();
    QSqlQuery row(m_db);
    row.prepare(QStringLiteral("SELECT * FROM %1.%2 WHERE id=?").arg(m_src, table));
    row.addBindValue(srcId);
    if (!row.exec())
        return sqlError(row);
    if (!row.next())
        return std::optional<qint64>();
    const QSqlRecord rec = row.record();
    QVariantMap values;
    for (int i = 0; i < rec.count(); ++i)
        values.insert(rec.fieldName(i), rec.value(i));
    row.finish();

    // References to other synced records become the destination's ids, carrying what it lacks.
    QSqlQuery fks(m_db);
    if (!fks.exec(QStringLiteral("PRAGMA %1.foreign_key_list(%2)").arg(m_src, table)))
        return sqlError(fks);
    std::vector<std::pair<QString, QString>> refs; // column, referenced table
    while (fks.next())
        refs.emplace_back(fks.value(3).toString(), fks.value(2).toString());
    fks.finish();
    for (const auto& [column, refTable] : refs) {
        const QVariant v = values.value(column);
        if (v.isNull() || !hasColumn(m_src, refTable, QStringLiteral("sf_id")))
            continue;
        auto mapped = mapOrCarry(refTable, v.toLongLong());
        if (!mapped)
            return mapped.error();
        values.insert(column, *mapped ? QVariant(**mapped) : QVariant(QMetaType(QMetaType::LongLong)));
    }

    Key key{values.value(QStringLiteral("client_id")), values.value(QStringLiteral("sf_id"))};
    auto found = findByKey(m_dst, table, key);
    if (!found)
        return found.error();
    QStringList others = *cols;
    others.removeAll(QStringLiteral("id"));
    QSqlQuery w(m_db);
    qint64 dstId = 0;
    if (*found) {
        dstId = **found;
        QStringList sets;
        for (const QString& c : others)
            sets << c + QStringLiteral("=?");
        w.prepare(QStringLiteral("UPDATE %1.%2 SET %3 WHERE id=?").arg(m_dst, table, sets.join(u',')));
        for (const QString& c : others)
            w.addBindValue(values.value(c));
        w.addBindValue(dstId);
        if (!w.exec())
            return sqlError(w);
    } else {
        // Keep the local id the user may have been shown, when the copy has not used it for another record.
        QSqlQuery taken(m_db);
        taken.prepare(QStringLiteral("SELECT 1 FROM %1.%2 WHERE id=?").arg(m_dst, table));
        taken.addBindValue(srcId);
        if (!taken.exec())
            return sqlError(taken);
        const bool keepId = !taken.next();
        QStringList placeholders(others.size() + 1, QStringLiteral("?"));
        w.prepare(QStringLiteral("INSERT INTO %1.%2(id,%3) VALUES(%4)")
                      .arg(m_dst, table, others.join(u','), placeholders.join(u',')));
        w.addBindValue(keepId ? QVariant(srcId) : QVariant(QMetaType(QMetaType::LongLong)));
        for (const QString& c : others)
            w.addBindValue(values.value(c));
        if (!w.exec())
            return sqlError(w);
        dstId = w.lastInsertId().toLongLong();
    }
    m_carried.insert(memo, dstId);
    if (Status s = carryDependents(table, srcId, dstId); !s)
        return s.error();
    return std::optional<qint64>(dstId);
}

// Rows that belong to a record and are not synced records themselves (a volunteer's skills): the
// cache's replace the copy's.
Status Carrier::carryDependents(const QString& table, qint64 srcId, qint64 dstId) {
    QSqlQuery tables(m_db);
    if (!tables.exec(QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type='table' AND name NOT LIKE "
                                    "'sqlite_%'")
                         .arg(m_src)))
        return sqlError(tables);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& child : names) {
        if (hasColumn(m_src, child, QStringLiteral("sf_id")))
            continue;
        QSqlQuery fks(m_db);
        if (!fks.exec(QStringLiteral("PRAGMA %1.foreign_key_list(%2)").arg(m_src, child)))
            return sqlError(fks);
        QStringList fkColumns;
        while (fks.next())
            if (fks.value(2).toString() == table)
                fkColumns << fks.value(3).toString();
        for (const QString& fk : fkColumns) {
            auto cols = columns(m_src, child);
            if (!cols)
                return cols.error();
            QSqlQuery d(m_db);
            d.prepare(QStringLiteral("DELETE FROM %1.%2 WHERE %3=?").arg(m_dst, child, fk));
            d.addBindValue(dstId);
            if (!d.exec())
                return sqlError(d);
            QStringList select;
            for (const QString& c : *cols)
                select << (c == fk ? QStringLiteral("?") : c == u"id" ? QStringLiteral("NULL") : c);
            QSqlQuery i(m_db);
            i.prepare(QStringLiteral("INSERT INTO %1.%2(%3) SELECT %4 FROM %5.%2 WHERE %6=?")
                          .arg(m_dst, child, cols->join(u','), select.join(u','), m_src, fk));
            i.addBindValue(dstId);
            i.addBindValue(srcId);
            if (!i.exec())
                return sqlError(i);
        }
    }
    return {};
}

Status Carrier::carryOutbox(Backup::RestoreReport& report) {
    const auto all = Outbox::entriesIn(m_db, m_src);
    if (!all)
        return all.error();
    QHash<qint64, qint64> outboxIds;                          // cache's outbox id -> the restored one
    std::vector<std::tuple<QString, qint64, qint64>> records; // entity, cache's local id, restored local id
    for (const Outbox::RecordRef& e : *all) {
        auto dstId = carryRow(Outbox::tableFor(e.entity), e.localId);
        if (!dstId)
            return dstId.error();
        if (!*dstId)
            continue; // its record is gone: the push would drop it too
        const QString record = e.entity + u':' + QString::number(**dstId);
        if (!m_handled.contains(record)) {
            m_handled.insert(record);
            records.emplace_back(e.entity, e.localId, **dstId);
            // The copy's own entries for this record give way to the cache's (rule 1).
            if (auto removed = Outbox::removeEntriesIn(m_db, m_dst, e.entity, **dstId); !removed)
                return removed.error();
        }
        auto copied = Outbox::copyEntry(m_db, m_src, e.id, m_dst, **dstId);
        if (!copied)
            return copied.error();
        outboxIds.insert(e.id, *copied);
        ++report.keptQueuedChanges;
    }

    // Open conflicts go with their entries.
    auto conflictCols = columns(m_src, QStringLiteral("conflicts"));
    if (!conflictCols)
        return conflictCols.error();
    QStringList conflictOthers = *conflictCols;
    conflictOthers.removeAll(QStringLiteral("id"));
    for (const auto& [entity, srcId, dstId] : records) {
        QSqlQuery d(m_db);
        d.prepare(
            QStringLiteral("DELETE FROM %1.conflicts WHERE entity=? AND local_id=? AND resolved_at IS NULL")
                .arg(m_dst));
        d.addBindValue(entity);
        d.addBindValue(dstId);
        if (!d.exec())
            return sqlError(d);
        QSqlQuery open(m_db);
        open.prepare(
            QStringLiteral("SELECT id, outbox_id FROM %1.conflicts WHERE entity=? AND local_id=? AND "
                           "resolved_at IS NULL ORDER BY id")
                .arg(m_src));
        open.addBindValue(entity);
        open.addBindValue(srcId);
        if (!open.exec())
            return sqlError(open);
        std::vector<std::pair<qint64, QVariant>> found;
        while (open.next())
            found.emplace_back(open.value(0).toLongLong(), open.value(1));
        for (const auto& [conflictId, outboxId] : found) {
            QStringList select;
            for (const QString& c : conflictOthers)
                select << (c == u"local_id" || c == u"outbox_id" ? QStringLiteral("?") : c);
            QSqlQuery i(m_db);
            i.prepare(QStringLiteral("INSERT INTO %1.conflicts(%2) SELECT %3 FROM %4.conflicts WHERE id=?")
                          .arg(m_dst, conflictOthers.join(u','), select.join(u','), m_src));
            for (const QString& c : conflictOthers) {
                if (c == u"local_id")
                    i.addBindValue(dstId);
                else if (c == u"outbox_id")
                    i.addBindValue(outboxId.isNull() ? QVariant(QMetaType(QMetaType::LongLong))
                                                     : QVariant(outboxIds.value(outboxId.toLongLong())));
            }
            i.addBindValue(conflictId);
            if (!i.exec())
                return sqlError(i);
        }
    }
    return {};
}

Status Carrier::dropSentChanges(Backup::RestoreReport& report) {
    const auto queued = Outbox::recordsWithEntriesIn(m_db, m_dst);
    if (!queued)
        return queued.error();
    for (const Outbox::RecordRef& r : *queued) {
        const QString& entity = r.entity;
        const qint64 dstId = r.localId;
        if (m_handled.contains(entity + u':' + QString::number(dstId)))
            continue;
        const QString table = Outbox::tableFor(entity);
        auto key = keyOf(m_dst, table, dstId);
        if (!key)
            return key.error();
        if (!*key)
            continue; // the copy's record is gone; the push drops such entries
        auto inCache = findByKey(m_src, table, **key);
        if (!inCache)
            return inCache.error();
        if (!*inCache)
            continue; // rule 3: only the copy knows this change
        // Rule 2: the cache has the record and nothing queued for it.
        const auto removed = Outbox::removeEntriesIn(m_db, m_dst, entity, dstId);
        if (!removed)
            return removed.error();
        report.droppedSentChanges += *removed;
        QSqlQuery d(m_db);
        d.prepare(
            QStringLiteral("DELETE FROM %1.conflicts WHERE entity=? AND local_id=? AND resolved_at IS NULL")
                .arg(m_dst));
        d.addBindValue(entity);
        d.addBindValue(dstId);
        if (!d.exec())
            return sqlError(d);
        if (auto carried = carryRow(table, **inCache); !carried)
            return carried.error();
    }
    return {};
}

Status Carrier::carryAuditLog() {
    // Both files' entries, each once: the cache's that the copy lacks are appended.
    QSqlQuery have(m_db);
    if (!have.exec(
            QStringLiteral("SELECT at, actor, entity, local_id, action, field, old_value, new_value FROM "
                           "%1.audit_log")
                .arg(m_dst)))
        return sqlError(have);
    auto signature = [](const QSqlQuery& q) {
        QStringList parts;
        for (int i = 0; i < 8; ++i)
            parts << (q.value(i).isNull() ? QStringLiteral("\x01") : q.value(i).toString());
        return parts.join(u'\x02');
    };
    QSet<QString> known;
    while (have.next())
        known.insert(signature(have));
    have.finish();
    QSqlQuery all(m_db);
    if (!all.exec(
            QStringLiteral("SELECT at, actor, entity, local_id, action, field, old_value, new_value FROM "
                           "%1.audit_log ORDER BY id")
                .arg(m_src)))
        return sqlError(all);
    QSqlQuery i(m_db);
    i.prepare(
        QStringLiteral("INSERT INTO %1.audit_log(at,actor,entity,local_id,action,field,old_value,new_value) "
                       "VALUES(?,?,?,?,?,?,?,?)")
            .arg(m_dst));
    while (all.next()) {
        if (known.contains(signature(all)))
            continue;
        // A record carried under another local id keeps its history under the new one.
        QVariant localId = all.value(3);
        const QString table = Outbox::tableFor(all.value(2).toString());
        if (auto it = m_carried.constFind(table + u':' + localId.toString()); it != m_carried.constEnd())
            localId = *it;
        for (int c = 0; c < 8; ++c)
            i.addBindValue(c == 3 ? localId : all.value(c));
        if (!i.exec())
            return sqlError(i);
    }
    return {};
}

Status Carrier::carrySession() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
                    "INSERT OR REPLACE INTO %1.meta(key,value) SELECT key, value FROM %2.meta WHERE key "
                    "LIKE 'session.%'")
                    .arg(m_dst, m_src)))
        return sqlError(q);
    return {};
}

Status Carrier::run(Backup::RestoreReport& report) {
    if (Status s = carryOutbox(report); !s)
        return s;
    if (Status s = dropSentChanges(report); !s)
        return s;
    if (Status s = carryAuditLog(); !s)
        return s;
    return carrySession();
}

// Replaces every table of `main` with the rows of `from` (the same schema), on `db`'s open transaction.
Status replaceContents(QSqlDatabase db, const QString& from) {
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE type='table' AND name NOT LIKE "
                           "'sqlite_%' ORDER BY name")))
        return sqlError(q);
    std::vector<std::pair<QString, QString>> tables;
    while (q.next())
        tables.emplace_back(q.value(0).toString(), q.value(1).toString());
    q.finish();
    for (const auto& [table, sql] : tables) {
        // Rows are copied table by table; a virtual table (full-text search) would need its own rebuild.
        if (sql.startsWith(QStringLiteral("CREATE VIRTUAL"), Qt::CaseInsensitive))
            return Error::internal(QStringLiteral("restore cannot copy the virtual table %1").arg(table));
        QStringList cols;
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table)))
            return sqlError(info);
        while (info.next())
            cols << info.value(1).toString();
        QSqlQuery copy(db);
        if (!copy.exec(QStringLiteral("DELETE FROM main.%1").arg(table)))
            return sqlError(copy);
        if (!copy.exec(QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM %3.%1")
                           .arg(table, cols.join(u','), from)))
            return sqlError(copy);
    }
    return {};
}

// A private connection to `path` for the restore, with foreign keys off: whole tables are replaced, and a
// cascade must not remove what the next statement puts back.
Result<std::shared_ptr<Database>> openForRestore(const QString& path) {
    auto db = Database::open(path);
    if (!db)
        return db.error();
    QSqlQuery q((*db)->connection());
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys=OFF")))
        return sqlError(q);
    return db;
}

Status attach(QSqlDatabase db, const QString& path, const QString& schema) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(schema));
    q.addBindValue(path);
    if (!q.exec())
        return sqlError(q);
    return {};
}

// On `db` (the cache): under the write lock, carries the cache's queued changes into the working copy
// `work`, then replaces the cache's contents with it, in one transaction. IMMEDIATE takes the write lock
// first, so no change can be made between reading the queue and replacing the cache (a window or vms-cli
// working on the same profile waits for it, up to its busy timeout); any failure rolls everything back.
Status replaceKeepingQueue(QSqlDatabase db, const QString& work, Backup::RestoreReport& report) {
    if (Status s = attach(db, work, QStringLiteral("restored")); !s)
        return s;
    QSqlQuery q(db);
    Status done;
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        done = sqlError(q);
    if (done)
        done = Carrier(db, QStringLiteral("main"), QStringLiteral("restored")).run(report);
    if (done)
        done = replaceContents(db, QStringLiteral("restored"));
    if (done && !q.exec(QStringLiteral("COMMIT")))
        done = sqlError(q);
    if (!done)
        q.exec(QStringLiteral("ROLLBACK"));
    q.exec(QStringLiteral("DETACH DATABASE restored"));
    return done;
}

// On `db` (the working copy): carries what can be read of the damaged cache's queue into it.
Status carryFromDamaged(QSqlDatabase db, const QString& damaged, Backup::RestoreReport& report) {
    if (Status s = attach(db, damaged, QStringLiteral("damaged")); !s)
        return s;
    QSqlQuery q(db);
    Status done;
    if (!q.exec(QStringLiteral("BEGIN")))
        done = sqlError(q);
    if (done)
        done = Carrier(db, QStringLiteral("damaged"), QStringLiteral("main")).run(report);
    if (done && !q.exec(QStringLiteral("COMMIT")))
        done = sqlError(q);
    if (!done)
        q.exec(QStringLiteral("ROLLBACK"));
    q.exec(QStringLiteral("DETACH DATABASE damaged"));
    return done;
}

} // namespace

QString Backup::kindName(Kind kind) {
    switch (kind) {
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::Manual:
        break;
    case Kind::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return QStringLiteral("manual");
}

QString Backup::folder(const Profile& profile) {
    return profile.path() + QStringLiteral("/backups");
}

Result<Backup::Info> Backup::create(const Profile& profile, const Session& session, const Clock& clock,
                                    const QString& outFile) {
    if (Status s = session.require(Permission::Administer); !s)
        return s.error();
    const QString source = profile.databasePath();
    if (!QFileInfo::exists(source))
        return Error::usage(
            Tr::tr("There is no local cache to copy in %1.").arg(QDir::toNativeSeparators(profile.path())));
    QString target = outFile;
    if (target.isEmpty()) {
        if (Status s = ensureFolder(folder(profile)); !s)
            return s.error();
        target = newCopyPath(folder(profile), Kind::Manual, clock.nowUtc());
    } else if (QFileInfo(target).isDir()) {
        return Error::usage(
            Tr::tr("--out %1 is a folder; name the file to write.").arg(QDir::toNativeSeparators(target)));
    }
    if (Status s = copyAtomically(source, target); !s) {
        if (s.error().kind == ErrorKind::Io)
            return Error::io(Tr::tr("%1 No file was written.").arg(s.error().message));
        return s.error();
    }
    Info info = infoOf(QFileInfo(target));
    if (!outFile.isEmpty()) {
        info.createdAt = clock.nowUtc();
        info.kind = Kind::Manual;
    }
    return info;
}

Result<std::vector<Backup::Info>> Backup::list(const Profile& profile, const Session& session) {
    if (Status s = session.require(Permission::Administer); !s)
        return s.error();
    return copiesIn(folder(profile));
}

Result<std::optional<Backup::Info>> Backup::dailyIfDue(const Profile& profile, const Clock& clock) {
    const QString source = profile.databasePath();
    const QDateTime now = clock.nowUtc();
    const std::vector<Info> existing = copiesIn(folder(profile));
    if (!existing.empty() && existing.front().createdAt.secsTo(now) < 24 * 3600)
        return std::optional<Info>();
    if (!QFileInfo::exists(source) || !worthCopying(source))
        return std::optional<Info>();
    if (Status s = ensureFolder(folder(profile)); !s)
        return s.error();
    const QString target = newCopyPath(folder(profile), Kind::Daily, now);
    if (Status s = copyAtomically(source, target); !s)
        return s.error();
    qCInfo(lcDb).noquote() << "daily copy of the cache:" << target;
    // Only the newest daily copies are kept; an Admin's own copies stay until the Admin removes them.
    int kept = 0;
    for (const Info& info : copiesIn(folder(profile))) {
        if (info.kind != Kind::Daily || ++kept <= kDailyKept)
            continue;
        removeDatabaseFiles(info.path);
        qCInfo(lcDb).noquote() << "removed an old daily copy:" << info.path;
    }
    return std::optional<Info>(infoOf(QFileInfo(target)));
}

Result<Session> Backup::inspect(const QString& file) {
    const QString shown = QDir::toNativeSeparators(file);
    QFile f(file);
    if (!f.exists())
        return Error::usage(Tr::tr("%1 does not exist.").arg(shown));
    if (!f.open(QIODevice::ReadOnly))
        return Error::usage(Tr::tr("Cannot read %1: %2.").arg(shown, f.errorString()));
    const QByteArray head = f.read(16);
    f.close();
    const Error notVms = Error::usage(Tr::tr("%1 is not a VMS cache (not a copy made by VMS).").arg(shown));
    if (!head.startsWith(QByteArray(kSqliteMagic)))
        return notVms;
    sqlite3* db = nullptr;
    auto close = qScopeGuard([&] { sqlite3_close_v2(db); });
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return notVms;
    auto scalarText = [&](const char* sql, QString* out) {
        sqlite3_stmt* st = nullptr;
        bool ok =
            sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW;
        if (ok && out)
            *out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return ok;
    };
    QString version, check, tables;
    if (!scalarText("PRAGMA user_version", &version))
        return notVms;
    if (!scalarText(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ('meta','outbox','audit_log')",
            &tables) ||
        tables.toInt() != 3 || version.toInt() < 1)
        return notVms;
    if (version.toInt() > Migrations::latestVersion())
        return Error::usage(
            Tr::tr("%1 was made by a newer VMS (schema %2; this VMS knows %3). Update VMS to restore it.")
                .arg(shown, version)
                .arg(Migrations::latestVersion()));
    if (!scalarText("PRAGMA quick_check", &check) || check != u"ok")
        return Error::usage(Tr::tr("%1 is damaged (%2); it cannot be restored.").arg(shown, check));
    close.dismiss();
    sqlite3_close_v2(db);
    // The copy's cached session, read through QtSql like every other session.
    const QString name =
        QStringLiteral("vms-inspect-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    Session session;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(file);
        conn.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (conn.open())
            session = Session::loadCached(conn);
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    return session;
}

namespace {
QString scheduleNote(const Profile& profile) {
    return profile.path() + QStringLiteral("/restore-scheduled");
}
} // namespace

Status Backup::scheduleRestore(const Profile& profile, const QString& file, const Session& session) {
    if (Status s = session.require(Permission::Administer); !s)
        return s;
    if (auto copy = inspect(file); !copy)
        return copy.error();
    QFile note(scheduleNote(profile));
    if (!note.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        note.write(QFileInfo(file).absoluteFilePath().toUtf8()) < 0 || !note.flush())
        return Error{ErrorKind::Io,
                     Tr::tr("Cannot note the restore in %1: %2")
                         .arg(QDir::toNativeSeparators(note.fileName()), note.errorString()),
                     {}};
    return {};
}

QString Backup::scheduledRestore(const Profile& profile) {
    QFile note(scheduleNote(profile));
    if (!note.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(note.readAll()).trimmed();
}

Result<std::optional<Backup::RestoreReport>> Backup::runScheduledRestore(const Profile& profile,
                                                                         const Clock& clock) {
    const QString file = scheduledRestore(profile);
    if (file.isEmpty())
        return std::optional<RestoreReport>();
    QFile::remove(scheduleNote(profile));
    auto copySession = inspect(file);
    if (!copySession)
        return copySession.error();
    Session session = *copySession;
    if (QFileInfo(profile.databasePath()).size() > 0)
        if (auto db = Database::open(profile.databasePath()); db && (*db)->quickCheck().isEmpty())
            session = Session::loadCached((*db)->connection());
    auto report = restore(profile, file, session, clock);
    if (!report)
        return report.error();
    return std::optional<RestoreReport>(std::move(report.value()));
}

Result<Backup::RestoreReport> Backup::restore(const Profile& profile, const QString& file,
                                              const Session& session, const Clock& clock) {
    if (Status s = session.require(Permission::Administer); !s)
        return s.error();
    auto copySession = inspect(file);
    if (!copySession)
        return copySession.error();
    if (!session.orgId.isEmpty() && !copySession->orgId.isEmpty() && session.orgId != copySession->orgId)
        return Error::usage(
            Tr::tr("%1 is a copy of another org's data (org %2; this profile is signed in to org %3). "
                   "Nothing was restored.")
                .arg(QDir::toNativeSeparators(file), copySession->orgId, session.orgId));
    if (Status s = ensureFolder(folder(profile)); !s)
        return s.error();

    RestoreReport report;
    report.restoredFrom = QFileInfo(file).absoluteFilePath();
    // A private, migrated working copy: the file the Admin chose is never written.
    const QString work =
        folder(profile) +
        QStringLiteral("/.restore-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto cleanup = qScopeGuard([&] { removeDatabaseFiles(work); });
    if (Status s = copyDatabase(file, work); !s)
        return s.error();
    {
        auto migrated = Database::open(work);
        if (!migrated)
            return migrated.error();
    }

    const QString live = profile.databasePath();
    std::shared_ptr<Database> current;
    QString damaged;
    if (QFileInfo(live).size() > 0) {
        auto opened = openForRestore(live);
        if (!opened && opened.error().code != u"NOTADB" && opened.error().code != u"CORRUPT")
            return opened.error(); // from a newer VMS, or unwritable: not ours to replace
        if (opened && (*opened)->quickCheck().isEmpty()) {
            current = *opened;
        } else {
            // Damaged: moved aside, never deleted; its queued changes are read from there if they still can
            // be.
            opened = Error::internal({}); // closes the connection before the files move
            damaged = live + QStringLiteral(".damaged-") +
                      clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            if (Status s = moveDatabaseFiles(live, damaged); !s)
                return s.error();
            report.damagedCacheMovedTo = damaged;
            qCWarning(lcDb).noquote() << "restore: the damaged cache was moved to" << damaged;
        }
    }

    if (current) {
        // The cache as it was, kept: a restore can itself be undone.
        const QString before = newCopyPath(folder(profile), Kind::BeforeRestore, clock.nowUtc());
        if (Status s = copyAtomically(live, before); !s)
            return s.error();
        report.previousCopy = before;
        Status done = replaceKeepingQueue(current->connection(), work, report);
        current->releaseThreadConnection();
        if (!done)
            return Error{done.error().kind,
                         Tr::tr("The restore failed and changed nothing: %1").arg(done.error().message),
                         done.error().code};
        return report;
    }

    if (!damaged.isEmpty()) {
        // Whatever can still be read from the damaged cache is carried into the working copy; if nothing
        // can, the copy is restored as it is and the damaged file stays where it was moved.
        auto opened = openForRestore(work);
        if (!opened)
            return opened.error();
        RestoreReport attempt = report;
        if (Status carried = carryFromDamaged((*opened)->connection(), damaged, attempt); carried)
            report = attempt;
        else
            qCWarning(lcDb).noquote() << "restore: no queued change could be read from the damaged cache:"
                                      << carried.error().message;
        (*opened)->releaseThreadConnection();
    }
    if (Status s = copyAtomically(work, live); !s)
        return s.error();
    // The copy is a rollback-journal file; the program switches it back to WAL when it opens it.
    return report;
}

} // namespace vms
