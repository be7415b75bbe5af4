#include "core/db/Meta.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vms {

QString Meta::get(const char* key, const QString& fallback) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key=?"));
    q.addBindValue(QString::fromLatin1(key));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Meta::set(const char* key, const QString& value) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key,value) VALUES(?,?) "
                             "ON CONFLICT(key) DO UPDATE SET value=excluded.value"));
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(value);
    if (!q.exec())
        return Error::database(q.lastError().text());
    return {};
}

Status Meta::setIf(const char* key, const QString& value,
                   std::initializer_list<std::pair<const char*, QString>> conditions) {
    QString sql = QStringLiteral("UPDATE meta SET value=? WHERE key=?");
    for (size_t i = 0; i < conditions.size(); ++i)
        sql += QStringLiteral(" AND (SELECT value FROM meta WHERE key=?) = ?");
    QSqlQuery q(m_db);
    q.prepare(sql);
    q.addBindValue(value);
    q.addBindValue(QString::fromLatin1(key));
    for (const auto& [conditionKey, conditionValue] : conditions) {
        q.addBindValue(QString::fromLatin1(conditionKey));
        q.addBindValue(conditionValue);
    }
    if (!q.exec())
        return Error::database(q.lastError().text());
    return {};
}

Status Meta::remove(const char* key) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key=?"));
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec())
        return Error::database(q.lastError().text());
    return {};
}

} // namespace vms
