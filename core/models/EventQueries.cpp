#include "core/models/EventQueries.h"

#include "core/db/Database.h"
#include "core/profile/DisplayTime.h"

#include <QSqlQuery>

namespace vms {

std::optional<EventDetail> EventQueries::detail(const Database& db, qint64 localId) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT e.name, e.start_utc, e.end_utc, e.status_code, e.session_type, e.format, e.location, "
        "e.description, e.host, s.name, d.name, e.available_slots, e.total_requested_jobs, "
        "e.cancellation_reason, e.status "
        "FROM events e LEFT JOIN schools s ON s.sf_id = e.school_sf_id "
        "LEFT JOIN districts d ON d.sf_id = e.district_sf_id WHERE e.id = ?"));
    q.addBindValue(localId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    EventDetail d;
    d.name = q.value(0).toString();
    if (!q.value(1).isNull())
        d.startUtcMs = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        d.endUtcMs = q.value(2).toLongLong();
    d.statusCode = q.value(3).toInt();
    d.sessionType = q.value(4);
    d.format = q.value(5);
    d.location = q.value(6);
    d.description = q.value(7);
    d.host = q.value(8);
    d.schoolName = q.value(9);
    d.districtName = q.value(10);
    d.availableSlots = q.value(11);
    d.requestedJobs = q.value(12);
    d.cancellationReason = q.value(13);
    d.status = q.value(14).toString();

    QSqlQuery r(db.connection());
    r.setForwardOnly(true);
    r.prepare(QStringLiteral(
        "SELECT p.volunteer_id, coalesce(v.first_name || ' ' || v.last_name, s.first_name || ' ' || "
        "s.last_name, "
        "t.first_name || ' ' || t.last_name, p.name), p.type_code, p.status_code, p.delivery_hours, "
        "p.participant_type FROM participations p LEFT JOIN volunteers v ON v.id = p.volunteer_id "
        "LEFT JOIN students s ON s.id = p.student_id LEFT JOIN teachers t ON t.id = p.teacher_id "
        "WHERE p.event_id = ? ORDER BY p.type_code, 2"));
    r.addBindValue(localId);
    if (r.exec())
        while (r.next())
            d.roster.push_back({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toInt(),
                                r.value(3).toInt(), r.value(4), r.value(5).toString()});
    return d;
}

std::vector<CalendarEvent> EventQueries::calendar(QSqlDatabase db, const QDate& firstDay, int days) {
    std::vector<CalendarEvent> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, name, start_utc, end_utc, status_code FROM events WHERE start_utc >= ? "
                       "AND start_utc < ? ORDER BY start_utc, name"));
    q.addBindValue(DisplayTime::startOfLocalDay(firstDay));
    q.addBindValue(DisplayTime::startOfLocalDay(firstDay.addDays(days)));
    if (!q.exec())
        return out;
    while (q.next()) {
        CalendarEvent e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.startUtcMs = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            e.endUtcMs = q.value(3).toLongLong();
        e.statusCode = q.value(4).toInt();
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<CalendarEvent> EventQueries::calendar(const Database& db, const QDate& firstDay, int days) {
    return calendar(db.connection(), firstDay, days);
}

} // namespace vms
