#include "core/changes/AuditLog.h"

#include "core/common/Csv.h"
#include "core/db/Outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time (see LoginHost.cpp).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::AuditLog)
};

Error sqlError(const QSqlQuery& q) {
    return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
}

QString isoUtc(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool hasColumn(QSqlDatabase db, const QString& table, const QString& column) {
    return db.record(table).contains(column);
}

// The (entity, local id) pairs a record id names: a Salesforce Id (18 characters, or the 15-character
// case-sensitive form) or a client id, looked up in the table of every entity the log mentions.
Result<std::vector<std::pair<QString, qint64>>> recordsNamed(QSqlDatabase db, const QString& idText) {
    QSqlQuery entities(db);
    if (!entities.exec(QStringLiteral("SELECT DISTINCT entity FROM audit_log")))
        return sqlError(entities);
    std::vector<std::pair<QString, qint64>> out;
    while (entities.next()) {
        const QString entity = entities.value(0).toString();
        const QString table = Outbox::tableFor(entity);
        if (!db.tables().contains(table))
            continue;
        QString where =
            idText.size() == 15 ? QStringLiteral("substr(sf_id,1,15) = ?") : QStringLiteral("sf_id = ?");
        const bool withClientId = hasColumn(db, table, QStringLiteral("client_id"));
        if (withClientId)
            where += QStringLiteral(" OR client_id = ?");
        QSqlQuery q(db);
        // `table` comes from Outbox::tableFor, never from user text.
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, where));
        q.addBindValue(idText);
        if (withClientId)
            q.addBindValue(idText);
        if (!q.exec())
            return sqlError(q);
        while (q.next())
            out.emplace_back(entity, q.value(0).toLongLong());
    }
    return out;
}

// Whether any synced table holds a record with this Salesforce Id or client id (it may have no entries).
bool cacheHasRecord(QSqlDatabase db, const QString& idText) {
    for (const QString& table : db.tables()) {
        if (!hasColumn(db, table, QStringLiteral("sf_id")))
            continue;
        const bool withClientId = hasColumn(db, table, QStringLiteral("client_id"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1")
                      .arg(table, withClientId ? QStringLiteral("sf_id = ? OR client_id = ?")
                                               : QStringLiteral("sf_id = ?")));
        q.addBindValue(idText);
        if (withClientId)
            q.addBindValue(idText);
        if (q.exec() && q.next())
            return true;
    }
    return false;
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db)) {}

Status AuditLog::append(const AuditEntry& entry) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO audit_log(at,actor,entity,local_id,action,field,old_value,new_value) "
                       "VALUES(?,?,?,?,?,?,?,?)"));
    q.addBindValue(isoUtc(entry.at));
    q.addBindValue(entry.actor);
    q.addBindValue(entry.entity);
    q.addBindValue(entry.localId);
    q.addBindValue(entry.action);
    q.addBindValue(entry.field);
    q.addBindValue(entry.oldValue.isNull() ? QVariant() : QVariant(entry.oldValue.toString()));
    q.addBindValue(entry.newValue.isNull() ? QVariant() : QVariant(entry.newValue.toString()));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<std::vector<AuditEntry>> AuditLog::query(const Session& session, const AuditFilter& filter) const {
    if (Status s = session.require(Permission::Administer); !s)
        return s.error();

    QStringList where;
    QVariantList values;
    if (!filter.user.trimmed().isEmpty()) {
        where << QStringLiteral("actor = ? COLLATE NOCASE");
        values << filter.user.trimmed();
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << isoUtc(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << isoUtc(filter.to);
    }
    const QString record = filter.record.trimmed();
    if (!record.isEmpty()) {
        bool numeric = false;
        const qint64 localId = record.toLongLong(&numeric);
        // Salesforce Ids are 15 or 18 characters and may be all digits; local ids are far shorter.
        if (numeric && record.size() < 15) {
            // A local id: VMS prints them per record type, so every type's record with that id.
            where << QStringLiteral("local_id = ?");
            values << localId;
        } else {
            auto named = recordsNamed(m_db, record);
            if (!named)
                return named.error();
            if (named->empty()) {
                if (!cacheHasRecord(m_db, record))
                    return Error::usage(Tr::tr("No record with id '%1' in the local cache.").arg(record));
                return std::vector<AuditEntry>(); // a record nobody changed here
            }
            QStringList any;
            for (const auto& [entity, id] : *named) {
                any << QStringLiteral("(entity = ? AND local_id = ?)");
                values << entity << id;
            }
            where << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
        }
    }
    QString sql =
        QStringLiteral("SELECT id, at, actor, entity, local_id, action, field, old_value, new_value "
                       "FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    std::vector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        e.actor = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.localId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.field = q.value(6).toString();
        e.oldValue = q.value(7);
        e.newValue = q.value(8);
        out.push_back(std::move(e));
    }
    std::reverse(out.begin(), out.end());

    // The Salesforce Id of each record still in the cache, so a reader can find it in the org.
    QHash<QString, QString> sfIds; // "entity:id" -> sf id
    for (AuditEntry& e : out) {
        const QString key = e.entity + u':' + QString::number(e.localId);
        if (!sfIds.contains(key)) {
            const QString table = Outbox::tableFor(e.entity);
            QString sfId;
            if (m_db.tables().contains(table)) {
                QSqlQuery s(m_db);
                s.prepare(QStringLiteral("SELECT sf_id FROM %1 WHERE id = ?").arg(table));
                s.addBindValue(e.localId);
                if (s.exec() && s.next())
                    sfId = s.value(0).toString();
            }
            sfIds.insert(key, sfId);
        }
        e.recordSfId = sfIds.value(key);
    }
    return out;
}

Status AuditLog::exportCsv(const Session& session, const AuditFilter& filter, const QString& path,
                           CsvPreset preset) const {
    auto entries = query(session, filter);
    if (!entries)
        return entries.error();
    auto writeError = [&](const QString& why) {
        return Error::io(
            Tr::tr("Cannot write %1: %2. No file was written.").arg(QDir::toNativeSeparators(path), why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(file.errorString());
    QByteArray buf;
    if (preset == CsvPreset::ExcelUtf8Bom)
        buf += "\xEF\xBB\xBF";
    // Column names are fixed English, like every file VMS writes: scripts read them.
    const QStringList header = {
        QStringLiteral("At (UTC)"),    QStringLiteral("User"),      QStringLiteral("Action"),
        QStringLiteral("Record type"), QStringLiteral("Local id"),  QStringLiteral("Salesforce Id"),
        QStringLiteral("Field"),       QStringLiteral("Old value"), QStringLiteral("New value")};
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i)
            buf += ',';
        Csv::appendField(buf, header.at(i), true);
    }
    buf += "\r\n";
    for (const AuditEntry& e : *entries) {
        const QStringList cells = {isoUtc(e.at),
                                   e.actor,
                                   e.action,
                                   e.entity,
                                   QString::number(e.localId),
                                   e.recordSfId,
                                   e.field,
                                   e.oldValue.toString(),
                                   e.newValue.toString()};
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                buf += ',';
            Csv::appendField(buf, cells.at(i), i != 0 && i != 4);
        }
        buf += "\r\n";
    }
    if (file.write(buf) != buf.size() || !file.commit())
        return writeError(file.errorString());
    return {};
}

} // namespace vms
