#include "core/attendance/StudentDirectory.h"

#include "core/db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vms {

namespace {

Error sqlError(const QSqlQuery& q) {
    return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
}

Result<std::vector<StudentGroup>> named(QSqlQuery& q) {
    if (!q.exec())
        return sqlError(q);
    std::vector<StudentGroup> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace

Result<std::vector<StudentGroup>> StudentDirectory::schools(const Database& db) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT sf_id, name FROM schools WHERE sf_id IN (SELECT DISTINCT school_sf_id FROM "
                       "students) ORDER BY name"));
    return named(q);
}

Result<std::vector<StudentGroup>> StudentDirectory::classesOf(const Database& db, const QString& schoolSfId) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sf_id, name FROM classes WHERE school_sf_id=? ORDER BY name"));
    q.addBindValue(schoolSfId);
    return named(q);
}

Result<std::vector<StudentEntry>> StudentDirectory::students(const Database& db, const QString& schoolSfId,
                                                             const QString& classSfId, int limit) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        classSfId.isEmpty()
            ? QStringLiteral("SELECT id, first_name, last_name, current_grade FROM students WHERE "
                             "school_sf_id=? ORDER BY last_name, first_name LIMIT ?")
            : QStringLiteral("SELECT id, first_name, last_name, current_grade FROM students WHERE "
                             "school_sf_id=? AND class_sf_id=? ORDER BY last_name, first_name LIMIT ?"));
    q.addBindValue(schoolSfId);
    if (!classSfId.isEmpty())
        q.addBindValue(classSfId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    std::vector<StudentEntry> out;
    while (q.next())
        out.push_back(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

} // namespace vms
