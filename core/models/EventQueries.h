#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace vms {

class Database;

// An event as the calendar and Home show it.
struct CalendarEvent {
    qint64 id = 0;
    QString name;
    qint64 startUtcMs = 0;
    std::optional<qint64> endUtcMs;
    int statusCode = 0;
};

// One person on an event's roster as its page lists it.
struct EventRosterLine {
    qint64 volunteerId = 0; // 0: not a volunteer (a student, a teacher, a named guest)
    QString name;
    int typeCode = 0;        // ParticipantType
    int statusCode = 0;      // ParticipationStatus
    QVariant hours;          // null: none recorded
    QString participantType; // the org's Participant_Type__c as written
};

// One event's page: its fields, and its roster ordered by type and name. The optional details are
// QVariants, null or empty when the org has none.
struct EventDetail {
    QString name;
    std::optional<qint64> startUtcMs, endUtcMs;
    int statusCode = 0;
    QString status; // the org's status as written ("Published")
    QVariant sessionType, format, location, description, host, schoolName, districtName, availableSlots,
        requestedJobs, cancellationReason;
    std::vector<EventRosterLine> roster;
};

// The event reads of the views (its page, the calendar); the list is ListLoaders::events.
class EventQueries final {
public:
    static std::optional<EventDetail> detail(const Database& db, qint64 localId);
    // Events starting in [firstDay, firstDay + days) in the display zone, by start and name.
    static std::vector<CalendarEvent> calendar(QSqlDatabase db, const QDate& firstDay, int days);
    static std::vector<CalendarEvent> calendar(const Database& db, const QDate& firstDay, int days);
};

} // namespace vms
