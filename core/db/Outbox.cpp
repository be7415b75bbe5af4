#include "core/db/Outbox.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <cmath>
#include <sqlite3.h>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time (see LocalChanges.cpp).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::Outbox)
};

Error sqlError(const QSqlQuery& q) {
    return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
}

QString operationName(OutboxEntry::Operation op) {
    switch (op) {
    case OutboxEntry::Operation::Create:
        return QStringLiteral("create");
    case OutboxEntry::Operation::Update:
        return QStringLiteral("update");
    case OutboxEntry::Operation::Delete:
        return QStringLiteral("delete");
    }
    return QStringLiteral("update");
}

OutboxEntry::Operation operationFrom(const QString& name) {
    // "upsert" is how caches before schema 4 named a create.
    if (name == u"create" || name == u"upsert")
        return OutboxEntry::Operation::Create;
    if (name == u"delete")
        return OutboxEntry::Operation::Delete;
    return OutboxEntry::Operation::Update;
}

OutboxEntry::State stateFrom(const QString& name) {
    if (name == u"failed")
        return OutboxEntry::State::Failed;
    if (name == u"conflict")
        return OutboxEntry::State::Conflict;
    return OutboxEntry::State::Pending;
}

QVariant textOrNull(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// The columns every read returns, in the order readEntry() takes them.
constexpr char kColumns[] =
    "id, entity, local_id, operation, state, fields, base, base_modstamp, sent, sf_id, created_at, actor, "
    "attempts, last_attempt_at, error_code, last_error, error_fields";

OutboxEntry readEntry(const QSqlQuery& q) {
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.entity = q.value(1).toString();
    e.localId = q.value(2).toLongLong();
    e.operation = operationFrom(q.value(3).toString());
    e.state = stateFrom(q.value(4).toString());
    e.fieldsText = q.value(5).toString();
    e.fields = Outbox::decode(e.fieldsText);
    e.base = Outbox::decode(q.value(6).toString());
    e.baseModstamp = q.value(7).toString();
    e.sent = Outbox::decode(q.value(8).toString());
    e.sfId = q.value(9).toString();
    e.createdAt = q.value(10).toString();
    e.actor = q.value(11).toString();
    e.attempts = q.value(12).toInt();
    e.lastAttemptAt = q.value(13).toString();
    e.error.code = q.value(14).toString();
    e.error.message = q.value(15).toString();
    e.error.fields = q.value(16).toString().split(u',', Qt::SkipEmptyParts);
    return e;
}

Result<std::vector<OutboxEntry>> readAll(QSqlQuery& q) {
    if (!q.exec())
        return sqlError(q);
    std::vector<OutboxEntry> out;
    while (q.next())
        out.push_back(readEntry(q));
    return out;
}

} // namespace

// ---- Outbox -------------------------------------------------------------------------------------------

