#include "core/reports/ReportChoices.h"

#include "core/attendance/AttendanceRoster.h"
#include "core/db/Database.h"
#include "core/reports/ReportPeriod.h"

#include <QSqlQuery>
#include <QVariant>

namespace vms {

namespace {

std::vector<ReportChoice> pairs(QSqlDatabase& db, const QString& sql) {
    std::vector<ReportChoice> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace

std::vector<ReportChoice> ReportChoices::districts(QSqlDatabase db) {
    return pairs(db,
                 QStringLiteral("SELECT name, sf_id FROM districts WHERE sf_id IS NOT NULL ORDER BY name"));
}

std::vector<ReportChoice> ReportChoices::organizations(QSqlDatabase db) {
    return pairs(
        db, QStringLiteral("SELECT name, sf_id FROM organizations WHERE sf_id IS NOT NULL ORDER BY name"));
}

std::vector<ReportChoice> ReportChoices::eventTypes(QSqlDatabase db) {
    return pairs(db, QStringLiteral("SELECT DISTINCT session_type, session_type FROM events "
                                    "WHERE session_type IS NOT NULL AND session_type <> '' ORDER BY 1"));
}

namespace {

// "2025-09-10 · Career Day · Central High" from (id, name, start_utc, school name).
ReportChoice eventChoice(const QSqlQuery& q, const QTimeZone& zone) {
    QStringList parts;
    if (!q.value(2).isNull())
        parts << QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC)
                     .toTimeZone(zone)
                     .date()
                     .toString(Qt::ISODate);
    parts << q.value(1).toString();
    if (!q.value(3).toString().isEmpty())
        parts << q.value(3).toString();
    return {parts.join(QStringLiteral(" · ")), q.value(0).toString()};
}

const char kEventColumns[] = "SELECT e.id, e.name, e.start_utc, sc.name FROM events e "
                             "LEFT JOIN schools sc ON sc.sf_id = e.school_sf_id ";

} // namespace

std::vector<ReportChoice> ReportChoices::events(QSqlDatabase db, const DateRange& period,
                                                const QTimeZone& zone) {
    std::vector<ReportChoice> out;
    const ReportPeriod::UtcRange range = ReportPeriod::toUtc(period, zone);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QLatin1String(kEventColumns) +
        QStringLiteral("WHERE e.start_utc >= ? AND e.start_utc < ? ORDER BY e.start_utc, e.name, e.id"));
    q.addBindValue(range.fromMs);
    q.addBindValue(range.toMs);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(eventChoice(q, zone));
    return out;
}

ReportChoice ReportChoices::event(QSqlDatabase db, qint64 localId, const QTimeZone& zone) {
    QSqlQuery q(db);
    q.prepare(QLatin1String(kEventColumns) + QStringLiteral("WHERE e.id = ?"));
    q.addBindValue(localId);
    if (q.exec() && q.next())
        return eventChoice(q, zone);
    return {QString::number(localId), QString::number(localId)};
}

QString ReportChoices::eventKey(QSqlDatabase db, qint64 localId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT sf_id FROM events WHERE id = ?"));
    q.addBindValue(localId);
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    return QString::number(localId);
}

Result<qint64> ReportChoices::resolveEvent(QSqlDatabase db, const QString& idText) {
    // The Salesforce Id exactly as stored first (whatever its length), then vms-cli's rules for --event: a
    // 15- or 18-character Id, or a local id.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM events WHERE sf_id = ?"));
    q.addBindValue(idText.trimmed());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return AttendanceRoster::resolveEvent(std::move(db), idText);
}

std::vector<ReportChoice> ReportChoices::districts(const Database& db) {
    return districts(db.connection());
}

std::vector<ReportChoice> ReportChoices::organizations(const Database& db) {
    return organizations(db.connection());
}

std::vector<ReportChoice> ReportChoices::eventTypes(const Database& db) {
    return eventTypes(db.connection());
}

std::vector<ReportChoice> ReportChoices::events(const Database& db, const DateRange& period,
                                                const QTimeZone& zone) {
    return events(db.connection(), period, zone);
}

ReportChoice ReportChoices::event(const Database& db, qint64 localId, const QTimeZone& zone) {
    return event(db.connection(), localId, zone);
}

QString ReportChoices::eventKey(const Database& db, qint64 localId) {
    return eventKey(db.connection(), localId);
}

Result<qint64> ReportChoices::resolveEvent(const Database& db, const QString& idText) {
    return resolveEvent(db.connection(), idText);
}

} // namespace vms
