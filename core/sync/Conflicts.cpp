#include "core/sync/Conflicts.h"

#include "core/changes/AuditLog.h"
#include "core/db/Database.h"
#include "core/db/Outbox.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::Conflicts)
};

Error sqlError(const QSqlQuery& q) {
    return Error::database(q.lastError().text());
}

} // namespace

Conflicts::Conflicts(QSqlDatabase db, Session session, const Clock& clock)
    : m_db(std::move(db))
    , m_session(std::move(session))
    , m_clock(clock) {}

Result<bool> Conflicts::record(QSqlDatabase db, const FoundConflict& found, const QString& now) {
    auto text = [](const QVariant& v) {
        return v.isNull() ? QVariant() : QVariant(v.toString());
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM conflicts WHERE entity=? AND local_id=? AND column_name=? AND "
                             "resolved_at IS NULL"));
    q.addBindValue(found.entity);
    q.addBindValue(found.localId);
    q.addBindValue(found.column);
    if (!q.exec())
        return sqlError(q);
    if (q.next()) {
        const qint64 existing = q.value(0).toLongLong();
        q.prepare(
            QStringLiteral("UPDATE conflicts SET local_value=?, server_value=?, detected_at=? WHERE id=?"));
        q.addBindValue(text(found.localValue));
        q.addBindValue(text(found.serverValue));
        q.addBindValue(now);
        q.addBindValue(existing);
        if (!q.exec())
            return sqlError(q);
        return false;
    }
    q.prepare(
        QStringLiteral("INSERT INTO conflicts(entity,local_id,object,sf_id,field,column_name,local_value,"
                       "server_value,detected_at,outbox_id) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(found.entity);
    q.addBindValue(found.localId);
    q.addBindValue(found.object);
    q.addBindValue(found.recordSfId);
    q.addBindValue(found.field);
    q.addBindValue(found.column);
    q.addBindValue(text(found.localValue));
    q.addBindValue(text(found.serverValue));
    q.addBindValue(now);
    q.addBindValue(found.outboxId);
    if (!q.exec())
        return sqlError(q);
    return true;
}

Result<std::vector<Conflict>> Conflicts::open() const {
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT id, entity, object, sf_id, field, column_name, local_value, server_value, "
                           "local_id, detected_at FROM conflicts WHERE resolved_at IS NULL ORDER BY id")))
        return sqlError(q);
    std::vector<Conflict> out;
    while (q.next()) {
        Conflict c;
        c.id = q.value(0).toLongLong();
        c.entity = q.value(1).toString();
        c.object = q.value(2).toString();
        c.recordSfId = q.value(3).toString();
        c.field = q.value(4).toString();
        c.column = q.value(5).toString();
        c.localIsNull = q.value(6).isNull();
        c.localValue = q.value(6).toString();
        c.serverIsNull = q.value(7).isNull();
        c.serverValue = q.value(7).toString();
        c.localId = q.value(8).toLongLong();
        c.detectedAt = q.value(9).toString();
        out.push_back(c);
    }
    return out;
}

Status Conflicts::resolve(qint64 conflictId, bool keepLocal) {
    if (Status s = m_session.require(Permission::ResolveConflicts); !s)
        return s;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT entity, local_id, column_name, local_value, server_value, outbox_id FROM "
                       "conflicts WHERE id=? AND resolved_at IS NULL"));
    q.addBindValue(conflictId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(Tr::tr("There is no open conflict with id %1.").arg(conflictId));
    const QString entity = q.value(0).toString();
    const qint64 localId = q.value(1).toLongLong();
    const QString column = q.value(2).toString();
    const QVariant localValue = q.value(3), serverValue = q.value(4);
    const QString table = Outbox::tableFor(entity);
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);

    if (!keepLocal) {
        // The server wins: the cache takes its value and the local edit of this field is dropped.
        // `column` comes from the conflicts table, written by the push from the mapping's columns.
        q.prepare(QStringLiteral("UPDATE %1 SET %2=? WHERE id=?").arg(table, column));
        q.addBindValue(serverValue);
        q.addBindValue(localId);
        if (!q.exec())
            return sqlError(q);
    }
    q.prepare(
        QStringLiteral("SELECT count(*) FROM conflicts WHERE entity=? AND local_id=? AND resolved_at IS "
                       "NULL AND id != ?"));
    q.addBindValue(entity);
    q.addBindValue(localId);
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next())
        return sqlError(q);
    const bool othersOpen = q.value(0).toLongLong() > 0;
    if (Status s = Outbox(m_db).settleConflict(entity, localId, column, keepLocal, othersOpen); !s)
        return s;
    q.prepare(QStringLiteral("UPDATE conflicts SET resolved_at=?, resolution=? WHERE id=?"));
    q.addBindValue(now);
    q.addBindValue(keepLocal ? QStringLiteral("local") : QStringLiteral("server"));
    q.addBindValue(conflictId);
    if (!q.exec())
        return sqlError(q);
    if (Status s = AuditLog(m_db).append(
            {0,
             m_clock.nowUtc(),
             m_session.userName,
             entity,
             localId,
             keepLocal ? QStringLiteral("conflict-keep-local") : QStringLiteral("conflict-keep-server"),
             column,
             keepLocal ? serverValue : localValue,
             keepLocal ? localValue : serverValue,
             {}});
        !s)
        return s;
    return tx.commit();
}

Conflicts::Conflicts(const Database& db, Session session, const Clock& clock)
    : Conflicts(db.connection(), std::move(session), clock) {}

} // namespace vms