Outbox::Outbox(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString Outbox::tableFor(const QString& entity) {
    // The cache's table names (core/db/Migrations.cpp): the entity's plural.
    if (entity == u"class")
        return QStringLiteral("classes");
    if (entity == u"activity")
        return QStringLiteral("activities");
    return entity + u's';
}

bool Outbox::sameValue(const QVariant& a, const QVariant& b) {
    const bool aEmpty = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    bool aNum = false, bNum = false;
    const double da = a.toDouble(&aNum), db = b.toDouble(&bNum);
    if (aNum && bNum)
        return std::fabs(da - db) < 1e-9;
    return a.toString() == b.toString();
}

QString Outbox::encode(const QVariantMap& fields) {
    // A SQL NULL arrives as a typed null QVariant, which QJsonValue::fromVariant would turn into 0 or "".
    QJsonObject o;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(),
                 it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariantMap Outbox::decode(const QString& json) {
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

void Outbox::notify(bool queued) {
    OutboxNotifier::instance().post(queued);
}

Status Outbox::refreshPending(const QString& entity, qint64 localId) {
    // The table name comes from tableFor(), never from user text.
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE %1 SET pending = EXISTS(SELECT 1 FROM outbox WHERE entity=? AND local_id=?) "
                       "WHERE id=?")
            .arg(tableFor(entity)));
    q.addBindValue(entity);
    q.addBindValue(localId);
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status Outbox::enqueue(const QString& entity, qint64 localId, OutboxEntry::Operation operation,
                       const QVariantMap& fields, const QVariantMap& base, const QString& baseModstamp,
                       const QString& sfId, const QString& actor, const QString& now) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, fields, base, operation FROM outbox WHERE entity=? AND local_id=? "
                             "AND state IN ('pending','failed') ORDER BY id LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    if (q.next()) {
        // Merge into the waiting entry: newest value per field, earliest base per field.
        const qint64 id = q.value(0).toLongLong();
        QVariantMap mergedFields = decode(q.value(1).toString());
        QVariantMap mergedBase = decode(q.value(2).toString());
        const OutboxEntry::Operation existing = operationFrom(q.value(3).toString());
        for (auto it = fields.begin(); it != fields.end(); ++it)
            mergedFields.insert(it.key(), it.value());
        for (auto it = base.begin(); it != base.end(); ++it)
            if (!mergedBase.contains(it.key()))
                mergedBase.insert(it.key(), it.value());
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral(
            "UPDATE outbox SET fields=?, base=?, operation=?, sf_id=coalesce(sf_id, ?), state='pending', "
            "error_code=NULL, last_error=NULL, error_fields=NULL WHERE id=?"));
        u.addBindValue(encode(mergedFields));
        u.addBindValue(encode(mergedBase));
        // A record created locally stays a create until the org has it.
        u.addBindValue(operationName(existing == OutboxEntry::Operation::Create ? existing : operation));
        u.addBindValue(textOrNull(sfId));
        u.addBindValue(id);
        if (!u.exec())
            return sqlError(u);
    } else {
        QSqlQuery i(m_db);
        i.prepare(QStringLiteral(
            "INSERT INTO outbox(created_at,entity,local_id,operation,fields,base,base_modstamp,sf_id,state,"
            "actor) VALUES(?,?,?,?,?,?,?,?,'pending',?)"));
        i.addBindValue(now);
        i.addBindValue(entity);
        i.addBindValue(localId);
        i.addBindValue(operationName(operation));
        i.addBindValue(encode(fields));
        i.addBindValue(encode(base));
        i.addBindValue(textOrNull(baseModstamp));
        i.addBindValue(textOrNull(sfId));
        i.addBindValue(actor);
        if (!i.exec())
            return sqlError(i);
    }
    if (Status s = refreshPending(entity, localId); !s)
        return s;
    notify(true);
    return {};
}

Status Outbox::enqueueDelete(const QString& entity, qint64 localId, const QString& sfId, const QString& actor,
                             const QString& now) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE entity=? AND local_id=?"));
    q.addBindValue(entity);
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    if (!sfId.isEmpty()) {
        // The row is gone, and SQLite may give its id to the next new row: the delete is known by the
        // record's Salesforce Id alone (local id 0), so no later change is ever merged into it.
        q.prepare(QStringLiteral("INSERT INTO outbox(created_at,entity,local_id,operation,fields,sf_id,state,"
                                 "actor) VALUES(?,?,0,'delete','{}',?,'pending',?)"));
        q.addBindValue(now);
        q.addBindValue(entity);
        q.addBindValue(sfId);
        q.addBindValue(actor);
        if (!q.exec())
            return sqlError(q);
    }
    notify(!sfId.isEmpty());
    return {};
}

Result<std::vector<OutboxEntry>> Outbox::entriesFor(const QString& entity, qint64 localId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE entity=? AND local_id=? ORDER BY id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(entity);
    q.addBindValue(localId);
    return readAll(q);
}

Result<std::vector<QVariantMap>> Outbox::storedEntries(const QString& entity, qint64 localId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM outbox WHERE entity=? AND local_id=? ORDER BY id"));
    q.addBindValue(entity);
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    std::vector<QVariantMap> out;
    while (q.next()) {
        const QSqlRecord r = q.record();
        QVariantMap row;
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), r.value(i));
        out.push_back(std::move(row));
    }
    return out;
}

