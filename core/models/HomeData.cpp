#include "core/models/HomeData.h"

#include "core/domain/Status.h"
#include "core/profile/DisplayTime.h"

#include <QSqlQuery>

namespace vms {

HomeData HomeData::load(QSqlDatabase db, qint64 nowMs) {
    HomeData d;
    auto stats = readCacheStats(db);
    if (!stats)
        return d;
    d.stats = *stats;
    const SchoolYear year = DisplayTime::schoolYearOf(nowMs);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT count(*), coalesce(sum(status_code = ?), 0), coalesce(sum(status_code = ?), 0) "
        "FROM events WHERE start_utc >= ? AND start_utc < ?"));
    q.addBindValue(static_cast<int>(EventStatus::Draft));
    q.addBindValue(static_cast<int>(EventStatus::Cancelled));
    q.addBindValue(year.beginUtcMs);
    q.addBindValue(year.endUtcMs);
    if (q.exec() && q.next()) {
        d.draftsThisYear = q.value(1).toLongLong();
        d.cancelledThisYear = q.value(2).toLongLong();
        d.eventsThisYear = q.value(0).toLongLong() - d.draftsThisYear - d.cancelledThisYear;
    }
    q.prepare(QStringLiteral(
        "SELECT sum(p.delivery_hours) FROM events e JOIN participations p ON p.event_id = e.id "
        "WHERE e.start_utc >= ? AND e.start_utc < ? AND p.type_code = ? AND p.status_code = ?"));
    q.addBindValue(year.beginUtcMs);
    q.addBindValue(year.endUtcMs);
    q.addBindValue(static_cast<int>(ParticipantType::Volunteer));
    q.addBindValue(static_cast<int>(ParticipationStatus::Attended));
    if (q.exec() && q.next())
        d.hoursThisYear = q.value(0).toDouble();
    const QDate today = DisplayTime::local(nowMs).date();
    d.upcoming = EventQueries::calendar(db, today, 15);
    if (auto needing = RecruitData::eventsNeedingVolunteers(db, nowMs, 10))
        d.needing = std::move(*needing);
    d.ok = true;
    return d;
}

} // namespace vms
