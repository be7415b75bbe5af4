#pragma once

#include "core/common/Error.h"
#include "core/db/Database.h"
#include "core/db/EntityColumns.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace vms {

namespace detail {

inline QVariant toSql(const QString& v) {
    return v.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v);
}
inline QVariant toSql(bool v) {
    return QVariant(v ? 1 : 0);
}
inline QVariant toSql(qint64 v) {
    return QVariant(v);
}
inline QVariant toSql(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}
inline QVariant toSql(const std::optional<qint64>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

inline void fromSql(const QVariant& v, QString& out) {
    out = v.isNull() ? QString() : v.toString();
}
inline void fromSql(const QVariant& v, bool& out) {
    out = v.toInt() != 0;
}
inline void fromSql(const QVariant& v, qint64& out) {
    out = v.toLongLong();
}
inline void fromSql(const QVariant& v, std::optional<double>& out) {
    out = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
inline void fromSql(const QVariant& v, std::optional<qint64>& out) {
    out = v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

template <typename Tuple, typename F>
void forEachColumn(const Tuple& t, F&& f) {
    std::apply([&](const auto&... c) { (f(c), ...); }, t);
}

} // namespace detail

// Reads and writes one entity's table as plain values. All SQL is built from the column table in
// EntityColumns.h (never from user text) and takes values by binding.
template <typename T>
class Repository final {
public:
    explicit Repository(QSqlDatabase db)
        : m_db(std::move(db)) {}

    static QStringList columnNames() {
        QStringList names;
        detail::forEachColumn(EntityTable<T>::columns(),
                              [&](const auto& c) { names << QString::fromLatin1(c.name); });
        return names;
    }

    // Inserts `value` (its id is ignored) and sets value.id to the new local id.
    Status insert(T& value) {
        QStringList names = columnNames();
        for (const auto& d : derivedColumns(value))
            names << QString::fromLatin1(d.first);
        QStringList marks;
        for (qsizetype i = 0; i < names.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(QString::fromLatin1(EntityTable<T>::table), names.join(u','), marks.join(u',')));
        bindAll(q, value);
        if (!q.exec())
            return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
        value.id = q.lastInsertId().toLongLong();
        return {};
    }

    Status update(const T& value) {
        QStringList sets;
        for (const QString& n : columnNames())
            sets << n + QStringLiteral("=?");
        for (const auto& d : derivedColumns(value))
            sets << QString::fromLatin1(d.first) + QStringLiteral("=?");
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id=?")
                      .arg(QString::fromLatin1(EntityTable<T>::table), sets.join(u',')));
        bindAll(q, value);
        q.addBindValue(value.id);
        if (!q.exec())
            return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
        if (q.numRowsAffected() != 1)
            return Error::database(QStringLiteral("No %1 record with local id %2.")
                                       .arg(QString::fromLatin1(EntityTable<T>::table))
                                       .arg(value.id));
        return {};
    }

    Result<std::optional<T>> get(qint64 id) const { return findOne(QStringLiteral("id=?"), id); }
    Result<std::optional<T>> findBySfId(const QString& sfId) const {
        return findOne(QStringLiteral("sf_id=?"), sfId);
    }

    // Rows matching a fixed WHERE clause written by the caller (never user text), with bound values.
    Result<std::vector<T>> where(const QString& clause, const QVariantList& values = {},
                                 const QString& orderBy = QStringLiteral("id")) const {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id,%1 FROM %2 WHERE %3 ORDER BY %4")
                .arg(columnNames().join(u','), QString::fromLatin1(EntityTable<T>::table), clause, orderBy));
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return Error::database(q.lastError().text());
        std::vector<T> out;
        while (q.next())
            out.push_back(read(q));
        return out;
    }

    Result<std::vector<T>> all() const { return where(QStringLiteral("1")); }

    Result<qint64> count() const {
        QSqlQuery q(m_db);
        if (!q.exec(
                QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(EntityTable<T>::table))) ||
            !q.next())
            return Error::database(q.lastError().text());
        return q.value(0).toLongLong();
    }

    Status remove(qint64 id) {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("DELETE FROM %1 WHERE id=?").arg(QString::fromLatin1(EntityTable<T>::table)));
        q.addBindValue(id);
        if (!q.exec())
            return Error::database(q.lastError().text());
        return {};
    }

private:
    static void bindAll(QSqlQuery& q, const T& value) {
        detail::forEachColumn(EntityTable<T>::columns(),
                              [&](const auto& c) { q.addBindValue(detail::toSql(value.*(c.member))); });
        for (const auto& d : derivedColumns(value))
            q.addBindValue(d.second);
    }

    static T read(const QSqlQuery& q) {
        T value;
        value.id = q.value(0).toLongLong();
        int i = 1;
        detail::forEachColumn(EntityTable<T>::columns(),
                              [&](const auto& c) { detail::fromSql(q.value(i++), value.*(c.member)); });
        return value;
    }

    Result<std::optional<T>> findOne(const QString& clause, const QVariant& key) const {
        auto rows = where(clause, {key}, QStringLiteral("id LIMIT 1"));
        if (!rows)
            return rows.error();
        if (rows->empty())
            return std::optional<T>();
        return std::optional<T>(rows->front());
    }

    QSqlDatabase m_db;
};

} // namespace vms