Status Outbox::restoreStored(const std::vector<QVariantMap>& entries) {
    QSqlQuery q(m_db);
    for (QVariantMap row : entries) {
        q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE id=?"));
        q.addBindValue(row.value(QStringLiteral("id")));
        if (!q.exec())
            return sqlError(q);
        if (q.next()) // taken meanwhile: a new id keeps it after the entries queued since, which is harmless
            row.remove(QStringLiteral("id"));
        const QStringList columns = row.keys();
        // Column names come from the outbox's own rows (storedEntries), never from user text.
        q.prepare(QStringLiteral("INSERT INTO outbox(%1) VALUES(%2)")
                      .arg(columns.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u',')));
        for (const QString& c : columns)
            q.addBindValue(row.value(c));
        if (!q.exec())
            return sqlError(q);
        if (Status s = refreshPending(row.value(QStringLiteral("entity")).toString(),
                                      row.value(QStringLiteral("local_id")).toLongLong());
            !s)
            return s;
    }
    if (!entries.empty())
        notify(true);
    return {};
}

Status Outbox::withdrawDelete(const QString& entity, const QString& sfId) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, sent FROM outbox WHERE entity=? AND local_id=0 AND sf_id=? AND "
                             "operation='delete' ORDER BY id LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(sfId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(
            Tr::tr("The delete has already reached Salesforce, so it can no longer be undone."));
    // The org answered a refusal (fail() clears `sent`): nothing was deleted there, so it can be taken back.
    if (!decode(q.value(1).toString()).isEmpty())
        return Error::usage(Tr::tr("The delete is on its way to Salesforce, so it can no longer be undone."));
    const qint64 id = q.value(0).toLongLong();
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    notify();
    return {};
}

Result<QStringList> Outbox::entitiesToPush() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT entity FROM outbox WHERE state IN ('pending','failed') ORDER BY entity")))
        return sqlError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<std::vector<OutboxEntry>> Outbox::toPush(const QString& entity) const {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE entity=? AND state IN ('pending','failed') ORDER BY id")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(entity);
    return readAll(q);
}

Result<std::optional<OutboxEntry>> Outbox::entry(qint64 id) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id=?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    auto all = readAll(q);
    if (!all)
        return all.error();
    if (all->empty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(std::move(all->front()));
}

