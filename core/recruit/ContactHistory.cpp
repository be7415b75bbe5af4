#include "core/recruit/ContactHistory.h"

#include "core/profile/DisplayTime.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace vms {

Result<std::vector<HistoryItem>> ContactHistory::load(QSqlDatabase db, qint64 volunteerId) {
    std::vector<HistoryItem> items;
    QSqlQuery q(db);
    // A pulled Task is linked to its volunteer when the volunteer was local as it arrived (Migrations'
    // triggers); one that came first is still found by its WhoId.
    q.prepare(QStringLiteral(
        "SELECT t.id, t.activity_date, t.type, t.subject, t.status, t.description, t.event_id, e.name, "
        "t.pending FROM activities t LEFT JOIN events e ON e.id = t.event_id "
        "WHERE t.volunteer_id = :id OR (t.volunteer_id IS NULL AND t.who_sf_id = "
        "(SELECT sf_id FROM volunteers WHERE id = :id))"));
    q.bindValue(QStringLiteral(":id"), volunteerId);
    if (!q.exec())
        return Error::database(q.lastError().text());
    while (q.next()) {
        HistoryItem i;
        i.kind = HistoryItem::Kind::Task;
        i.localId = q.value(0).toLongLong();
        i.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        i.type = q.value(2).toString();
        i.title = q.value(3).toString();
        i.status = q.value(4).toString();
        i.notes = q.value(5).toString();
        i.eventId = q.value(6).toLongLong();
        i.eventName = q.value(7).toString();
        i.pending = q.value(8).toBool();
        items.push_back(std::move(i));
    }
    q.prepare(
        QStringLiteral("SELECT p.id, e.start_utc, p.participant_type, e.name, p.status, e.id, p.pending "
                       "FROM participations p JOIN events e ON e.id = p.event_id "
                       "WHERE p.volunteer_id = ?"));
    q.addBindValue(volunteerId);
    if (!q.exec())
        return Error::database(q.lastError().text());
    while (q.next()) {
        HistoryItem i;
        i.kind = HistoryItem::Kind::Participation;
        i.localId = q.value(0).toLongLong();
        if (!q.value(1).isNull()) {
            i.startUtcMs = q.value(1).toLongLong();
            i.date = DisplayTime::local(i.startUtcMs).date();
        }
        i.type = q.value(2).toString();
        i.title = q.value(3).toString();
        i.status = q.value(4).toString().trimmed();
        i.eventId = q.value(5).toLongLong();
        i.eventName = i.title;
        i.pending = q.value(6).toBool();
        items.push_back(std::move(i));
    }
    // Newest first; undated lines last; on one day an event before the calls about it (later in the list).
    std::stable_sort(items.begin(), items.end(), [](const HistoryItem& a, const HistoryItem& b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        if (a.date != b.date)
            return a.date > b.date;
        if (a.kind != b.kind)
            return a.kind == HistoryItem::Kind::Participation;
        return a.localId > b.localId;
    });
    return items;
}

} // namespace vms