Status Outbox::markSent(qint64 id, const QVariantMap& sent, const QVariantMap& ownWrites,
                        const QString& now) {
    QSqlQuery q(m_db);
    QString baseText;
    if (!ownWrites.isEmpty()) {
        q.prepare(QStringLiteral("SELECT base FROM outbox WHERE id=?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q);
        QVariantMap base = q.next() ? decode(q.value(0).toString()) : QVariantMap();
        for (auto it = ownWrites.begin(); it != ownWrites.end(); ++it)
            base.insert(it.key(), it.value());
        baseText = encode(base);
    }
    q.prepare(QStringLiteral("UPDATE outbox SET sent=?, base=coalesce(?, base), attempts=attempts+1, "
                             "last_attempt_at=? WHERE id=?"));
    q.addBindValue(encode(sent));
    q.addBindValue(textOrNull(baseText));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status Outbox::confirm(const OutboxEntry& entry, const QVariantMap& landed) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT fields, base FROM outbox WHERE id=?"));
    q.addBindValue(entry.id);
    if (!q.exec())
        return sqlError(q);
    if (q.next()) {
        const QString fieldsNow = q.value(0).toString();
        QVariantMap fields = decode(fieldsNow), base = decode(q.value(1).toString());
        if (fieldsNow != entry.fieldsText) {
            // Edited while the push ran: what the org now has leaves the entry, and it is what the rest is
            // based on; the newer values stay queued as an update of a record the org has.
            for (auto it = landed.begin(); it != landed.end(); ++it) {
                if (fields.contains(it.key()) && sameValue(fields.value(it.key()), it.value())) {
                    fields.remove(it.key());
                    base.remove(it.key());
                } else if (fields.contains(it.key())) {
                    base.insert(it.key(), it.value());
                }
            }
        } else {
            fields.clear();
        }
        if (fields.isEmpty()) {
            q.prepare(QStringLiteral("DELETE FROM outbox WHERE id=?"));
            q.addBindValue(entry.id);
        } else {
            q.prepare(QStringLiteral(
                "UPDATE outbox SET fields=?, base=?, operation='update', state='pending', sent=NULL, "
                "sf_id=coalesce(sf_id, ?), error_code=NULL, last_error=NULL, error_fields=NULL WHERE id=?"));
            q.addBindValue(encode(fields));
            q.addBindValue(encode(base));
            q.addBindValue(textOrNull(entry.sfId));
            q.addBindValue(entry.id);
        }
        if (!q.exec())
            return sqlError(q);
    }
    if (Status s = refreshPending(entry.entity, entry.localId); !s)
        return s;
    notify();
    return {};
}

Status Outbox::fail(qint64 id, const OutboxError& error, const QString& now) {
    QSqlQuery q(m_db);
    // The org answered, so nothing of what was sent landed (collections run with allOrNone false, and a
    // refused call changes nothing).
    q.prepare(QStringLiteral("UPDATE outbox SET state='failed', error_code=?, last_error=?, error_fields=?, "
                             "last_attempt_at=?, sent=NULL WHERE id=?"));
    q.addBindValue(textOrNull(error.code));
    q.addBindValue(textOrNull(error.message));
    q.addBindValue(textOrNull(error.fields.join(u',')));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    notify();
    return {};
}

Status Outbox::wait(qint64 id, const OutboxError& reason) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE outbox SET error_code=?, last_error=?, error_fields=? WHERE id=? AND state='pending'"));
    q.addBindValue(textOrNull(reason.code));
    q.addBindValue(textOrNull(reason.message));
    q.addBindValue(textOrNull(reason.fields.join(u',')));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    notify();
    return {};
}

Result<bool> Outbox::markConflict(const OutboxEntry& entry, const QVariantMap& fields,
                                  const QVariantMap& serverValues, const QString& serverModstamp) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE outbox SET fields=?, base=?, base_modstamp=?, state='conflict', sent=NULL, "
                       "error_code=NULL, last_error=NULL, error_fields=NULL WHERE id=? AND fields=?"));
    q.addBindValue(encode(fields));
    q.addBindValue(encode(serverValues));
    q.addBindValue(textOrNull(serverModstamp));
    q.addBindValue(entry.id);
    q.addBindValue(entry.fieldsText);
    if (!q.exec())
        return sqlError(q);
    const bool applied = q.numRowsAffected() > 0;
    notify();
    return applied;
}

Status Outbox::removeGone(const OutboxEntry& entry) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id=?"));
    q.addBindValue(entry.id);
    if (!q.exec())
        return sqlError(q);
    if (Status s = refreshPending(entry.entity, entry.localId); !s)
        return s;
    notify();
    return {};
}

Status Outbox::settleConflict(const QString& entity, qint64 localId, const QString& column, bool keepLocal,
                              bool otherConflictsOpen) {
    QSqlQuery q(m_db);
    // The entry in conflict (older than any pending edit made since).
    q.prepare(QStringLiteral("SELECT id, fields FROM outbox WHERE entity=? AND local_id=? ORDER BY "
                             "state='conflict' DESC, id LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QVariantMap fields = decode(q.value(1).toString());
        if (!keepLocal)
            fields.remove(column);
        if (fields.isEmpty()) {
            q.prepare(QStringLiteral("DELETE FROM outbox WHERE id=?"));
            q.addBindValue(id);
        } else {
            q.prepare(QStringLiteral("UPDATE outbox SET fields=?, state=? WHERE id=?"));
            q.addBindValue(encode(fields));
            q.addBindValue(otherConflictsOpen ? QStringLiteral("conflict") : QStringLiteral("pending"));
            q.addBindValue(id);
        }
        if (!q.exec())
            return sqlError(q);
    }
    if (Status s = refreshPending(entity, localId); !s)
        return s;
    notify(keepLocal);
    return {};
}

Result<OutboxCounts> Outbox::counts() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state")))
        return sqlError(q);
    OutboxCounts c;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        switch (stateFrom(q.value(0).toString())) {
        case OutboxEntry::State::Pending:
            c.pending += n;
            break;
        case OutboxEntry::State::Failed:
            c.failed += n;
            break;
        case OutboxEntry::State::Conflict:
            c.conflicts += n;
            break;
        }
    }
    return c;
}

Result<std::vector<OutboxEntry>> Outbox::problems(int limit) const {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE state='failed' OR (state='pending' AND error_code IS "
                       "NOT NULL) ORDER BY id LIMIT ?")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(limit);
    return readAll(q);
}

// ---- OutboxPullView -----------------------------------------------------------------------------------

Result<OutboxPullView> OutboxPullView::prepare(sqlite::Connection& db) {
    auto st = db.prepare("SELECT fields FROM outbox WHERE entity=? AND local_id=?");
    if (!st)
        return st.error();
    OutboxPullView view;
    view.m_fields = std::move(st).value();
    return view;
}

QStringList OutboxPullView::pendingColumns(const std::string& entity, qint64 localId) {
    m_fields.bindText(1, entity);
    m_fields.bindInt(2, localId);
    QStringList out;
    while (m_fields.step() == sqlite::Statement::StepResult::Row) {
        const std::string_view text = m_fields.columnText(0);
        const QVariantMap fields =
            Outbox::decode(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
        for (auto it = fields.begin(); it != fields.end(); ++it)
            if (!out.contains(it.key()))
                out << it.key();
    }
    return out;
}

// ---- restoring a copy of the cache ----
// Schema names come from Backup ("main", "copy"), never from user text; they cannot be bound values.

Result<std::vector<Outbox::RecordRef>> Outbox::entriesIn(const QSqlDatabase& db, const QString& schema) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, entity, local_id FROM %1.outbox ORDER BY id").arg(schema)))
        return Error::database(q.lastError().text());
    std::vector<RecordRef> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

Result<std::vector<Outbox::RecordRef>> Outbox::recordsWithEntriesIn(const QSqlDatabase& db,
                                                                    const QString& schema) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT entity, local_id FROM %1.outbox").arg(schema)))
        return Error::database(q.lastError().text());
    std::vector<RecordRef> out;
    while (q.next())
        out.push_back({0, q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

Result<int> Outbox::removeEntriesIn(const QSqlDatabase& db, const QString& schema, const QString& entity,
                                    qint64 localId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1.outbox WHERE entity=? AND local_id=?").arg(schema));
    q.addBindValue(entity);
    q.addBindValue(localId);
    if (!q.exec())
        return Error::database(q.lastError().text());
    return q.numRowsAffected();
}

Result<qint64> Outbox::copyEntry(const QSqlDatabase& db, const QString& fromSchema, qint64 id,
                                 const QString& toSchema, qint64 toLocalId) {
    QSqlQuery q(db);
    auto columnsOf = [&q](const QString& schema) -> Result<QStringList> {
        if (!q.exec(QStringLiteral("PRAGMA %1.table_info(outbox)").arg(schema)))
            return Error::database(q.lastError().text());
        QStringList out;
        while (q.next())
            out << q.value(1).toString();
        return out;
    };
    const auto from = columnsOf(fromSchema);
    if (!from)
        return from.error();
    const auto to = columnsOf(toSchema);
    if (!to)
        return to.error();
    // The columns both files have, but the id (the new entry gets its own) and the record's local id.
    QStringList shared, select;
    for (const QString& c : *to)
        if (c != u"id" && from->contains(c)) {
            shared << c;
            select << (c == u"local_id" ? QStringLiteral("?") : c);
        }
    q.prepare(QStringLiteral("INSERT INTO %1.outbox(%2) SELECT %3 FROM %4.outbox WHERE id=?")
                  .arg(toSchema, shared.join(u','), select.join(u','), fromSchema));
    q.addBindValue(toLocalId);
    q.addBindValue(id);
    if (!q.exec())
        return Error::database(q.lastError().text());
    return q.lastInsertId().toLongLong();
}

bool Outbox::hasEntries(sqlite3* db) {
    sqlite3_stmt* st = nullptr;
    bool any = false;
    if (sqlite3_prepare_v2(db, "SELECT EXISTS(SELECT 1 FROM outbox)", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        any = sqlite3_column_int(st, 0) != 0;
    sqlite3_finalize(st);
    return any;
}

} // namespace vms
